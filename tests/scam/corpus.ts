// Labelled corpus for the scam guard: messages and dialogue headers in Russian and English, written for this project
// (patterns modelled on docs/portal.md §3, texts our own). Each item: the detector's input, the
// expected risk and the expected reason codes (all that honestly apply). Used by tests/scam/eval.ts and unit tests.
import type { ReasonCode, Risk, ScamInput } from '../../lib/scam';

export interface CorpusItem {
  id: string;
  input: ScamInput;
  risk: Risk;
  reasons: ReasonCode[];
}

type Ctx = Omit<ScamInput, 'texts'>;
const CUSTOMER: Ctx = { tag: 'customer', list: 'customers' };
const SUPPORT: Ctx = { senderName: 'Поддержка Ozon', tag: 'support', list: 'support' };
const SUPPORT_EN: Ctx = { senderName: 'Ozon Support', tag: 'support', list: 'support' };
const NOTICE: Ctx = { senderName: 'Уведомления Ozon', tag: null, list: 'main' };

const items: CorpusItem[] = [];
const counters = new Map<string, number>();
function add(prefix: string, ctx: Ctx, texts: string | string[], risk: Risk, reasons: ReasonCode[] = []): void {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  items.push({ id: `${prefix}-${String(n).padStart(2, '0')}`, input: { ...ctx, texts: Array.isArray(texts) ? texts : [texts] }, risk, reasons });
}
/** A Customer-tagged sender in the Customers list (name drawn as an ordinary customer's). */
const cust = (prefix: string, texts: string | string[], risk: Risk, reasons: ReasonCode[] = [], name = 'Анна К.'): void =>
  add(prefix, { ...CUSTOMER, senderName: name }, texts, risk, reasons);

// ---- A. Customer-tagged senders posing as Ozon -----------------------------------------------------------------
add('imp', { ...CUSTOMER, senderName: 'Поддержка Ozon' }, 'Здравствуйте! Проверка магазина завершена, ответьте, пожалуйста, на пару вопросов.', 'danger', ['impersonates-support']);
add('imp', { ...CUSTOMER, senderName: 'Ozon Support' }, 'Hello, we are reviewing your store. Please reply to this message.', 'danger', ['impersonates-support']);
add('imp', { ...CUSTOMER, senderName: 'Служба поддержки продавцов' }, 'Добрый день! По вашему кабинету есть вопрос, ответьте в течение дня.', 'danger', ['impersonates-support']);
add('imp', { ...CUSTOMER, senderName: 'Оzоn Sеllеr Suppоrt' }, 'Your payouts are on hold. Reply here to release them.', 'danger', ['impersonates-support']);
add('imp', { ...CUSTOMER, senderName: '0ZON Модерация' }, 'Карточки товаров не прошли модерацию, нужна проверка.', 'danger', ['impersonates-support']);
add('imp', { ...CUSTOMER, senderName: 'Служба безопасности' }, 'Замечена подозрительная активность в вашем аккаунте.', 'danger', ['impersonates-support']);
add('imp', { ...CUSTOMER, senderName: 'O Z O N' }, 'Уважаемый продавец, требуется обновить данные магазина.', 'danger', ['impersonates-support']);
add('imp', { ...CUSTOMER, senderName: 'Ozon Seller Security' }, 'We detected a login from a new device. Reply "yes" if it was you.', 'danger', ['impersonates-support']);
add('imp', { ...CUSTOMER, senderName: 'Администрация Озон' }, 'Здравствуйте, ваш магазин выбран для участия в акции.', 'danger', ['impersonates-support']);
add('imp', { ...CUSTOMER, senderName: 'Техподдержка' }, 'Добрый день, подтвердите, что вы владелец магазина.', 'danger', ['impersonates-support']);
cust('imp', 'Добрый день! Я сотрудник Ozon, проверяю ваш магазин перед акцией. Ответьте, пожалуйста, на вопросы.', 'danger', ['impersonates-support'], 'Марина');
cust('imp', 'Здравствуйте, вас беспокоит служба поддержки Ozon. Нам нужно уточнить данные вашего кабинета.', 'danger', ['impersonates-support'], 'Игорь П.');
cust('imp', 'Hi, this is Ozon Support. We need to verify your store details today.', 'danger', ['impersonates-support'], 'Mark');
cust('imp', "Hello! I'm from Ozon security, we noticed unusual activity on your seller account.", 'danger', ['impersonates-support'], 'Alex');
cust('imp', 'Мы из отдела модерации Ozon. Ваши карточки нарушают правила площадки.', 'danger', ['impersonates-support'], 'Виктор');
cust('imp', 'Пишу от имени Ozon: для вашего магазина подготовлено новое соглашение.', 'danger', ['impersonates-support'], 'Elena');
cust('imp', 'Здравствуйте! Служба поддержки Ozon. По вашему магазину поступили жалобы, кабинет будет заблокирован через 2 часа.', 'danger', ['impersonates-support', 'threat-urgency'], 'Покупатель');
add('imp', { ...CUSTOMER, senderName: 'Поддержка Ozon' }, 'Добрый день! Ваш кабинет заблокируют в течение 24 часов, пройдите проверку: https://ozon-verify.ru/seller', 'danger', ['impersonates-support', 'threat-urgency', 'external-link', 'lookalike-domain']);
add('imp', { ...CUSTOMER, senderName: 'Ozon Finance' }, "Ozon Finance here. Your payout failed, send us the code from the SMS you'll receive now.", 'danger', ['impersonates-support', 'asks-code']);
add('imp', { ...CUSTOMER, senderName: 'Ozon Help' }, 'Напишите нашему специалисту в телеграм, он поможет восстановить продажи.', 'danger', ['impersonates-support', 'messenger-move']);
add('imp', { tag: 'customer', list: 'customers', senderName: 'Поддержка Ozon', userType: 'Customer' }, 'Здравствуйте, есть вопрос по вашему магазину.', 'danger', ['impersonates-support']);
add('imp', { senderName: 'Ozon Support', userType: 'Сustomer' }, 'We need to double-check your store settings.', 'danger', ['impersonates-support']);

// ---- B. Moving to a messenger, phone or e-mail -----------------------------------------------------------------
cust('msg', 'Здравствуйте! Удобнее в телеграме, напишите мне: @tekstil_opt24', 'warn', ['messenger-move']);
cust('msg', 'Hi, can we continue on WhatsApp? It is easier to send photos there.', 'warn', ['messenger-move'], 'John D.');
cust('msg', 'Добрый день, скину видео брака в вайбер, дайте номер.', 'warn', ['messenger-move']);
cust('msg', 'Напишите в т е л е г р а м, там обсудим опт.', 'warn', ['messenger-move']);
cust('msg', 'Пишите в t.e.l.e.g.r.a.m, ник в профиле.', 'warn', ['messenger-move']);
cust('msg', 'Давайте перейдём в ВотсАп, так быстрее.', 'warn', ['messenger-move']);
cust('msg', 'Пишите мне в тeлeгрaм (латиница внутри слова, чтобы фильтр не поймал).', 'warn', ['messenger-move']);
cust('msg', 'Мой номер 8 915 222 33 44, позвоните, пожалуйста, по поводу заказа.', 'warn', ['messenger-move']);
cust('msg', 'Позвоните мне на +7(903)111-22-33, объясню, что случилось.', 'warn', ['messenger-move']);
cust('msg', 'Call me at +1 415 555 0132 please, I have a question about bulk pricing.', 'warn', ['messenger-move'], 'Mike');
cust('msg', 'Напишите мне на почту ivan.petrov.opt@yandex.ru, пришлю список.', 'warn', ['messenger-move']);
cust('msg', 'Add me on Viber, my nickname is in my profile.', 'warn', ['messenger-move'], 'Sarah');
cust('msg', 'Свяжитесь со мной в личке ВКонтакте, там удобнее.', 'warn', ['messenger-move']);
cust('msg', 'Ответьте в мессенджере, тут я редко бываю.', 'warn', ['messenger-move']);
cust('msg', 'Напиши в тг @opt_buyer_msk', 'warn', ['messenger-move']);
cust('msg', 'Пишите в Telegram: t.me/opt_buyer_msk', 'danger', ['messenger-move', 'external-link']);
cust('msg', 'Here is my WhatsApp link: https://wa.me/447700900555', 'danger', ['messenger-move', 'external-link'], 'David Lee');
cust('msg', 'Продолжим в ватсапе? Номер +7 926 000-11-22.', 'warn', ['messenger-move']);
cust('msg', 'Напишите мне в W h a t s A p p, номер в профиле', 'warn', ['messenger-move']);
cust('msg', 'Мой номер: 8‑916‑123‑45‑67 (звонить после 18:00).', 'warn', ['messenger-move']);

// ---- C. Codes and passwords -------------------------------------------------------------------------------------
cust('code', 'Вам придёт смс с кодом, продиктуйте его мне, пожалуйста, это для оформления заказа.', 'danger', ['asks-code']);
cust('code', 'Назовите код из СМС, без него курьер не отдаст заказ.', 'danger', ['asks-code']);
cust('code', 'Please send me the verification code you got by SMS, I need it to complete the payment.', 'danger', ['asks-code'], 'Olivia M.');
cust('code', 'Скиньте пароль от кабинета, я сам исправлю ваши карточки.', 'danger', ['asks-code']);
cust('code', 'Подтвердите личность: сообщите код Ozon ID, который сейчас придёт.', 'danger', ['asks-code']);
cust('code', 'What is the 6-digit code in the message you just received?', 'danger', ['asks-code'], 'Wei Zhang');
cust('code', 'Продиктуйте к0д из смс, пожалуйста.', 'danger', ['asks-code']);
cust('code', 'Пришлите к о д из сообщения, это срочно.', 'danger', ['asks-code']);
cust('code', 'Tell me your password and login, I will set up the promo for you.', 'danger', ['asks-code'], 'Tom');
cust('code', 'Сейчас вам поступит СМС, цифры оттуда нужно сообщить мне в ответ.', 'danger', ['asks-code']);
cust('code', 'Введите код подтверждения вот тут в чате, чтобы я мог оплатить.', 'danger', ['asks-code']);
cust('code', 'Вы получите одноразовый пароль — перешлите его мне.', 'danger', ['asks-code']);
cust('code', 'Ozon ID code please, we need to confirm the order.', 'danger', ['asks-code'], 'Ann');
add('code', { senderName: 'Служба безопасности Ozon', tag: 'customer', list: 'customers' }, 'Зафиксирован вход с нового устройства. Сообщите проверочный код из СМС, иначе аккаунт будет заблокирован через час.', 'danger', ['impersonates-support', 'asks-code', 'threat-urgency']);
add('code', { senderName: 'Иван', tag: null, list: 'customers' }, 'Пришлите код из смс, пожалуйста.', 'danger', ['no-customer-tag', 'asks-code']);

// ---- D. Card data -------------------------------------------------------------------------------------------------
cust('card', 'Чтобы вернуть вам деньги за брак, пришлите номер карты и срок действия.', 'danger', ['asks-card']);
cust('card', 'Укажите CVV с обратной стороны карты для зачисления компенсации.', 'danger', ['asks-card']);
cust('card', 'Send me your card number and CVC so I can pay for the order directly.', 'danger', ['asks-card', 'off-platform-payment'], 'Emily Clark');
cust('card', 'Для получения выплаты нужны данные вашей карты: номер, срок, три цифры на обороте.', 'danger', ['asks-card']);
cust('card', 'Напишите номер карточки, на которую перевести деньги.', 'danger', ['asks-card', 'off-platform-payment']);
cust('card', 'I need your card details to send the refund.', 'danger', ['asks-card'], 'Mehmet Y.');
cust('card', 'Скажите код на обороте карты, это для подтверждения.', 'danger', ['asks-card']);
cust('card', 'Пришлите фото карты с двух сторон.', 'danger', ['asks-card']);

// ---- E. Personal data ---------------------------------------------------------------------------------------------
cust('pd', 'Для гарантийного талона пришлите скан паспорта.', 'warn', ['asks-personal-data']);
cust('pd', 'Please provide your date of birth and home address for the delivery form.', 'warn', ['asks-personal-data'], 'Emily Clark');
cust('pd', 'Укажите СНИЛС и паспортные данные, это нужно для оформления.', 'warn', ['asks-personal-data']);
cust('pd', 'Пришлите селфи с паспортом для подтверждения продавца.', 'warn', ['asks-personal-data']);
cust('pd', 'Send me a photo of your ID card to confirm you are the real seller.', 'warn', ['asks-personal-data'], 'Mark');
cust('pd', 'Мне нужны ваши паспортные данные, чтобы оформить доверенность.', 'warn', ['asks-personal-data']);
cust('pd', 'Срочно пришлите паспорт директора, иначе заказ сегодня же аннулируют.', 'danger', ['asks-personal-data', 'threat-urgency']);
cust('pd', 'Пришлите п а с п о р т, пожалуйста.', 'warn', ['asks-personal-data']);

// ---- F. Payment outside Ozon -------------------------------------------------------------------------------------
cust('pay', 'Давайте я переведу вам на карту, а вы отправите без Ozon, так дешевле.', 'danger', ['off-platform-payment']);
cust('pay', 'Мне ошибочно пришёл возврат дважды, переведите, пожалуйста, лишнее обратно по СБП.', 'danger', ['off-platform-payment']);
cust('pay', 'The refund went through twice by mistake, please send it back to my card.', 'danger', ['off-platform-payment'], 'Anna Schmidt');
cust('pay', 'Оплатите доставку по QR-коду из вложения, иначе посылка вернётся.', 'danger', ['off-platform-payment']);
cust('pay', 'Can we do the deal directly? I will pay by bank transfer, no Ozon fees.', 'danger', ['off-platform-payment'], 'David Lee');
cust('pay', 'Хочу купить напрямую 200 штук, оплачу переводом на карту.', 'danger', ['off-platform-payment']);
cust('pay', 'Верните деньги на карту 5536 9137 1234 5678, вы мне перевели по ошибке.', 'danger', ['off-platform-payment']);
cust('pay', 'Пришлите реквизиты, оплачу сразу, без площадки.', 'danger', ['off-platform-payment']);
cust('pay', 'Я готов оплатить в USDT, напишите адрес кошелька — переведу.', 'danger', ['off-platform-payment']);
cust('pay', "Let's skip the platform: pay me via this link and I'll ship today.", 'danger', ['off-platform-payment'], 'Tom');
cust('pay', 'Оплатите, пожалуйста, штраф по ссылке, которую я пришлю.', 'danger', ['off-platform-payment']);
cust('pay', 'Закажу оптом мимо Озона, скиньте номер для перевода.', 'danger', ['off-platform-payment']);
cust('pay', 'Деньги за возврат вам зачислили два раза, верните, пожалуйста, переводом по номеру телефона.', 'danger', ['off-platform-payment']);
add('pay', { ...CUSTOMER, senderName: 'Ozon Финансы' }, 'Вам начислен штраф 5000 ₽. Оплатите по QR до 18:00, иначе выплаты будут заморожены.', 'danger', ['impersonates-support', 'off-platform-payment', 'threat-urgency']);

// ---- G. Adding an "employee" -------------------------------------------------------------------------------------
cust('emp', 'Добавьте меня сотрудником в ваш кабинет, я настрою рекламу бесплатно.', 'danger', ['add-employee']);
cust('emp', 'Please add our manager as a user to your seller account, we will fix the listings.', 'danger', ['add-employee'], 'Alex');
cust('emp', 'Пригласите нашего специалиста в сотрудники, он поднимет рейтинг.', 'danger', ['add-employee']);
cust('emp', 'Дайте доступ к личному кабинету на пару дней, я всё исправлю.', 'danger', ['add-employee']);
cust('emp', 'Grant me access to your store admin, I will upload the certificates.', 'danger', ['add-employee'], 'Mark');
cust('emp', 'Добавьте аккаунт 79161234567 в раздел «Сотрудники».', 'danger', ['add-employee']);
cust('emp', 'Д0бавьте нашего менеджера в кабинет, это бесплатно.', 'danger', ['add-employee']);
add('emp', { ...CUSTOMER, senderName: 'Ozon Seller Support' }, 'To restore your sales, add our specialist as an employee in Settings → Employees.', 'danger', ['impersonates-support', 'add-employee']);

// ---- H. Threats and urgency --------------------------------------------------------------------------------------
cust('thr', 'Если сегодня же не ответите, пишу жалобу в Роспотребнадзор!', 'warn', ['threat-urgency']);
cust('thr', 'Reply within an hour or I will file a complaint and leave bad reviews on every item.', 'warn', ['threat-urgency'], 'John D.');
cust('thr', 'Срочно ответьте, иначе подаю в суд.', 'warn', ['threat-urgency']);
cust('thr', 'Ваш магазин заблокируют сегодня, если не подтвердите данные.', 'warn', ['threat-urgency']);
cust('thr', 'Последнее предупреждение: штраф 20 000 ₽ будет списан через 3 часа.', 'warn', ['threat-urgency']);
cust('thr', 'Your account will be suspended within 24 hours due to violations.', 'warn', ['threat-urgency'], 'Sam');
cust('thr', 'Немедленно ответьте в WhatsApp, иначе будет жалоба.', 'danger', ['threat-urgency', 'messenger-move']);
cust('thr', 'Если до вечера не вернёте деньги, пойду в полицию.', 'warn', ['threat-urgency']);

// ---- I. Links: external and look-alike ----------------------------------------------------------------------------
cust('link', 'Вот такой же товар, только дешевле: https://market-deals.shop/item/123', 'warn', ['external-link']);
cust('link', 'Look, this review: https://tinyurl.com/3xyzab1 — is it your item?', 'warn', ['external-link'], 'Emily Clark');
cust('link', 'Фото брака загрузила сюда: disk.yandex.ru/d/AbC123', 'warn', ['external-link']);
cust('link', 'Подтвердите магазин на ozon-seller.ru/confirm', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Новый вход для продавцов: https://seller.ozon.ru.secure-login.com/auth', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Проверьте выплаты: https://0zon.ru/finance', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Check your payouts: https://seller-0zon.com/payouts', 'danger', ['external-link', 'lookalike-domain'], 'Michael B.');
cust('link', 'Скачайте сертификат: https://xn--zon-red.ru/cert', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Обновите данные: https://оzоn.ru/seller', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Акция для продавцов на ozon-skidki.ru, успейте подать заявку.', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Промо-кабинет тут: ozon.promo-sellers.site', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Зайдите на ozonn.ru, там ваш отчёт.', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Отчёт о продажах: https://seller.ozon.ru@reports-view.com/q3', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Сертификат загрузите на ozon-seller[.]ru/docs', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Document here: seller-ozon dot com/verify', 'danger', ['external-link', 'lookalike-domain'], 'Mark');
cust('link', 'Каталог наших товаров: www.tekstil-optom.ru', 'warn', ['external-link']);
cust('link', 'Фото на облаке: https://cloud.mail.ru/public/AbCd/1234', 'warn', ['external-link']);
cust('link', 'Сравните с ценой тут: https://www.wildberries.ru/catalog/1234/detail.aspx', 'warn', ['external-link']);
cust('link', 'Оплатите доставку на delivery-pay.online/ozon, иначе курьер не заберёт груз.', 'danger', ['external-link', 'off-platform-payment']);
cust('link', 'Ваш отзыв опубликован: https://ozon.ru.reviews-check.xyz/r/77', 'danger', ['external-link', 'lookalike-domain']);
cust('link', 'Скачайте инструкцию: https://drive.google.com/file/d/1AbC', 'warn', ['external-link']);
cust('link', 'Кабинет продавца переехал на https://xn--sllr-zn-7ggc6gb.com', 'danger', ['external-link', 'lookalike-domain']);

cust('link', 'Мой магазин: http://xn--ozn-seller-fvi.ru', 'danger', ['external-link', 'lookalike-domain']);

// ---- J. No Customer tag in the Customers list ---------------------------------------------------------------------
add('notag', { senderName: 'Мария', tag: null, list: 'customers' }, 'Здравствуйте, когда будет доставка?', 'warn', ['no-customer-tag']);
add('notag', { senderName: 'Opt Trade', tag: null, list: 'customers' }, 'Hello, we would like to discuss a partnership.', 'warn', ['no-customer-tag']);
add('notag', { senderName: 'Поддержка Ozon', tag: null, list: 'customers' }, 'Ваш магазин на проверке, ответьте на вопросы.', 'danger', ['no-customer-tag', 'impersonates-support']);
add('notag', { senderName: 'Сергей', tag: null, list: 'customers' }, 'Пишите в телеграм @serg_opt', 'warn', ['no-customer-tag', 'messenger-move']);
add('notag', { senderName: 'Ozon Seller', tag: null, list: 'customers' }, 'Add our specialist as an employee.', 'danger', ['no-customer-tag', 'impersonates-support', 'add-employee']);
add('notag', { senderName: 'Дарья', tag: null, list: 'customers' }, 'Подскажите, есть ли размер M?', 'warn', ['no-customer-tag']);
add('notag', { senderName: 'Ксения', tag: null, list: 'customers' }, 'Перешлите код из СМС, пожалуйста.', 'danger', ['no-customer-tag', 'asks-code']);
add('notag', { senderName: 'Алексей', tag: null, list: 'customers', chatType: 'SELLER_SUPPORT' }, 'Здравствуйте! Ваш запрос передан специалистам.', 'none', []);

// ---- K. Legitimate customers, some sounding alarming ----------------------------------------------------------------
cust('ok', 'Здравствуйте! Когда отправите заказ? Мне звонил курьер, но я не успела ответить.', 'none');
cust('ok', 'Курьер позвонил и сказал, что будет завтра. Это правда?', 'none');
cust('ok', 'Could you ask the courier to call me before delivery?', 'none', [], 'Sarah');
cust('ok', 'Передайте курьеру, чтобы позвонил за час, пожалуйста.', 'none');
cust('ok', 'Где найти QR-код для возврата в пункте выдачи?', 'none');
cust('ok', 'Код получения пришёл, но курьер его не спросил. Это нормально?', 'none');
cust('ok', 'Подскажите, нужен ли паспорт при получении в пункте выдачи?', 'none');
cust('ok', 'Деньги вернутся на карту автоматически после возврата?', 'none');
cust('ok', 'Я оплатил картой, а заказ отменили. Когда вернут деньги?', 'none');
cust('ok', 'Срочно нужен подарок к пятнице, успеете отправить?', 'none');
cust('ok', 'Если товар не придёт до субботы, я отменю заказ.', 'none');
cust('ok', 'Товар пришёл бракованный, оформила возврат через Ozon, одобрите, пожалуйста.', 'none');
cust('ok', 'Купил у вас на ozon.ru кружку, очень понравилась, будет ли ещё?', 'none');
cust('ok', 'Вот ссылка на ваш товар: https://www.ozon.ru/product/pled-flisovyy-150x200-1234567/ — есть в синем?', 'none');
cust('ok', 'Is this the same item as https://ozon.com/product/123456 ?', 'none', [], 'Wei Zhang');
cust('ok', 'Почему трек-номер не отслеживается? Посылка потерялась?', 'none');
cust('ok', 'Я по ошибке заказала не тот размер, можно обменять?', 'none');
cust('ok', 'Напишите, пожалуйста, состав ткани.', 'none');
cust('ok', 'Отправьте, пожалуйста, фото товара в упаковке.', 'none');
cust('ok', 'Пришлите, пожалуйста, код маркировки «Честный знак», его нет на коробке.', 'none');
cust('ok', 'Промокод из рассылки не работает, подскажите почему.', 'none');
cust('ok', 'What is the warranty period and where is the serial code?', 'none', [], 'Mehmet Y.');
cust('ok', 'Добавьте, пожалуйста, в заказ ещё одну крышку, я доплачу через Ozon.', 'none');
cust('ok', 'Хочу добавить товар в корзину, но пишет «нет в наличии».', 'none');
cust('ok', 'Можно ли оплатить заказ картой другого человека на сайте?', 'none');
cust('ok', 'Заказ пришёл дважды? Мне доставили две одинаковые коробки, что делать?', 'none');
cust('ok', 'Я оставлю отзыв после проверки товара.', 'none');
cust('ok', 'Оставлю плохой отзыв, товар не соответствует описанию.', 'none');
cust('ok', 'The parcel is late, I need it urgently for a birthday today.', 'none', [], 'Olivia M.');
cust('ok', 'Спасибо! Всё пришло, оставила пять звёзд.', 'none');
cust('ok', 'Вы работаете с юрлицами? Нужен счёт на организацию.', 'none');
cust('ok', 'У вас есть сертификат соответствия? В карточке не нашла.', 'none');
cust('ok', 'Пункт выдачи закрыт, можно перенаправить заказ?', 'none');
cust('ok', 'Подскажите, пароль от Wi-Fi адаптера указан на коробке?', 'none');
cust('ok', 'Какой размер у коробки? Хочу понять, поместится ли в почтовый ящик.', 'none');
cust('ok', 'В описании написано 6 мм, а пришёл 4 мм. Верните деньги, пожалуйста, оформлю возврат.', 'none');
cust('ok', 'Hi! Does the kettle have a 2-year warranty? My phone broke so I can only write here.', 'none', [], 'Aylin K.');
cust('ok', 'Мне пришло смс, что заказ доставлен, но его нет. Проверьте, пожалуйста.', 'none');
cust('ok', 'Пришло уведомление с кодом для получения, куда его вводить в постамате?', 'none');
cust('ok', 'Я писала в поддержку Ozon, мне сказали обратиться к продавцу.', 'none');
cust('ok', 'Служба поддержки Ozon ответила, что возврат одобрен. Спасибо!', 'none');
cust('ok', 'Ozon support told me to contact you about the missing part.', 'none', [], 'John D.');
cust('ok', 'Заказ 0128619527-0157 ещё не передан в доставку?', 'none');
cust('ok', 'Отправление 0128619527-0157-1 доставляется уже неделю.', 'none');
cust('ok', 'Стоимость 15 000 ₽ за 10 штук — это окончательная цена?', 'none');
cust('ok', 'Звонил в службу доставки, там сказали, что посылка у вас.', 'none');
cust('ok', 'Есть ли скидка, если взять 3 штуки? Мне нужно срочно.', 'none');
cust('ok', 'Заблокировалась дверца у духовки через день, это брак?', 'none');
cust('ok', 'Какие документы нужны для возврата? Чек сохранила.', 'none');
cust('ok', 'Будет ли этот товар на распродаже? Подписалась на магазин.', 'none');
cust('ok', 'Чехол для iPhone 15 подойдёт к 15 Pro?', 'none');
cust('ok', 'Кабель USB-C 100 Вт, 2 м — поддерживает зарядку ноутбука?', 'none');
cust('ok', 'My phone number in the order is wrong, can you update it in the Ozon order?', 'none', [], 'Anna Schmidt');
cust('ok', 'Курьер просил номер квартиры, это 45.', 'none');
cust('ok', 'Спасибо, что позвонили курьеру! Всё получила.', 'none');
cust('ok', 'Не могу найти, где ввести промокод, подскажите.', 'none');
cust('ok', 'Хотела бы купить ещё, но только через Ozon, там баллы.', 'none');
cust('ok', 'Подарок упакуйте, пожалуйста, без чека. Это на день рождения.', 'none');
cust('ok', 'Is there a discount code for repeat customers?', 'none', [], 'David Lee');
cust('ok', 'Мне нужна инструкция на русском, пришлите, пожалуйста, в этот чат.', 'none');
cust('ok', 'Отзыв с фото оставила, посмотрите, пожалуйста, там видно скол.', 'none');
cust('ok', 'Ozon пишет, что заказ задерживается. Что случилось?', 'none');
cust('ok', 'Сколько дней идёт доставка в Казахстан?', 'none');
cust('ok', 'Написано "оплата при получении" — можно картой курьеру?', 'none');

// ---- L. Genuine Ozon support and notices (harsh wording, Ozon links only) -------------------------------------------
add('sup', SUPPORT, 'Вам начислено 1200 штрафных баллов за нарушение правил площадки. У вас 7 дней на обжалование — пришлите документы в этом чате. Подробнее: https://seller-edu.ozon.ru/policies/penalties', 'none');
add('sup', SUPPORT, 'Ваш магазин будет заблокирован, если индекс ошибок rFBS не снизится в течение 14 дней. Рекомендации: https://docs.ozon.ru/global/fbs/', 'none');
add('sup', SUPPORT_EN, 'We charged a fine of 1,000 RUB per case for late shipments. You have 7 days to appeal in this chat. Details: https://docs.ozon.com/global/en/policies/fines/', 'none');
add('sup', SUPPORT, 'Продажи товара приостановлены: нужен сертификат соответствия. Загрузите его в разделе «Товары и цены → Сертификаты качества».', 'none');
add('sup', SUPPORT, 'Здравствуйте! Чтобы подтвердить отгрузку, пришлите, пожалуйста, в этом чате фото накладной. Код отправления указан в карточке заказа.', 'none');
add('sup', SUPPORT, 'Добавляйте в кабинет только своих сотрудников: Ozon никогда не просит добавить стороннего специалиста.', 'none');
add('sup', SUPPORT, 'Никому не сообщайте код Ozon ID и пароль, даже если собеседник называет себя поддержкой.', 'none');
add('sup', SUPPORT_EN, 'Never share your Ozon ID code, card number or CVV. Ozon does not write to Telegram or WhatsApp.', 'none');
add('sup', SUPPORT, 'Срочно: ваш аккаунт будет ограничен через 24 часа из-за просроченных отгрузок. Подробности в разделе «Рейтинги»: https://seller.ozon.ru/app/ratings', 'none');
add('sup', SUPPORT, 'Для вывода средств проверьте реквизиты в разделе «Финансы → Реквизиты». Инструкция: https://seller-edu.ozon.ru/finance/requisites', 'none');
add('sup', SUPPORT_EN, 'Your account may be blocked within 3 days unless you upload the documents in Settings. Guide: https://seller-edu.ozon.ru/en/docs', 'none');
add('sup', SUPPORT, 'Здравствуйте! Для подтверждения компании загрузите скан паспорта руководителя в разделе «Настройки → Документы».', 'none');
add('sup', SUPPORT, 'Новая оферта вступает в силу с 1 декабря: https://docs.ozon.ru/common/oferta/', 'none');
add('sup', SUPPORT, 'API: метод /v2/chat/list отключён, используйте /v3/chat/list. https://docs.ozon.ru/api/seller/', 'none');
add('sup', SUPPORT_EN, 'Please reply in this chat with the photos of the damaged parcel within 2 days, otherwise the dispute will be closed.', 'none');
add('sup', { ...SUPPORT, chatType: 'SELLER_SUPPORT' }, 'Штраф за нарушение сроков отгрузки: 500 ₽ за отправление. Обжалование: https://seller.ozon.ru/app/supply/appeals', 'none');
add('sup', { senderName: 'Ozon', userType: 'NotificationUser' }, 'Отправление нужно передать в доставку до 18:00, иначе оно будет отменено и начислен штраф.', 'none');
add('sup', { senderName: 'Поддержка', userType: 'Support' }, 'Ваш кабинет будет заблокирован через 48 часов, если не подтвердите данные в разделе «Профиль компании».', 'none');
add('sup', NOTICE, 'Напоминание: Ozon никогда не просит коды подтверждения, данные карты и не пишет в мессенджерах.', 'none');
add('sup', NOTICE, 'Отправление 0128619527-0157-1 нужно передать в доставку до 18:00. Иначе оно будет отменено.', 'none');
add('sup', NOTICE, 'Новая версия правил работы с чатами: https://seller-edu.ozon.ru/', 'none');
add('sup', { senderName: 'Ozon Логистика', tag: null, list: 'main', chatType: 'SELLER_NOTIFICATION_LOGISTICS' }, 'Срочно: склад не принимает поставки сегодня. Подробнее: https://seller.ozon.ru/app/supply', 'none');
add('sup', { senderName: 'Ozon notifications', list: 'main' }, 'Seller API update: /v1/chat/history is deprecated. https://docs.ozon.ru/api/seller/en/', 'none');
add('sup', { ...SUPPORT, userType: 'support' }, 'Ozon ID: вход в кабинет теперь только через sso.ozon.ru. Инструкция: https://docs.ozon.ru/global/ozon-id/', 'none');
add('sup', SUPPORT, 'Ответ по вашему обращению будет в этом же чате. Подробнее о сроках: https://docs.ozon.by/global/support/', 'none');
add('sup', SUPPORT, 'Сохраните доступ к кабинету: подключите двухфакторную защиту. https://docs.ozon.kz/global/security/', 'none');
// Real support, but a link outside Ozon: the link alone is reported.
add('sup', SUPPORT, 'Шаблон накладной можно скачать тут: https://files.example-logistics.com/form.pdf', 'warn', ['external-link']);

// ---- M. HTML/JS payloads are just text ---------------------------------------------------------------------------
cust('html', '<img src=x onerror=alert(1)> Когда доставка?', 'none', [], '<script>alert(1)</script>');
cust('html', '<script>document.title="pwned"</script>Подскажите размер', 'none', [], 'Иван');
cust('html', '<b>жирный</b> &lt;текст&gt; и <a href="https://www.ozon.ru/">ссылка</a>', 'none', [], 'Ольга &amp; <b>Ко</b>');
cust('html', '"><svg onload=alert(document.domain)> товар пришёл', 'none', [], '"><svg onload=alert(1)>');
cust('html', '<a href="https://evil-login.com/ozon">войти</a>', 'warn', ['external-link']);
cust('html', '<iframe src="https://ozon-seller.ru/login"></iframe>', 'danger', ['external-link', 'lookalike-domain']);

// ---- N. API context sharpens the verdict ----------------------------------------------------------------------------
add('api', { senderName: 'Ozon Support', tag: 'support', chatType: 'SELLER_SUPPORT', userType: 'Support' }, 'Your account will be blocked within 24 hours unless you upload the certificate: https://seller.ozon.ru/app/certificates', 'none');
add('api', { senderName: 'Ozon Support', tag: 'support', chatType: 'BUYER_SELLER', userType: 'Customer' }, 'Ozon Support here, please confirm your store.', 'danger', ['impersonates-support']);
add('api', { senderName: 'Покупатель', chatType: 'BUYER_SELLER' }, 'Здравствуйте, есть в наличии?', 'none');
add('api', { senderName: 'Seller', userType: 'Seller' }, 'Напишите в телеграм @shop_help, вышлю каталог.', 'none');
add('api', { senderName: 'Бот', userType: 'ChatBot', list: 'customers', tag: 'customer' }, 'Оцените, пожалуйста, работу продавца.', 'none');
add('api', { userType: 'CUSTOMER' }, 'Продиктуйте код из SMS.', 'danger', ['asks-code']);
add('api', { chatType: 'Buyer_Seller', userType: 'customer' }, 'Add me on WhatsApp +44 7700 900321', 'warn', ['messenger-move']);
add('api', { chatType: 'SELLER_NOTIFICATION_LOGISTICS', userType: 'NotificationUser' }, 'Не передадите отправление сегодня — начислим штраф.', 'none');

// ---- O. Allowlisted -------------------------------------------------------------------------------------------------
add('allow', { ...CUSTOMER, senderName: 'Оптовик Сергей', allowlisted: true }, 'Пишите в телеграм @serg_opt, вышлю прайс.', 'none', ['allowlisted']);
add('allow', { senderName: 'Partner LLC', tag: null, list: 'customers', allowlisted: true }, 'Hello, our catalogue is at https://partner-catalogue.com', 'none', ['allowlisted']);
add('allow', { ...CUSTOMER, senderName: 'Мама', allowlisted: true }, 'Спасибо за подарок!', 'none', ['allowlisted']);

export const CORPUS: readonly CorpusItem[] = items;
