// 多个界面共用的词（侧边栏、弹出窗口、设置页）。
import type { Translation } from '../translation';
import type { common as en } from '../en/common';

export const common = {
  loading: '加载中…',
  saved: '已保存',
  saving: '正在保存…',
  edit: '编辑',
  delete: '删除',
  remove: '移除',
  cancel: '取消',
  fieldRequired: '必填',
  // A name quoted in running text (the portal's filter names in a refusal)
  quoted: '“{text}”',
  // Between the items of a list in running text (store names, filter names)
  listSeparator: '、',
} satisfies Translation<typeof en>;
