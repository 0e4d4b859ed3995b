// Что говорит панель браузера: подсказка значка, уведомление о долгом ожидании, сколько ждёт чат.
import type { Translation } from '../translation';
import type { attention as en } from '../en/attention';

export const attention = {
  badgeTitleNone: 'Seller Sidekick: нет чатов без ответа',
  // English says "1 chat" but "2 chats"; Russian avoids the plural with a dash.
  badgeTitleOne: 'Seller Sidekick: чатов без ответа — {count}',
  badgeTitleMany: 'Seller Sidekick: чатов без ответа — {count}',
  notificationTitle: 'Покупатель ждёт ответа {time}',

  // How long a chat has waited (lib/i18n/waiting.ts): "3 h 12 min"; past a day, days and hours
  waitingDaysHours: '{days} д {hours} ч',
  waitingHoursMinutes: '{hours} ч {minutes} мин',
  waitingMinutes: '{minutes} мин',
} satisfies Translation<typeof en>;
