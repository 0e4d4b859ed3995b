// Every visible string of the portal replica, English and Russian, exactly as sandbox/portal/DOM.md fixes them
// (the extension's adapters match several of them by text). Shared by the server (data cells) and the client (UI).
import type { Lang, PortalFilter, PostingStatus, TplIntegrationType } from '../data/types';

export type { Lang };

export const LANGS: readonly Lang[] = ['ru', 'en'];

export const isLang = (v: unknown): v is Lang => v === 'ru' || v === 'en';

type Bi = Record<Lang, string>;

export const FILTERS: readonly PortalFilter[] = ['without-my-reply', 'without-customer-reply', 'by-order', 'by-products', 'unread', 'all'];

export const isFilter = (v: string): v is PortalFilter => (FILTERS as readonly string[]).includes(v);

export const FILTER_LABEL: Record<PortalFilter, Bi> = {
  'without-my-reply': { en: 'Without your reply', ru: 'Без вашего ответа' },
  'without-customer-reply': { en: "Without customer's reply", ru: 'Без ответа клиента' },
  'by-order': { en: 'By order', ru: 'По заказу' },
  'by-products': { en: 'By products', ru: 'По товару' },
  unread: { en: 'Unread', ru: 'Только новые' },
  all: { en: 'All chats', ru: 'Все чаты' },
};

export type ChatGroup = 'customers_v2' | 'support_v2' | 'main';
export const GROUPS: readonly ChatGroup[] = ['customers_v2', 'support_v2', 'main'];
export const isGroup = (v: unknown): v is ChatGroup => typeof v === 'string' && (GROUPS as readonly string[]).includes(v);

export const GROUP_LABEL: Record<ChatGroup, Bi> = {
  customers_v2: { en: 'Customers', ru: 'Покупатели' },
  support_v2: { en: 'Support', ru: 'Поддержка' },
  main: { en: 'Main', ru: 'Главное' },
};

export const TAG_LABEL = {
  customer: { en: 'Customer', ru: 'Покупатель' },
  support: { en: 'Support', ru: 'Поддержка' },
} as const satisfies Record<string, Bi>;

export type OrdersTab = 'all' | 'awaiting_packaging' | 'awaiting_deliver' | 'delivering' | 'arbitration' | 'delivered' | 'cancelled';
export const ORDER_TABS: readonly OrdersTab[] = ['all', 'awaiting_packaging', 'awaiting_deliver', 'delivering', 'arbitration', 'delivered', 'cancelled'];
export const isOrdersTab = (v: unknown): v is OrdersTab => typeof v === 'string' && (ORDER_TABS as readonly string[]).includes(v);

export const TAB_LABEL: Record<OrdersTab, Bi> = {
  all: { en: 'All', ru: 'Все отправления' },
  awaiting_packaging: { en: 'Awaiting packaging', ru: 'Ожидают сборки' },
  awaiting_deliver: { en: 'Awaiting shipment', ru: 'Ожидают отгрузки' },
  delivering: { en: 'Delivering', ru: 'Доставляются' },
  arbitration: { en: 'Disputed', ru: 'Спорные' },
  delivered: { en: 'Delivered', ru: 'Доставлены' },
  cancelled: { en: 'Cancelled', ru: 'Отменены' },
};

/** Status words (portal.md §1.3), lower-case as the portal shows them in the status cell. */
export const STATUS_WORD: Record<PostingStatus, Bi> = {
  awaiting_packaging: { en: 'awaiting packaging', ru: 'ожидает сборки' },
  awaiting_deliver: { en: 'awaiting shipment', ru: 'ожидает отгрузки' },
  delivering: { en: 'delivering', ru: 'доставляется' },
  arbitration: { en: 'disputed', ru: 'арбитраж' },
  delivered: { en: 'delivered', ru: 'доставлено' },
  cancelled: { en: 'cancelled', ru: 'отменено' },
  awaiting_registration: { en: 'awaiting registration', ru: 'ожидает регистрации' },
  acceptance_in_progress: { en: 'acceptance in progress', ru: 'идёт приёмка' },
  awaiting_approve: { en: 'awaiting approval', ru: 'ожидает подтверждения' },
  driver_pickup: { en: 'with the driver', ru: 'у водителя' },
  sent_by_seller: { en: 'sent by seller', ru: 'отправлено продавцом' },
};

export const DELIVERY_LABEL: Record<TplIntegrationType, Bi> = {
  ozon: { en: 'Ozon delivery', ru: 'Доставка Ozon' },
  non_integrated: { en: "Seller's delivery (realFBS)", ru: 'Доставка продавца (rFBS)' },
  '3pl_tracking': { en: 'Integrated delivery service (realFBS)', ru: 'Интегрированная служба доставки (rFBS)' },
  aggregator: { en: 'Ozon partner delivery (rFBS Aggregator)', ru: 'Партнёрская доставка (rFBS Агрегатор)' },
  hybryd: { en: 'Russian Post (hybrid)', ru: 'Почта России (гибрид)' },
};

/** The table's header cells, in column order. */
export const COLUMNS: readonly Bi[] = [
  { en: 'Posting number', ru: 'Номер отправления' },
  { en: 'Status', ru: 'Статус' },
  { en: 'Delivery method', ru: 'Способ доставки' },
  { en: 'Products', ru: 'Товары' },
  { en: 'Shipment date', ru: 'Дата отгрузки' },
  { en: 'Customer', ru: 'Покупатель' },
];

/** Everything else the pages show. */
export const UI = {
  home: { en: 'Home', ru: 'Главная' },
  fbs: { en: 'FBS', ru: 'FBS' },
  messages: { en: 'Messages', ru: 'Сообщения' },
  resetFilters: { en: 'Reset filters', ru: 'Сбросить фильтры' },
  placeholder: { en: 'Write a message…', ru: 'Напишите сообщение…' },
  you: { en: 'You', ru: 'Вы' },
  yesterday: { en: 'Yesterday', ru: 'Вчера' },
  order: { en: 'Order №', ru: 'Заказ №' },
  product: { en: 'Product:', ru: 'Товар:' },
  contactCustomer: { en: 'Contact Customer', ru: 'Связаться с покупателем' },
  close: { en: 'Close', ru: 'Закрыть' },
  posting: { en: 'Shipment №', ru: 'Отправление №' },
  ordersTitle: { en: 'Orders from my warehouse', ru: 'Заказы с моих складов' },
  crossborderTitle: { en: 'Orders from my warehouse (cross-border)', ru: 'Заказы с моих складов (кросс-бордер)' },
  messagesTitle: { en: 'Messages', ru: 'Сообщения' },
  selectChat: { en: 'Select a chat to see the messages', ru: 'Выберите чат, чтобы увидеть сообщения' },
  noChats: { en: 'No chats match these filters', ru: 'Нет чатов по выбранным фильтрам' },
  noPostings: { en: 'No shipments', ru: 'Нет отправлений' },
  loading: { en: 'Loading…', ru: 'Загрузка…' },
  chatClosed: { en: 'The chat is closed', ru: 'Чат закрыт' },
  chatNotFound: { en: 'Chat not found', ru: 'Чат не найден' },
  postingNotFound: { en: 'Shipment not found', ru: 'Отправление не найдено' },
  sendFailed: { en: 'The message was not sent', ru: 'Сообщение не отправлено' },
  status: { en: 'Status', ru: 'Статус' },
  delivery: { en: 'Delivery method', ru: 'Способ доставки' },
  products: { en: 'Products', ru: 'Товары' },
  customer: { en: 'Customer', ru: 'Покупатель' },
  warehouse: { en: 'Warehouse', ru: 'Склад' },
  inProcessAt: { en: 'Accepted for processing', ru: 'Принят в обработку' },
  shipmentDate: { en: 'Shipment date', ru: 'Дата отгрузки' },
  pieces: { en: 'pcs', ru: 'шт.' },
  dashboardTitle: { en: 'Home', ru: 'Главная' },
  dashUnread: { en: 'Unread customer chats', ru: 'Непрочитанные чаты покупателей' },
  dashPackaging: { en: 'Shipments awaiting packaging', ru: 'Отправления ожидают сборки' },
  pageMissing: { en: 'This page is not part of the replica', ru: 'Этой страницы нет в реплике' },
  company: { en: 'Seller', ru: 'Продавец' },
} as const satisfies Record<string, Bi>;

export type UiKey = keyof typeof UI;
