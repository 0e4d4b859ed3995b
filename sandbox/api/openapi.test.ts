// @vitest-environment node
// The API replica over real HTTP: every method's answers (success and each error kind) and every request sent
// here are checked against Ozon's own OpenAPI spec; paging, lossless ids, faults, chat start and history rules.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isLosslessNumber, LosslessNumber, parse, stringify } from 'lossless-json';
import { generateSeed } from '../data/seed';
import { createWorld } from '../data/world';
import type { SeedData, SeedPosting, World } from '../data/types';
import { listenApiReplica, type ListeningApiReplica } from './listen';
import { loadOpenApiValidator } from './openapi';
import type { ApiReplicaOptions } from './server';

const NOW = new Date('2026-11-20T09:00:00.000Z');
const SEED: SeedData = generateSeed({ now: NOW });
const validator = loadOpenApiValidator();
/** Also refuses fields the spec does not describe: the replica must not invent any. */
const strictValidator = loadOpenApiValidator(undefined, { noExtraProperties: true });
const AUTH = { 'Client-Id': SEED.seller.clientId, 'Api-Key': SEED.seller.apiKey };
const ALL_WITH = { analytics_data: true, barcodes: true, financial_data: true, legal_info: true };
const SINCE = new Date(NOW.getTime() - 60 * 24 * 3600_000).toISOString();
const TO = new Date(NOW.getTime() + 24 * 3600_000).toISOString();

interface Reply {
  status: number;
  text: string;
  /** Losslessly parsed body (ids as LosslessNumber). */
  body: Record<string, unknown>;
  ms: number;
}

interface Started extends ListeningApiReplica {
  world: World;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
}

const running: Started[] = [];

type ChatInfo = { chat: { chat_id: string; chat_status: string }; unread_count: LosslessNumber; last_message_id: unknown };

/** Every page of /v3/chat/list for `filter`. */
async function listAll(api: Started, filter: Record<string, unknown> = {}, limit = 100): Promise<{ chats: ChatInfo[]; totalUnread: number }> {
  const chats: ChatInfo[] = [];
  let cursor = '';
  let totalUnread = 0;
  do {
    const reply = await api.post('/v3/chat/list', { limit, filter, ...(cursor === '' ? {} : { cursor }) });
    expect(reply.status).toBe(200);
    chats.push(...(reply.body.chats as ChatInfo[]));
    totalUnread = Number((reply.body.total_unread_count as LosslessNumber).value);
    cursor = reply.body.has_next === true ? (reply.body.cursor as string) : '';
  } while (cursor !== '');
  return { chats, totalUnread };
}

async function start(seed: SeedData = SEED, opts: Partial<ApiReplicaOptions> = {}): Promise<Started> {
  const world = createWorld(seed, () => NOW);
  const listening = await listenApiReplica({ world, validator, faultSeed: 7, ...opts });
  const post = async (path: string, body: unknown = {}, headers: Record<string, string> = AUTH): Promise<Reply> => {
    const t0 = Date.now();
    const res = await fetch(listening.url + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: stringify(body) ?? '',
    });
    const text = await res.text();
    const parsed = parse(text) as Record<string, unknown>;
    // Every answer the replica gives must be valid per the spec, with no invented fields.
    expect(strictValidator.validateResponse(path, res.status, parsed), `${path} ${res.status}`).toEqual([]);
    return { status: res.status, text, body: parsed, ms: Date.now() - t0 };
  };
  const started = { ...listening, world, post };
  running.push(started);
  return started;
}

afterAll(async () => {
  await Promise.all(running.map((s) => s.close()));
});

const big = (decimal: string): LosslessNumber => new LosslessNumber(decimal);
const idText = (value: unknown): string => (isLosslessNumber(value) ? value.value : String(value));
const errorOf = (reply: Reply): { status: number; code: unknown; message: unknown } => ({
  status: reply.status,
  code: isLosslessNumber(reply.body.code) ? Number(reply.body.code.value) : reply.body.code,
  message: reply.body.message,
});
const postingWhere = (pred: (p: SeedPosting) => boolean): SeedPosting => {
  const found = SEED.postings.find(pred);
  if (found === undefined) throw new Error('no seeded posting matches');
  return found;
};

const eligible = postingWhere((p) => p.contact.eligible && p.chatId === null);
const customerChat = SEED.chats.find((c) => c.group === 'customers_v2' && c.messages.length >= 3 && c.chatStatus === 'OPENED');
if (customerChat === undefined) throw new Error('no customer chat with 3 messages');

/** A valid request for each of the nine methods. */
const VALID: Record<string, unknown> = {
  '/v1/seller/info': {},
  '/v3/chat/list': { limit: 100, filter: { chat_status: 'ALL', unread_only: false } },
  '/v3/chat/history': { chat_id: customerChat.chatId, direction: 'Backward', limit: 50 },
  '/v1/chat/start': { posting_number: eligible.postingNumber },
  '/v1/chat/send/message': { chat_id: customerChat.chatId, text: 'Здравствуйте! Отправим завтра.' },
  '/v2/chat/read': { chat_id: customerChat.chatId, from_message_id: big(customerChat.messages[0]!.messageId) },
  '/v4/posting/fbs/list': { filter: { since: SINCE, to: TO }, limit: 100, with: ALL_WITH },
  '/v4/posting/fbs/unfulfilled/list': { limit: 100, with: ALL_WITH },
  '/v3/posting/fbs/get': { posting_number: eligible.postingNumber, with: { ...ALL_WITH, product_exemplars: true, related_postings: true } },
};
const CHAT_METHODS = ['/v3/chat/list', '/v3/chat/history', '/v1/chat/start', '/v1/chat/send/message', '/v2/chat/read'];
const METHODS = Object.keys(VALID);

/** A request each method refuses (each valid per the spec, refused by Ozon's rules), and the answer it gets. */
const REFUSED: Record<string, { body: unknown; status: number; code: number }> = {
  '/v3/chat/list': { body: { limit: 101 }, status: 400, code: 3 },
  '/v3/chat/history': { body: { chat_id: '00000000-0000-4000-8000-000000000000' }, status: 404, code: 5 },
  '/v1/chat/start': { body: { posting_number: '0000000000-0000-1' }, status: 404, code: 5 },
  '/v1/chat/send/message': { body: { chat_id: customerChat.chatId, text: 'я'.repeat(1001) }, status: 400, code: 3 },
  '/v2/chat/read': { body: { chat_id: '00000000-0000-4000-8000-000000000000' }, status: 404, code: 5 },
  '/v4/posting/fbs/list': { body: { filter: { since: TO, to: SINCE }, limit: 10 }, status: 400, code: 3 },
  '/v4/posting/fbs/unfulfilled/list': { body: { filter: { statuses: ['delivered'] }, limit: 10 }, status: 400, code: 3 },
  '/v3/posting/fbs/get': { body: { posting_number: '0000000000-0000-1' }, status: 404, code: 5 },
};

describe('every method against the spec', () => {
  let api: Started;
  beforeAll(async () => {
    api = await start();
  });
  afterEach(() => {
    // Every request this block sent was valid per the spec.
    expect(api.replica.violations).toEqual([]);
    api.replica.faults.clear();
  });

  it('the test requests themselves are valid per the spec', () => {
    for (const path of METHODS) expect(validator.validateRequest(path, VALID[path]), path).toEqual([]);
    for (const [path, { body }] of Object.entries(REFUSED)) expect(validator.validateRequest(path, body), path).toEqual([]);
  });

  it.each(METHODS)('%s answers 200 with a valid body', async (path) => {
    const reply = await api.post(path, VALID[path]);
    expect(reply.status, reply.text).toBe(200);
    expect(Object.keys(reply.body).length).toBeGreaterThan(0);
  });

  it.each(METHODS)('%s: missing headers → 401 code 16, wrong key → 404 code 5 (valid error bodies)', async (path) => {
    const missing = await api.post(path, VALID[path], {});
    expect(errorOf(missing)).toEqual({ status: 401, code: 16, message: 'Client-Id and Api-Key headers are required' });
    const wrongKey = await api.post(path, VALID[path], { ...AUTH, 'Api-Key': '11111111-2222-4333-8444-555555555555' });
    expect(errorOf(wrongKey)).toEqual({ status: 404, code: 5, message: 'Invalid Api-Key, please check the key and try again' });
    const wrongClient = await api.post(path, VALID[path], { ...AUTH, 'Client-Id': '1' });
    expect(errorOf(wrongClient).code).toBe(5);
  });

  it.each(METHODS)('%s: rate-limit, server-error and invalid-key faults give valid error bodies', async (path) => {
    api.replica.faults.setFor(path, { kind: 'rate-limit' }, { times: 1 });
    expect(errorOf(await api.post(path, VALID[path]))).toEqual({ status: 429, code: 8, message: 'You have reached request rate limit per second' });
    api.replica.faults.setFor(path, { kind: 'server-error' }, { times: 1 });
    expect(errorOf(await api.post(path, VALID[path]))).toMatchObject({ status: 500, code: 13 });
    api.replica.faults.setFor(path, { kind: 'invalid-key' }, { times: 1 });
    expect(errorOf(await api.post(path, VALID[path]))).toMatchObject({ status: 404, code: 5 });
  });

  it.each(Object.keys(REFUSED))('%s refuses a request Ozon refuses, with a valid error body', async (path) => {
    const { body, status, code } = REFUSED[path]!;
    const reply = await api.post(path, body);
    expect(errorOf(reply)).toMatchObject({ status, code });
    expect(typeof reply.body.message).toBe('string');
  });

  it('an unknown method answers 404 code 5; GET on a method 405', async () => {
    const res = await fetch(`${api.url}/v1/chat/list`, { method: 'POST', headers: AUTH, body: '{}' });
    expect(res.status).toBe(404);
    expect(JSON.parse(await res.text())).toMatchObject({ code: 5 });
    // A removed method is recorded as a request the spec does not have.
    expect(api.replica.violations).toEqual(['request /v1/chat/list: /v1/chat/list is not a method of the spec']);
    api.replica.violations.length = 0;
    const get = await fetch(`${api.url}/v3/chat/list`, { headers: AUTH });
    expect(get.status).toBe(405);
    // The wrong HTTP method is a request the spec refuses: recorded, then cleared for this block's check.
    expect(api.replica.violations).toEqual(['request /v3/chat/list: HTTP method GET, the spec has POST']);
    api.replica.violations.length = 0;
  });

  it('OPTIONS is answered 204 without touching the log', async () => {
    const before = api.replica.log.length;
    const res = await fetch(`${api.url}/v3/chat/list`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toContain('POST');
    expect(api.replica.log.length).toBe(before);
  });
});

describe('subscription', () => {
  it.each(['PREMIUM', 'PREMIUM_LITE', 'UNSPECIFIED'] as const)('%s: chat methods 403 code 7, posting methods and seller info work', async (subscription) => {
    const api = await start({ ...SEED, seller: { ...SEED.seller, subscription } });
    for (const path of CHAT_METHODS) {
      expect(errorOf(await api.post(path, VALID[path])), path).toMatchObject({ status: 403, code: 7 });
    }
    for (const path of METHODS.filter((p) => !CHAT_METHODS.includes(p))) {
      expect((await api.post(path, VALID[path])).status, path).toBe(200);
    }
    const info = await api.post('/v1/seller/info');
    expect(info.body.subscription).toMatchObject({ type: subscription });
    expect(api.replica.violations).toEqual([]);
  });

  it('PREMIUM_PRO opens the chat methods', async () => {
    const api = await start({ ...SEED, seller: { ...SEED.seller, subscription: 'PREMIUM_PRO' } });
    expect((await api.post('/v3/chat/list', { limit: 10 })).status).toBe(200);
  });
});

describe('paging and data', () => {
  let api: Started;
  beforeAll(async () => {
    api = await start();
  });
  afterEach(() => expect(api.replica.violations).toEqual([]));

  it('/v3/chat/list walks every seeded chat exactly once, newest activity first', async () => {
    const seen: string[] = [];
    const lastIds: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const reply = await api.post('/v3/chat/list', cursor === undefined ? { limit: 37 } : { limit: 37, cursor });
      expect(reply.status).toBe(200);
      const chats = reply.body.chats as { chat: { chat_id: string }; last_message_id: unknown }[];
      expect(chats.length).toBeLessThanOrEqual(37);
      seen.push(...chats.map((c) => c.chat.chat_id));
      lastIds.push(...chats.map((c) => idText(c.last_message_id)));
      pages++;
      if (reply.body.has_next !== true) {
        expect(reply.body.cursor).toBe('');
        break;
      }
      cursor = reply.body.cursor as string;
      expect(cursor).not.toBe('');
    }
    expect(pages).toBe(Math.ceil(SEED.chats.length / 37));
    expect(seen.length).toBe(SEED.chats.length);
    expect(new Set(seen)).toEqual(new Set(SEED.chats.map((c) => c.chatId)));
    // Newest activity first: last message ids (time-ordered) never increase down the list.
    for (let i = 1; i < lastIds.length; i++) expect(BigInt(lastIds[i]!) <= BigInt(lastIds[i - 1]!)).toBe(true);
  });

  it('/v3/chat/list filters unread_only and chat_status, and sums unread counts', async () => {
    const unread = await listAll(api, { unread_only: true }, 20);
    const expected = SEED.chats.filter((c) => c.messages.some((m) => m.author !== 'seller' && !m.isRead));
    expect(unread.chats.map((c) => c.chat.chat_id).sort()).toEqual(expected.map((c) => c.chatId).sort());
    expect(unread.chats.every((c) => Number(c.unread_count.value) > 0)).toBe(true);
    const total = expected.reduce((n, c) => n + c.messages.filter((m) => m.author !== 'seller' && !m.isRead).length, 0);
    expect(unread.totalUnread).toBe(total);

    const closed = await listAll(api, { chat_status: 'CLOSED' }, 20);
    expect(closed.chats.length).toBe(SEED.chats.filter((c) => c.chatStatus === 'CLOSED').length);
    expect(closed.chats.every((c) => c.chat.chat_status === 'CLOSED')).toBe(true);
    const opened = await listAll(api, { chat_status: 'OPENED' });
    expect(opened.chats.length + closed.chats.length).toBe(SEED.chats.length);
  });

  it('a tampered cursor is refused with "Cursor value is incorrect"', async () => {
    const reply = await api.post('/v3/chat/list', { limit: 10, cursor: 'bm90LWEtY3Vyc29y' });
    expect(errorOf(reply)).toEqual({ status: 400, code: 3, message: 'Cursor value is incorrect' });
  });

  it('uint64 ids beyond 2^53 go out as JSON numbers with every digit', async () => {
    const chat = customerChat;
    const reply = await api.post('/v3/chat/history', { chat_id: chat.chatId, limit: 1000 });
    const messages = reply.body.messages as { message_id: unknown }[];
    const expected = [...chat.messages].reverse().map((m) => m.messageId);
    expect(messages.map((m) => idText(m.message_id))).toEqual(expected);
    for (const m of messages) {
      expect(isLosslessNumber(m.message_id)).toBe(true); // a number in the JSON, not a string
      expect(BigInt(idText(m.message_id)) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    }
    expect(reply.text).toContain(`"message_id":${expected[0]}`);
    // Plain JSON.parse would lose digits: the ids are not representable as doubles.
    const lossy = JSON.parse(reply.text) as { messages: { message_id: number }[] };
    expect(lossy.messages.some((m, i) => BigInt(m.message_id) !== BigInt(expected[i]!))).toBe(true);

    const { chats } = await listAll(api);
    const info = chats.find((c) => c.chat.chat_id === chat.chatId);
    expect(idText(info?.last_message_id)).toBe(chat.messages.at(-1)!.messageId);
    const page = await api.post('/v3/chat/list', { limit: 5 });
    expect(page.text).toMatch(/"last_message_id":3\d{18}[,}]/);
  });

  it('history messages carry the user type (Customer, sometimes with a Cyrillic С) and the order or product context', async () => {
    const types = new Set<string>();
    for (const chat of SEED.chats.filter((c) => c.group === 'customers_v2').slice(0, 40)) {
      const reply = await api.post('/v3/chat/history', { chat_id: chat.chatId });
      for (const m of reply.body.messages as { user: { type: string }; context?: { order_number: string; sku: string } }[]) {
        types.add(m.user.type);
        if (m.user.type.toLowerCase().endsWith('ustomer') && chat.context?.kind === 'order') expect(m.context?.order_number).toBe(chat.context.orderNumber);
        if (m.user.type.toLowerCase().endsWith('ustomer') && chat.context?.kind === 'product') expect(m.context?.sku).toBe(chat.context.sku);
      }
    }
    expect(types).toContain('Customer');
    expect(types).toContain('\u0421ustomer');
    expect(types).toContain('Seller');
  });

  it('history: from_message_id with Forward gives only newer messages, with Backward only older', async () => {
    const ids = customerChat.messages.map((m) => m.messageId);
    const forward = await api.post('/v3/chat/history', { chat_id: customerChat.chatId, direction: 'Forward', from_message_id: big(ids[0]!) });
    expect((forward.body.messages as { message_id: unknown }[]).map((m) => idText(m.message_id))).toEqual(ids.slice(1));
    const newest = await api.post('/v3/chat/history', { chat_id: customerChat.chatId, direction: 'Forward', from_message_id: big(ids.at(-1)!) });
    expect(newest.body.messages).toEqual([]);
    expect(newest.body.has_next).toBe(false);
    const backward = await api.post('/v3/chat/history', { chat_id: customerChat.chatId, direction: 'Backward', from_message_id: big(ids.at(-1)!) });
    expect((backward.body.messages as { message_id: unknown }[]).map((m) => idText(m.message_id))).toEqual(ids.slice(0, -1).reverse());
    const limited = await api.post('/v3/chat/history', { chat_id: customerChat.chatId, direction: 'Forward', from_message_id: big(ids[0]!), limit: 1 });
    expect((limited.body.messages as unknown[]).length).toBe(1);
    expect(limited.body.has_next).toBe(ids.length > 2);
  });

  it('history: filter.message_ids picks those messages; Backward pages have has_next until the oldest', async () => {
    const ids = customerChat.messages.map((m) => m.messageId);
    const picked = await api.post('/v3/chat/history', { chat_id: customerChat.chatId, filter: { message_ids: [ids[0], ids[2]] } });
    expect((picked.body.messages as { message_id: unknown }[]).map((m) => idText(m.message_id))).toEqual([ids[2], ids[0]]);
    const newestTwo = await api.post('/v3/chat/history', { chat_id: customerChat.chatId, limit: 2 });
    expect((newestTwo.body.messages as { message_id: unknown }[]).map((m) => idText(m.message_id))).toEqual(ids.slice(-2).reverse());
    expect(newestTwo.body.has_next).toBe(ids.length > 2);
  });

  it('history: Forward without from_message_id is refused (the spec makes it required)', async () => {
    const reply = await api.post('/v3/chat/history', { chat_id: customerChat.chatId, direction: 'Forward' });
    expect(errorOf(reply)).toMatchObject({ status: 400, code: 3 });
  });

  it('/v4/posting/fbs/list walks every posting in the period once; filters by order number and status', async () => {
    const seen: string[] = [];
    let cursor = '';
    do {
      const reply = await api.post('/v4/posting/fbs/list', { filter: { since: SINCE, to: TO }, limit: 40, cursor, sort_dir: 'DESC' });
      const postings = reply.body.postings as { posting_number: string }[];
      seen.push(...postings.map((p) => p.posting_number));
      cursor = reply.body.has_next === true ? (reply.body.cursor as string) : '';
    } while (cursor !== '');
    expect(seen.length).toBe(SEED.postings.length);
    expect(new Set(seen).size).toBe(SEED.postings.length);

    const orders = SEED.postings.slice(0, 3).map((p) => p.orderNumber);
    const byOrder = await api.post('/v4/posting/fbs/list', { filter: { since: SINCE, to: TO, order_numbers: orders }, limit: 100 });
    const got = byOrder.body.postings as { order_number: string; order_id: unknown; tpl_integration_type: string; available_actions: string[] }[];
    expect(new Set(got.map((p) => p.order_number))).toEqual(new Set(orders));
    expect(got.length).toBe(SEED.postings.filter((p) => orders.includes(p.orderNumber)).length);
    for (const p of got) expect(idText(p.order_id)).toBe(SEED.postings.find((s) => s.orderNumber === p.order_number)!.orderId);

    const delivered = await api.post('/v4/posting/fbs/list', { filter: { since: SINCE, to: TO, statuses: ['delivered'] }, limit: 100 });
    const deliveredPostings = delivered.body.postings as { status: string; available_actions: string[] }[];
    expect(deliveredPostings.length).toBe(SEED.postings.filter((p) => p.status === 'delivered').length);
    expect(deliveredPostings.every((p) => p.status === 'delivered' && !p.available_actions.includes('can_create_chat'))).toBe(true);
  });

  it('/v4/posting/fbs/unfulfilled/list counts and pages the unfulfilled postings only', async () => {
    const first = await api.post('/v4/posting/fbs/unfulfilled/list', { limit: 25 });
    const expected = SEED.postings.filter((p) => !['delivered', 'cancelled', 'sent_by_seller'].includes(p.status));
    expect(Number((first.body.count as LosslessNumber).value)).toBe(expected.length);
    const seen = (first.body.postings as { posting_number: string }[]).map((p) => p.posting_number);
    let cursor = first.body.cursor as string;
    while (cursor !== '') {
      const next = await api.post('/v4/posting/fbs/unfulfilled/list', { limit: 25, cursor });
      seen.push(...(next.body.postings as { posting_number: string }[]).map((p) => p.posting_number));
      cursor = next.body.has_next === true ? (next.body.cursor as string) : '';
    }
    expect(seen.sort()).toEqual(expected.map((p) => p.postingNumber).sort());
  });

  it('/v3/posting/fbs/get gives the realFBS customer and the can_create_chat gate', async () => {
    const reply = await api.post('/v3/posting/fbs/get', { posting_number: eligible.postingNumber });
    const result = reply.body.result as { posting_number: string; available_actions: string[]; customer?: { name: string }; tpl_integration_type: string };
    expect(result.posting_number).toBe(eligible.postingNumber);
    expect(result.available_actions).toContain('can_create_chat');
    expect(result.customer?.name).toBe(eligible.customerName);
    expect(['non_integrated', '3pl_tracking', 'aggregator']).toContain(result.tpl_integration_type);
    const ozon = postingWhere((p) => p.tplIntegrationType === 'ozon');
    const ozonReply = await api.post('/v3/posting/fbs/get', { posting_number: ozon.postingNumber });
    expect((ozonReply.body.result as { available_actions: string[] }).available_actions).not.toContain('can_create_chat');
  });
});

describe('chat start, send and read', () => {
  let api: Started;
  beforeAll(async () => {
    api = await start();
  });
  afterEach(() => expect(api.replica.violations).toEqual([]));

  it.each([
    ['delivered', (p: SeedPosting) => p.status === 'delivered' && p.tplIntegrationType !== 'ozon'],
    ['cancelled', (p: SeedPosting) => p.status === 'cancelled' && p.tplIntegrationType !== 'ozon'],
    ['not realFBS', (p: SeedPosting) => p.contact.reason === 'not-rfbs'],
  ] as const)('refuses a %s posting: 400 code 9 (FailedPrecondition) with the reason', async (_label, pred) => {
    const posting = postingWhere(pred);
    const reply = await api.post('/v1/chat/start', { posting_number: posting.postingNumber });
    expect(errorOf(reply)).toMatchObject({ status: 400, code: 9 });
    expect(reply.body.message).toContain(posting.postingNumber);
    expect(api.world.posting(posting.postingNumber)?.chatId).toBe(posting.chatId);
  });

  it('starts a chat for an eligible posting, once; the chat is then listed; a message appears in history', async () => {
    const first = await api.post('/v1/chat/start', { posting_number: eligible.postingNumber });
    const chatId = (first.body.result as { chat_id: string }).chat_id;
    expect(chatId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = await api.post('/v1/chat/start', { posting_number: eligible.postingNumber });
    expect((again.body.result as { chat_id: string }).chat_id).toBe(chatId);

    const sent = await api.post('/v1/chat/send/message', { chat_id: chatId, text: 'Уточните, пожалуйста, подъезд.' });
    expect(sent.body).toEqual({ result: 'success' });
    const history = await api.post('/v3/chat/history', { chat_id: chatId });
    const messages = history.body.messages as { data: string[]; user: { type: string; id: string } }[];
    expect(messages.map((m) => m.data[0])).toEqual(['Уточните, пожалуйста, подъезд.']);
    expect(messages[0]?.user).toEqual({ type: 'Seller', id: SEED.seller.clientId });

    const list = await api.post('/v3/chat/list', { limit: 5 });
    expect((list.body.chats as { chat: { chat_id: string } }[])[0]?.chat.chat_id).toBe(chatId);
  });

  it('read marks the message and all before it; unread_count is what is left', async () => {
    const chat = SEED.chats.find((c) => {
      const firstUnread = c.messages.findIndex((m) => m.author !== 'seller' && !m.isRead);
      return firstUnread > 0 && c.chatType === 'BUYER_SELLER';
    });
    if (chat === undefined) throw new Error('no chat with an unread message after a read one');
    const unread = chat.messages.filter((m) => m.author !== 'seller' && !m.isRead);
    const firstUnread = chat.messages.findIndex((m) => m.author !== 'seller' && !m.isRead);
    const before = chat.messages[firstUnread - 1]!;
    const early = await api.post('/v2/chat/read', { chat_id: chat.chatId, from_message_id: big(before.messageId) });
    expect(Number((early.body.unread_count as LosslessNumber).value)).toBe(unread.length);
    const upToFirst = await api.post('/v2/chat/read', { chat_id: chat.chatId, from_message_id: big(unread[0]!.messageId) });
    expect(Number((upToFirst.body.unread_count as LosslessNumber).value)).toBe(unread.length - 1);
    const all = await api.post('/v2/chat/read', { chat_id: chat.chatId });
    expect(Number((all.body.unread_count as LosslessNumber).value)).toBe(0);
    const { chats } = await listAll(api, { unread_only: true });
    expect(chats.length).toBeGreaterThan(0);
    expect(chats.some((c) => c.chat.chat_id === chat.chatId)).toBe(false);
  });

  it('text counts characters, not UTF-16 units: 1000 emoji are accepted', async () => {
    const chat = SEED.chats.find((c) => c.group === 'customers_v2' && c.chatStatus === 'OPENED' && c.chatId !== customerChat.chatId)!;
    const reply = await api.post('/v1/chat/send/message', { chat_id: chat.chatId, text: '🙂'.repeat(1000) });
    expect(reply.status, reply.text).toBe(200);
  });

  it('with sendWindows, a chat about an order delivered over 72 h ago takes replies only within 48 h of the customer', async () => {
    const HOUR = 3_600_000;
    const expired = SEED.chats.find((c) => {
      if (c.context?.kind !== 'order' || c.chatStatus !== 'OPENED') return false;
      const posting = SEED.postings.find((p) => p.postingNumber === (c.context as { postingNumber: string }).postingNumber);
      const lastCustomer = [...c.messages].reverse().find((m) => m.author === 'customer');
      return (
        posting?.deliveredAt != null &&
        Date.parse(posting.deliveredAt) < NOW.getTime() - 72 * HOUR &&
        lastCustomer !== undefined &&
        Date.parse(lastCustomer.createdAt) < NOW.getTime() - 48 * HOUR
      );
    });
    if (expired === undefined) throw new Error('no seeded chat past its send window');
    const strict = await start(SEED, { sendWindows: true });
    const refused = await strict.post('/v1/chat/send/message', { chat_id: expired.chatId, text: 'Добрый день!' });
    expect(errorOf(refused)).toMatchObject({ status: 400, code: 9 });
    expect(refused.body.message).toContain('access period has expired');
    // A product chat is not limited; the default replica does not enforce windows.
    const product = SEED.chats.find((c) => c.context?.kind === 'product' && c.chatStatus === 'OPENED')!;
    expect((await strict.post('/v1/chat/send/message', { chat_id: product.chatId, text: 'Да, есть.' })).status).toBe(200);
    expect((await api.post('/v1/chat/send/message', { chat_id: expired.chatId, text: 'Добрый день!' })).status).toBe(200);
    expect(strict.replica.violations).toEqual([]);
  });

  it('a notification channel does not take messages', async () => {
    const channel = SEED.chats.find((c) => c.chatType === 'SELLER_API_UPDATES')!;
    const reply = await api.post('/v1/chat/send/message', { chat_id: channel.chatId, text: 'hello' });
    expect(errorOf(reply)).toMatchObject({ status: 400, code: 9 });
  });
});

describe('faults', () => {
  let api: Started;
  beforeAll(async () => {
    api = await start();
  });
  afterEach(() => {
    api.replica.faults.clear();
    expect(api.replica.violations).toEqual([]);
  });

  it('premium-required hits chat methods only', async () => {
    api.replica.faults.set({ kind: 'premium-required' });
    expect(errorOf(await api.post('/v3/chat/list', { limit: 1 }))).toMatchObject({ status: 403, code: 7 });
    expect((await api.post('/v3/posting/fbs/get', { posting_number: eligible.postingNumber })).status).toBe(200);
    expect((await api.post('/v1/seller/info')).status).toBe(200);
  });

  it('slow answers normally after the delay', async () => {
    api.replica.faults.setFor('/v1/seller/info', { kind: 'slow', delayMs: 400 }, { times: 1 });
    const slow = await api.post('/v1/seller/info');
    expect(slow.status).toBe(200);
    expect(slow.ms).toBeGreaterThanOrEqual(380);
    const fast = await api.post('/v1/seller/info');
    expect(fast.ms).toBeLessThan(380);
  });

  it('malformed-json answers 200 with a body that does not parse; a mutating method is not run', async () => {
    api.replica.faults.setFor('/v3/chat/*', { kind: 'malformed-json' }, { times: 2 });
    const res = await fetch(`${api.url}/v3/chat/list`, { method: 'POST', headers: AUTH, body: '{"limit":10}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text)).toThrow();

    api.replica.faults.setFor('/v1/chat/send/message', { kind: 'malformed-json' }, { times: 1 });
    const before = customerChat.messages.length;
    const sent = await fetch(`${api.url}/v1/chat/send/message`, {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ chat_id: customerChat.chatId, text: 'не отправится' }),
    });
    expect(() => JSON.parse(sent.status === 200 ? '{' : '')).toThrow();
    expect(api.world.chat(customerChat.chatId)?.messages.length).toBe(before);
  });

  it('reset closes the socket without an answer and logs status 0', async () => {
    api.replica.faults.setFor('/v3/chat/list', { kind: 'reset' }, { times: 1 });
    await expect(fetch(`${api.url}/v3/chat/list`, { method: 'POST', headers: AUTH, body: '{"limit":1}' })).rejects.toThrow();
    expect(api.replica.log.at(-1)).toMatchObject({ path: '/v3/chat/list', status: 0 });
    // The rule was for one request only.
    expect((await api.post('/v3/chat/list', { limit: 1 })).status).toBe(200);
  });

  it('a rule beats the global fault; times runs out; probability draws from the seed reproducibly', async () => {
    api.replica.faults.set({ kind: 'server-error' });
    api.replica.faults.setFor('/v1/seller/info', { kind: 'rate-limit' }, { times: 2 });
    expect((await api.post('/v1/seller/info')).status).toBe(429);
    expect((await api.post('/v1/seller/info')).status).toBe(429);
    expect((await api.post('/v1/seller/info')).status).toBe(500);
    api.replica.faults.clear();

    const pattern = async (): Promise<number[]> => {
      const other = await start(SEED, { faultSeed: 99 });
      other.replica.faults.setFor('*', { kind: 'server-error' }, { probability: 0.3 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await other.post('/v1/seller/info')).status);
      return statuses;
    };
    const a = await pattern();
    const b = await pattern();
    expect(a).toEqual(b);
    const failed = a.filter((s) => s === 500).length;
    expect(failed).toBeGreaterThan(3);
    expect(failed).toBeLessThan(25);
  });

  it('rate limit per Client-Id when enabled: 429 code 8 past the limit within a second', async () => {
    const limited = await start(SEED, { rateLimitPerSecond: 5 });
    const statuses = await Promise.all(Array.from({ length: 8 }, () => limited.post('/v1/seller/info').then((r) => r.status)));
    expect(statuses.filter((s) => s === 200).length).toBe(5);
    expect(statuses.filter((s) => s === 429).length).toBe(3);
  });
});

describe('control endpoints', () => {
  let api: Started;
  beforeAll(async () => {
    api = await start();
  });
  const control = (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(`${api.url}${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

  it('POST /__replica/faults sets a fault spec and {} clears it; bad specs are refused', async () => {
    expect((await control('POST', '/__replica/faults', { kind: 'rate-limit', path: '/v3/chat/list', times: 1 })).status).toBe(200);
    expect((await api.post('/v3/chat/list', { limit: 1 })).status).toBe(429);
    expect((await api.post('/v3/chat/list', { limit: 1 })).status).toBe(200);
    expect((await control('POST', '/__replica/faults', { kind: 'server-error' })).status).toBe(200);
    expect((await api.post('/v1/seller/info')).status).toBe(500);
    expect((await control('POST', '/__replica/faults', {})).status).toBe(200);
    expect((await api.post('/v1/seller/info')).status).toBe(200);
    const bad = await control('POST', '/__replica/faults', { kind: 'explode' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: expect.stringContaining('explode') as unknown });
  });

  it('GET /__replica/log lists API requests with Client-Id, never the Api-Key; DELETE clears it', async () => {
    expect((await control('DELETE', '/__replica/log')).status).toBe(204);
    await api.post('/v1/seller/info');
    await api.post('/v3/chat/list', { limit: 1 }, { ...AUTH, 'Api-Key': 'wrong' });
    const res = await control('GET', '/__replica/log');
    const text = await res.text();
    const log = JSON.parse(text) as { at: number; path: string; status: number; clientId: string | null }[];
    expect(log.map(({ path, status, clientId }) => ({ path, status, clientId }))).toEqual([
      { path: '/v1/seller/info', status: 200, clientId: SEED.seller.clientId },
      { path: '/v3/chat/list', status: 404, clientId: SEED.seller.clientId },
    ]);
    expect(log.every((e) => Math.abs(e.at - Date.now()) < 60_000)).toBe(true);
    expect(text).not.toContain(SEED.seller.apiKey);
  });

  it('POST /__replica/customer-message adds an unread customer message that history and the list then show', async () => {
    const chat = SEED.chats.find((c) => c.group === 'customers_v2' && c.messages.at(-1)?.author === 'seller')!;
    const res = await control('POST', '/__replica/customer-message', { chat_id: chat.chatId, text: 'А когда отправите?' });
    expect(res.status).toBe(200);
    const { message_id: messageId } = (await res.json()) as { message_id: string };
    expect(BigInt(messageId) > BigInt(chat.messages.at(-1)!.messageId)).toBe(true);
    const newer = await api.post('/v3/chat/history', { chat_id: chat.chatId, direction: 'Forward', from_message_id: big(chat.messages.at(-1)!.messageId) });
    expect(newer.body.messages).toEqual([expect.objectContaining({ data: ['А когда отправите?'], is_read: false })]);
    const top = await api.post('/v3/chat/list', { limit: 1 });
    expect((top.body.chats as ChatInfo[])[0]).toMatchObject({ chat: { chat_id: chat.chatId } });
    expect(idText((top.body.chats as ChatInfo[])[0]!.last_message_id)).toBe(messageId);
    expect((await control('POST', '/__replica/customer-message', { chat_id: 'nope', text: 'x' })).status).toBe(400);
  });

  it('GET /__replica/violations lists requests the spec refuses, with the path', async () => {
    await api.post('/v3/chat/list', { cursor: 5 });
    await api.post('/v3/chat/history', {});
    const violations = (await (await control('GET', '/__replica/violations')).json()) as string[];
    expect(violations.some((v) => v.startsWith('request /v3/chat/list') && v.includes('limit'))).toBe(true);
    expect(violations.some((v) => v.startsWith('request /v3/chat/list') && v.includes('/cursor'))).toBe(true);
    expect(violations.some((v) => v.startsWith('request /v3/chat/history') && v.includes('chat_id'))).toBe(true);
    expect((await control('DELETE', '/__replica/violations')).status).toBe(204);
    expect(api.replica.violations).toEqual([]);
  });
});

describe('the validator itself', () => {
  it('refuses wrong types, missing required fields and values outside enums', () => {
    expect(validator.validateRequest('/v4/posting/fbs/list', { limit: 10 })).toEqual([expect.stringContaining("'filter'")]);
    expect(validator.validateRequest('/v4/posting/fbs/list', { limit: 1000, filter: { since: 'yesterday', to: TO } })).toHaveLength(2);
    expect(validator.validateRequest('/v1/chat/send/message', { chat_id: 'x' })).toEqual([expect.stringContaining("'text'")]);
    expect(validator.validateRequest('/v2/chat/read', { chat_id: 'x', from_message_id: 'abc' })).not.toEqual([]);
    expect(validator.validateResponse('/v3/chat/list', 200, { chats: [{ chat: { chat_type: 'Buyer_Seller' } }] })).toEqual([
      expect.stringContaining('/chats/0/chat/chat_type'),
    ]);
    expect(validator.validateResponse('/v3/chat/list', 403, { code: 'PermissionDenied' })).toEqual(['/code must be integer']);
    expect(validator.validateRequest('/v9/nothing', {})).toEqual(['/v9/nothing is not a method of the spec']);
  });

  it('reads Ozon\'s spec quirks as meant: template patterns, typos in types, int64 beyond 2^53', () => {
    // `since` carries pattern " YYYY-MM-DDThh:mm:ssZ", a template: a real date passes.
    expect(validator.validateRequest('/v4/posting/fbs/list', { limit: 10, filter: { since: SINCE, to: TO } })).toEqual([]);
    // `jw_uin` is typed "array of strings".
    expect(validator.validateResponse('/v3/posting/fbs/get', 200, { result: { products: [{ jw_uin: ['x'] }] } })).toEqual([]);
    expect(validator.validateResponse('/v3/posting/fbs/get', 200, { result: { products: [{ jw_uin: 'x' }] } })).not.toEqual([]);
    expect(validator.validateResponse('/v3/chat/history', 200, parse('{"messages":[{"message_id":3000000000817031942}]}'))).toEqual([]);
  });

  it('OpenAPI `nullable` lets null through, and only null', () => {
    const accrual = (sku: unknown): unknown => ({ posting_accruals: [{ posting_number: '1', accruals: [{ sku, quantity: null }] }] });
    expect(validator.validateResponse('/v1/finance/accrual/postings', 200, accrual(null))).toEqual([]);
    expect(validator.validateResponse('/v1/finance/accrual/postings', 200, accrual(parse('3000000000817031942')))).toEqual([]);
    expect(validator.validateResponse('/v1/finance/accrual/postings', 200, accrual('x'))).not.toEqual([]);
  });

  it('an undocumented error status falls back to the documented error schema; seller info to `default`', () => {
    expect(validator.validateResponse('/v3/chat/list', 429, { code: 8, message: 'm', details: [] })).toEqual([]);
    expect(validator.validateResponse('/v1/seller/info', 401, { code: 16, message: 'm', details: [] })).toEqual([]);
    expect(validator.validateResponse('/v1/seller/info', 401, { code: 'x' })).not.toEqual([]);
    expect(validator.validateRequest('/v1/seller/info', {})).toEqual([]);
  });

  it('noExtraProperties refuses fields the spec does not describe', () => {
    expect(validator.validateResponse('/v2/chat/read', 200, { unread_count: 1, invented: true })).toEqual([]);
    expect(strictValidator.validateResponse('/v2/chat/read', 200, { unread_count: 1, invented: true })).toEqual([expect.stringContaining('invented')]);
  });
});
