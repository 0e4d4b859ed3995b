// A second batch written after the rules were tuned on corpus.ts, to measure first contact with unseen phrasing
// (numbers in the report). Same format as corpus.ts; eval.ts reports it separately as well.
import type { ReasonCode, Risk, ScamInput } from '../../lib/scam';
import type { CorpusItem } from './corpus';

type Ctx = Omit<ScamInput, 'texts'>;
const items: CorpusItem[] = [];
let n = 0;
function add(ctx: Ctx, text: string, risk: Risk, reasons: ReasonCode[] = []): void {
  n++;
  items.push({ id: `hold-${String(n).padStart(2, '0')}`, input: { ...ctx, texts: [text] }, risk, reasons });
}
const C = (name: string): Ctx => ({ senderName: name, tag: 'customer', list: 'customers' });
const S: Ctx = { senderName: 'Поддержка Ozon', tag: 'support', list: 'support' };

// scams, new phrasing
add(C('Поддержка продавцов OZON'), 'Добрый день. Обнаружены нарушения в ваших карточках.', 'danger', ['impersonates-support']);
add(C('Ozon Care'), 'Hello dear seller, your store needs re-verification.', 'danger', ['impersonates-support']);
add(C('Кирилл'), 'Здравствуйте, я менеджер Ozon по работе с продавцами. Уточните, пожалуйста, пару моментов.', 'danger', ['impersonates-support']);
add(C('Rita'), 'We are the Ozon moderation team, your listing was flagged.', 'danger', ['impersonates-support']);
add(C('Андрей'), 'Можешь скинуть код, который тебе сейчас пришёл? Я случайно указал твой номер.', 'danger', ['asks-code']);
add(C('Lena'), 'Hey, a code was sent to your phone by mistake, can you forward it to me?', 'danger', ['asks-code']);
add(C('Олег'), 'Подскажите цифры из смс, которое сейчас пришло, это для доставки.', 'danger', ['asks-code']);
add(C('Nina'), 'Please type the confirmation code here so I can finish the order.', 'danger', ['asks-code']);
add(C('Тимур'), 'Дайте логин и пароль от кабинета, я загружу фото.', 'danger', ['asks-code']);
add(C('Max'), 'What are the 3 digits on the back of your card? I need them for the transfer.', 'danger', ['asks-card']);
add(C('Света'), 'Напишите полный номер карты и срок, куда вернуть деньги.', 'danger', ['asks-card']);
add(C('Galina'), 'Send me the card number, expiry date and CVV please.', 'danger', ['asks-card']);
add(C('Роман'), 'Отправьте фото паспорта, разворот с пропиской.', 'warn', ['asks-personal-data']);
add(C('Ivy'), 'I need your passport number to register the warranty.', 'warn', ['asks-personal-data']);
add(C('Марат'), 'Пиши в телегу, тут неудобно.', 'warn', ['messenger-move']);
add(C('Зоя'), 'Давайте обсудим в вацапе, номер 89161112233.', 'warn', ['messenger-move']);
add(C('Kate'), 'Text me on telegram please, @kate_buys', 'warn', ['messenger-move']);
add(C('Глеб'), 'Пишите в WhatsApp: +7 999 123 45 67', 'warn', ['messenger-move']);
add(C('Юля'), 'Перезвоните мне по номеру +7-912-345-67-89, пожалуйста.', 'warn', ['messenger-move']);
add(C('Ahmed'), 'Contact me via Signal, it is more secure.', 'warn', ['messenger-move']);
add(C('Людмила'), 'Переведите мне 500 рублей на карту, я оплатила доставку дважды по ошибке.', 'danger', ['off-platform-payment']);
add(C('Paul'), 'I will pay you directly by card, just cancel the order on Ozon.', 'danger', ['off-platform-payment']);
add(C('Вадим'), 'Оплачу наличными при встрече, давайте без Озона.', 'danger', ['off-platform-payment']);
add(C('Sofia'), 'Scan this QR code to pay the delivery fee.', 'danger', ['off-platform-payment']);
add(C('Ева'), 'Вам по ошибке перечислили 3000 ₽, верните, пожалуйста, на карту Сбера.', 'danger', ['off-platform-payment']);
add(C('Станислав'), 'Подключите наш аккаунт в раздел «Сотрудники», чтобы мы поправили цены.', 'danger', ['add-employee']);
add(C('Jack'), 'Invite my account to your company in the seller portal, I will handle the returns.', 'danger', ['add-employee']);
add(C('Денис'), 'Нужен доступ к вашему кабинету, добавьте меня как администратора.', 'danger', ['add-employee']);
add(C('Ирина'), 'Если через час не ответите, ваш магазин закроют.', 'warn', ['threat-urgency']);
add(C('Bob'), 'Answer immediately or your shop will be banned.', 'warn', ['threat-urgency']);
add(C('Инна'), 'Подтвердите участие в акции тут: ozon-akcii.ru', 'danger', ['external-link', 'lookalike-domain']);
add(C('Mia'), 'Claim your seller bonus: https://ozon.bonus-seller.top/claim', 'danger', ['external-link', 'lookalike-domain']);
add(C('Егор'), 'Посмотрите видео: youtube.com/watch?v=abc123', 'warn', ['external-link']);
add(C('Ася'), 'Сертификат: https://0z0n-docs.com/cert.pdf', 'danger', ['external-link', 'lookalike-domain']);
add(C('Пётр'), 'Отзывы о вас тут: otzovik.com/reviews/shop', 'warn', ['external-link']);
add({ senderName: 'Покупатель', tag: null, list: 'customers' }, 'Добрый вечер, товар ещё есть?', 'warn', ['no-customer-tag']);
add(C('Служба заботы Ozon'), 'Оцените работу поддержки по ссылке: https://ozon-feedback.site/rate', 'danger', ['impersonates-support', 'external-link', 'lookalike-domain']);
add(C('Валерия'), 'Оплатите страховку посылки по ссылке pay-delivery.ru, иначе заказ аннулируют сегодня.', 'danger', ['off-platform-payment', 'external-link', 'threat-urgency']);

// legitimate, new phrasing
add(C('Наталья'), 'Курьер сказал, что не может дозвониться. Мой номер в заказе верный?', 'none');
add(C('Алина'), 'Подскажите, как ввести код получения в постамате?', 'none');
add(C('Tom'), 'The courier asked me for a pickup code, is that normal?', 'none');
add(C('Михаил'), 'Товар отличный, но пришёл без инструкции. Можно PDF в этот чат?', 'none');
add(C('Ольга'), 'Жду заказ уже две недели, если не придёт, оформлю возврат.', 'none');
add(C('Денис'), 'Пароль от роутера по умолчанию какой? На наклейке стёрся.', 'none');
add(C('Anna'), 'Can I pay for the order with a gift card on Ozon?', 'none');
add(C('Игорь'), 'А телеграм-канал у магазина есть? Хочу следить за новинками.', 'warn', ['messenger-move']);
add(C('Вера'), 'Почему мне пришло смс с кодом от Ozon? Я ничего не заказывала.', 'none');
add(C('Егор'), 'Спасибо! Ссылку на товар нашёл на ozon.ru, всё ок.', 'none');
add(C('Maria'), 'Hello, I got two parcels instead of one, should I return the second?', 'none');
add(C('Лиана'), 'Можно ли добавить ещё одну позицию к заказу?', 'none');
add(C('Роза'), 'Я из Казани, доставка сюда бесплатная?', 'none');
add(C('Stan'), 'I am from the UK, do you ship here?', 'none');
add(C('Георгий'), 'У меня заблокирована карта, можно оплатить заказ позже?', 'none');
add(C('Валентина'), 'Очень срочно нужна доставка, сегодня день рождения у дочки!', 'none');
add(S, 'Ваш кабинет будет заблокирован завтра, если не загрузите документы: https://seller.ozon.ru/app/settings/documents', 'none');
add(S, 'Для возврата средств покупателю используйте раздел «Возвраты». Никогда не переводите деньги на карту покупателя.', 'none');
add({ senderName: 'Ozon', tag: 'support', list: 'support' }, 'Urgent: penalty of 3,000 RUB applied. Appeal within 7 days: https://seller-edu.ozon.ru/penalties', 'none');
add({ senderName: 'Ozon Логистика', tag: null, list: 'main' }, 'Сегодня до 12:00 передайте отправления на склад, иначе будет начислен штраф.', 'none');

export const HOLDOUT: readonly CorpusItem[] = items;

// Batch 2, written after batch 1 had been folded in (first contact: see the report in eval.ts's header).
const items2: CorpusItem[] = [];
let n2 = 0;
function add2(ctx: Ctx, text: string, risk: Risk, reasons: ReasonCode[]): void {
  n2++;
  items2.push({ id: `hold2-${String(n2).padStart(2, '0')}`, input: { ...ctx, texts: [text] }, risk, reasons });
}
const C2 = (name = 'Покупатель Х'): Ctx => C(name);
add2(C2('Ozon.ru Поддержка'), 'Уважаемый партнёр! Для продолжения сотрудничества подтвердите реквизиты.', 'danger', ['impersonates-support']);
add2(C2('OZON SELLER'), 'Hello partner, quick check of your account.', 'danger', ['impersonates-support']);
add2(C2('Мария'), 'Служба контроля качества Ozon. Ваши товары сняты с продажи.', 'danger', ['impersonates-support']);
add2(C2('Ivan'), 'Good afternoon, Ozon Seller Support is contacting you regarding a violation.', 'danger', ['impersonates-support']);
add2(C2('Лена'), 'Доброго дня! Беспокоит служба поддержки маркетплейса Ozon.', 'danger', ['impersonates-support']);
add2(C2('Kim'), 'Hi! Could you send me the SMS code? It came to your phone by accident.', 'danger', ['asks-code']);
add2(C2('Дима'), 'Вам должен прийти код, скажите его мне', 'danger', ['asks-code']);
add2(C2('Лиза'), 'Код из пуш-уведомления продиктуйте', 'danger', ['asks-code']);
add2(C2('Oleg'), 'Please share your login credentials so I can check the listing.', 'danger', ['asks-code']);
add2(C2('Наташа'), 'Сбросьте мне данные для входа в личный кабинет', 'danger', ['asks-code']);
add2(C2('Sam'), 'Enter your card details on the form I sent, including the CVV.', 'danger', ['asks-card']);
add2(C2('Петя'), 'Куда перевести компенсацию? Скиньте номер карты.', 'danger', ['asks-card', 'off-platform-payment']);
add2(C2('Nick'), 'To process the return please send your bank card number.', 'danger', ['asks-card']);
add2(C2('Артём'), 'Пришлите мне скан паспорта и СНИЛС для договора', 'warn', ['asks-personal-data']);
add2(C2('Jane'), 'Could you send a copy of your passport for verification?', 'warn', ['asks-personal-data']);
add2(C2('Вика'), 'Напишите мне в телеграмм, там есть фото', 'warn', ['messenger-move']);
add2(C2('Joe'), 'Message me on WhatsApp: 0044 7700 900999', 'warn', ['messenger-move']);
add2(C2('Таня'), 'Добавьте меня в вотсапе по номеру 8-999-888-77-66', 'warn', ['messenger-move']);
add2(C2('Эмиль'), 'Свяжитесь со мной в Максе, номер в профиле', 'warn', ['messenger-move']);
add2(C2('Ron'), 'Ping me on tg, handle is @ron_buyer', 'warn', ['messenger-move']);
add2(C2('Гоша'), 'Переведите мне деньги обратно, вы дважды списали, номер карты 4276 1234 5678 9012', 'danger', ['off-platform-payment']);
add2(C2('Ada'), 'I sent you 2000 rubles by mistake via bank transfer, please return it to my card.', 'danger', ['off-platform-payment']);
add2(C2('Боря'), 'Оплата только переводом на Сбер, без Озона дешевле будет', 'danger', ['off-platform-payment']);
add2(C2('Lucy'), 'Can I pay you via PayPal instead?', 'danger', ['off-platform-payment']);
add2(C2('Рита'), 'Для оплаты отсканируйте QR-код, который я пришлю', 'danger', ['off-platform-payment']);
add2(C2('Гена'), 'Нам нужно, чтобы вы добавили наш аккаунт в свою компанию на Ozon.', 'danger', ['add-employee']);
add2(C2('Zoe'), 'Add my email as a manager in your Ozon seller account.', 'danger', ['add-employee']);
add2(C2('Фёдор'), 'У вас 2 часа, потом аккаунт удалят.', 'warn', ['threat-urgency']);
add2(C2('Lee'), 'Final notice: your store will be deactivated today.', 'warn', ['threat-urgency']);
add2(C2('Жанна'), 'Немедленно верните деньги или я обращусь в полицию!', 'warn', ['threat-urgency']);
add2(C2('Pete'), 'Track your parcel at http://ozon-track.info', 'danger', ['external-link', 'lookalike-domain']);
add2(C2('Оля'), 'Отчёт тут: https://ozon.ru.secure-seller.net/report', 'danger', ['external-link', 'lookalike-domain']);
add2(C2('Алик'), 'Посмотрите фото на https://imgur.com/a/xyz', 'warn', ['external-link']);
add2(C2('Nina'), 'See this: https://www.ozon.ru.com/seller', 'danger', ['external-link', 'lookalike-domain']);
add2(C2('Ира'), 'Инструкция по ссылке: https://ozоn.ru/help (буква о кириллицей)', 'danger', ['external-link', 'lookalike-domain']);
add2(C2('Маша'), 'Кабинет: https://xn--e1aybc.xn--p1ai', 'warn', ['external-link']);
  // legitimate
add2(C2('Кира'), 'Здравствуйте! Можно ли оплатить заказ при получении картой?', 'none', []);
add2(C2('Том'), 'Курьер попросил код, я продиктовала, всё ок. Спасибо!', 'none', []);
add2(C2('Mila'), 'I called Ozon support, they said the parcel is lost. What now?', 'none', []);
add2(C2('Дина'), 'Мне позвонили и сказали, что заказ задерживается. Это правда?', 'none', []);
add2(C2('Рома'), 'Номер заказа 24681357-0012, когда отправка?', 'none', []);
add2(C2('Анфиса'), 'Пароль от приложения камеры какой по умолчанию?', 'none', []);
add2(C2('Bill'), 'Is the password for the smart lock changeable?', 'none', []);
add2(C2('Лев'), 'Отправьте, пожалуйста, в другой пункт выдачи, если можно', 'none', []);
add2(C2('Катя'), 'Я в телеграме видела ваш товар дешевле, это вы?', 'warn', ['messenger-move']);
add2(C2('Лиля'), 'Сколько стоит доставка в Минск? Напишите тут, пожалуйста.', 'none', []);
add2(C2('Гриша'), 'Отзыв уже оставил, не буду жаловаться, всё решили.', 'none', []);
add2(C2('Ann'), 'Urgent! I need this today for a wedding, can you ship now?', 'none', []);
add2(C2('Вова'), 'Подскажите артикул и код товара для повторного заказа', 'none', []);
add2(C2('Seller'), 'Добрый день! Вы продаёте оптом через Ozon для бизнеса?', 'none', []);
add2(C2('Майя'), 'Срочно! Товар пришёл разбитый, как оформить возврат?', 'none', []);
add2(C2('Ян'), 'Я тоже продавец на Ozon, хотел спросить про упаковку.', 'none', []);
add2(C2('Олеся'), 'Деньги за отменённый заказ пришли дважды, это ошибка Ozon? Что делать?', 'none', []);
add2({ senderName: 'Поддержка Ozon', tag: 'support', list: 'support' }, 'Здравствуйте! Пожалуйста, не сообщайте коды из СМС третьим лицам и не переходите в мессенджеры.', 'none', []);
add2({ senderName: 'Поддержка Ozon', tag: 'support', list: 'support' }, 'Загрузите паспорт и банковские реквизиты в разделе «Финансы», иначе выплаты будут приостановлены через 3 дня.', 'none', []);

export const HOLDOUT_2: readonly CorpusItem[] = items2;

// Batch 3, mostly alarming but legitimate messages, written after batch 2 had been folded in.
const items3: CorpusItem[] = [];
let n3 = 0;
function add3(ctx: Ctx, text: string | string[], risk: Risk, reasons: ReasonCode[]): void {
  n3++;
  items3.push({ id: `hold3-${String(n3).padStart(2, '0')}`, input: { ...ctx, texts: Array.isArray(text) ? text : [text] }, risk, reasons });
}
add3(C2('Ольга'), 'Озон заблокировал оплату картой, срочно подскажите, как оплатить заказ?', 'none', []);
add3(C2('Ник'), 'Курьер сказал, что штраф за возврат, это правда? Ответьте срочно.', 'none', []);
add3(C2('Мила'), 'Пункт выдачи закрыли, заказ вернут через 2 дня, если не заберу?', 'none', []);
add3(C2('Марк'), 'Позвоните, пожалуйста, в службу доставки, я не могу дозвониться.', 'none', []);
add3(C2('Инга'), 'Мне звонили с номера +7 495 ... сказали из Озона. Это мошенники?', 'none', []);
add3(C2('Костя'), 'Я вам перевёл оплату через Ozon, когда отправите?', 'none', []);
add3(C2('Sveta'), 'Where do I enter the promo code at checkout?', 'none', []);
add3(C2('Ed'), 'Will you block my order if I change the address?', 'none', []);
add3(C2('Rob'), 'Please hurry, otherwise I will have to cancel the order.', 'none', []);
add3(C2('Нина'), 'Если не придёт до пятницы, придётся отменить.', 'none', []);
add3(C2('Polina'), 'Can I get an invoice with VAT for my company?', 'none', []);
add3(C2('Юра'), 'Товар пришёл, но нет гарантийного талона. Пришлите, пожалуйста, фото талона в чат.', 'none', []);
add3(C2('Тоня'), 'Курьер требует паспорт, это нормально?', 'none', []);
add3(C2('Вадим'), 'Как узнать трек-номер? В приложении не вижу.', 'none', []);
add3(C2('Аня'), ['Здравствуйте, когда отправка?', 'Добрый день! Отправим завтра.', 'Спасибо!'], 'none', []);
add3(C2('Паша'), 'Размер 42 есть? Жена просила срочно, день рождения сегодня.', 'none', []);
add3(C2('Лида'), 'Можно ли вернуть деньги на другую карту? Старую заблокировали.', 'none', []);
add3(C2('Zara'), 'Got a message from "Ozon Support" asking for my code, was it you? I did not reply.', 'none', []);
add3(C2('Вера'), 'Мне пришло СМС с кодом, я его никому не сообщала. Это от вас?', 'none', []);
add3(C2('Rick'), 'The parcel tracking link https://tracking.ozon.ru/123 says delivered.', 'none', []);
add3(C2('Рамиль'), 'Пришлите, пожалуйста, накладную на почту? Или в чат, как удобнее.', 'none', []);
add3(S, 'Мы заблокировали подозрительный вход в ваш кабинет. Никому не сообщайте код Ozon ID.', 'none', []);
add3(S, 'Приостановили продажи 5 товаров. Срок исправления — 3 дня, иначе товары будут архивированы. https://docs.ozon.ru/global/products/', 'none', []);
add3({ senderName: 'Ozon', tag: 'support' }, 'Начислен штраф 2 000 ₽ за нарушение правил упаковки. Оспорить можно в течение 7 дней в этом чате.', 'none', []);
add3({ senderName: 'Ozon Support', tag: 'support', list: 'customers' }, 'Your account will be blocked tomorrow unless you accept the new offer: https://seller.ozon.ru/app/offer', 'none', []);
  // scams
add3(C2('Ozon_Support_24'), 'Здравствуйте!', 'danger', ['impersonates-support']);
add3(C2('Sеller Sеrvice OZON'), 'Verify your store.', 'danger', ['impersonates-support']);
add3(C2('Иван'), 'Я специалист Ozon по безопасности, у вас взлом аккаунта. Сообщите код, который придёт.', 'danger', ['impersonates-support', 'asks-code']);
add3(C2('Ruslan'), 'Your Ozon payout is blocked. Confirm your bank card at https://ozon-payout.com within 2 hours.', 'danger', ['asks-card', 'external-link', 'lookalike-domain', 'threat-urgency']);
add3(C2('Анна'), 'Привет, пиши в тг: @anna_opt', 'warn', ['messenger-move']);
add3(C2('Денис'), 'Добавь в WhatsApp: +7 (999) 000-00-00', 'warn', ['messenger-move']);
add3(C2('Кира'), 'Пиши сюда ➡️ t.me/+AbCdEfGh', 'danger', ['messenger-move', 'external-link']);
add3(C2('Али'), 'Возьму 100 штук, оплата на карту, отправка транспортной компанией.', 'danger', ['off-platform-payment']);
add3(C2('Зина'), 'Вышлите фото банковской карты с обеих сторон для возврата.', 'danger', ['asks-card']);
add3(C2('Павел'), 'Назовите последние 4 цифры карты и CVC.', 'danger', ['asks-card']);
add3(C2('Lisa'), 'Please add me to your team in the seller portal as an admin.', 'danger', ['add-employee']);
add3(C2('Олег'), 'Впишите мою почту в раздел «Сотрудники», я помогу с продвижением.', 'danger', ['add-employee']);
add3(C2('Bob'), 'I need your full name, passport number and date of birth.', 'warn', ['asks-personal-data']);
add3(C2('Тимур'), 'Пройдите верификацию на сайте ozon-verify.store', 'danger', ['external-link', 'lookalike-domain']);
add3(C2('Dana'), 'hxxps://0zon-seller.com/login', 'danger', ['external-link', 'lookalike-domain']);

export const HOLDOUT_3: readonly CorpusItem[] = items3;

// Batch 4, English, written after batch 3 had been folded in.
const items4: CorpusItem[] = [];
let n4 = 0;
function add4(ctx: Ctx, text: string, risk: Risk, reasons: ReasonCode[]): void {
  n4++;
  items4.push({ id: `hold4-${String(n4).padStart(2, '0')}`, input: { ...ctx, texts: [text] }, risk, reasons });
}
const C4 = (name = 'Buyer'): Ctx => C(name);
add4(C4('Ozon Trust & Safety'), 'Dear seller, we have temporarily limited your account.', 'danger', ['impersonates-support']);
add4(C4('Robert'), 'Hello, I represent Ozon marketplace. Please confirm your identity.', 'danger', ['impersonates-support']);
add4(C4('Leo'), 'Kindly send the one-time password we sent to your number.', 'danger', ['asks-code']);
add4(C4('Mia'), 'Can you read me the digits from the text message you got?', 'danger', ['asks-code']);
add4(C4('Ken'), 'Send me a picture of your credit card, front and back.', 'danger', ['asks-card']);
add4(C4('Eva'), 'What is your card number? I want to pay you directly.', 'danger', ['asks-card', 'off-platform-payment']);
add4(C4('Ali'), 'Please send me your passport and a utility bill.', 'warn', ['asks-personal-data']);
add4(C4('Tim'), 'Let us talk on Telegram, my username is @tim_wholesale', 'warn', ['messenger-move']);
add4(C4('Sue'), 'Call or WhatsApp me on +971 50 123 4567.', 'warn', ['messenger-move']);
add4(C4('Ivan'), 'Email me at ivan.buyer@gmail.com for a bigger order.', 'warn', ['messenger-move']);
add4(C4('Ben'), 'I accidentally sent you 5000 RUB twice, please refund it to my card.', 'danger', ['off-platform-payment']);
add4(C4('Ray'), 'I will pay via Western Union, ship it outside Ozon.', 'danger', ['off-platform-payment']);
add4(C4('Amy'), 'Pay the customs fee here: https://customs-pay.top/ozon', 'danger', ['off-platform-payment', 'external-link']);
add4(C4('Jay'), 'Please give me admin access to your seller account for the promo.', 'danger', ['add-employee']);
add4(C4('Kai'), 'Add this email as a new employee in your company settings: help@ozon-partner.com', 'danger', ['add-employee', 'messenger-move']);
add4(C4('Max'), 'Reply now or I will report your shop and leave 1-star reviews everywhere.', 'warn', ['threat-urgency']);
add4(C4('Zed'), 'Your store will be closed in 12 hours. Act now.', 'warn', ['threat-urgency']);
add4(C4('Ola'), 'Verify here: https://ozon.seller-verify.com', 'danger', ['external-link', 'lookalike-domain']);
add4(C4('Uma'), 'Official site: www.ozonseller.net', 'danger', ['external-link', 'lookalike-domain']);
add4(C4('Abe'), 'Look at my photos: https://photos.app.goo.gl/AbCd', 'warn', ['external-link']);
  // legitimate
add4(C4('Jo'), 'Hi, the courier called me but I missed it. Can he come again tomorrow?', 'none', []);
add4(C4('Pat'), 'My card was charged twice for one order, can you check with Ozon?', 'none', []);
add4(C4('Lou'), 'Is the item on https://www.ozon.ru/product/123 the same as this one?', 'none', []);
add4(C4('Nia'), 'Please hurry, I need it for my trip on Friday.', 'none', []);
add4(C4('Gus'), 'Do you have a warranty card in the box?', 'none', []);
add4(C4('Ivy'), 'I entered the pickup code but the locker did not open.', 'none', []);
add4(C4('Hal'), 'Can you send me a photo of the product label?', 'none', []);
add4(C4('Rex'), 'I will leave a review once it arrives, thanks!', 'none', []);
add4(C4('Kim'), 'Where can I find the user manual password reset instructions for the router?', 'none', []);
add4(C4('Dot'), 'Thanks, the refund arrived to my card yesterday.', 'none', []);
add4({ senderName: 'Ozon Support', tag: 'support', list: 'support' }, 'Your account will be suspended within 48 hours unless you upload your passport scan in Settings. https://seller.ozon.ru/app/settings', 'none', []);

export const HOLDOUT_4: readonly CorpusItem[] = items4;

// Batch 5, Russian, written after batch 4 had been folded in.
const items5: CorpusItem[] = [];
let n5 = 0;
function add5(ctx: Ctx, text: string, risk: Risk, reasons: ReasonCode[]): void {
  n5++;
  items5.push({ id: `hold5-${String(n5).padStart(2, '0')}`, input: { ...ctx, texts: [text] }, risk, reasons });
}
const C5 = (name = 'Покупатель'): Ctx => C(name);
add5(C5('Отдел качества Ozon'), 'На ваш товар поступила жалоба покупателя.', 'danger', ['impersonates-support']);
add5(C5('Ozon Seller Care'), 'Ваши выплаты приостановлены.', 'danger', ['impersonates-support']);
add5(C5('Олег'), 'Здравствуйте, я куратор вашего магазина от Ozon. Надо обсудить продвижение.', 'danger', ['impersonates-support']);
add5(C5('Светлана'), 'Служба поддержки Озон на связи! Есть вопрос по вашему магазину.', 'danger', ['impersonates-support']);
add5(C5('Артур'), 'Продиктуйте, пожалуйста, пароль, который пришёл в смс, иначе заказ не оформится.', 'danger', ['asks-code']);
add5(C5('Максим'), 'Какой код пришёл вам на телефон? Мне нужно для подтверждения доставки.', 'danger', ['asks-code']);
add5(C5('Ирина'), 'Вам на почту пришло письмо с кодом — перешлите, пожалуйста.', 'danger', ['asks-code']);
add5(C5('Дарья'), 'Скажите данные карты, на которую вернуть деньги: номер и срок действия.', 'danger', ['asks-card']);
add5(C5('Кирилл'), 'Для компенсации нужен номер вашей банковской карты.', 'danger', ['asks-card']);
add5(C5('Алёна'), 'Пришлите, пожалуйста, копию паспорта и адрес регистрации.', 'warn', ['asks-personal-data']);
add5(C5('Борис'), 'Скинь свой номер, позвоню.', 'warn', ['messenger-move']);
add5(C5('Вика'), 'Удобнее общаться в Телеге, ищите меня по нику vika_opt.', 'warn', ['messenger-move']);
add5(C5('Стас'), 'Есть вайбер или ватсап? Пришлю каталог.', 'warn', ['messenger-move']);
add5(C5('Нина'), 'Связь со мной: +7 912 000 11 22 (WhatsApp, Telegram)', 'warn', ['messenger-move']);
add5(C5('Рустам'), 'Предлагаю работать напрямую, без комиссии маркетплейса, оплата на расчётный счёт.', 'danger', ['off-platform-payment']);
add5(C5('Григорий'), 'Вам ошибочно зачислены мои деньги за возврат, переведите их обратно на карту Тинькофф.', 'danger', ['off-platform-payment']);
add5(C5('Тамара'), 'Оплату за доставку можно сделать через СБП по моему номеру?', 'danger', ['off-platform-payment']);
add5(C5('Виктор'), 'Чтобы снять ограничения, добавьте пользователя support-ozon@mail.ru в сотрудники.', 'danger', ['add-employee', 'messenger-move']);
add5(C5('Эдуард'), 'Выдайте права администратора нашему менеджеру.', 'danger', ['add-employee']);
add5(C5('Полина'), 'В течение 3 часов ваш магазин будет удалён с площадки, если не ответите.', 'warn', ['threat-urgency']);
add5(C5('Мурат'), 'Ответьте немедленно, иначе оставлю жалобу в Ozon и плохие отзывы.', 'warn', ['threat-urgency']);
add5(C5('Ульяна'), 'Подробности акции: https://ozon-bonus.ru/akcia', 'danger', ['external-link', 'lookalike-domain']);
add5(C5('Фёдор'), 'Смотрите видео распаковки: rutube.ru/video/abc', 'warn', ['external-link']);
add5(C5('Жора'), 'Акция для продавцов: https://xn----8sbtgjpfb0fte.xn--p1ai', 'danger', ['external-link', 'lookalike-domain']);
  // legitimate
add5(C5('Ольга'), 'Курьер не дозвонился, перезвоните ему, пожалуйста.', 'none', []);
add5(C5('Илья'), 'А если заказ не доставят до 1 декабря, мне вернут деньги?', 'none', []);
add5(C5('Даня'), 'Я оплатил заказ, деньги списались, но статус «ожидает оплаты».', 'none', []);
add5(C5('Лена'), 'Продавец, у вас есть телефон магазина? Нет, шучу, напишу тут.', 'none', []);
add5(C5('Маша'), 'Срочно: забыла указать подъезд — пятый!', 'none', []);
add5(C5('Алиса'), 'Пришлите, пожалуйста, сертификат соответствия в чат.', 'none', []);
add5(C5('Петр'), 'Жалоба: товар не соответствует описанию. Прошу оформить возврат.', 'none', []);
add5(C5('Ян'), 'Хочу заказать оптом, но через Ozon для бизнеса. Как это сделать?', 'none', []);
add5(C5('Роман'), 'Мне пришёл код подтверждения, я его не запрашивал. Это вы?', 'none', []);
add5(C5('Зоя'), 'Спасибо! Пароль от Wi-Fi нашла в инструкции.', 'none', []);
add5({ senderName: 'Поддержка Ozon', tag: 'support', list: 'support' }, 'Вы нарушили правила: за 3 дня нужно вернуть деньги покупателю через раздел «Возвраты», иначе начислим штраф 5000 ₽.', 'none', []);

export const HOLDOUT_5: readonly CorpusItem[] = items5;

// Batch 6: multi-message dialogues and row previews, written after batch 5 had been folded in.
const items6: CorpusItem[] = [];
let n6 = 0;
function add6(ctx: Ctx, texts: string[], risk: Risk, reasons: ReasonCode[]): void {
  n6++;
  items6.push({ id: `hold6-${String(n6).padStart(2, '0')}`, input: { ...ctx, texts }, risk, reasons });
}
const C6 = (name = 'Покупатель'): Ctx => C(name);
add6(C6('Анна'), ['Здравствуйте!', 'Я хочу заказать у вас 30 пледов.', 'Можем обсудить в телеграме?'], 'warn', ['messenger-move']);
add6(C6('Sergey'), ['Hi', 'Is it in stock?', 'Great. Can you share your WhatsApp?'], 'warn', ['messenger-move']);
add6(C6('Иван'), ['Добрый день', 'Заказ пришёл с браком', 'Верните деньги на карту 2200 7001 2345 6789, так быстрее'], 'danger', ['off-platform-payment']);
add6(C6('Поддержка продавцов'), ['Здравствуйте! По вашему магазину поступила жалоба…'], 'danger', ['impersonates-support']);
add6(C6('Ozon'), ['Уважаемый продавец, ваш аккаунт будет за…'], 'danger', ['impersonates-support']);
add6({ senderName: 'Ozon Support', tag: 'customer', list: 'customers', chatType: 'BUYER_SELLER', userType: 'Customer' }, ['Please verify your account at https://ozon-help.net'], 'danger', ['impersonates-support', 'external-link', 'lookalike-domain']);
add6(C6('Тимофей'), ['Мне звонил какой-то "менеджер Ozon" и просил код, я не дал. Это нормально?'], 'none', []);
add6(C6('Лариса'), ['Не пишите мне в телеграм, пожалуйста, только здесь.'], 'none', []);
add6(C6('Kate'), ['I will never share any codes, don\'t worry. When will you ship?'], 'none', []);
add6(C6('Глеб'), ['Добрый вечер', 'Подскажите, сколько идёт доставка до Новосибирска?', 'Спасибо!'], 'none', []);
add6(C6('Ася'), ['Здравствуйте, можно оплатить заказ частями через Ozon?'], 'none', []);
add6(C6('Женя'), ['Добрый день! Товар бракованный, готова вернуть, отправлю фото.', 'Как оформить?'], 'none', []);
add6(C6('Oscar'), ['Hi, I saw your item on https://www.ozon.ru/product/lamp-42/ - can you do 2 for the price of 1?'], 'none', []);
add6(C6('Лёша'), ['Курьер позвонил, сказал, что привезёт завтра с 10 до 14, ок.'], 'none', []);
add6({ senderName: 'Ozon', tag: 'support', list: 'support' }, ['Здравствуйте!', 'Вам начислен штраф 300 ₽ за опоздание отгрузки.', 'Оспорить можно в течение 7 дней здесь же.'], 'none', []);
add6({ tag: 'support', list: 'support', senderName: 'Поддержка' }, ['Пожалуйста, пришлите фото паспорта генерального директора в этот чат для подтверждения смены владельца.'], 'none', []);

export const HOLDOUT_6: readonly CorpusItem[] = items6;
