// Short explanations of each reason in English and Russian: the contract's Reason.en / Reason.ru. The UI shows them
// through the dictionary (lib/i18n/reason-explanations.ts takes them from here as `reasonWhy:<code>`).
import type { ReasonCode } from './types';

export const REASON_TEXT: Record<ReasonCode, { en: string; ru: string }> = {
  'no-customer-tag': {
    en: 'No Customer tag: real customers always carry it in the Customers list.',
    ru: 'Нет метки «Покупатель»: у настоящих покупателей в списке «Покупатели» она есть всегда.',
  },
  'impersonates-support': {
    en: 'A customer presents itself as Ozon or its support. Real Ozon support carries the Support tag.',
    ru: 'Покупатель выдаёт себя за Ozon или его поддержку. У настоящей поддержки метка «Поддержка».',
  },
  'messenger-move': {
    en: 'Asks to move to a messenger, phone or e-mail. Ozon never moves sellers out of the chat.',
    ru: 'Зовёт в мессенджер, по телефону или на почту. Ozon никогда не уводит продавцов из чата.',
  },
  'asks-code': {
    en: 'Asks for a code or password. Never share SMS codes, passwords or your Ozon ID code.',
    ru: 'Просит код или пароль. Никому не сообщайте коды из СМС, пароли и код Ozon ID.',
  },
  'asks-card': {
    en: 'Asks for bank card data. Ozon never asks for card numbers or CVV.',
    ru: 'Просит данные банковской карты. Ozon никогда не просит номер карты и CVV.',
  },
  'asks-personal-data': {
    en: 'Asks for personal data (passport, address). Give personal data only to Ozon support.',
    ru: 'Просит личные данные (паспорт, адрес). Передавайте их только поддержке Ozon.',
  },
  'off-platform-payment': {
    en: 'Payment or refund outside Ozon (card transfer, QR, "mistaken refund"). Money moves only through Ozon.',
    ru: 'Оплата или возврат мимо Ozon (перевод на карту, QR, «ошибочный возврат»). Деньги идут только через Ozon.',
  },
  'external-link': {
    en: 'Link to a site that is not Ozon. Do not open it or enter anything there.',
    ru: 'Ссылка на сайт не Ozon. Не открывайте её и ничего там не вводите.',
  },
  'lookalike-domain': {
    en: 'The link imitates an Ozon address but is not Ozon.',
    ru: 'Ссылка подделывает адрес Ozon, но это не Ozon.',
  },
  'add-employee': {
    en: 'Asks to add an employee or account to your company. Never add outside accounts.',
    ru: 'Просит добавить сотрудника или аккаунт в ваш кабинет. Не добавляйте сторонние аккаунты.',
  },
  'threat-urgency': {
    en: 'Threatens blocking, fines or complaints and rushes you. Check in the Ozon support chat.',
    ru: 'Угрожает блокировкой, штрафом или жалобой и торопит. Проверьте в чате с поддержкой Ozon.',
  },
  allowlisted: {
    en: 'On your allowlist: not checked.',
    ru: 'В вашем списке доверенных: не проверяется.',
  },
};
