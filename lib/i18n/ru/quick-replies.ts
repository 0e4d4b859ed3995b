// Выбор быстрого ответа на страницах кабинета.
import type { Translation } from '../translation';
import type { quickReplies as en } from '../en/quick-replies';

export const quickReplies = {
  quickRepliesTitle: 'Быстрые ответы',
  quickRepliesButton: 'Шаблоны',
  quickRepliesButtonLabel: 'Вставить шаблон быстрого ответа',
  quickRepliesNone: 'Шаблонов пока нет. Добавьте их в настройках расширения.',
  quickRepliesChoose: 'Выберите шаблон',
  quickRepliesInsert: 'Вставить',
  quickRepliesSend: 'Отправить',
  quickRepliesSending: 'Отправляем…',
  quickRepliesTranslationNote: 'Пишите на своём языке: портал переводит ваши сообщения на язык покупателя.',
  quickRepliesCount: '{length} / {max} символов',
  quickRepliesRateWarning: 'Вы отправили этот шаблон в {chats} чатов за {minutes} минут. Ozon ограничивает продавцов за однотипные ответы: возможно, стоит изменить текст.',
  'quickRepliesError:empty': 'Сообщение пустое.',
  'quickRepliesError:too-long': 'В сообщении {length} символов; портал разрешает не больше {max}.',
  'quickRepliesError:missing-values': 'Здесь нет значения для: {names}.',
  'quickRepliesError:repeat': 'Этот же текст уже был последним сообщением в этом чате. Ozon ограничивает продавцов за повторяющиеся ответы.',
  // The values a template could not be filled with (lib/templates/model.ts, PLACEHOLDERS)
  'quickRepliesValue:posting_number': 'номер отправления',
  'quickRepliesValue:order_number': 'номер заказа',
  'quickRepliesValue:customer_name': 'имя покупателя',
  'quickRepliesValue:product': 'товар',
  'quickRepliesValue:seller_name': 'название магазина',
} satisfies Translation<typeof en>;
