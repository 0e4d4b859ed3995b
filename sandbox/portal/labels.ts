// Every visible string of the portal replica, English, Russian and Chinese (the portal's locale=zh-Hans), exactly as
// sandbox/portal/DOM.md fixes them (the extension's adapters match several of them by text). Shared by the server
// (data cells) and the client (UI). The Chinese words are ours where Ozon's are not known: docs/portal-reading.md
// says which are confirmed and which assumed.
import type { Lang, PortalFilter, PostingStatus, TplIntegrationType } from '../data/types';

export type { Lang };

export const LANGS: readonly Lang[] = ['ru', 'en', 'zh'];

export const isLang = (v: unknown): v is Lang => v === 'ru' || v === 'en' || v === 'zh';

/** The `<html lang>` of each language: Chinese is the portal's zh-Hans. */
export const HTML_LANG: Record<Lang, string> = { ru: 'ru', en: 'en', zh: 'zh-Hans' };

type Words = Record<Lang, string>;

export const FILTERS: readonly PortalFilter[] = ['without-my-reply', 'without-customer-reply', 'by-order', 'by-products', 'unread', 'all'];

export const isFilter = (v: string): v is PortalFilter => (FILTERS as readonly string[]).includes(v);

export const FILTER_LABEL: Record<PortalFilter, Words> = {
  'without-my-reply': { en: 'Without your reply', ru: 'Без вашего ответа', zh: '没有您的回复' },
  'without-customer-reply': { en: "Without customer's reply", ru: 'Без ответа клиента', zh: '没有客户回复' },
  'by-order': { en: 'By order', ru: 'По заказу', zh: '按订单' },
  'by-products': { en: 'By products', ru: 'По товару', zh: '按商品' },
  unread: { en: 'Unread', ru: 'Только новые', zh: '未读' },
  all: { en: 'All chats', ru: 'Все чаты', zh: '全部聊天' },
};

export type ChatGroup = 'customers_v2' | 'support_v2' | 'main';
export const GROUPS: readonly ChatGroup[] = ['customers_v2', 'support_v2', 'main'];
export const isGroup = (v: unknown): v is ChatGroup => typeof v === 'string' && (GROUPS as readonly string[]).includes(v);

export const GROUP_LABEL: Record<ChatGroup, Words> = {
  customers_v2: { en: 'Customers', ru: 'Покупатели', zh: '买家' },
  support_v2: { en: 'Support', ru: 'Поддержка', zh: '客服' },
  main: { en: 'Main', ru: 'Главное', zh: '主要' },
};

export const TAG_LABEL = {
  customer: { en: 'Customer', ru: 'Покупатель', zh: '买家' },
  support: { en: 'Support', ru: 'Поддержка', zh: '客服' },
} as const satisfies Record<string, Words>;

export type OrdersTab = 'all' | 'awaiting_packaging' | 'awaiting_deliver' | 'delivering' | 'arbitration' | 'delivered' | 'cancelled';
export const ORDER_TABS: readonly OrdersTab[] = ['all', 'awaiting_packaging', 'awaiting_deliver', 'delivering', 'arbitration', 'delivered', 'cancelled'];
export const isOrdersTab = (v: unknown): v is OrdersTab => typeof v === 'string' && (ORDER_TABS as readonly string[]).includes(v);

export const TAB_LABEL: Record<OrdersTab, Words> = {
  all: { en: 'All', ru: 'Все отправления', zh: '所有货件' },
  awaiting_packaging: { en: 'Awaiting packaging', ru: 'Ожидают сборки', zh: '等待配货' },
  awaiting_deliver: { en: 'Awaiting shipment', ru: 'Ожидают отгрузки', zh: '等待发运' },
  delivering: { en: 'Delivering', ru: 'Доставляются', zh: '运输中' },
  arbitration: { en: 'Disputed', ru: 'Спорные', zh: '有争议' },
  delivered: { en: 'Delivered', ru: 'Доставлены', zh: '已送达' },
  cancelled: { en: 'Cancelled', ru: 'Отменены', zh: '已取消' },
};

/** Status words (portal.md §1.3), lower-case as the portal shows them in the status cell. */
export const STATUS_WORD: Record<PostingStatus, Words> = {
  awaiting_packaging: { en: 'awaiting packaging', ru: 'ожидает сборки', zh: '等待配货' },
  awaiting_deliver: { en: 'awaiting shipment', ru: 'ожидает отгрузки', zh: '等待发运' },
  delivering: { en: 'delivering', ru: 'доставляется', zh: '运输中' },
  arbitration: { en: 'disputed', ru: 'арбитраж', zh: '仲裁' },
  delivered: { en: 'delivered', ru: 'доставлено', zh: '已送达' },
  cancelled: { en: 'cancelled', ru: 'отменено', zh: '已取消' },
  awaiting_registration: { en: 'awaiting registration', ru: 'ожидает регистрации', zh: '等待登记' },
  acceptance_in_progress: { en: 'acceptance in progress', ru: 'идёт приёмка', zh: '正在验收' },
  awaiting_approve: { en: 'awaiting approval', ru: 'ожидает подтверждения', zh: '等待确认' },
  driver_pickup: { en: 'with the driver', ru: 'у водителя', zh: '司机处' },
  sent_by_seller: { en: 'sent by seller', ru: 'отправлено продавцом', zh: '卖家已发运' },
};

export const DELIVERY_LABEL: Record<TplIntegrationType, Words> = {
  ozon: { en: 'Ozon delivery', ru: 'Доставка Ozon', zh: 'Ozon 配送' },
  non_integrated: { en: "Seller's delivery (realFBS)", ru: 'Доставка продавца (rFBS)', zh: '卖家配送 (realFBS)' },
  '3pl_tracking': { en: 'Integrated delivery service (realFBS)', ru: 'Интегрированная служба доставки (rFBS)', zh: '集成物流服务 (realFBS)' },
  aggregator: { en: 'Ozon partner delivery (rFBS Aggregator)', ru: 'Партнёрская доставка (rFBS Агрегатор)', zh: 'Ozon 合作伙伴配送 (rFBS 聚合)' },
  hybryd: { en: 'Russian Post (hybrid)', ru: 'Почта России (гибрид)', zh: '俄罗斯邮政 (混合)' },
};

/** The table's header cells, in column order. */
export const COLUMNS: readonly Words[] = [
  { en: 'Posting number', ru: 'Номер отправления', zh: '货件编号' },
  { en: 'Status', ru: 'Статус', zh: '状态' },
  { en: 'Delivery method', ru: 'Способ доставки', zh: '配送方式' },
  { en: 'Products', ru: 'Товары', zh: '商品' },
  { en: 'Shipment date', ru: 'Дата отгрузки', zh: '发运日期' },
  { en: 'Customer', ru: 'Покупатель', zh: '买家' },
];

/** Everything else the pages show. */
export const UI = {
  home: { en: 'Home', ru: 'Главная', zh: '首页' },
  fbs: { en: 'FBS', ru: 'FBS', zh: 'FBS' },
  messages: { en: 'Messages', ru: 'Сообщения', zh: '消息' },
  resetFilters: { en: 'Reset filters', ru: 'Сбросить фильтры', zh: '重置筛选' },
  placeholder: { en: 'Write a message…', ru: 'Напишите сообщение…', zh: '输入消息…' },
  you: { en: 'You', ru: 'Вы', zh: '您' },
  yesterday: { en: 'Yesterday', ru: 'Вчера', zh: '昨天' },
  order: { en: 'Order №', ru: 'Заказ №', zh: '订单号' },
  product: { en: 'Product:', ru: 'Товар:', zh: '商品：' },
  contactCustomer: { en: 'Contact Customer', ru: 'Связаться с покупателем', zh: '联系买家' },
  close: { en: 'Close', ru: 'Закрыть', zh: '关闭' },
  posting: { en: 'Shipment №', ru: 'Отправление №', zh: '货件 №' },
  ordersTitle: { en: 'Orders from my warehouse', ru: 'Заказы с моих складов', zh: '从我的仓库发货' },
  crossborderTitle: { en: 'Orders from my warehouse (cross-border)', ru: 'Заказы с моих складов (кросс-бордер)', zh: '从我的仓库发货（跨境）' },
  messagesTitle: { en: 'Messages', ru: 'Сообщения', zh: '消息' },
  selectChat: { en: 'Select a chat to see the messages', ru: 'Выберите чат, чтобы увидеть сообщения', zh: '选择一个聊天以查看消息' },
  noChats: { en: 'No chats match these filters', ru: 'Нет чатов по выбранным фильтрам', zh: '没有符合筛选条件的聊天' },
  noPostings: { en: 'No shipments', ru: 'Нет отправлений', zh: '没有货件' },
  loading: { en: 'Loading…', ru: 'Загрузка…', zh: '加载中…' },
  chatClosed: { en: 'The chat is closed', ru: 'Чат закрыт', zh: '聊天已关闭' },
  chatNotFound: { en: 'Chat not found', ru: 'Чат не найден', zh: '未找到聊天' },
  postingNotFound: { en: 'Shipment not found', ru: 'Отправление не найдено', zh: '未找到货件' },
  sendFailed: { en: 'The message was not sent', ru: 'Сообщение не отправлено', zh: '消息未发送' },
  status: { en: 'Status', ru: 'Статус', zh: '状态' },
  delivery: { en: 'Delivery method', ru: 'Способ доставки', zh: '配送方式' },
  products: { en: 'Products', ru: 'Товары', zh: '商品' },
  customer: { en: 'Customer', ru: 'Покупатель', zh: '买家' },
  warehouse: { en: 'Warehouse', ru: 'Склад', zh: '仓库' },
  inProcessAt: { en: 'Accepted for processing', ru: 'Принят в обработку', zh: '已接受处理' },
  shipmentDate: { en: 'Shipment date', ru: 'Дата отгрузки', zh: '发运日期' },
  pieces: { en: 'pcs', ru: 'шт.', zh: '件' },
  dashboardTitle: { en: 'Home', ru: 'Главная', zh: '首页' },
  dashUnread: { en: 'Unread customer chats', ru: 'Непрочитанные чаты покупателей', zh: '未读的买家聊天' },
  dashPackaging: { en: 'Shipments awaiting packaging', ru: 'Отправления ожидают сборки', zh: '等待配货的货件' },
  pageMissing: { en: 'This page is not part of the replica', ru: 'Этой страницы нет в реплике', zh: '副本中没有此页面' },
  company: { en: 'Seller', ru: 'Продавец', zh: '卖家' },
  pageTitle: { en: 'Ozon Seller — seller account', ru: 'Ozon Seller — личный кабинет', zh: 'Ozon Seller — 卖家个人中心' },
} as const satisfies Record<string, Words>;

export type UiKey = keyof typeof UI;
