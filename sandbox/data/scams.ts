// Scam conversations of every kind in docs/portal.md §3.2–3.3, each with its ground-truth reasons.
// Also the senders with no tag and the HTML/JS payload senders (ordinary customers whose text must show literally).
import type { Line } from './conversations';
import type { ReasonCode } from './labels';
import type { Lang } from './types';

export interface ScamTemplate {
  lang: Lang;
  /** Sender name; null = an ordinary customer name is drawn. */
  name: string | null;
  tag: 'customer' | null;
  context: 'product' | 'none';
  lines: readonly Line[];
  reasons: readonly ReasonCode[];
}

const scam = (
  lang: Lang,
  name: string | null,
  lines: Line[],
  reasons: ReasonCode[],
  opts: { tag?: 'customer' | null; context?: 'product' | 'none' } = {},
): ScamTemplate => ({ lang, name, tag: opts.tag === undefined ? 'customer' : opts.tag, context: opts.context ?? 'product', lines, reasons });

export const SCAMS: readonly ScamTemplate[] = [
  // Fake support under the Customer tag.
  scam('ru', 'Поддержка Ozon', [['c', 'Здравствуйте! Служба поддержки Ozon. По вашему магазину выявлены нарушения, кабинет будет заблокирован в течение 24 часов. Для сохранения доступа пройдите верификацию по ссылке https://ozon-seller-support.ru/verify']],
    ['impersonates-support', 'threat-urgency', 'external-link', 'lookalike-domain'], { context: 'none' }),
  scam('en', 'Ozon Seller Support', [['c', 'Ozon Support here. Violations found on your store; your account will be blocked within 24 hours unless you verify at https://seller.ozon.ru.verify-id.com/login']],
    ['impersonates-support', 'threat-urgency', 'external-link', 'lookalike-domain'], { context: 'none' }),
  scam('ru', 'Служба безопасности Ozon', [['c', 'Зафиксирована попытка входа в ваш личный кабинет. Сейчас вам придёт код Ozon ID — продиктуйте его для подтверждения личности.']],
    ['impersonates-support', 'asks-code'], { context: 'none' }),
  scam('ru', 'Поддержка Ozon', [['c', 'Здравствуйте, для продолжения работы напишите нашему менеджеру в Telegram @ozon_seller_help, там быстрее решим вопрос.'], ['s', 'А почему не здесь?'], ['c', 'Здесь чат перегружен, пишите в телеграм.']],
    ['impersonates-support', 'messenger-move'], { context: 'none' }),
  scam('ru', 'Ozon Финансы', [['c', 'Вам начислен штраф 15 000 ₽ за нарушение сроков. Оплатите по QR-коду до конца дня, иначе магазин заблокируют.']],
    ['impersonates-support', 'off-platform-payment', 'threat-urgency'], { context: 'none' }),
  scam('ru', null, [['c', 'Добрый день, я из службы поддержки Ozon, пишу с клиентского аккаунта. Продиктуйте, пожалуйста, код из СМС, чтобы разблокировать выплаты.']],
    ['impersonates-support', 'asks-code']),
  // Move to a messenger.
  scam('ru', null, [['c', 'Здравствуйте! Интересует опт. Напишите мне в Telegram @opt_zakupki_msk, обсудим условия.']], ['messenger-move']),
  scam('ru', null, [['c', 'Давайте продолжим в WhatsApp, мой номер +7 916 555-43-21, там скину фото.']], ['messenger-move']),
  scam('ru', null, [['c', 'Здравствуйте, хочу уточнить детали, позвоните мне: 8 (926) 123-45-67'], ['s', 'Здравствуйте! Давайте здесь, в чате.']], ['messenger-move']),
  scam('en', null, [['c', 'Please contact our manager on Telegram: t.me/ozon_seller_support_bot']], ['messenger-move', 'external-link']),
  scam('ru', null, [['c', 'Напишите мне в вотсап wa.me/79265554321, скину фото брака.']], ['messenger-move', 'external-link']),
  scam('en', null, [['c', 'Hi, add me on WhatsApp +44 7700 900123 so we can talk about a bulk order.']], ['messenger-move']),
  // Confirmation codes.
  scam('ru', null, [['c', 'Здравствуйте! Вам сейчас придёт код в СМС, продиктуйте его, пожалуйста, это для подтверждения заказа.']], ['asks-code']),
  scam('en', null, [['c', 'Hello! Send me the 6-digit code you just received to confirm your identity, otherwise I cannot pay.']], ['asks-code']),
  scam('ru', null, [['c', 'Продиктуйте код из СМС, иначе заказ отменится.']], ['no-customer-tag', 'asks-code'], { tag: null, context: 'none' }),
  // Card data.
  scam('ru', null, [['c', 'Для возврата средств укажите номер карты, срок действия и CVV.']], ['asks-card']),
  scam('en', null, [['c', 'To send the compensation I need your card number, expiry date and the 3 digits on the back (CVV).']], ['asks-card']),
  // Personal data.
  scam('ru', null, [['c', 'Для оформления документов пришлите, пожалуйста, фото паспорта и ИНН.']], ['asks-personal-data']),
  scam('en', null, [['c', 'Please send me a scan of your passport and your home address for the warranty card.']], ['asks-personal-data']),
  scam('ru', null, [['c', 'Срочно пришлите паспортные данные директора, иначе заказ аннулируют сегодня же!']], ['asks-personal-data', 'threat-urgency']),
  // Off-platform payment and "mistaken refunds".
  scam('ru', null, [['c', 'Хочу заказать оптом 50 шт., давайте без Ozon — переведу на карту, пришлите реквизиты.']], ['off-platform-payment']),
  scam('ru', null, [['c', 'Здравствуйте! Возврат по заказу прошёл ошибочно, мне пришло два раза. Верните, пожалуйста, деньги на карту 2202 2061 4455 7788.']], ['off-platform-payment']),
  scam('en', null, [['c', "Let's do a bulk order outside Ozon, I'll pay by bank transfer or by QR code."]], ['off-platform-payment']),
  // Add an "employee".
  scam('ru', null, [['c', 'Добавьте нашего специалиста в сотрудники (Настройки → Сотрудники), чтобы мы исправили ваши карточки. Почта: manager.ozon.help@mail.ru']], ['add-employee']),
  scam('en', null, [['c', 'Add our specialist as an employee in your seller account so we can fix your listings for free.']], ['add-employee']),
  // Threats and urgency.
  scam('ru', null, [['c', 'Если до вечера не вернёте деньги, напишу жалобу в прокуратуру и оставлю отзывы на все ваши товары! Срочно!']], ['threat-urgency']),
  scam('ru', null, [['c', 'Ответьте в Телеграм @ozon_claims срочно, иначе через час подаю в суд.']], ['messenger-move', 'threat-urgency']),
  // External links and lookalike domains.
  scam('ru', null, [['c', 'Вот такой же товар дешевле: https://clck.ru/3AbCdE — сделаете скидку?']], ['external-link']),
  scam('en', null, [['c', 'I saw a review here https://bit.ly/4xYzAbc — is this the same item?']], ['external-link']),
  scam('ru', null, [['c', 'Ваш товар отмечен как контрафакт, подтвердите сертификат на https://0zon-seller.ru/cert']], ['external-link', 'lookalike-domain']),
  scam('ru', null, [['c', 'Проверьте статус выплаты в кабинете: https://xn--zon-seller-dvi.ru/payout']], ['external-link', 'lookalike-domain']),
  scam('ru', null, [['c', 'Новый кабинет продавца тут: https://оzon.ru/seller/login (старый скоро отключат)']], ['external-link', 'lookalike-domain']),
  scam('en', null, [['c', 'Please update your shop details at https://seller-ozon.ru/update before Friday.']], ['external-link', 'lookalike-domain']),
  scam('ru', null, [['c', 'Оплатите доставку по ссылке se11er.ozon-help.com/pay — без этого курьер не заберёт груз.']], ['external-link', 'lookalike-domain', 'off-platform-payment']),
];

/** Customers-group senders with no tag but ordinary content: a warning only. */
export const NO_TAG: readonly { lang: Lang; name: string | null; text: string }[] = [
  { lang: 'ru', name: 'Покупатель', text: 'Здравствуйте, когда отправите мой заказ?' },
  { lang: 'ru', name: null, text: 'Добрый день, есть ли этот товар в другом цвете?' },
  { lang: 'en', name: null, text: 'Hi, is this item still available?' },
  { lang: 'ru', name: 'Магазин «Уют»', text: 'Здравствуйте, предлагаем сотрудничество по поставкам текстиля.' },
];

/** Senders whose name or text is an HTML/JS payload: ordinary customers, shown literally by the portal. */
export const PAYLOADS: readonly { name: string; text: string }[] = [
  { name: '<img src=x onerror=alert(1)>', text: 'Здравствуйте, когда будет доставка?' },
  { name: '<script>alert("xss")</script>', text: 'Подскажите размер, пожалуйста' },
  { name: 'Иван', text: '<script>document.title="pwned"</script>Когда отправка?' },
  { name: '"><svg onload=alert(document.domain)>', text: '<img src=x onerror=alert(2)> товар пришёл, спасибо' },
  { name: 'Ольга &amp; <b>Ко</b>', text: '<b>жирный</b> &lt;текст&gt; и <a href="https://www.ozon.ru/">ссылка</a>' },
];
