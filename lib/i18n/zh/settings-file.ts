// 设置文件：导出、导入、重置，以及被拒绝的文件错在哪里（lib/settings-io.ts）。
import type { Translation } from '../translation';
import type { settingsFile as en } from '../en/settings-file';

export const settingsFile = {
  fileTitle: '导出、导入、重置',
  exportTitle: '导出',
  // Not “Api-Key”: getByLabel('Api-Key') must find only the store form's field.
  includeApiKeys: '包含 API 密钥',
  includeApiKeysWarning: '文件会以明文保存您的 API 密钥：请妥善保管。',
  exportButton: '导出设置',
  exported: '已导出（不含 API 密钥）。',
  exportedWithKeys: '已导出，包含 API 密钥。',
  importTitle: '导入',
  importLabel: '从文件导入设置',
  importHint: '由 Seller Sidekick 导出的文件。要么全部导入，要么不做改动：有错误的文件不会改变任何设置。',
  importing: '正在导入…',
  importNotJson: '该文件不是 JSON',
  importRefused: '没有做任何改动。错误的字段：{field}。{message}',
  importDone: '已导入：偏好设置、{presets} 个预设、{templates} 个模板、{stores} 个店铺。',
  resetTitle: '重置',
  resetButton: '恢复默认设置',
  resetConfirm: '将所有设置、预设和模板恢复为默认值？此操作无法撤销。',
  resetConfirmYes: '是，重置',
  resetDone: '设置已恢复为默认值。',

  ioNotSettings: '这不是 Seller Sidekick 的设置文件（{field}）。',
  ioInvalidField: '{field} 处的值无效。',
  ioDuplicate: '{field} 处的值重复。',
  ioPresetConflict: '{field}：{problem}',
  ioTooLarge: '文件大小为 {size} MB；设置文件最大 {limit} MB。',
  ioForbiddenKey: '设置文件中不允许出现字段 {field}。',
  ioUnknownField: '未知字段 {field}。',
} satisfies Translation<typeof en>;
