// Shipment status words as the orders list shows them (sandbox/portal/DOM.md, the status cell), English and
// Russian, mapped to the API's status codes. Matching is on normalised text: lower case, «ё» as «е», single spaces.
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
 * Every known wording per code (docs, the portal, the replica; Chinese from Ozon's Chinese rFBS page — 等待配货 — and
 * the words Chinese sellers' tools use, docs/portal-reading.md). Longer phrases win over their prefixes.
 */
export const STATUS_WORDS: Readonly<Record<StatusCode, readonly string[]>> = {
  awaiting_packaging: ['awaiting packaging', 'ожидает сборки', 'ожидает упаковки', '等待配货', '待配货', '待打包'],
  awaiting_deliver: ['awaiting shipment', 'awaiting shipping', 'awaiting deliver', 'ожидает отгрузки', '待发货', '等待发货'],
  delivering: ['delivering', 'in transit', 'доставляется', '运输中', '配送中'],
  arbitration: ['disputed', 'arbitration', 'арбитраж', '仲裁中', '争议中'],
  client_arbitration: ['client arbitration', 'клиентский арбитраж доставки', 'клиентский арбитраж'],
  delivered: ['delivered', 'доставлено', 'доставлен', '已送达', '已签收'],
  cancelled: ['cancelled', 'canceled', 'отменено', 'отменен', 'отменён', '已取消'],
  awaiting_registration: ['awaiting registration', 'ожидает регистрации'],
  acceptance_in_progress: ['acceptance in progress', 'идет приемка'],
  awaiting_approve: ['awaiting approval', 'awaiting approve', 'ожидает подтверждения'],
  driver_pickup: ['with the driver', 'driver pickup', 'у водителя'],
  not_accepted: ['not accepted', 'не принят на сортировочном центре'],
  sent_by_seller: ['sent by seller', 'sent by the seller', 'отправлено продавцом'],
  last_mile: ['last mile', 'courier on the way', 'курьер в пути'],
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
