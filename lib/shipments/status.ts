// Shipment status words as the orders list shows them (sandbox/portal/DOM.md, the status cell), English, Russian and
// Chinese, mapped to the API's status codes. Matching is on normalised text: lower case, «ё» as «е», single spaces.
import { foldText } from '@/lib/i18n/text';
export type StatusCode =
  | 'awaiting_packaging'
  | 'awaiting_deliver'
  | 'delivering'
  | 'arbitration'
  | 'client_arbitration'
  | 'delivered'
  | 'cancelled'
  | 'awaiting_registration'
  | 'acceptance_in_progress'
  | 'awaiting_approve'
  | 'driver_pickup'
  | 'not_accepted'
  | 'sent_by_seller'
  | 'last_mile';

/**
 * Every known wording per code (docs, the portal, the replica). Chinese: 等待配货 is in a copy of Ozon's Chinese rFBS
 * instructions; the others are the words Chinese sellers' tools print for these codes, and the replica's own choice
 * where none is known (docs/portal-reading.md says which). Longer phrases win over their prefixes.
 */
export const STATUS_WORDS: Readonly<Record<StatusCode, readonly string[]>> = {
  awaiting_packaging: ['awaiting packaging', 'ожидает сборки', 'ожидает упаковки', '等待配货', '待配货', '等待备货', '待备货', '等待包装', '待打包', '等待打包'],
  awaiting_deliver: ['awaiting shipment', 'awaiting shipping', 'awaiting deliver', 'ожидает отгрузки', '等待发运', '待发运', '等待装运', '等待交运', '待发货', '等待发货'],
  delivering: ['delivering', 'in transit', 'доставляется', '运输中', '配送中', '派送中'],
  arbitration: ['disputed', 'arbitration', 'арбитраж', '仲裁', '仲裁中', '平台仲裁中', '争议', '争议中', '有争议'],
  client_arbitration: ['client arbitration', 'клиентский арбитраж доставки', 'клиентский арбитраж', '客户仲裁', '客户仲裁中', '快递客户仲裁'],
  delivered: ['delivered', 'доставлено', 'доставлен', '已送达', '已签收', '已交付', '已妥投'],
  cancelled: ['cancelled', 'canceled', 'отменено', 'отменен', 'отменён', '已取消'],
  awaiting_registration: ['awaiting registration', 'ожидает регистрации', '等待登记', '等待注册'],
  acceptance_in_progress: ['acceptance in progress', 'идет приемка', '正在验收', '验收中'],
  awaiting_approve: ['awaiting approval', 'awaiting approve', 'ожидает подтверждения', '等待确认', '等待审批'],
  driver_pickup: ['with the driver', 'driver pickup', 'у водителя', '司机处', '司机取货'],
  not_accepted: ['not accepted', 'не принят на сортировочном центре', '未被分拣中心接受', '分拣中心未接收'],
  sent_by_seller: ['sent by seller', 'sent by the seller', 'отправлено продавцом', '卖家已发运', '由卖家发送', '卖家已发出'],
  last_mile: ['last mile', 'courier on the way', 'курьер в пути', '最后一公里'],
};

export const normaliseText: (text: string) => string = foldText;

const BY_WORD: ReadonlyMap<string, StatusCode> = new Map(
  (Object.entries(STATUS_WORDS) as [StatusCode, readonly string[]][]).flatMap(([code, words]) =>
    words.map((word) => [normaliseText(word), code] as const),
  ),
);
/** Longest first, so «клиентский арбитраж доставки» is not read as «арбитраж». */
const WORDS_LONGEST_FIRST = [...BY_WORD.keys()].sort((a, b) => b.length - a.length);

/** The status code of a text that is exactly a status word (a status cell), or null. */
export function statusOfExactText(text: string): StatusCode | null {
  return BY_WORD.get(normaliseText(text)) ?? null;
}

/** The status code of a text that begins with a status word (a cell with a date or note after it), or null. */
export function statusOfText(text: string): StatusCode | null {
  const norm = normaliseText(text);
  const exact = BY_WORD.get(norm);
  if (exact) return exact;
  for (const word of WORDS_LONGEST_FIRST) {
    if (norm.startsWith(word) && !/[\p{L}\p{N}]/u.test(norm.charAt(word.length))) return BY_WORD.get(word) ?? null;
  }
  return null;
}

/** The codes the API uses; any other string from the API is treated as unknown. */
export function isStatusCode(value: string): value is StatusCode {
  return Object.hasOwn(STATUS_WORDS, value);
}
