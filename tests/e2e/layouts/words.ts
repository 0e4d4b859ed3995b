// The words a generated portal page shows, per UI language. English and Russian follow the portal reference
// (docs/ and sandbox/portal/DOM.md); the Chinese words are those of docs/portal-reading.md (a few known, most
// assumed), often another of the wordings the extension accepts than the replica's. Scam and honest previews are
// our own illustrative texts.
import { FILTER_LABELS } from '../../../lib/presets/filters';

export type Lang = 'en' | 'ru' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'ru', 'zh'];
export type Tri = Record<Lang, string>;

export type TagKind = 'customer' | 'support';
export const TAG_WORDS: Record<TagKind, Tri> = {
  customer: { en: 'Customer', ru: 'Покупатель', zh: '买家' },
  support: { en: 'Support', ru: 'Поддержка', zh: '客服' },
};

/** Ordinary customers' names, as people write them. */
export const NAMES: Record<Lang, readonly string[]> = {
  en: ['Anna Smith', 'John', 'Maria K.', 'Peter Brown', 'Olga', 'Alex Johnson', 'Emily', 'David Lee', 'Sam W.', 'Kate'],
  ru: ['Анна Смирнова', 'Иван', 'Мария К.', 'Пётр Иванов', 'Ольга', 'Алексей', 'Екатерина Н.', 'Дмитрий', 'Сергей П.', 'Наталья'],
  zh: ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄勇', '周杰', '吴芳'],
};

/** Names a scammer picks: the tag's own word, or Ozon support. */
export const DISGUISE_NAMES: Record<Lang, readonly string[]> = {
  en: ['Customer', 'Ozon Support', 'Ozon Seller Support', 'Support'],
  ru: ['Покупатель', 'Поддержка Ozon', 'Служба безопасности Ozon', 'Поддержка'],
  zh: ['买家', 'Ozon 客服', 'Ozon Support', '客服'],
};

export const HONEST_PREVIEWS: Record<Lang, readonly string[]> = {
  en: [
    'Hello! When will my order ship?',
    'Thank you, everything arrived fine',
    'Is this jacket available in size M?',
    'Can I change the delivery address?',
    'The parcel was damaged, what should I do?',
    'Does it fit an iPhone 13?',
  ],
  ru: [
    'Здравствуйте! Когда отправите заказ?',
    'Спасибо, всё пришло',
    'Есть ли эта куртка в размере M?',
    'Можно поменять адрес доставки?',
    'Посылка пришла помятая, что делать?',
    'Подскажите, подойдёт ли на iPhone 13?',
  ],
  zh: ['你好，我的订单什么时候发货？', '谢谢，已经收到了', '这件夹克有M码吗？', '可以改一下收货地址吗？', '包裹破损了，怎么办？'],
};

export const SCAM_PREVIEWS: Record<Lang, readonly string[]> = {
  en: [
    'Write to me on Telegram @fast_deal_77, it is quicker there',
    'Please send the 6-digit code you just received to confirm your identity',
    'Ozon Support here. Your account will be blocked within 24 hours unless you verify at ozon-seller-verify.com/login',
    'Add our specialist as an employee so we can fix your listings',
    'Message me on WhatsApp +7 999 123-45-67',
  ],
  ru: [
    'Напишите мне в Telegram @ozon_help_24, там быстрее',
    'Продиктуйте код из СМС для подтверждения личности',
    'Служба поддержки Ozon. Кабинет будет заблокирован через 24 часа, пройдите верификацию по ссылке ozon-verify.ru/seller',
    'Добавьте нашего специалиста в сотрудники, чтобы мы исправили карточки',
    'Пишите в WhatsApp +7 999 123-45-67',
  ],
  zh: ['请在 Telegram 上联系我 @ozon_cn_help', '请把您收到的验证码发给我', 'Ozon客服：您的账户将在24小时内被封，请点击 ozon-verify.cn/login 验证', '请加我 WhatsApp +7 999 123-45-67'],
};

export const SELLER_REPLIES: Record<Lang, readonly string[]> = {
  en: ['Hello! We will ship it tomorrow.', 'Thank you for your order!', 'Yes, size M is in stock.'],
  ru: ['Здравствуйте! Отправим завтра.', 'Спасибо за заказ!', 'Да, размер M есть.'],
  zh: ['您好！明天发货。', '感谢您的订单！', '有的，M码有货。'],
};

export const UI: Record<string, Tri> = {
  home: { en: 'Home', ru: 'Главная', zh: '首页' },
  fbs: { en: 'FBS', ru: 'FBS', zh: 'FBS' },
  messages: { en: 'Messages', ru: 'Сообщения', zh: '消息' },
  customers: { en: 'Customers', ru: 'Покупатели', zh: '买家' },
  supportGroup: { en: 'Support', ru: 'Поддержка', zh: '客服' },
  main: { en: 'Main', ru: 'Главное', zh: '主要' },
  reset: { en: 'Reset filters', ru: 'Сбросить фильтры', zh: '重置筛选' },
  loading: { en: 'Loading…', ru: 'Загрузка…', zh: '加载中…' },
  placeholder: { en: 'Write a message…', ru: 'Напишите сообщение…', zh: '输入消息…' },
  you: { en: 'You', ru: 'Вы', zh: '您' },
  order: { en: 'Order №', ru: 'Заказ №', zh: '订单号' },
  product: { en: 'Product:', ru: 'Товар:', zh: '商品：' },
  ordersTitle: { en: 'Orders from my warehouses', ru: 'Заказы с моих складов', zh: '从我的仓库' },
  posting: { en: 'Posting number', ru: 'Номер отправления', zh: '货件编号' },
  status: { en: 'Status', ru: 'Статус', zh: '状态' },
  method: { en: 'Delivery method', ru: 'Способ доставки', zh: '配送方式' },
  scheme: { en: 'Scheme', ru: 'Схема', zh: '模式' },
  products: { en: 'Products', ru: 'Товары', zh: '商品' },
  date: { en: 'Shipment date', ru: 'Дата отгрузки', zh: '发货日期' },
  customer: { en: 'Customer', ru: 'Покупатель', zh: '买家' },
  assemble: { en: 'Assemble', ru: 'Собрать', zh: '配货' },
  pcs: { en: 'pcs', ru: 'шт.', zh: '件' },
};

/** The portal's chat filter buttons; the Chinese labels are other likely wordings than FILTER_LABELS' (both are read). */
export const FILTER_WORDS: readonly Tri[] = Object.values(FILTER_LABELS).map((l, i) => ({
  ...l,
  zh: ['未回复', '客户未回复', '按订单', '按商品', '未读', '全部聊天'][i] ?? '全部',
}));

export const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ru: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
  zh: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_RU = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

export type DateFormat = 'hhmm' | 'yesterday' | 'weekday' | 'monthDay' | 'ddmm' | 'ddmmyyyy' | 'relative';
export const DATE_FORMATS: readonly DateFormat[] = ['hhmm', 'yesterday', 'weekday', 'monthDay', 'ddmm', 'ddmmyyyy', 'relative'];

const two = (n: number) => String(n).padStart(2, '0');

/** A row's time or date as the list shows it; `n` is any non-negative number that picks the values. */
export function formatDate(lang: Lang, format: DateFormat, n: number): string {
  const day = (n % 28) + 1;
  const month = Math.floor(n / 28) % 12;
  switch (format) {
    case 'hhmm':
      return `${two(n % 24)}:${two((n * 7) % 60)}`;
    case 'yesterday':
      return { en: 'Yesterday', ru: 'Вчера', zh: '昨天' }[lang];
    case 'weekday':
      return WEEKDAYS[lang][n % 7]!;
    case 'monthDay':
      return lang === 'en' ? `${MONTHS_EN[month]} ${day}` : lang === 'ru' ? `${day} ${MONTHS_RU[month]}` : `${month + 1}月${day}日`;
    case 'ddmm':
      return `${two(day)}.${two(month + 1)}`;
    case 'ddmmyyyy':
      return lang === 'zh' ? `2025/${two(month + 1)}/${two(day)}` : `${two(day)}.${two(month + 1)}.2025`;
    case 'relative': {
      const min = (n % 58) + 1;
      return { en: `${min} min ago`, ru: `${min} мин назад`, zh: `${min}分钟前` }[lang];
    }
  }
}

// Shipments (portal.md §1.3 for en/ru; Chinese: 等待配货 from Ozon's Chinese rFBS page, the rest plain words).
export type ShipmentStatus = 'awaiting_packaging' | 'awaiting_deliver' | 'delivering' | 'arbitration' | 'delivered' | 'cancelled';
export const SHIPMENT_STATUSES: readonly ShipmentStatus[] = ['awaiting_packaging', 'awaiting_deliver', 'delivering', 'arbitration', 'delivered', 'cancelled'];
export const STATUS_WORDS: Record<ShipmentStatus, Tri> = {
  awaiting_packaging: { en: 'Awaiting packaging', ru: 'Ожидает сборки', zh: '等待配货' },
  awaiting_deliver: { en: 'Awaiting shipment', ru: 'Ожидает отгрузки', zh: '等待发货' },
  delivering: { en: 'Delivering', ru: 'Доставляется', zh: '运输中' },
  arbitration: { en: 'Disputed', ru: 'Арбитраж', zh: '争议中' },
  delivered: { en: 'Delivered', ru: 'Доставлено', zh: '已送达' },
  cancelled: { en: 'Cancelled', ru: 'Отменено', zh: '已取消' },
};

/** Delivery-method texts: realFBS ones first (a row's `method` index picks one of its scheme's). */
export const RFBS_METHODS: readonly Tri[] = [
  { en: "Seller's delivery (realFBS)", ru: 'Доставка продавца (rFBS)', zh: '卖家配送 (realFBS)' },
  { en: 'Integrated delivery service (realFBS)', ru: 'Интегрированная служба доставки (rFBS)', zh: '集成配送服务 (rFBS)' },
  { en: 'Ozon partner delivery (rFBS Aggregator)', ru: 'Партнёрская доставка (rFBS Агрегатор)', zh: 'Ozon 合作配送 (rFBS)' },
];
export const OTHER_METHODS: readonly Tri[] = [
  { en: 'Ozon delivery', ru: 'Доставка Ozon', zh: 'Ozon 配送' },
  { en: 'Russian Post (hybrid)', ru: 'Почта России (гибрид)', zh: '俄罗斯邮政 (混合)' },
];
/** The short scheme labels a badge column shows. */
export const SCHEME_BADGES = { rfbs: ['realFBS', 'rFBS'], other: ['FBS'] } as const;

export const PRODUCTS: Record<Lang, readonly string[]> = {
  en: ['Winter jacket', 'Phone case', 'Coffee mug', 'LED lamp'],
  ru: ['Зимняя куртка', 'Чехол для телефона', 'Кружка', 'Светодиодная лампа'],
  zh: ['冬季夹克', '手机壳', '咖啡杯', 'LED 灯'],
};
