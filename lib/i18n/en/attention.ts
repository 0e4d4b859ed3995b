// What the toolbar says: the badge's title, the notification of a chat that waited too long, how long it waited.

export const attention = {
  badgeTitleNone: 'Seller Sidekick: no unanswered chats',
  // English says "1 chat" but "2 chats"; Russian avoids the plural with a dash.
  badgeTitleOne: 'Seller Sidekick: {count} unanswered chat',
  badgeTitleMany: 'Seller Sidekick: {count} unanswered chats',
  notificationTitle: 'A customer has waited {time}',

  // How long a chat has waited (lib/i18n/waiting.ts): "3 h 12 min"; past a day, days and hours
  waitingDaysHours: '{days} d {hours} h',
  waitingHoursMinutes: '{hours} h {minutes} min',
  waitingMinutes: '{minutes} min',
};
