// The scam guard's rules as data. Each content rule lists patterns; a pattern matches a sentence (or, with
// scope 'message', the whole message) when every group in `all` has a term in it and no `unless` term does.
// Terms are regular-expression fragments matched at the START of a word of the normalised text (lower case, ё→е,
// homoglyphs folded, spaced letters joined: see normalise.ts); a term ending in `$` must also end the word.
// Patterns come from docs/portal.md §3 (Ozon's advice and the realistic scam patterns).
import type { ReasonCode } from './types';

export type Weight = 'danger' | 'warn';
type Terms = readonly string[];

export interface RulePattern {
  all: readonly Terms[];
  unless?: Terms;
  scope?: 'sentence' | 'message';
}

export interface ContentRule {
  code: ReasonCode;
  patterns: readonly RulePattern[];
}

/**
 * How reasons combine (the same rule as the seed's ground truth, sandbox/data/labels.ts):
 * - any `danger` reason → danger;
 * - two or more different `warn` reasons → danger;
 * - otherwise any reason → warn. `no-customer-tag` is a page signal, not content: it warns but does not count
 *   towards the two-warnings escalation.
 * - allowlisted → none, with the `allowlisted` reason (what it would have been is kept as evidence).
 */
export const WEIGHT: Readonly<Record<Exclude<ReasonCode, 'allowlisted'>, Weight | 'page'>> = {
  'impersonates-support': 'danger',
  'asks-code': 'danger',
  'asks-card': 'danger',
  'off-platform-payment': 'danger',
  'add-employee': 'danger',
  'lookalike-domain': 'danger',
  'messenger-move': 'warn',
  'external-link': 'warn',
  'asks-personal-data': 'warn',
  'threat-urgency': 'warn',
  'no-customer-tag': 'page',
};

// ---- shared vocabularies -------------------------------------------------------------------------------------

/** "I/we are (from) …" words: a request that something be handed over. */
const REQUEST: Terms = [
  // ru imperatives and "I need"
  'продикту', 'диктуй', 'сообщи', 'сообщите', 'назови', 'назовите', 'пришли', 'пришлите', 'присылай', 'скинь', 'скиньте',
  'отправь', 'отправьте', 'напиши', 'напишите', 'введи', 'введите', 'скажи', 'скажите', 'перешли', 'перешлите',
  'укажи', 'укажите', 'дай$', 'дайте', 'подтверди', 'подтвердите', 'предостав', 'зачитай', 'зачитайте', 'прочитай',
  'прочитайте', 'продублир', 'скинуть', 'сообщить', 'продиктовать', 'назвать', 'прислать', 'переслать', 'сказать',
  'подскажи(?:те)? (?:код|цифры|пароль)', 'сбрось', 'сбросьте', 'кинь', 'киньте', 'вышли', 'вышлите', 'впиши', 'впишите',
  'загрузи', 'загрузите', 'какие (?:там )?цифры', 'какой пароль', 'какой (?:там )?код', 'мне нужен (?:ваш|твой)', 'мне нужна (?:ваша|твоя)',
  'мне нужны (?:ваши|твои)', 'нуж(?:ен|на|ны|но) (?:мне |нам )?(?:ваш|твой|номер|данные)', 'нужно (?:сообщить|продиктовать|назвать|прислать|отправить|ввести)', 'необходимо (?:сообщить|продиктовать|назвать|прислать|отправить|ввести|указать)',
  'требуется (?:сообщить|указать|прислать)', 'надо (?:сообщить|продиктовать|назвать|прислать)',
  // en
  'send', 'tell', 'give', 'share', 'provide', 'forward', 'enter', 'type', 'read (?:me|it|out)', 'confirm', 'dictate',
  'reply with', 'text me', 'what(?: is|\'s) (?:the|your) (?:[\\p{L}\\d-]+ )?(?:code|password|pin)', 'what(?: is|\'s|are) your', 'i need (?:your|the)', 'we need (?:your|the)', 'need your',
  'submit', 'verify (?:with|by)',
];

/** Negation in the same sentence: "Ozon never asks for codes", "не сообщайте код". */
const NEGATION: Terms = [
  'никогда', 'не сообща', 'не переда', 'не диктуй', 'не называ', 'не говори', 'не просит', 'не просим', 'не пиш',
  'не переходите', 'не добавля', 'не отправля', 'не присыла', 'не вводите', 'не скажу', 'не буду', 'нельзя', 'запрещ',
  'never', 'do not', 'don\'t', 'dont$', 'not (?:share|send|give|ask)', 'won\'t', 'no one', 'nobody', 'никому',
];

const CODE: Terms = [
  'код$', 'кода$', 'кодом$', 'коду$', 'коды$', 'кодов$', 'смс-код', 'sms-код', 'пин-код', 'пинкод', 'пароль', 'пароля',
  'паролем', 'parol', 'ozon ?id', 'озон ?ид', 'проверочн', 'одноразов', 'код(?:ы)? из (?:смс|sms|сообщения|пуш)',
  'цифры из (?:смс|sms|сообщения)', 'code', 'codes', 'passcode', 'password', 'passwords', 'pin$', 'otp', 'one-time',
  'credentials', 'login details', 'digits (?:from|in) (?:the |that |this )?(?:sms|text|message)', 'login and password', 'логин', 'данные для входа', 'данные от (?:кабинета|аккаунта|личного кабинета)', '\\d-digit', '\\d-значн', '\\d цифр',
];

/** Codes that are not secrets: QR/tracking/promo/product codes, the marking of goods. */
const NOT_A_SECRET_CODE: Terms = [
  'qr', 'штрих', 'трек', 'промокод', 'промо-?код', 'код товара', 'на обороте', 'обратной сторон', 'cvv', 'cvc', 'on the back', 'кода товара', 'код заказа', 'артикул', 'код маркировки',
  'маркировк', 'честн(?:ый|ого) знак', 'тн ?вэд', 'код получения', 'кода получения', 'код для получения',
  'tracking', 'promo ?code', 'promo-code', 'discount code', 'coupon', 'postal code', 'zip code', 'barcode', 'hs code', 'product code', 'pickup code',
  'dress code', 'ean', 'sku', 'serial', 'серийн', 'код ошибки', 'error code',
];

const CARD_DETAILS: Terms = [
  'номер(?:а)? (?:вашей |твоей |банковской )?карт', 'данные (?:вашей |твоей |банковской )?карт', 'реквизиты (?:вашей |твоей )?карт',
  'срок действия', 'срок карты', 'card number', 'card details', 'card data', 'card info', 'expiry', 'expiration date',
  'номер карточки', 'данные карточки', 'банковск(?:ую|ой|ая) карт', 'bank card', 'debit card', 'credit card', 'фото (?:вашей |банковской )?карт', 'photo of (?:your|the) (?:bank )?card', 'card photo',
];
const CARD_SECRET: Terms = [
  'cvv', 'cvc', 'cvv2', 'cvc2', 'cvс', 'свв', 'свс', '(?:три|3) цифры (?:на|с) (?:обороте|обратной)',
  'код (?:на|с) обороте', 'код (?:на|с) обратной стороне', '(?:three|3) digits on the back', 'security code',
  'digits on the back',
];

const PERSONAL_DATA: Terms = [
  'паспорт', 'снилс', 'паспортн', 'селфи с паспорт', 'фото (?:вашего |своего )?лица', 'домашн(?:ий|его) адрес',
  'дат(?:у|а) рождения', 'водительск', 'личные данные', 'персональные данные', 'данные директора', 'скан(?:ы)? документов',
  'фото документов', 'инн и снилс', 'passport', 'home address', 'date of birth', 'driver\'s licen', 'drivers licen',
  'id card', 'identity document', 'social security', 'personal data', 'personal details', 'selfie with',
];

const MESSENGERS: Terms = [
  'теле.?грам', 'телеграмм', 'телегу$', 'телеге$', 'тг$', 'тгк$', 'tele.?gram', 'tg$', 'whats.?app', 'вотс.?ап',
  'ват.?сап', 'вацап', 'вотсап', 'ватсапп', 'viber', 'вайбер', 'вибер', 'skype', 'скайп', 'signal$', 'сигнал(?:е)?$',
  'wechat', 'вичат', 'icq', 'аськ', 'vkontakte', 'вконтакте', 'в вк$', 'в контакте', 'instagram', 'инстаграм', 'инсту$',
  'инсте$', 'директ$', 'direct message', 'dm me', 'pm me', 'в личк', 'в лс$', 'в личные сообщения', 'в личную переписку',
  'мессенджер', 'messenger', 'в максе?$', 'в max$', 'discord', 'дискорд',
];

/** Phone numbers: Russian +7/8 with any separators, and any international number written with "+". */
const PHONE: Terms = [
  '(?:\\+ ?7|8)[\\s\\-(]{0,3}\\d{3}[\\s\\-)]{0,3}\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{2}(?![\\d-])',
  '\\+ ?(?:[1-689]\\d{0,2})[\\s\\-(]{0,3}\\d{2,4}[\\s\\-)]{0,3}\\d{2,4}[\\s-]?\\d{2,4}(?:[\\s-]?\\d{2,4})?(?![\\d-])',
];
/** "@handle" (not an e-mail: the rule table runs on text with e-mails still in it, see judge.ts). */
const HANDLE: Terms = ['(?<![\\p{L}\\p{N}._%+-])@[a-z0-9_]{4,32}(?![\\p{L}\\p{N}.@])'];

const MOVE_VERBS: Terms = [
  'пиши', 'напиш', 'пишите', 'свяж', 'связат', 'звони', 'позвони', 'перезвони', 'набери', 'наберите', 'добавь', 'добавьте',
  'продолж', 'переход', 'перейд', 'ответь', 'ответьте', 'скину', 'скиньте', 'отправлю', 'мой номер', 'мой телефон',
  'номер телефона', 'contact', 'write', 'message me', 'text', 'call', 'reach', 'add me', 'ping', 'continue', 'move',
];

/** Blocking, fines, deletion, court, police, complaints, bad reviews. */
const THREAT: Terms = [
            'заблокир', 'блокир', 'блокировк', 'штраф', 'аннулир', 'удалим', 'удалят', 'будет удален', 'закроем', 'закроют',
            'приостанов', 'ограничим', 'ограничат', 'санкци', 'в суд', 'суд(?:ом|е)?$', 'иск(?:ом)?$', 'прокуратур', 'полици',
            'роспотребнадзор', 'жалоб', 'пожалуюсь', 'отзывы на все', 'плохой отзыв', 'плохие отзывы', 'негативн', 'отключ',
            'лишит', 'лишен', 'замороз', 'заморож', 'ban', 'banned', 'block', 'blocked', 'suspend', 'fine', 'fined', 'penalt', 'terminat', 'deactivat',
            'legal action', 'court', 'sue$', 'police', 'lawyer', 'complaint', 'report you', 'bad review', 'negative review',
            'close your', 'shut down', 'lose (?:your|access)', 'report your', '1-star', 'one-star', '1 star', 'одну звезд', '1 звезд',
];

/** A threat whose object is the seller's store or account. */
const THREAT_TO_SELLER: Terms = [
  '(?:ваш|твой) (?:магазин|кабинет|аккаунт|личный кабинет|профиль)[^.!?]{0,40}(?:заблокир|удал|закро|приостанов|отключ|огранич|заморо)',
  '(?:магазин|кабинет|аккаунт|личный кабинет|выплаты) (?:будет|будут) (?:заблокирован|удален|закрыт|приостановлен|отключен|ограничен|заморожен)',
  'your (?:store|shop|account|cabinet|listings?|payouts?)[^.!?]{0,40}(?:block|ban|suspend|delet|clos|terminat|deactivat|restrict|frozen|freez)',
];

/** Deadlines and pressure. */
const URGENCY: Terms = [
            'срочно', 'немедленно', 'незамедлительно', 'сейчас же', 'сегодня же', 'до конца дня', 'до вечера', 'до завтра',
            'в течение (?:\\d+|час|суток|дня|сут)', 'через (?:\\d+ )?(?:час|минут|полчаса)', 'через (?:\\d+|пару|несколько) (?:час|минут|дн)',
            'в течение часа', 'у вас (?:есть )?(?:\\d+|пара|несколько|один|одни) (?:час|минут|сут|дн)', 'осталось (?:\\d+ )?(?:час|минут|сут|дн)',
            'you have (?:\\d+|an?|one|only) (?:hour|minute|day)', 'in (?:\\d+|an?|one|two|a few) (?:hour|minute|day)',
            '(?:reply|answer|respond|act|pay|confirm) now', '(?:ответьте|отвечайте|подтвердите|оплатите) (?:прямо )?сейчас', 'последнее предупреждение', 'иначе', 'в противном случае', 'если не', 'urgent', 'immediately',
            'asap', 'right now', 'right away', 'within (?:\\d+|24|an?|one)', 'by (?:tonight|today|tomorrow|the end of)', 'today',
            'last warning', 'final warning', 'otherwise', 'or else', 'unless', 'if you don\'t', 'if you do not',
];

// ---- the table --------------------------------------------------------------------------------------------------

export const CONTENT_RULES: readonly ContentRule[] = [
  {
    code: 'asks-code',
    patterns: [
      { all: [REQUEST, CODE], unless: [...NOT_A_SECRET_CODE, ...NEGATION] },
      // "a code is coming to you — …" followed by a request in the same message
      {
        all: [['(?:вам |тебе )?(?:сейчас |скоро )?(?:при(?:дет|шел|шло)|поступ)(?:ит)? (?:вам |тебе )?(?:смс|sms|код|сообщение с кодом)', 'you(?:\'ll| will)? (?:just )?(?:receive|get|got) (?:an? |the )?(?:sms|code|text)'], REQUEST],
        unless: [...NOT_A_SECRET_CODE, ...NEGATION],
        scope: 'message',
      },
    ],
  },
  {
    code: 'asks-card',
    patterns: [
      { all: [CARD_SECRET], unless: NEGATION },
      { all: [REQUEST, CARD_DETAILS], unless: NEGATION },
    ],
  },
  {
    code: 'asks-personal-data',
    patterns: [{ all: [REQUEST, PERSONAL_DATA], unless: [...NEGATION, 'при получении', 'для получения', 'нужен ли', 'нужно ли'] }],
  },
  {
    code: 'messenger-move',
    patterns: [
      { all: [MESSENGERS], unless: [...NEGATION, 'ozon не пишет', 'не пользуюсь'] },
      { all: [PHONE] },
      { all: [HANDLE] },
      // asking for the seller's phone number or contact
      {
        all: [REQUEST, ['(?:свой|ваш|твой) (?:номер|телефон|контакт)', 'номер (?:вашего |своего )?телефона', 'your (?:phone|mobile|whatsapp|telegram)(?: number)?', 'your (?:number|contact)s?$', 'phone number']],
        // "the code sent to your phone" is about a code, not a contact
        unless: [...NEGATION, 'в заказе', 'in the order', 'курьер', 'courier', 'код', 'code', 'смс', 'sms', 'пароль', 'password', 'sent to', 'пришл', 'пришел', 'придет'],
      },
      { all: [MOVE_VERBS, ['(?:на|по) (?:почт|email|e-mail|имейл|емейл)', 'email me', 'e-mail me', 'по номеру', 'в личк']], unless: NEGATION },
    ],
  },
  {
    code: 'off-platform-payment',
    patterns: [
      // "mistaken refund": money came by mistake / twice, send it back
      {
        all: [
          ['ошибочн', 'по ошибке', 'дважды', 'два раза', 'лишн', 'by mistake', 'mistaken', 'twice', 'accidentally', 'erroneous', 'in error', 'double'],
          ['пришл', 'пришел', 'пришло', 'зачисл', 'поступ', 'перевел', 'перечисл', 'отправил', 'прошел', 'прошла', 'прошло', 'received', 'sent', 'transferred', 'credited', 'went through', 'paid'],
          ['верните', 'вернуть', 'переведите', 'перевести', 'отправьте обратно', 'return', 'send (?:it |the money )?back', 'transfer (?:it )?back', 'pay (?:it )?back', 'give (?:it )?back', 'refund (?:it |this |the money |the difference )?(?:to my card|to (?:my|this) account|back)'],
        ],
        scope: 'message',
      },
      // transfer to a card / phone / crypto
      {
        all: [
          ['переведу', 'переведите', 'перевести', 'перевод', 'переводом', 'скиньте', 'скину', 'оплачу', 'оплатите', 'заплачу', 'оплата', 'оплату', 'закину', 'i\'ll pay', 'i will pay', 'pay', 'transfer', 'wire', 'send (?:the )?money'],
          ['на карт', 'на мою карт', 'номер(?:а)? (?:вашей |твоей |своей |моей )?карт', 'card number', 'на вашу карт', 'с карты на карту', 'по номеру карт', 'по номеру телефона', 'по сбп', 'сбп$', 'через сбп', 'to my card', 'to (?:the|this|your) card', 'card to card', 'bank transfer', 'wire transfer', 'by card transfer', 'крипт', 'usdt', 'bitcoin', 'btc$', 'crypto', 'paypal', 'western union', 'юmoney', 'юмани', 'qiwi', 'киви'],
        ],
        unless: NEGATION,
      },
      // pay by QR code or by a link
      {
        all: [
          ['оплат', 'заплат', 'оплачив', 'pay', 'переведи', 'переведите', 'перевод'],
          ['qr', 'по ссылке', 'по следующей ссылке', 'ссылка (?:для|на) оплат', 'payment link', 'pay(?:ment)? (?:via|by|through|at) (?:this|the|a) link', 'via (?:this|the) link', 'by link'],
        ],
        unless: NEGATION,
      },
      // deal around Ozon
      {
        all: [
          ['без ozon', 'без озон', 'мимо ozon', 'мимо озон', 'минуя ozon', 'минуя озон', 'вне ozon', 'вне озон', 'не через ozon', 'не через озон', 'напрямую', 'без площадки', 'без маркетплейса', 'без комиссии', 'outside (?:of )?ozon', 'off ozon', 'off the platform', 'bypass', 'directly', 'not through ozon', 'without ozon'],
          ['оплат', 'оплач', 'переве', 'заказ', 'куп', 'прода', 'закаж', 'карт', 'сделк', 'налич', 'pay', 'order', 'buy', 'sell', 'deal', 'transfer', 'card', 'cash', 'purchase'],
        ],
        unless: NEGATION,
      },
      // bank details for paying outside the platform
      { all: [['реквизит', 'bank details', 'account details'], ['оплач', 'переведу', 'для перевода', 'для оплаты', 'i\'ll pay', 'to pay', 'for payment']], unless: NEGATION },
      // "pay at <some site>": a payment request next to a link that is not Ozon's
      {
        all: [
          ['оплатите', 'оплатить', 'оплата', 'заплатите', 'доплатите', 'pay$', 'payment'],
          ['https?://', 'www\\.', '[\\p{L}\\p{N}-]+\\.(?:ru|su|com|net|org|online|site|shop|store|xyz|top|info|pro|me|io|link|click|live|app)(?![\\p{L}\\p{N}])'],
        ],
        unless: [...NEGATION, 'ozon\\.(?:ru|com|by|kz)'],
      },
      // a card number written out (payment or refund to that card)
      { all: [['[2-6]\\d{3}(?:[ -]?\\d{4}){3}(?![\\d-])']] },
    ],
  },
  {
    code: 'add-employee',
    patterns: [
      {
        all: [
          ['дайте', 'выдайте', 'предоставьте', 'передайте', 'дай$', 'give', 'grant', 'provide'],
          ['права (?:администратора|доступа|админа|сотрудника)', 'админские права', 'роль (?:администратора|админа)', 'admin (?:rights|access|role|permissions)', 'administrator (?:rights|access|role|permissions)'],
        ],
        unless: NEGATION,
      },
      {
        all: [
          ['добав', 'пригласи', 'зарегистрир', 'подключи', 'внеси', 'внесите', 'впиши', 'впишите', 'add', 'invite', 'register'],
          ['сотрудник', 'специалист', 'менеджер(?:а)? в', 'в сотрудники', 'как (?:администратора|админа|сотрудника|менеджера|пользователя)', 'администратор', 'аккаунт', 'пользовател', 'в кабинет', 'в личный кабинет', 'в компани', 'employee', 'staff', 'team member', 'as (?:a |an )?(?:user|admin|manager|member)', 'to (?:your|the) (?:company|account|cabinet|seller account|store|shop)', 'specialist'],
        ],
        unless: [...NEGATION, 'в корзин', 'в заказ', 'to (?:the |my )?(?:cart|order|basket)', 'отзыв'],
      },
      {
        all: [
          ['дайте', 'выдайте', 'предоставьте', 'откройте', 'передайте', 'дай$', 'нуж(?:ен|но) (?:мне |нам )?доступ', 'give', 'grant', 'share', 'provide', '(?:i|we) need access'],
          ['доступ(?:а|ом|у)?$', 'access'],
          ['кабинет', 'аккаунт', 'магазин', 'личн', 'админ', 'account', 'store', 'shop', 'cabinet', 'seller', 'admin', 'company'],
        ],
        unless: NEGATION,
      },
    ],
  },
  {
    code: 'threat-urgency',
    patterns: [
      // a threat and a deadline in the same sentence, unless it is the customer's own trouble or a question
      {
        all: [THREAT, URGENCY],
        // A customer's own trouble ("Ozon blocked my card, help urgently?") is not a threat to the seller.
        unless: ['никогда', 'never', 'подскажите', 'помогите', 'это правда', 'is (?:it|this|that) true', 'help me', '(?<=[^\\s])\\?'],
      },
      // a threat aimed at the seller's store or account, with a deadline anywhere in the message
      { all: [THREAT_TO_SELLER, URGENCY], unless: ['никогда', 'never'], scope: 'message' },
    ],
  },
];

/** A customer presenting itself as Ozon, its support, security or moderation (in a message). */
export const IMPERSONATION_PATTERNS: readonly RulePattern[] = [
  // "я из службы поддержки", "мы из Ozon", "вас беспокоит служба безопасности", "на связи поддержка Ozon"
  {
    all: [
      [
        '(?:я|мы) (?:из|с|от) (?:службы|отдела|поддержки|техподдержки|ozon|озон|модерац|безопасност|администрац|команды ozon|команды озон)',
        '(?:вас )?беспокоит (?:служба|отдел|поддержка|сотрудник|менеджер|специалист|модератор|ozon|озон)',
        '(?:ozon )?(?:seller )?(?:support|security|moderation)(?: team)? (?:is |are )?(?:contacting|writing to|reaching out|messaging)', 'на связи (?:служба|поддержка|отдел|ozon|озон)',
        '^это (?:служба|поддержка|техподдержка|отдел)', 'это (?:служба|поддержка|техподдержка) (?:ozon|озон)',
        'пиш(?:у|ем) (?:вам )?(?:от имени|из|с аккаунта) (?:ozon|озон|службы|поддержки|отдела|техподдержки)', 'от имени (?:ozon|озон|маркетплейса|площадки)',
        '(?:я|мы)(?: -)? (?:сотрудник|менеджер|специалист|модератор|представител)(?:и|ь)? (?:ozon|озон|поддержки|службы|маркетплейса|площадки)', '(?:сотрудник|менеджер|специалист|модератор|представитель|администрация|администратор)(?:и)? (?:ozon|озон|маркетплейса|площадки)',
        'отдел (?:безопасности|модерации|контроля качества|по работе с продавцами) (?:ozon|озон)', 'служба (?:безопасности|модерации) (?:ozon|озон)',
        'this is (?:the )?ozon (?:support|security|moderation|team|seller)', 'this is (?:the )?(?:support|security|moderation) (?:team|service|department)', '(?:ozon )?(?:seller )?(?:support|security|moderation)(?: team)? here',
        '(?:i|we)(?:\'m| am|\'re| are) (?:from|with) (?:the )?(?:ozon|support|security|moderation)', 'on behalf of (?:ozon|the marketplace|the platform)',
        '(?:i|we)(?:\'m| am|\'re| are) (?:an? )?(?:ozon|support|security) (?:employee|manager|specialist|moderator|agent|representative|team)',
        '(?:i|we) represent (?:the )?(?:ozon|marketplace|platform)',
        '(?:куратор|менеджер|специалист|представитель|сотрудник|модератор)[^.!?]{0,30} (?:от|из) (?:ozon|озон)(?![\\p{L}])',
        '(?:служба|поддержка|техподдержка|отдел)[^.!?]{0,30}(?:ozon|озон) на связи', 'ozon (?:seller )?support (?:is )?(?:on the line|online)',
        '(?:curator|manager|specialist|representative|agent) (?:from|at) ozon', '(?:я|мы) представля(?:ю|ем) (?:ozon|озон|маркетплейс|площадк)',
        'ozon (?:support|security|moderation|seller support|compliance) (?:team|department|service)', 'writing (?:from|on behalf of) (?:ozon|support)',
        'ozon (?:employee|representative|moderator|agent)',
      ],
    ],
    // Reporting someone else's call or message is not presenting oneself as Ozon.
    unless: ['our (?:store|shop)', 'нашего магазина', 'нашем магазине', 'наш магазин', 'звонил', 'писал(?:и)?$', 'какой-то', 'какая-то',
      'якобы', 'некий', 'мошенн', 'called me', 'someone', 'somebody', 'scam', 'fake', 'pretend', 'my order', 'моего заказа', 'мне (?:сказали|ответили)', 'told me', 'отправил(?:а)? в', 'писал(?:а)? в'],
  },
  // the greeting line is just "Служба поддержки Ozon" / "Поддержка Ozon" / "Ozon Support"
  { all: [['^(?:здравствуйте,? |добрый день,? )?(?:служба|отдел|департамент|поддержка|техподдержка)(?: [\\p{L}-]+){0,4} (?:ozon|озон)(?: seller)?[.!…]*$', '^(?:hello,? |hi,? )?ozon (?:seller )?(?:support|security|moderation)(?: team)?[.!…]*$']] },
];

/** A sender name presenting itself as Ozon or a support / security / moderation service. */
export const IMPERSONATING_NAME: Terms = [
  'ozon(?!ov)', 'озон(?!ов)', 'поддержк', 'техподдержк', 'служба', 'службы', 'support', 'security', 'безопасност', 'модерац',
  'модератор', 'moderat', 'администрац', 'администратор', 'admin$', 'helpdesk', 'help desk', 'seller care', 'техотдел',
  'compliance',
];
