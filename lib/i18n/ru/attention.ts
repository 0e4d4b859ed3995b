// Что говорит панель браузера: подсказка значка, уведомление о долгом ожидании.
import type { Translation } from '../translation';
import type { attention as en } from '../en/attention';

export const attention = {
  badgeTitleNone: 'Seller Sidekick: нет чатов без ответа',
  // English says "1 chat" but "2 chats"; Russian avoids the plural with a dash.
  badgeTitleOne: 'Seller Sidekick: чатов без ответа — {count}',
  badgeTitleMany: 'Seller Sidekick: чатов без ответа — {count}',
  // {time}: how long, by Intl in the UI's locale (lib/i18n/waiting.ts)
  notificationTitle: 'Покупатель ждёт ответа {time}',
} satisfies Translation<typeof en>;
