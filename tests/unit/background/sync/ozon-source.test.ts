// @vitest-environment node
// The sync adapter over the real client, against a small scripted Ozon that answers as the spec says
// (uint64 ids as JSON numbers, inclusive Forward history, order_numbers filter).
import { beforeEach, describe, expect, it } from 'vitest';
import { openSidekickDb } from '@/entrypoints/background/db/open';
import { createOzonClient, resetRateLimiters } from '@/entrypoints/background/ozon-api';
import { createOzonChatSource } from '@/entrypoints/background/sync/ozon-source';
import { runSync } from '@/entrypoints/background/sync/run';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const BASE = 3000000000817031000n;

interface Msg { id: bigint; type: string; text: string; order?: string; sku?: string }
interface Chat { id: string; type: string; messages: Msg[] }

function fakeOzon(chats: Chat[]) {
  const calls: { path: string; body: Record<string, unknown>; text: string }[] = [];
  const num = (n: bigint) => n.toString();
  const msgJson = (m: Msg, i: number) =>
    `{"message_id":${num(m.id)},"user":{"id":"7","type":${JSON.stringify(m.type)}},"created_at":"${new Date(NOW - 3600_000 + i * 1000).toISOString()}","is_read":false,"data":[${JSON.stringify(m.text)}]${m.order || m.sku ? `,"context":{"order_number":${JSON.stringify(m.order ?? '')},"sku":${JSON.stringify(m.sku ?? '')}}` : ''}}`;
  const fetchImpl = (async (url: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(url)).pathname;
    const text = String(init?.body);
    const body = JSON.parse(text) as Record<string, unknown>;
    calls.push({ path, body, text });
    let out: string;
    if (path === '/v3/chat/list') {
      const start = Number(body.cursor ?? 0);
      const limit = Number(body.limit);
      const page = chats.slice(start, start + limit);
      const next = start + limit;
      out = `{"chats":[${page
        .map((c) => `{"chat":{"chat_id":"${c.id}","chat_type":"${c.type}","chat_status":"OPENED","created_at":"2026-11-01T00:00:00Z"},"last_message_id":${num(c.messages.at(-1)?.id ?? 0n)},"unread_count":1}`)
        .join(',')}],"total_unread_count":0,"cursor":"${next < chats.length ? next : ''}","has_next":${next < chats.length}}`;
    } else if (path === '/v3/chat/history') {
      const chat = chats.find((c) => c.id === body.chat_id)!;
      const fromText = /"from_message_id":(\d+)/.exec(text)?.[1];
      const limit = Number(body.limit);
      const ordered = body.direction === 'Forward' ? chat.messages : [...chat.messages].reverse();
      const rest = fromText === undefined ? ordered : ordered.filter((m) => (body.direction === 'Forward' ? m.id >= BigInt(fromText) : m.id <= BigInt(fromText)));
      out = `{"has_next":${rest.length > limit},"messages":[${rest.slice(0, limit).map((m) => msgJson(m, Number(m.id - BASE))).join(',')}]}`;
    } else if (path === '/v4/posting/fbs/list') {
      const orders = (body.filter as { order_numbers: string[] }).order_numbers;
      out = JSON.stringify({
        postings: orders.map((o) => ({ posting_number: `${o}-1`, order_number: o, status: 'awaiting_packaging', tpl_integration_type: '3pl_tracking', available_actions: ['can_create_chat'], customer: { name: `Buyer ${o}` } })),
        cursor: '',
        has_next: false,
      });
    } else {
      return new Response('{"code":5,"message":"not found"}', { status: 404 });
    }
    return new Response(out, { status: 200 });
  }) as typeof fetch;
  const client = createOzonClient({ clientId: '777', apiKey: 'key-for-source-tests', fetch: fetchImpl, now: () => NOW, sleep: async () => undefined });
  return { client, calls };
}

function seedChats(count: number, perChat: number): Chat[] {
  let id = BASE;
  return Array.from({ length: count }, (_, i) => ({
    id: `chat-${i}`,
    type: i % 5 === 4 ? 'SELLER_SUPPORT' : i % 5 === 3 ? 'SOMETHING_NEW' : 'BUYER_SELLER',
    messages: Array.from({ length: perChat }, (_, j) => {
      id += 1n;
      const customer = j % 2 === 0;
      return { id, type: customer ? (i % 2 ? '\u0421ustomer' : 'customer') : 'Seller', text: `c${i} m${j}`, ...(customer ? { order: `0128619${String(i).padStart(3, '0')}-0157`, sku: '1500000000000000001' } : {}) };
    }),
  }));
}

beforeEach(() => resetRateLimiters());

describe('createOzonChatSource', () => {
  it('lists every chat type a page at a time and marks the buyer chats', async () => {
    const { client, calls } = fakeOzon(seedChats(7, 1));
    const source = createOzonChatSource(client, { chatPageSize: 5 });
    const first = await source.listChats(undefined);
    expect(first.chats.map((c) => [c.chatId, c.chatType, c.isBuyerChat])).toEqual([
      ['chat-0', 'BUYER_SELLER', true],
      ['chat-1', 'BUYER_SELLER', true],
      ['chat-2', 'BUYER_SELLER', true],
      ['chat-3', 'SOMETHING_NEW', false],
      ['chat-4', 'SELLER_SUPPORT', false],
    ]);
    expect(first).toMatchObject({ hasNext: true, cursor: '5' });
    expect(first.chats[0]).toEqual({ chatId: 'chat-0', chatType: 'BUYER_SELLER', isBuyerChat: true, chatStatus: 'OPENED', createdAt: '2026-11-01T00:00:00Z', lastMessageId: (BASE + 1n).toString(), unreadCount: 1 });
    const second = await source.listChats(first.cursor);
    expect(second.chats.map((c) => c.chatId)).toEqual(['chat-5', 'chat-6']);
    expect(second.hasNext).toBe(false);
    expect(calls.map((c) => c.body.cursor)).toEqual([undefined, '5']);
  });

  it('reads the latest 30 messages of a new chat, oldest first, with authors and context', async () => {
    const chats = seedChats(2, 45);
    const { client, calls } = fakeOzon(chats);
    const source = createOzonChatSource(client);
    const messages = await source.newMessages('chat-1', null);
    expect(messages).toHaveLength(30);
    expect(messages.map((m) => m.messageId)).toEqual(chats[1]!.messages.slice(15).map((m) => m.id.toString()));
    expect(new Set(messages.map((m) => m.author))).toEqual(new Set(['customer', 'seller']));
    const fromCustomer = messages.find((m) => m.author === 'customer')!;
    expect(fromCustomer).toMatchObject({ orderNumber: '0128619001-0157', sku: '1500000000000000001' });
    expect(messages.find((m) => m.author === 'seller')).not.toHaveProperty('orderNumber');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ direction: 'Backward', limit: 30 });
  });

  it('reads only messages newer than the last one it has, across pages', async () => {
    const chats = seedChats(1, 250);
    const { client, calls } = fakeOzon(chats);
    const source = createOzonChatSource(client, { historyPageSize: 100 });
    const after = chats[0]!.messages[9]!.id.toString();
    const messages = await source.newMessages('chat-0', after);
    expect(messages.map((m) => m.messageId)).toEqual(chats[0]!.messages.slice(10).map((m) => m.id.toString()));
    expect(calls.map((c) => /"from_message_id":(\d+)/.exec(c.text)?.[1])).toEqual([after, chats[0]!.messages[108]!.id.toString(), chats[0]!.messages[207]!.id.toString()]);
    expect(await source.newMessages('chat-0', chats[0]!.messages.at(-1)!.id.toString())).toEqual([]);
  });

  it('maps courier, CRM, notification and unknown authors to system', async () => {
    const chat: Chat = { id: 'x', type: 'BUYER_SELLER', messages: ['Courier', 'Crm', 'NotificationUser', 'ChatBot', 'Alien', 'SUPPORT', '\u0421USTOMER'].map((type, i) => ({ id: BASE + BigInt(i + 1), type, text: type })) };
    const { client } = fakeOzon([chat]);
    const messages = await createOzonChatSource(client).newMessages('x', null);
    expect(messages.map((m) => m.author)).toEqual(['system', 'system', 'system', 'system', 'system', 'support', 'customer']);
  });

  it('finds postings by order number through the FBS list', async () => {
    const { client, calls } = fakeOzon([]);
    const source = createOzonChatSource(client);
    expect(await source.postingsByOrders([])).toEqual([]);
    expect(calls).toHaveLength(0);
    const postings = await source.postingsByOrders(['0128619001-0157', '0128619002-0157']);
    expect(postings).toEqual([
      { postingNumber: '0128619001-0157-1', orderNumber: '0128619001-0157', status: 'awaiting_packaging', tplIntegrationType: '3pl_tracking', availableActions: ['can_create_chat'], customerName: 'Buyer 0128619001-0157' },
      { postingNumber: '0128619002-0157-1', orderNumber: '0128619002-0157', status: 'awaiting_packaging', tplIntegrationType: '3pl_tracking', availableActions: ['can_create_chat'], customerName: 'Buyer 0128619002-0157' },
    ]);
    expect(calls[0]!.path).toBe('/v4/posting/fbs/list');
    expect(calls[0]!.body.filter).toMatchObject({ order_numbers: ['0128619001-0157', '0128619002-0157'] });
  });

  it('drives a full sync, then an incremental one that sends only the list requests', async () => {
    const chats = seedChats(12, 3);
    const { client, calls } = fakeOzon(chats);
    const source = createOzonChatSource(client, { chatPageSize: 5 });
    const db = await openSidekickDb(undefined, `ozon-source-${Math.random()}`);
    await runSync(db, 's1', source, { now: () => NOW });
    const byPath = (from: number) => calls.slice(from).reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.path]: (acc[c.path] ?? 0) + 1 }), {});
    // 12 chats in pages of 5 → 3 list requests; 8 buyer chats → 8 history requests; 8 orders → 1 posting request.
    expect(byPath(0)).toEqual({ '/v3/chat/list': 3, '/v3/chat/history': 8, '/v4/posting/fbs/list': 1 });
    const stored = await db.getAll('chats');
    expect(stored).toHaveLength(8);
    const chat1 = stored.find((c) => c.chatId === 'chat-1')!;
    expect(chat1).toMatchObject({ lastMessageId: chats[1]!.messages[2]!.id.toString(), lastAuthor: 'customer', orderNumber: '0128619001-0157', sku: '1500000000000000001' });
    expect(await db.getAll('postings')).toHaveLength(8);

    const before = calls.length;
    await runSync(db, 's1', source, { now: () => NOW });
    expect(byPath(before)).toEqual({ '/v3/chat/list': 3 });

    // A new customer message in one chat: one more history request, reading forward from the last known id.
    const last = chats[0]!.messages.at(-1)!.id;
    chats[0]!.messages.push({ id: BASE + 10_000n, type: 'Customer', text: 'anyone there?' });
    const mark = calls.length;
    await runSync(db, 's1', source, { now: () => NOW });
    expect(byPath(mark)).toEqual({ '/v3/chat/list': 3, '/v3/chat/history': 1 });
    expect(calls.at(-1)!.text).toContain(`"from_message_id":${last.toString()}`);
    expect((await db.get('chats', ['s1', 'chat-0']))!).toMatchObject({ lastAuthor: 'customer', lastMessageText: 'anyone there?' });
    db.close();
  });
});
