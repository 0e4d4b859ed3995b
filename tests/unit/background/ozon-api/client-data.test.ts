// @vitest-environment node
// What the Seller API client reads and writes: lossless ids, enums in any spelling, paging, the posting methods.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetRateLimiters } from '@/entrypoints/background/ozon-api';
import { BIG_ID, failure, makeClient } from './scripted-client';

beforeEach(() => resetRateLimiters());

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
