// 设置页的偏好设置：同步、工具栏徽标、通知、语言、侧边栏的默认设置。
import type { Translation } from '../translation';
import type { preferences as en } from '../en/preferences';

export const preferences = {
  syncTitle: '同步',
  syncInterval: '同步间隔（分钟）',
  syncIntervalHint: '多久从 Seller API 获取一次聊天，1 到 1440 分钟。',
  badgeTitle: '工具栏徽标',
  badgeScope: '徽标统计的未回复聊天来自',
  badgeAllStores: '所有店铺',
  badgeOneStore: '一个店铺',
  badgeStore: '徽标所用的店铺',
  badgeNoStores: '请先添加店铺。',
  badgeRedAfter: '聊天等待超过此时长时徽标变红（分钟）',
  notificationsTitle: '通知',
  notificationsEnabled: '聊天等待过久时通知我',
  notificationsAfter: '等待多久后通知（分钟）',
  notificationsHint: '每 10 分钟最多一条通知。默认：60 分钟。',

  languageTitle: '语言',
  languageLabel: '语言',
  languageAuto: '跟随个人中心',
  languageHint: '在个人中心页面上，侧边栏跟随个人中心的语言；在此页和弹出窗口中，跟随浏览器的语言。',
  sidebarDefaultsTitle: '侧边栏默认设置',
  sidebarOpen: '侧边栏默认展开',
  sidebarWidth: '侧边栏宽度（像素）',
  nonMatchingRows: '不符合预设的行',
  nonMatchingDim: '淡化显示',
  nonMatchingHide: '隐藏',
  contactOpensIn: '“联系买家”打开聊天的位置',
  contactSameTab: '当前标签页',
  contactNewTab: '新标签页',
} satisfies Translation<typeof en>;
