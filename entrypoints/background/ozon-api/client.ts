// The Seller API client: one typed method per endpoint the extension uses, and paging where it reads more than one
// page (paging.ts). The Api-Key lives only in the transport's closure: the client object has no field holding it,
// and its toString/toJSON show the Client-Id alone.
import { OzonApiError } from './errors';
import { jsonInteger } from './json';
import { HARD_MAX_REQUESTS_PER_SECOND } from './rate-limiter';
import { chatHistoryBody, chatListBody, getWithBody, postingListBody, requireText } from './bodies';
import { historySince, postingsByOrderNumbers, type HistorySinceOptions, type PostingsByOrdersOptions } from './paging';
import {
  ChatHistoryResponseSchema,
  ChatListResponseSchema,
  ChatReadResponseSchema,
  ChatStartResponseSchema,
  SendMessageResponseSchema,
} from './schemas/chat';
import { PostingGetResponseSchema, PostingListResponseSchema } from './schemas/posting';
import { SellerInfoResponseSchema } from './schemas/seller';
import { createTransport, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './transport';
import type {
  ChatHistoryPage,
  ChatHistoryRequest,
  ChatListPage,
  ChatListRequest,
  ChatMessage,
  DecimalId,
  GetPostingRequest,
  Posting,
  PostingDetail,
  PostingListRequest,
  PostingPage,
  ReadChatRequest,
  ReadChatResult,
  SellerInfo,
  SendMessageRequest,
  SendMessageResult,
  StartChatRequest,
  StartChatResult,
} from './types';

export type { HistorySinceOptions, PostingsByOrdersOptions } from './paging';

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

export interface OzonClient {
  readonly clientId: string;
  sellerInfo(): Promise<SellerInfo>;

  chatList(request?: ChatListRequest): Promise<ChatListPage>;
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
  /**
   * The postings of these orders (`filter.order_numbers`, ≤ 100 a request; more are split), every page.
   * An order number maps to one or more postings (`order_number` on each posting).
   */
  postingsByOrderNumbers(orderNumbers: readonly string[], options?: PostingsByOrdersOptions): Promise<Posting[]>;
  getPosting(request: GetPostingRequest): Promise<PostingDetail>;

  toString(): string;
  toJSON(): { clientId: string; baseUrl: string };
}

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
  const chatHistory = async (request: ChatHistoryRequest): Promise<ChatHistoryPage> =>
    post('/v3/chat/history', chatHistoryBody(request), ChatHistoryResponseSchema);

  const postingList = async (request: PostingListRequest): Promise<PostingPage> =>
    post('/v4/posting/fbs/list', postingListBody(request), PostingListResponseSchema);

  const client: OzonClient = {
    clientId,
    sellerInfo: () => post('/v1/seller/info', {}, SellerInfoResponseSchema),
    chatList: async (request = {}) => post('/v3/chat/list', chatListBody(request), ChatListResponseSchema),
    chatHistory,
    historySince: (chatId, afterMessageId, options) => historySince(chatHistory, chatId, afterMessageId, options),
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
    postingsByOrderNumbers: (orderNumbers, options) => postingsByOrderNumbers(postingList, now, orderNumbers, options),
    getPosting: async ({ postingNumber, with: w }) => {
      requireText(postingNumber, 'posting_number');
      return post('/v3/posting/fbs/get', { posting_number: postingNumber, ...(w ? { with: getWithBody(w) } : {}) }, PostingGetResponseSchema);
    },
    toString: () => `OzonClient(Client-Id ${clientId})`,
    toJSON: () => ({ clientId, baseUrl }),
  };
  return Object.freeze(client);
}
