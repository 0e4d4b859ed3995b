// «Связаться с покупателем» в списке заказов FBS: кнопки, почему их нет, почему чат не начался.
import type { Translation } from '../translation';
import type { contact as en } from '../en/contact';

export const contact = {
  contactCustomer: 'Написать покупателю',
  contactWithTemplate: 'Написать по шаблону…',
  // Why a row has no button (lib/shipments/judge.ts, EligibilityReason)
  'contactWhyNot:delivered': 'Отправление доставлено: портал больше не даёт начать по нему чат.',
  'contactWhyNot:cancelled': 'Отправление отменено: портал не даёт начать по нему чат.',
  'contactWhyNot:not-rfbs': 'Это не realFBS: начать чат продавец может только по отправлениям realFBS.',
  'contactWhyNot:window-closed': 'Срок, когда можно начать чат по этому отправлению, истёк.',
  'contactWhyNot:unknown': 'По странице не удалось понять, можно ли начать чат по этому отправлению.',
  // Why starting the chat failed
  'contactError:window-closed': 'Окно чата по этому отправлению закрыто.',
  'contactError:premium-required': 'Начинать чаты через API можно только с Premium Plus. Воспользуйтесь кнопкой портала.',
  'contactError:network': 'Нет связи с Ozon. Попробуйте ещё раз.',
  'contactError:no-panel': 'Карточка отправления не открылась. Откройте её и нажмите «Связаться с покупателем».',
  'contactError:no-portal-button': 'В карточке отправления нет кнопки «Связаться с покупателем».',
  'contactError:generic': 'Не удалось начать чат: {message}',
} satisfies Translation<typeof en>;
