// 设置页的框架和各部分共用的词。
import type { Translation } from '../translation';
import type { options as en } from '../en/options';

export const options = {
  optionsTitle: 'Seller Sidekick 设置',
  navLabel: '设置目录',
  loadError: '无法加载设置：{message}',
  deleted: '已删除',
  rangeError: '请输入 {min} 到 {max} 之间的整数',
  editNamed: '编辑“{name}”',
  deleteNamed: '删除“{name}”',
  removeNamed: '移除“{name}”',
  moveUpNamed: '上移“{name}”',
  moveDownNamed: '下移“{name}”',
  deleteConfirmYes: '是，删除',
} satisfies Translation<typeof en>;
