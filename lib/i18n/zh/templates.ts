// 设置页中的快捷回复模板。
import type { Translation } from '../translation';
import type { templates as en } from '../en/templates';

export const templates = {
  templatesTitle: '快捷回复模板',
  templatesEmpty: '还没有模板。',
  newTemplate: '新建模板',
  editTemplateTitle: '编辑模板',
  templateName: '模板名称',
  templateNameTooLong: '最多 60 个字符',
  templateText: '文字',
  templateTextHint: '{count} 个字符。填入占位符后，Ozon 允许每条消息 1–1000 个字符。',
  templateTextTooLong: '最多 1200 个字符',
  placeholdersTitle: '占位符（为每个聊天自动填入）：',
  placeholderPosting: '货件号',
  placeholderOrder: '订单号',
  placeholderCustomer: '买家姓名',
  placeholderProduct: '商品名称',
  placeholderSeller: '您的店铺名称',
  insertPlaceholder: '插入“{name}”占位符',
  saveTemplate: '保存模板',
  deleteTemplateConfirm: '删除模板“{name}”？',
} satisfies Translation<typeof en>;
