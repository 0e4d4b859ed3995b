// What identifies the FBS orders page's parts, as data: visible text (English, Russian, Chinese), roles, URL query keys
// and the posting-number shape (the same in every language, so rows are found whatever the words). Never class names: the portal's are hashed and change between releases.
// When the portal changes, this file is the one to update. The status and delivery-method words live with the
// codes they map to, in lib/shipments/status.ts and lib/shipments/scheme.ts (the background judges by those codes).

/** The orders list's addresses, by delivery scheme, and the query key of its tab. */
export const ORDERS_PATHS = { fbs: '/app/postings/fbs', 'crossborder-fbs': '/app/postings/crossborder/fbs' } as const;
export const TAB_PARAM = 'tab';
/**
 * The list's tabs, by the `tab` query value they link to (docs/portal.md §1.3). Chinese: 等待配货 from a copy of
 * Ozon's Chinese rFBS instructions, the others assumed (docs/portal-reading.md); the link's `tab=` decides anyway.
 */
export const ORDER_TAB_WORDS: Readonly<Record<string, readonly string[]>> = {
  all: ['All', 'Все отправления', '所有货件', '全部货件', '全部'],
  awaiting_packaging: ['Awaiting packaging', 'Ожидают сборки', '等待配货', '等待备货', '等待包装', '待配货'],
  awaiting_deliver: ['Awaiting shipment', 'Ожидают отгрузки', '等待发运', '等待装运', '等待发货', '待发货'],
  delivering: ['Delivering', 'Доставляются', '运输中', '配送中'],
  arbitration: ['Disputed', 'Спорные', '有争议', '争议', '仲裁', '仲裁中'],
  delivered: ['Delivered', 'Доставлены', '已送达', '已签收'],
  cancelled: ['Cancelled', 'Отменены', '已取消'],
};

/** NNNNNNNNNN-NNNN-N; the last group may be longer for split shipments. */
export const POSTING_NUMBER_SOURCE = String.raw`\d{5,12}-\d{1,6}-\d{1,4}`;
export const POSTING_NUMBER_EXACT = new RegExp(`^${POSTING_NUMBER_SOURCE}$`);
/** A text that is a posting number alone, or with the «№» / "No." in front of it. */
export const POSTING_NUMBER_TEXT = new RegExp(`^(?:№|no\\.?|#)?\\s*(${POSTING_NUMBER_SOURCE})$`, 'i');

/** The query key the portal uses to open a shipment's details panel. */
export const DETAILS_QUERY_KEY = 'postingDetails';
/** Links to a shipment's details panel (the row's most stable cue). */
export const DETAILS_LINK_SELECTOR = `a[href*="${DETAILS_QUERY_KEY}="]`;

/** Column headers of the shipments list (normalised: lower case, «ё» → «е»; Chinese assumed). */
export const COLUMN_LABELS = {
  number: ['номер отправления', 'posting number', 'shipment number', 'отправление', '货件号', '货件编号', '发货单号', '货件'],
  status: ['статус', 'status', '状态', '货件状态'],
  delivery: ['способ доставки', 'delivery method', 'метод доставки', 'доставка', 'delivery', '配送方式', '发货方式', '物流方式', '配送', '物流'],
  products: ['товары', 'products', 'товар', 'product', '商品', '产品'],
  customer: ['покупатель', 'customer', 'получатель', 'recipient', '买家', '客户', '顾客', '收件人'],
} as const;
export type ColumnKey = keyof typeof COLUMN_LABELS;

/** Native or ARIA rows: the list is a table on the portal today, maybe a grid of divs tomorrow. */
export const ROW_SELECTOR = 'tr, [role="row"]';
export const TABLE_SELECTOR = 'table, [role="table"], [role="grid"]';
export const HEADER_CELL_SELECTOR = 'th, [role="columnheader"]';
export const CELL_SELECTOR = 'td, th, [role="cell"], [role="gridcell"]';
/** Containers a row never extends past. */
export const LIST_BOUNDARY_SELECTOR =
  'table, thead, tbody, tfoot, ul, ol, main, nav, header, footer, [role="table"], [role="grid"], [role="rowgroup"], [role="list"], [role="main"], [role="dialog"], [role="tablist"]';

/** The shipment details side panel. */
export const DETAILS_PANEL_SELECTOR = '[role="dialog"]';
/**
 * The portal's own Contact Customer button in the details panel. The Russian and Chinese wordings are not
 * documented: the likely candidates (docs/portal-reading.md).
 */
export const PORTAL_CONTACT_SELECTOR = 'button, [role="button"], a';
export const PORTAL_CONTACT_LABELS = [
  'связаться с покупателем',
  'написать покупателю',
  'contact customer',
  'contact the customer',
  '联系买家',
  '联系客户',
  '联系顾客',
  '与买家联系',
  '给买家写信',
  '写信给买家',
];

/** Expected counts, to tell "the page changed" from "the list is empty". */
export const EXPECTED = {
  /** A shipment row holds exactly one posting number. */
  numbersPerRow: 1,
  /** The portal shows at least this many column headers on the list. */
  minColumnHeaders: 3,
} as const;
