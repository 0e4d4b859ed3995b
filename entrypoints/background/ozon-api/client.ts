// The Seller API client: one typed method per endpoint the extension uses, and cursor paging as async iterators.
// The Api-Key lives only in the transport's closure: the client object has no field holding it, and its
// toString/toJSON show the Client-Id alone.
import { OzonApiError } from './errors';
import { isDecimalId, jsonInteger } from './json';
import { HARD_MAX_REQUESTS_PER_SECOND } from './rate-limiter';
import {
  ChatHistoryResponseSchema,
  ChatListResponseSchema,
  ChatReadResponseSchema,
  ChatStartResponseSchema,
  SendMessageResponseSchema,
} from './schemas/chat';
import { PostingGetResponseSchema, PostingListResponseSchema, UnfulfilledListResponseSchema } from './schemas/posting';
import { SellerInfoResponseSchema } from './schemas/seller';
import { createTransport, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './transport';
import type {
  ChatHistoryPage,
  ChatHistoryRequest,
  ChatListFilter,
  ChatListPage,
  ChatListRequest,
  ChatMessage,
  DateInput,
  DecimalId,
  GetPostingRequest,
  Posting,
  PostingDetail,
  PostingListFilter,
  PostingListRequest,
  PostingPage,
  PostingWith,
  ReadChatRequest,
  ReadChatResult,
  SellerInfo,
  SendMessageRequest,
  SendMessageResult,
  SortDir,
  StartChatRequest,
  StartChatResult,
  UnfulfilledFilter,
  UnfulfilledListRequest,
  UnfulfilledPostingPage,
} from './types';

export interface OzonClientOptions {
  clientId: string;
  apiKey: string;
  /** Default https://api-seller.ozon.ru. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per attempt; default 15 s. */
  timeoutMs?: number;
  /** Retries after the first attempt for 429, 5xx, network errors and timeouts; default 3 (4 attempts). */
  maxRetries?: number;
  /** Requests per rolling second for this Client-Id, shared by every client of it in the worker; ≤ 50, default 50. */
  requestsPerSecond?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface HistorySinceOptions {
  /** Messages asked per request when reading forward; default 100 (Ozon allows 1000). */
  pageSize?: number;
  /** How many of the latest messages to read when there is no `afterMessageId`; default 30. */
  latest?: number;
}

export interface PostingsByOrdersOptions {
  /** The period the postings were created in; Ozon requires one of at most a year. Default: the last 365 days. */
  since?: DateInput;
  to?: DateInput;
}

export interface OzonClient {
  readonly clientId: string;
  sellerInfo(): Promise<SellerInfo>;

  chatList(request?: ChatListRequest): Promise<ChatListPage>;
  /** Every page of the chat list, first to last. */
  chats(filter?: ChatListFilter): AsyncIterable<ChatListPage>;
  chatHistory(request: ChatHistoryRequest): Promise<ChatHistoryPage>;
  /**
   * Messages newer than `afterMessageId`, oldest first, a page at a time. With no `afterMessageId`: the latest
   * `latest` messages (one page), oldest first.
   */
  historySince(chatId: string, afterMessageId: DecimalId | null, options?: HistorySinceOptions): AsyncIterable<ChatMessage[]>;
  startChat(request: StartChatRequest): Promise<StartChatResult>;
  sendMessage(request: SendMessageRequest): Promise<SendMessageResult>;
  readChat(request: ReadChatRequest): Promise<ReadChatResult>;

  postingList(request: PostingListRequest): Promise<PostingPage>;
  postings(filter: PostingListFilter, options?: Omit<PostingListRequest, 'filter' | 'cursor'>): AsyncIterable<PostingPage>;
  /**
   * The postings of these orders (`filter.order_numbers`, ≤ 100 a request; more are split), every page.
   * An order number maps to one or more postings (`order_number` on each posting).
   */
  postingsByOrderNumbers(orderNumbers: readonly string[], options?: PostingsByOrdersOptions): Promise<Posting[]>;
  unfulfilledList(request?: UnfulfilledListRequest): Promise<UnfulfilledPostingPage>;
  unfulfilled(filter?: UnfulfilledFilter, options?: Omit<UnfulfilledListRequest, 'filter' | 'cursor'>): AsyncIterable<UnfulfilledPostingPage>;
  getPosting(request: GetPostingRequest): Promise<PostingDetail>;

  toString(): string;
  toJSON(): { clientId: string; baseUrl: string };
}

const MAX_ORDER_NUMBERS = 100;
const YEAR_MS = 365 * 24 * 3600_000;
const MAX_TEXT = 1000;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createOzonClient(opts: OzonClientOptions): OzonClient {
  const clientId = opts.clientId.trim();
  if (!/^\d+$/.test(clientId)) throw new OzonApiError({ kind: 'invalid-key', detail: 'The Client-Id must be a number' });
  if (opts.apiKey.trim() === '') throw new OzonApiError({ kind: 'invalid-key', detail: 'The Api-Key is empty' });
  const baseUrl = (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const now = opts.now ?? Date.now;
  const post = createTransport({
    clientId,
    apiKey: opts.apiKey.trim(),
    baseUrl,
    fetch: opts.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    requestsPerSecond: opts.requestsPerSecond ?? HARD_MAX_REQUESTS_PER_SECOND,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: Math.max(0, Math.floor(opts.maxRetries ?? DEFAULT_MAX_RETRIES)),
    sleep: opts.sleep ?? realSleep,
    random: opts.random ?? Math.random,
    now,
  });

  // async so a request refused before it is sent rejects like any other failure instead of throwing.
  const chatList = async (request: ChatListRequest = {}): Promise<ChatListPage> =>
    post('/v3/chat/list', chatListBody(request), ChatListResponseSchema);

  const chatHistory = async (request: ChatHistoryRequest): Promise<ChatHistoryPage> =>
    post('/v3/chat/history', chatHistoryBody(request), ChatHistoryResponseSchema);

  const postingList = async (request: PostingListRequest): Promise<PostingPage> =>
    post('/v4/posting/fbs/list', postingListBody(request), PostingListResponseSchema);

  const unfulfilledList = async (request: UnfulfilledListRequest = {}): Promise<UnfulfilledPostingPage> =>
    post('/v4/posting/fbs/unfulfilled/list', unfulfilledBody(request), UnfulfilledListResponseSchema);

  async function* historySince(chatId: string, afterMessageId: DecimalId | null, options: HistorySinceOptions = {}) {
    if (afterMessageId === null) {
      const latest = clampInt(options.latest ?? 30, 1, 1000);
      const page = await chatHistory({ chatId, direction: 'Backward', limit: latest });
      // Backward is newest first; callers get oldest first.
      const messages = [...page.messages].sort(byMessageId);
      if (messages.length) yield messages;
      return;
    }
    // At least 2: the first message of every page is the one already known.
    const pageSize = clampInt(options.pageSize ?? 100, 2, 1000);
    let from = afterMessageId;
    for (;;) {
      // from_message_id is inclusive (the message to start from), so the known message comes back first.
      const page = await chatHistory({ chatId, direction: 'Forward', fromMessageId: from, limit: pageSize });
      const fresh = page.messages.filter((m) => BigInt(m.messageId) > BigInt(from)).sort(byMessageId);
      if (fresh.length) yield fresh;
      const last = fresh[fresh.length - 1];
      if (!page.hasNext || !last) return;
      from = last.messageId;
    }
  }

  async function postingsByOrderNumbers(orderNumbers: readonly string[], options: PostingsByOrdersOptions = {}): Promise<Posting[]> {
    const wanted = [...new Set(orderNumbers.map((n) => n.trim()).filter(Boolean))];
    const to = options.to ?? new Date(now());
    const since = options.since ?? new Date(toDate(to).getTime() - YEAR_MS + 60_000);
    const out: Posting[] = [];
    for (let i = 0; i < wanted.length; i += MAX_ORDER_NUMBERS) {
      const filter: PostingListFilter = { since, to, orderNumbers: wanted.slice(i, i + MAX_ORDER_NUMBERS) };
      for await (const page of pages((cursor) => postingList({ filter, limit: 100, ...(cursor ? { cursor } : {}) }))) {
        out.push(...page.postings);
      }
    }
    return out;
  }

  const client: OzonClient = {
    clientId,
    sellerInfo: () => post('/v1/seller/info', {}, SellerInfoResponseSchema),
    chatList,
    chats: (filter = {}) => pages((cursor) => chatList({ ...filter, ...(cursor ? { cursor } : {}) })),
    chatHistory,
    historySince,
    startChat: async ({ postingNumber }) => {
      requireText(postingNumber, 'posting_number');
      return post('/v1/chat/start', { posting_number: postingNumber }, ChatStartResponseSchema);
    },
    sendMessage: async ({ chatId, text }) => {
      requireText(chatId, 'chat_id');
      const length = [...text].length;
      if (length < 1 || length > MAX_TEXT || text.trim() === '') {
        throw new OzonApiError({ kind: 'bad-request', detail: `text must be 1–${MAX_TEXT} characters, got ${length}` });
      }
      // Not idempotent: a lost answer may mean the message went out, so only a 429 is retried.
      return post('/v1/chat/send/message', { chat_id: chatId, text }, SendMessageResponseSchema, { idempotent: false });
    },
    readChat: async ({ chatId, fromMessageId }) => {
      requireText(chatId, 'chat_id');
      return post(
        '/v2/chat/read',
        { chat_id: chatId, ...(fromMessageId ? { from_message_id: jsonInteger(fromMessageId) } : {}) },
        ChatReadResponseSchema,
      );
    },
    postingList,
    postings: (filter, options = {}) => pages((cursor) => postingList({ ...options, filter, ...(cursor ? { cursor } : {}) })),
    postingsByOrderNumbers,
    unfulfilledList,
    unfulfilled: (filter, options = {}) =>
      pages((cursor) => unfulfilledList({ ...options, ...(filter ? { filter } : {}), ...(cursor ? { cursor } : {}) })),
    getPosting: async ({ postingNumber, with: w }) => {
      requireText(postingNumber, 'posting_number');
      return post('/v3/posting/fbs/get', { posting_number: postingNumber, ...(w ? { with: getWithBody(w) } : {}) }, PostingGetResponseSchema);
    },
    toString: () => `OzonClient(Client-Id ${clientId})`,
    toJSON: () => ({ clientId, baseUrl }),
  };
  return Object.freeze(client);
}

/** Walks a cursor-paged list; stops on has_next = false, and refuses a cursor that does not move. */
async function* pages<P extends { cursor: string; hasNext: boolean }>(fetchPage: (cursor: string | undefined) => Promise<P>) {
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    yield page;
    if (!page.hasNext) return;
    if (!page.cursor || page.cursor === cursor) {
      throw new OzonApiError({ kind: 'malformed', detail: 'The list said there is more but gave no new cursor' });
    }
    cursor = page.cursor;
  }
}

const byMessageId = (a: ChatMessage, b: ChatMessage): number => {
  const x = BigInt(a.messageId);
  const y = BigInt(b.messageId);
  return x < y ? -1 : x > y ? 1 : 0;
};

function clampInt(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}

function requireText(value: string, field: string): void {
  if (value.trim() === '') throw new OzonApiError({ kind: 'bad-request', detail: `${field} is empty` });
}

function toDate(value: DateInput): Date {
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

// ---------- request bodies (snake_case, as the spec names them) ----------

function chatListBody(r: ChatListRequest): Record<string, unknown> {
  return {
    filter: { chat_status: r.chatStatus ?? 'ALL', unread_only: r.unreadOnly ?? false },
    limit: clampInt(r.limit ?? 100, 1, 100),
    ...(r.cursor ? { cursor: r.cursor } : {}),
  };
}

function chatHistoryBody(r: ChatHistoryRequest): Record<string, unknown> {
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

function getWithBody(w: NonNullable<GetPostingRequest['with']>): Record<string, boolean> {
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

function postingListBody(r: PostingListRequest): Record<string, unknown> {
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

function unfulfilledBody(r: UnfulfilledListRequest): Record<string, unknown> {
  const f = r.filter ?? {};
  const date = (key: string, value: DateInput | undefined) => (value !== undefined ? { [key]: isoDate(value) } : {});
  return {
    filter: {
      ...date('cutoff_from', f.cutoffFrom),
      ...date('cutoff_to', f.cutoffTo),
      ...date('delivering_date_from', f.deliveringDateFrom),
      ...date('delivering_date_to', f.deliveringDateTo),
      ...(f.statuses?.length ? { statuses: [...f.statuses] } : {}),
      ...(f.deliveryMethodIds?.length ? { delivery_method_ids: idList(f.deliveryMethodIds) } : {}),
      ...(f.providerIds?.length ? { provider_ids: idList(f.providerIds) } : {}),
      ...(f.warehouseIds?.length ? { warehouse_ids: idList(f.warehouseIds) } : {}),
      ...statusDates(f.lastChangedStatusDate),
    },
    ...listOptions(r),
  };
}
