// Request bodies as the spec names them (snake_case), from the client's camelCase requests. Every 64-bit id goes
// out with every digit: as a JSON number where the spec says int64/uint64, as a decimal string where it lists strings.
import { OzonApiError } from './errors';
import { isDecimalId, jsonInteger } from './json';
import type { ChatHistoryRequest, ChatListRequest, DateInput, DecimalId, GetPostingRequest, PostingListRequest, PostingWith, SortDir } from './types';

/** /v4/posting/fbs/list takes at most this many order numbers a request. */
export const MAX_ORDER_NUMBERS = 100;

export function clampInt(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}

export function requireText(value: string, field: string): void {
  if (value.trim() === '') throw new OzonApiError({ kind: 'bad-request', detail: `${field} is empty` });
}

export function toDate(value: DateInput): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** RFC 3339 in UTC without milliseconds, as Ozon's examples write it. */
function isoDate(value: DateInput): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) throw new OzonApiError({ kind: 'bad-request', detail: 'An invalid date in the request' });
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function idList(ids: readonly DecimalId[]): string[] {
  for (const id of ids) if (!isDecimalId(id)) throw new OzonApiError({ kind: 'bad-request', detail: 'An id that is not a decimal integer' });
  return [...ids];
}

export function chatListBody(r: ChatListRequest): Record<string, unknown> {
  return {
    filter: { chat_status: r.chatStatus ?? 'ALL', unread_only: r.unreadOnly ?? false },
    limit: clampInt(r.limit ?? 100, 1, 100),
    ...(r.cursor ? { cursor: r.cursor } : {}),
  };
}

export function chatHistoryBody(r: ChatHistoryRequest): Record<string, unknown> {
  return {
    chat_id: r.chatId,
    direction: r.direction ?? 'Backward',
    limit: clampInt(r.limit ?? 50, 1, 1000),
    // uint64 in the spec: a JSON number with every digit.
    ...(r.fromMessageId ? { from_message_id: jsonInteger(r.fromMessageId) } : {}),
    // The spec types filter.message_ids as strings (format uint64).
    ...(r.messageIds?.length ? { filter: { message_ids: idList(r.messageIds) } } : {}),
  };
}

function withBody(w: PostingWith): Record<string, boolean> {
  return {
    ...(w.analyticsData !== undefined ? { analytics_data: w.analyticsData } : {}),
    ...(w.barcodes !== undefined ? { barcodes: w.barcodes } : {}),
    ...(w.financialData !== undefined ? { financial_data: w.financialData } : {}),
    ...(w.legalInfo !== undefined ? { legal_info: w.legalInfo } : {}),
  };
}

export function getWithBody(w: NonNullable<GetPostingRequest['with']>): Record<string, boolean> {
  return {
    ...withBody(w),
    ...(w.productExemplars !== undefined ? { product_exemplars: w.productExemplars } : {}),
    ...(w.relatedPostings !== undefined ? { related_postings: w.relatedPostings } : {}),
    ...(w.translit !== undefined ? { translit: w.translit } : {}),
  };
}

function statusDates(range: { from?: DateInput; to?: DateInput } | undefined): Record<string, unknown> {
  if (!range) return {};
  return {
    last_changed_status_date: {
      ...(range.from !== undefined ? { from: isoDate(range.from) } : {}),
      ...(range.to !== undefined ? { to: isoDate(range.to) } : {}),
    },
  };
}

function listOptions(r: { limit?: number; cursor?: string; sortDir?: SortDir; translit?: boolean; with?: PostingWith }) {
  return {
    limit: clampInt(r.limit ?? 100, 1, 100),
    ...(r.cursor ? { cursor: r.cursor } : {}),
    ...(r.sortDir ? { sort_dir: r.sortDir } : {}),
    ...(r.translit !== undefined ? { translit: r.translit } : {}),
    ...(r.with ? { with: withBody(r.with) } : {}),
  };
}

export function postingListBody(r: PostingListRequest): Record<string, unknown> {
  const f = r.filter;
  if (f.orderNumbers && f.orderNumbers.length > MAX_ORDER_NUMBERS) {
    throw new OzonApiError({ kind: 'bad-request', detail: `At most ${MAX_ORDER_NUMBERS} order numbers a request` });
  }
  return {
    filter: {
      since: isoDate(f.since),
      to: isoDate(f.to),
      ...(f.statuses?.length ? { statuses: [...f.statuses] } : {}),
      // int64 in the spec: a JSON number; the id arrays are strings (format int64).
      ...(f.orderId ? { order_id: jsonInteger(f.orderId) } : {}),
      ...(f.orderNumbers?.length ? { order_numbers: [...f.orderNumbers] } : {}),
      ...(f.deliveryMethodIds?.length ? { delivery_method_ids: idList(f.deliveryMethodIds) } : {}),
      ...(f.providerIds?.length ? { provider_ids: idList(f.providerIds) } : {}),
      ...(f.warehouseIds?.length ? { warehouse_ids: idList(f.warehouseIds) } : {}),
      ...(f.integrationTypeFlow?.length ? { integration_type_flow: [...f.integrationTypeFlow] } : {}),
      ...statusDates(f.lastChangedStatusDate),
    },
    ...listOptions(r),
  };
}
