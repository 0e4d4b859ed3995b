// What the toolbar says: the badge's title, the notification of a chat that waited too long.

export const attention = {
  badgeTitleNone: 'Seller Sidekick: no unanswered chats',
  // English says "1 chat" but "2 chats"; Russian avoids the plural with a dash.
  badgeTitleOne: 'Seller Sidekick: {count} unanswered chat',
  badgeTitleMany: 'Seller Sidekick: {count} unanswered chats',
  // {time}: how long, by Intl in the UI's locale (lib/i18n/waiting.ts)
  notificationTitle: 'A customer has waited {time}',
};
