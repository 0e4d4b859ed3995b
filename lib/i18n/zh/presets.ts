// 预设：侧边栏的列表和编辑器、设置页中的部分、内置预设的名称，以及预设被拒绝的原因。
import type { Translation } from '../translation';
import type { presets as en } from '../en/presets';

export const presets = {
  // The sidebar
  presetsTitle: '预设',
  presetsHotkeysHint: '按 Alt+1…9 应用预设。',
  presetsLoading: '正在加载预设…',
  presetsNoneYet: '还没有预设。',
  presetApplyTitle: '应用：{name}',
  presetClear: '显示所有行',
  presetNew: '新建预设',
  presetDeleteConfirm: '删除“{name}”？再按一次确认。',
  presetMoveUp: '上移',
  presetMoveDown: '下移',
  presetNameShort: '名称',
  presetPortalFilters: '个人中心的筛选条件',
  presetExtra: '附加条件',
  presetWaiting: '等待超过（小时）',
  presetScam: '有诈骗警告',
  presetText: '文字包含',
  presetSku: 'SKU',
  presetOrder: '订单号',
  presetCountApi: '{count} 个已同步的聊天符合',
  presetCountPage: '本页有 {count} 行符合',
  presetUntitled: '我的预设',

  // The options page
  presetsHint: '保存下来的个人中心聊天筛选条件组合，显示在侧边栏中。个人中心不允许某些筛选条件同时使用。',
  presetsEmpty: '没有预设。',
  presetNoFilters: '不使用个人中心的筛选条件',
  newPreset: '新建预设',
  editPresetTitle: '编辑预设',
  presetName: '预设名称',
  presetFilters: '个人中心的筛选条件',
  presetWaitingOver: '等待超过（小时）',
  presetScamOnly: '只看有诈骗警告的聊天',
  presetTextContains: '最后一条消息包含',
  presetOrderNumber: '订单号',
  savePreset: '保存预设',
  deletePresetConfirm: '删除预设“{name}”？',

  // The built-in presets, shown translated until the seller renames them (lib/presets/model.ts)
  'presetBuiltin:needs-my-reply': '待我回复',
  'presetBuiltin:order-questions': '待我回复的订单问题',
  'presetBuiltin:product-questions-new': '新的商品问题',
  'presetBuiltin:waiting-on-customer': '等待买家回复',
  'presetBuiltin:waiting-over-24h': '等待超过 24 小时',
  'presetBuiltin:suspicious': '可疑',

  // Why a preset is refused (lib/presets/model.ts, describeProblem); why one could not be applied on the page
  presetInvalidValue: '无效的值：{field}',
  presetConflict: 'Ozon 个人中心不能同时使用{a}和{b}：请只保留其中一个。',
  presetFiltersNotSet: '无法设置个人中心的筛选条件{names}：列表显示的是个人中心当前的筛选条件。',
} satisfies Translation<typeof en>;
