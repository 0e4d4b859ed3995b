// Quick-reply strings, English and Russian.
import type { Lang } from '@/lib/i18n';
import type { Placeholder } from '../../../../lib/templates/model';

export const TEMPLATE_STRINGS = {
  en: {
    title: 'Quick replies',
    open: 'Templates',
    openLabel: 'Insert a quick-reply template',
    none: 'No templates yet. Add them in the extension’s settings.',
    choose: 'Choose a template',
    insert: 'Insert',
    send: 'Send',
    sending: 'Sending…',
    cancel: 'Cancel',
    close: 'Close',
    translationNote: 'Write in your language: the portal translates your messages into the customer’s.',
    count: '{length} / {max} characters',
    error: {
      empty: 'The message is empty.',
      'too-long': 'The message is {length} characters long; the portal allows at most {max}.',
      'missing-values': 'No value here for: {names}.',
      repeat: 'This exact text was the last message to this chat. Ozon limits sellers who repeat answers.',
    },
    rateWarning:
      'You have used this template on {chats} chats in {minutes} minutes. Ozon limits sellers who send repetitive answers: consider adjusting the text.',
    placeholder: {
      posting_number: 'posting number',
      order_number: 'order number',
      customer_name: 'customer name',
      product: 'product',
      seller_name: 'seller name',
    } satisfies Record<Placeholder, string>,
  },
  ru: {
    title: 'Быстрые ответы',
    open: 'Шаблоны',
    openLabel: 'Вставить шаблон быстрого ответа',
    none: 'Шаблонов пока нет. Добавьте их в настройках расширения.',
    choose: 'Выберите шаблон',
    insert: 'Вставить',
    send: 'Отправить',
    sending: 'Отправляем…',
    cancel: 'Отмена',
    close: 'Закрыть',
    translationNote: 'Пишите на своём языке: портал переводит ваши сообщения на язык покупателя.',
    count: '{length} / {max} символов',
    error: {
      empty: 'Сообщение пустое.',
      'too-long': 'В сообщении {length} символов; портал разрешает не больше {max}.',
      'missing-values': 'Здесь нет значения для: {names}.',
      repeat: 'Этот же текст уже был последним сообщением в этом чате. Ozon ограничивает продавцов за повторяющиеся ответы.',
    },
    rateWarning:
      'Вы отправили этот шаблон в {chats} чатов за {minutes} минут. Ozon ограничивает продавцов за однотипные ответы: возможно, стоит изменить текст.',
    placeholder: {
      posting_number: 'номер отправления',
      order_number: 'номер заказа',
      customer_name: 'имя покупателя',
      product: 'товар',
      seller_name: 'название магазина',
    } satisfies Record<Placeholder, string>,
  },
} as const;

export function templateStrings(lang: Lang) {
  return TEMPLATE_STRINGS[lang];
}

/** `{name}` parameters replaced in a string (the same rule as every UI string's). */
export { format } from '@/lib/i18n/text';
