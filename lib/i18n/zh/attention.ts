// 工具栏上显示的内容：徽标提示、买家等待过久的通知。
import type { Translation } from '../translation';
import type { attention as en } from '../en/attention';

export const attention = {
  badgeTitleNone: 'Seller Sidekick：没有未回复的聊天',
  // Chinese has no plural: one text for one and for many.
  badgeTitleOne: 'Seller Sidekick：{count} 个未回复的聊天',
  badgeTitleMany: 'Seller Sidekick：{count} 个未回复的聊天',
  // {time}: how long, by Intl in the UI's locale (lib/i18n/waiting.ts)
  notificationTitle: '买家已等待 {time}',
} satisfies Translation<typeof en>;
