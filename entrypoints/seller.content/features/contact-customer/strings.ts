// Contact Customer's words, English and Russian: the buttons, why a row has none, and why starting a chat failed.
import type { EligibilityReason } from '@/lib/shipments/judge';
import type { Lang } from '@/lib/i18n';

export const CONTACT_STRINGS = {
  en: {
    contact: 'Contact Customer',
    contactWithTemplate: 'Contact with template…',
    reason: {
      delivered: 'The shipment is delivered: the portal no longer lets you start a chat for it.',
      cancelled: 'The shipment is cancelled: the portal does not let you start a chat for it.',
      'not-rfbs': 'Not a realFBS shipment: only realFBS shipments let the seller start a chat.',
      'window-closed': 'The time to start a chat for this shipment is over.',
      unknown: 'Could not tell from the page whether a chat can be started for this shipment.',
    } satisfies Record<EligibilityReason, string>,
    error: {
      'window-closed': 'The chat window for this shipment is closed.',
      'premium-required': 'Starting chats through the API needs Premium Plus. Use the portal’s own button instead.',
      network: 'No connection to Ozon. Try again.',
      'no-panel': 'The shipment’s page did not open. Open it and press Contact Customer there.',
      'no-portal-button': 'The shipment’s page has no Contact Customer button.',
      generic: 'Could not start the chat: {message}',
    },
  },
  ru: {
    contact: 'Написать покупателю',
    contactWithTemplate: 'Написать по шаблону…',
    reason: {
      delivered: 'Отправление доставлено: портал больше не даёт начать по нему чат.',
      cancelled: 'Отправление отменено: портал не даёт начать по нему чат.',
      'not-rfbs': 'Это не realFBS: начать чат продавец может только по отправлениям realFBS.',
      'window-closed': 'Срок, когда можно начать чат по этому отправлению, истёк.',
      unknown: 'По странице не удалось понять, можно ли начать чат по этому отправлению.',
    } satisfies Record<EligibilityReason, string>,
    error: {
      'window-closed': 'Окно чата по этому отправлению закрыто.',
      'premium-required': 'Начинать чаты через API можно только с Premium Plus. Воспользуйтесь кнопкой портала.',
      network: 'Нет связи с Ozon. Попробуйте ещё раз.',
      'no-panel': 'Карточка отправления не открылась. Откройте её и нажмите «Связаться с покупателем».',
      'no-portal-button': 'В карточке отправления нет кнопки «Связаться с покупателем».',
      generic: 'Не удалось начать чат: {message}',
    },
  },
} as const;

export type ContactErrorKey = keyof (typeof CONTACT_STRINGS)['en']['error'];

export function contactStrings(lang: Lang) {
  return CONTACT_STRINGS[lang];
}
