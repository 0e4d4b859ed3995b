// @vitest-environment node
// The Seller API client against a scripted fetch: the fault matrix, retries, lossless ids, enums, paging, secrecy.
import { beforeEach, describe, expect, it } from 'vitest';
import { createOzonClient, messageFor, OzonApiError, resetRateLimiters, type OzonClientOptions, type OzonErrorKind } from '@/entrypoints/background/ozon-api';

const API_KEY = 'a1b2c3d4-e5f6-7890-abcd-ef0123456789';
const CLIENT_ID = '123456';
const BIG_ID = '3000000000817031942';

interface Sent {
  url: string;
  headers: Record<string, string>;
  /** The raw request body, to check how ids were written. */
  text: string;
  body: Record<string, unknown>;
}

type Reply = { status?: number; body?: string | object; headers?: Record<string, string> } | Error | 'hang';
type Script = (sent: Sent, index: number) => Reply;

/** A fetch that answers from a script and records every request. */
function scriptedFetch(script: Script | Reply[]) {
  const sent: Sent[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const text = String(init?.body ?? '');
    const record: Sent = {
      url: String(input),
      headers: Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>)),
      text,
      body: JSON.parse(text) as Record<string, unknown>,
    };
    sent.push(record);
    const reply = Array.isArray(script) ? script[Math.min(sent.length - 1, script.length - 1)]! : script(record, sent.length - 1);
    if (reply instanceof Error) throw reply;
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    }
    const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
    return new Response(body, { status: reply.status ?? 200, headers: { 'Content-Type': 'application/json', ...reply.headers } });
  }) as typeof fetch;
  return { fetchImpl, sent };
}

function makeClient(script: Script | Reply[], extra: Partial<OzonClientOptions> = {}) {
  const { fetchImpl, sent } = scriptedFetch(script);
  const waits: number[] = [];
  let now = Date.parse('2026-11-20T12:00:00Z');
  const client = createOzonClient({
    clientId: CLIENT_ID,
    apiKey: API_KEY,
    fetch: fetchImpl,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
    random: () => 0.5,
    now: () => now,
    ...extra,
  });
  return { client, sent, waits };
}

async function failure(promise: Promise<unknown>): Promise<OzonApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OzonApiError);
    return error as OzonApiError;
  }
  throw new Error('expected the call to fail');
}

function expectNoKey(value: unknown) {
  const texts = [String(value), JSON.stringify(value)];
  if (value instanceof Error) texts.push(value.message, value.stack ?? '');
  if (value instanceof OzonApiError) texts.push(value.text.en, value.text.ru, value.detail ?? '', value.serverMessage ?? '', messageFor(value, 'en'), messageFor(value, 'ru'));
  for (const text of texts) {
    expect(text).not.toContain(API_KEY);
    expect(text.toLowerCase()).not.toContain(API_KEY.replace(/-/g, '').toLowerCase());
  }
}

const EMPTY_LIST = { chats: [], total_unread_count: 0, cursor: '', has_next: false };

beforeEach(() => resetRateLimiters());

describe('requests', () => {
  it('POSTs JSON with Client-Id and Api-Key to the default host', async () => {
    const { client, sent } = makeClient([{ body: { company: { name: 'Shop' }, subscription: { type: 'PREMIUM_PLUS', is_premium: true } } }]);
    const info = await client.sellerInfo();
    expect(info).toEqual({ companyName: 'Shop', legalName: '', subscription: { type: 'PREMIUM_PLUS', raw: 'PREMIUM_PLUS', isPremium: true, hasChatApi: true } });
    expect(sent[0]!.url).toBe('https://api-seller.ozon.ru/v1/seller/info');
    expect(sent[0]!.headers).toMatchObject({ 'Client-Id': CLIENT_ID, 'Api-Key': API_KEY, 'Content-Type': 'application/json' });
    expect(sent[0]!.body).toEqual({});
  });

  it('maps an unknown subscription to UNKNOWN without chat access', async () => {
    const { client } = makeClient([{ body: { subscription: { type: 'PREMIUM_ULTRA_2027', is_premium: true } } }]);
    const info = await client.sellerInfo();
    expect(info.subscription).toEqual({ type: 'UNKNOWN', raw: 'PREMIUM_ULTRA_2027', isPremium: true, hasChatApi: false });
  });

  it('uses a baseUrl override', async () => {
    const { client, sent } = makeClient([{ body: EMPTY_LIST }], { baseUrl: 'http://127.0.0.1:9999/' });
    await client.chatList();
    expect(sent[0]!.url).toBe('http://127.0.0.1:9999/v3/chat/list');
    expect(sent[0]!.body).toEqual({ filter: { chat_status: 'ALL', unread_only: false }, limit: 100 });
  });

  it('refuses a Client-Id that is not a number and an empty key before any request', () => {
    expect(() => createOzonClient({ clientId: 'abc', apiKey: API_KEY })).toThrow(OzonApiError);
    expect(() => createOzonClient({ clientId: '1', apiKey: '  ' })).toThrow(OzonApiError);
  });
});

describe('fault matrix', () => {
  const cases: { name: string; reply: Reply; kind: OzonErrorKind; attempts: number }[] = [
    { name: '401 missing headers', reply: { status: 401, body: { code: 16, message: 'Client-Id and Api-Key headers are required' } }, kind: 'invalid-key', attempts: 1 },
    { name: '404 code 5 invalid key', reply: { status: 404, body: { code: 5, message: 'Invalid Api-Key, please check the key and try again' } }, kind: 'invalid-key', attempts: 1 },
    { name: '403 deactivated key', reply: { status: 403, body: { code: 7, message: 'Api-key is deactivated, use another one or generate a new one' } }, kind: 'invalid-key', attempts: 1 },
    { name: '403 key restricted to IPs', reply: { status: 403, body: { code: 7, message: 'Api-Key is restricted to specific IP addresses' } }, kind: 'invalid-key', attempts: 1 },
    { name: '403 role missing', reply: { status: 403, body: { code: 7, message: 'Api-Key is missing a required role for a method' } }, kind: 'premium-required', attempts: 1 },
    { name: '403 code 7 permission denied', reply: { status: 403, body: { code: 7, message: 'PermissionDenied' } }, kind: 'premium-required', attempts: 1 },
    { name: '404 code 5 not found', reply: { status: 404, body: { code: 5, message: 'chat not found' } }, kind: 'not-found', attempts: 1 },
    { name: '400 code 3', reply: { status: 400, body: { code: 3, message: 'limit: must be between 1 and 100' } }, kind: 'bad-request', attempts: 1 },
    { name: '409 conflict', reply: { status: 409, body: { code: 9, message: 'conflict' } }, kind: 'bad-request', attempts: 1 },
    { name: '400 access period expired', reply: { status: 400, body: { code: 9, message: 'access period has expired' } }, kind: 'window-closed', attempts: 1 },
    { name: 'Circle is open', reply: { status: 403, body: { code: 7, message: 'Circle is open' } }, kind: 'circuit-open', attempts: 1 },
    { name: '429 code 8', reply: { status: 429, body: { code: 8, message: 'You have reached request rate limit per second' } }, kind: 'rate-limited', attempts: 4 },
    { name: '500', reply: { status: 500, body: { code: 13, message: 'Internal error' } }, kind: 'server', attempts: 4 },
    { name: '502 HTML page', reply: { status: 502, body: '<html><body>Bad Gateway</body></html>', headers: { 'Content-Type': 'text/html' } }, kind: 'server', attempts: 4 },
    { name: 'network TypeError', reply: new TypeError('Failed to fetch'), kind: 'network', attempts: 4 },
    { name: 'malformed (cut-off) JSON', reply: { status: 200, body: '{"chats": [' }, kind: 'malformed', attempts: 4 },
    { name: 'schema-invalid body', reply: { status: 200, body: { chats: [{ chat: { chat_id: 42 } }], has_next: 'yes' } }, kind: 'malformed', attempts: 1 },
    { name: 'a chat without chat_id', reply: { status: 200, body: { chats: [{ chat: { chat_type: 'BUYER_SELLER' } }] } }, kind: 'malformed', attempts: 1 },
  ];

  for (const c of cases) {
    it(`${c.name} → ${c.kind} after ${c.attempts} attempt(s)`, async () => {
      const { client, sent } = makeClient([c.reply]);
      const error = await failure(client.chatList());
      expect(error.kind).toBe(c.kind);
      expect(sent).toHaveLength(c.attempts);
      expect(error.text.en.length).toBeGreaterThan(10);
      expect(error.text.ru).toMatch(/[а-яё]/i);
      expect(error.message).toBe(error.text.en);
      expect(messageFor(error, 'ru')).toBe(error.text.ru);
      expectNoKey(error);
    });
  }

  it('carries status, code and Ozon message on HTTP errors', async () => {
    const { client } = makeClient([{ status: 403, body: { code: 7, message: 'PermissionDenied' } }]);
    const error = await failure(client.chatList());
    expect(error).toMatchObject({ status: 403, code: 7, serverMessage: 'PermissionDenied', retryable: false });
  });

  it('times out an attempt with AbortController, retries, and gives up with kind timeout', async () => {
    const { client, sent } = makeClient(['hang'], { timeoutMs: 20, maxRetries: 1 });
    const error = await failure(client.chatList());
    expect(error.kind).toBe('timeout');
    expect(sent).toHaveLength(2);
  });

  it('times out even when fetch ignores the abort signal', async () => {
    const never = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    const client = createOzonClient({ clientId: CLIENT_ID, apiKey: API_KEY, fetch: never, timeoutMs: 20, maxRetries: 0 });
    expect((await failure(client.chatList())).kind).toBe('timeout');
  });

  it('gives every kind a distinct English and Russian text', async () => {
    const kinds: OzonErrorKind[] = ['invalid-key', 'premium-required', 'rate-limited', 'not-found', 'bad-request', 'server', 'network', 'timeout', 'malformed', 'window-closed', 'circuit-open'];
    const en = new Set(kinds.map((kind) => new OzonApiError({ kind }).text.en));
    const ru = new Set(kinds.map((kind) => new OzonApiError({ kind }).text.ru));
    expect(en.size).toBe(kinds.length);
    expect(ru.size).toBe(kinds.length);
    expect(messageFor(new Error('x'), 'ru')).toMatch(/Ozon/);
  });
});

describe('retries', () => {
  it('retries 500 then succeeds, with exponential waits never shorter than half their ceiling', async () => {
    const { client, sent, waits } = makeClient([{ status: 500 }, { status: 503 }, { status: 502 }, { body: EMPTY_LIST }]);
    const page = await client.chatList();
    expect(page.chats).toEqual([]);
    expect(sent).toHaveLength(4);
    // random() = 0.5: three quarters of the ceilings 1000, 2000, 4000 ms.
    expect(waits).toEqual([750, 1500, 3000]);
  });

  it('retries a cut-off JSON answer of a read, but not of a send', async () => {
    const read = makeClient([{ body: '{"chats":[{"cha' }, { body: EMPTY_LIST }]);
    await expect(read.client.chatList()).resolves.toMatchObject({ chats: [] });
    expect(read.sent).toHaveLength(2);
    const send = makeClient([{ body: '{"resu' }, { body: { result: 'success' } }]);
    expect((await failure(send.client.sendMessage({ chatId: 'c', text: 'hi' }))).kind).toBe('malformed');
    expect(send.sent).toHaveLength(1);
  });

  it('retries a network error then succeeds', async () => {
    const { client, sent } = makeClient([new TypeError('fetch failed'), { body: EMPTY_LIST }]);
    await expect(client.chatList()).resolves.toMatchObject({ hasNext: false });
    expect(sent).toHaveLength(2);
  });

  it('honours Retry-After on 429', async () => {
    const { client, sent, waits } = makeClient([{ status: 429, body: { code: 8, message: 'rate limit' }, headers: { 'Retry-After': '2' } }, { body: EMPTY_LIST }]);
    await client.chatList();
    expect(sent).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('honours Item-Retry-After and an HTTP-date Retry-After on 5xx', async () => {
    const item = makeClient([{ status: 429, body: { code: 8 }, headers: { 'Item-Retry-After': '1' } }, { body: EMPTY_LIST }]);
    await item.client.chatList();
    expect(item.waits).toEqual([1000]);
    const date = makeClient([{ status: 503, headers: { 'Retry-After': 'Fri, 20 Nov 2026 12:00:03 GMT' } }, { body: EMPTY_LIST }]);
    await date.client.chatList();
    expect(date.waits).toEqual([3000]);
  });

  it('does not wait for a Retry-After longer than a minute', async () => {
    const { client, sent } = makeClient([{ status: 429, body: { code: 8 }, headers: { 'Retry-After': '3600' } }, { body: EMPTY_LIST }]);
    const error = await failure(client.chatList());
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3_600_000 });
    expect(sent).toHaveLength(1);
  });

  it('stops after maxRetries', async () => {
    const { client, sent, waits } = makeClient([{ status: 500 }], { maxRetries: 1 });
    expect((await failure(client.chatList())).kind).toBe('server');
    expect(sent).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('never retries a 4xx other than 429', async () => {
    for (const status of [400, 401, 403, 404, 409]) {
      const { client, sent, waits } = makeClient([{ status, body: { code: 3, message: 'no' } }]);
      await failure(client.chatList());
      expect(sent).toHaveLength(1);
      expect(waits).toEqual([]);
    }
  });

  it('does not resend a message after a 5xx (it may have gone out), but does after a 429', async () => {
    const five = makeClient([{ status: 500 }, { body: { result: 'success' } }]);
    expect((await failure(five.client.sendMessage({ chatId: 'c1', text: 'Hello' }))).kind).toBe('server');
    expect(five.sent).toHaveLength(1);
    const four = makeClient([{ status: 429, body: { code: 8 } }, { body: { result: 'success' } }]);
    await expect(four.client.sendMessage({ chatId: 'c1', text: 'Hello' })).resolves.toEqual({ result: 'success' });
    expect(four.sent).toHaveLength(2);
    expect(four.sent[1]!.body).toEqual({ chat_id: 'c1', text: 'Hello' });
  });

  it('refuses an empty or too long message without a request', async () => {
    const { client, sent } = makeClient([{ body: { result: 'success' } }]);
    expect((await failure(client.sendMessage({ chatId: 'c1', text: '' }))).kind).toBe('bad-request');
    expect((await failure(client.sendMessage({ chatId: 'c1', text: 'x'.repeat(1001) }))).kind).toBe('bad-request');
    await expect(client.sendMessage({ chatId: 'c1', text: '😀'.repeat(1000) })).resolves.toEqual({ result: 'success' });
    expect(sent).toHaveLength(1);
  });

  it('maps a closed window on chat start and send', async () => {
    const { client } = makeClient([{ status: 400, body: { code: 9, message: 'Chat access period has expired' } }]);
    expect((await failure(client.startChat({ postingNumber: '0128619512-0157-1' }))).kind).toBe('window-closed');
    expect((await failure(client.sendMessage({ chatId: 'c', text: 'hi' }))).kind).toBe('window-closed');
  });
});

describe('the Api-Key stays secret', () => {
  it('is absent from errors even when the server echoes it', async () => {
    const echoes: Reply[] = [
      { status: 404, body: { code: 5, message: `Invalid Api-Key ${API_KEY}, please check the key and try again` } },
      { status: 400, body: { code: 3, message: `bad header api-key: ${API_KEY.toUpperCase()}` } },
      { status: 403, body: { code: 7, message: `key ${API_KEY.replace(/-/g, '')} has no role` } },
      new TypeError(`connect failed for https://x/?key=${API_KEY}`),
    ];
    for (const reply of echoes) {
      const { client } = makeClient([reply], { maxRetries: 0 });
      const error = await failure(client.chatList());
      expectNoKey(error);
      expect(Object.values(error).join(' ')).not.toContain(API_KEY);
    }
  });

  it('is absent from the client object, its toString and JSON', () => {
    const { client } = makeClient([]);
    expect(String(client)).toBe(`OzonClient(Client-Id ${CLIENT_ID})`);
    expect(JSON.stringify(client)).toBe(JSON.stringify({ clientId: CLIENT_ID, baseUrl: 'https://api-seller.ozon.ru' }));
    for (const value of Object.values(client)) expect(String(value)).not.toContain(API_KEY);
    expectNoKey(client);
  });
});

describe('lossless ids', () => {
  it('keeps uint64 message ids beyond 2^53 as exact strings', async () => {
    const raw = `{"has_next":false,"messages":[{"message_id":${BIG_ID},"user":{"id":"5","type":"Customer"},"created_at":"2026-11-20T10:00:00Z","is_read":true,"data":["Привет"],"context":{"order_number":"0128619512-0157","sku":4000000000000000123}}]}`;
    const { client } = makeClient([{ body: raw }]);
    const page = await client.chatHistory({ chatId: 'c1' });
    expect(page.messages[0]).toMatchObject({ messageId: BIG_ID, orderNumber: '0128619512-0157', sku: '4000000000000000123', text: 'Привет' });
    expect(Number(BIG_ID).toString()).not.toBe(BIG_ID);
  });

  it('keeps list ids exact and sends from_message_id as a JSON number with every digit', async () => {
    const list = `{"chats":[{"chat":{"chat_id":"c1","chat_type":"BUYER_SELLER","chat_status":"OPENED","created_at":"2026-11-01T00:00:00Z"},"first_unread_message_id":${BIG_ID},"last_message_id":3000000000817031999,"unread_count":2}],"total_unread_count":2,"cursor":"","has_next":false}`;
    const { client, sent } = makeClient((s) => (s.url.endsWith('/v3/chat/list') ? { body: list } : s.url.endsWith('/v2/chat/read') ? { body: { unread_count: 0 } } : { body: { has_next: false, messages: [] } }));
    const page = await client.chatList();
    expect(page.chats[0]).toMatchObject({ firstUnreadMessageId: BIG_ID, lastMessageId: '3000000000817031999', unreadCount: 2 });
    await client.chatHistory({ chatId: 'c1', direction: 'Forward', fromMessageId: BIG_ID, limit: 10, messageIds: [BIG_ID] });
    expect(sent[1]!.text).toContain(`"from_message_id":${BIG_ID}`);
    expect(sent[1]!.text).toContain(`"message_ids":["${BIG_ID}"]`);
    await client.readChat({ chatId: 'c1', fromMessageId: BIG_ID });
    expect(sent[2]!.text).toBe(`{"chat_id":"c1","from_message_id":${BIG_ID}}`);
  });

  it('reads ids sent as strings too, and 0 as "not set"', async () => {
    const { client } = makeClient([{ body: { chats: [{ chat: { chat_id: 'c1', chat_type: 'BUYER_SELLER' }, first_unread_message_id: 0, last_message_id: BIG_ID, unread_count: '0' }] } }]);
    const [chat] = (await client.chatList()).chats;
    expect(chat).toMatchObject({ lastMessageId: BIG_ID, unreadCount: 0 });
    expect(chat).not.toHaveProperty('firstUnreadMessageId');
  });
});

describe('enums', () => {
  it('marks only BUYER_SELLER and BUYER_SELLER_SELECT chats as buyer chats, in any spelling', async () => {
    const types = ['BUYER_SELLER', 'Buyer_Seller', 'BUYER_SELLER_SELECT', 'SELLER_SUPPORT', 'UNSPECIFIED', 'SELLER_PERSONAL_MANAGER_UNITY_CRM', 'SOMETHING_NEW_2027', null];
    const body = { chats: types.map((t, i) => ({ chat: { chat_id: `c${i}`, chat_type: t, chat_status: i % 2 ? 'Opened' : 'WEIRD' } })), has_next: false };
    const { client } = makeClient([{ body }]);
    const chats = (await client.chatList()).chats;
    expect(chats.map((c) => c.isBuyerChat)).toEqual([true, true, true, false, false, false, false, false]);
    expect(chats.map((c) => c.chatType)).toEqual(['BUYER_SELLER', 'BUYER_SELLER', 'BUYER_SELLER_SELECT', 'SELLER_SUPPORT', 'UNSPECIFIED', 'SELLER_PERSONAL_MANAGER_UNITY_CRM', 'SOMETHING_NEW_2027', 'UNSPECIFIED']);
    expect(chats.map((c) => c.chatStatus).slice(0, 2)).toEqual(['UNSPECIFIED', 'OPENED']);
  });

  it('reads a flat (v2-shaped) chat as well as the nested one', async () => {
    const { client } = makeClient([{ body: { chats: [{ chat_id: 'flat', chat_type: 'Buyer_Seller', chat_status: 'Closed', unread_count: 1 }] } }]);
    expect((await client.chatList()).chats[0]).toMatchObject({ chatId: 'flat', isBuyerChat: true, chatStatus: 'CLOSED', unreadCount: 1 });
  });

  it('maps user.type case-insensitively, Cyrillic «С»ustomer included, unknown types to system', async () => {
    const types = ['\u0421ustomer', 'customer', 'CUSTOMER', 'Seller', 'Support', 'Crm', 'Courier', 'NotificationUser', 'ChatBot', 'Martian', null];
    const body = { has_next: false, messages: types.map((t, i) => ({ message_id: String(100 + i), user: t === null ? null : { id: '1', type: t }, created_at: '2026-11-20T10:00:00Z', data: ['x'] })) };
    const { client } = makeClient([{ body }]);
    const messages = (await client.chatHistory({ chatId: 'c1' })).messages;
    expect(messages.map((m) => m.author)).toEqual(['customer', 'customer', 'customer', 'seller', 'support', 'crm', 'courier', 'notification', 'chatbot', 'system', 'system']);
    expect(messages[0]!.userType).toBe('\u0421ustomer');
  });
});

describe('paging', () => {
  it('stops with malformed when has_next comes with the same cursor', async () => {
    // The walk over cursor pages is postingsByOrderNumbers' (the client's only multi-page list).
    const { client, sent } = makeClient([{ body: { postings: [], cursor: 'k1', has_next: true } }]);
    const walk = () => client.postingsByOrderNumbers(['0128619512-0157']);
    expect((await failure(walk())).kind).toBe('malformed');
    expect(sent).toHaveLength(2);
  });

  it('historySince reads forward from the last known message, pages, and yields only newer messages oldest first', async () => {
    const all = Array.from({ length: 7 }, (_, i) => (3000000000817031940n + BigInt(i)).toString());
    // An inclusive Forward read, as the API documents ("the message to start from").
    const { client, sent } = makeClient((s) => {
      const from = BigInt((s.text.match(/"from_message_id":(\d+)/) ?? [])[1] ?? '0');
      const limit = Number(s.body.limit);
      const rest = all.filter((id) => BigInt(id) >= from);
      const messages = rest.slice(0, limit).map((id) => ({ message_id: id, user: { type: 'Customer' }, created_at: '2026-11-20T10:00:00Z', data: [id] }));
      return { body: `{"has_next":${rest.length > limit},"messages":[${messages.map((m) => JSON.stringify(m).replace(`"message_id":"${m.message_id}"`, `"message_id":${m.message_id}`)).join(',')}]}` };
    });
    const got: string[][] = [];
    for await (const page of client.historySince('c1', all[1]!, { pageSize: 3 })) got.push(page.map((m) => m.messageId));
    expect(got.flat()).toEqual(all.slice(2));
    expect(sent.every((s) => s.body.direction === 'Forward' && s.body.chat_id === 'c1')).toBe(true);
    expect(sent.map((s) => (s.text.match(/"from_message_id":(\d+)/) ?? [])[1])).toEqual([all[1], all[3], all[5]]);
  });

  it('historySince with no known message reads the latest ones backward, oldest first', async () => {
    const ids = ['105', '104', '103'];
    const { client, sent } = makeClient([{ body: { has_next: true, messages: ids.map((id) => ({ message_id: id, user: { type: 'Seller' }, data: ['x'] })) } }]);
    const got: string[] = [];
    for await (const page of client.historySince('c1', null, { latest: 3 })) got.push(...page.map((m) => m.messageId));
    expect(got).toEqual(['103', '104', '105']);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toEqual({ chat_id: 'c1', direction: 'Backward', limit: 3 });
  });

  it('postingsByOrderNumbers filters by order_numbers, ≤ 100 a request, walking pages', async () => {
    const orders = Array.from({ length: 150 }, (_, i) => `01286195${String(i).padStart(3, '0')}-0157`);
    const { client, sent } = makeClient((s) => {
      const filter = s.body.filter as { order_numbers: string[] };
      const second = s.body.cursor === 'p2';
      const numbers = second ? filter.order_numbers.slice(50) : filter.order_numbers.slice(0, second ? 0 : 50);
      return {
        body: {
          postings: numbers.map((n) => ({ posting_number: `${n}-1`, order_number: n, status: 'awaiting_packaging', tpl_integration_type: 'non_integrated', available_actions: ['can_create_chat'], products: [{ sku: '4000000000000000123', price: { amount: '10.00', currency: 'RUB' }, quantity: 1 }] })),
          cursor: second ? '' : 'p2',
          has_next: !second && filter.order_numbers.length > 50,
        },
      };
    });
    const postings = await client.postingsByOrderNumbers([...orders, orders[0]!]);
    expect(postings.map((p) => p.orderNumber).sort()).toEqual([...orders].sort());
    expect(postings[0]).toMatchObject({ isRfbs: true, canCreateChat: true, products: [{ sku: '4000000000000000123', price: '10.00', currency: 'RUB' }] });
    expect(sent.map((s) => [(s.body.filter as { order_numbers: string[] }).order_numbers.length, s.body.cursor])).toEqual([
      [100, undefined],
      [100, 'p2'],
      [50, undefined],
    ]);
    const filter = sent[0]!.body.filter as { since: string; to: string };
    expect(filter.to).toBe('2026-11-20T12:00:00Z');
    expect(Date.parse(filter.to) - Date.parse(filter.since)).toBeLessThanOrEqual(365 * 24 * 3600_000);
  });
});

describe('posting methods', () => {
  it('writes the v4 list body in snake_case with int64 order_id as a number', async () => {
    const { client, sent } = makeClient([{ body: { postings: [], cursor: '', has_next: false } }]);
    await client.postingList({
      filter: { since: '2026-11-01T00:00:00.000Z', to: new Date('2026-11-20T00:00:00Z'), orderId: BIG_ID, statuses: ['delivering'], warehouseIds: ['1020000000000000001'] },
      limit: 50,
      sortDir: 'DESC',
      with: { analyticsData: true },
    });
    expect(sent[0]!.url).toMatch(/\/v4\/posting\/fbs\/list$/);
    expect(sent[0]!.text).toContain(`"order_id":${BIG_ID}`);
    expect(sent[0]!.body).toMatchObject({
      filter: { since: '2026-11-01T00:00:00Z', to: '2026-11-20T00:00:00Z', statuses: ['delivering'], warehouse_ids: ['1020000000000000001'] },
      limit: 50,
      sort_dir: 'DESC',
      with: { analytics_data: true },
    });
  });

  it('reads a v3 posting with its result wrapper', async () => {
    const posting = { posting_number: '0128619512-0157-1', order_number: '0128619512-0157', order_id: BIG_ID, status: 'awaiting_deliver', tpl_integration_type: 'ozon', customer: null, products: [{ sku: '1', price: '99.00', currency_code: 'RUB', quantity: 2 }] };
    const { client, sent } = makeClient(() => ({ body: { result: { ...posting, related_postings: { related_posting_numbers: ['x-2'] }, courier: { name: 'Ivan' } } } }));
    const detail = await client.getPosting({ postingNumber: '0128619512-0157-1', with: { relatedPostings: true } });
    expect(detail).toMatchObject({ postingNumber: '0128619512-0157-1', orderId: BIG_ID, isRfbs: false, canCreateChat: false });
    expect(detail).not.toHaveProperty('customer');
    expect(detail).toMatchObject({ relatedPostingNumbers: ['x-2'], courier: { name: 'Ivan' }, products: [{ price: '99.00', currency: 'RUB', quantity: 2 }] });
    expect(sent[0]!.body).toEqual({ posting_number: '0128619512-0157-1', with: { related_postings: true } });
  });

  it('starts a chat and marks it read', async () => {
    const { client, sent } = makeClient((s) => (s.url.endsWith('/v1/chat/start') ? { body: { result: { chat_id: 'new-chat' } } } : { body: { unread_count: 3 } }));
    await expect(client.startChat({ postingNumber: '0128619512-0157-1' })).resolves.toEqual({ chatId: 'new-chat' });
    await expect(client.readChat({ chatId: 'new-chat' })).resolves.toEqual({ unreadCount: 3 });
    expect(sent.map((s) => s.body)).toEqual([{ posting_number: '0128619512-0157-1' }, { chat_id: 'new-chat' }]);
  });
});
