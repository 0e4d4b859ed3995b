// @vitest-environment node
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../data/seed';
import type { PortalFilter, SeedData, World } from '../data/types';
import { createWorld, FORBIDDEN_PAIRS } from '../data/world';
import { DELIVERY_LABEL, FILTERS, ORDER_TABS, STATUS_WORD, TAG_LABEL } from './labels';
import { createPortalReplica } from './server';
import type { ChatListView, ChatView, PostingDetailsView, PostingListView } from './views';

const NOW = new Date('2026-08-14T09:30:00Z');
const seed: SeedData = generateSeed({ now: NOW });

interface Served {
  world: World;
  base: string;
  close(): Promise<void>;
}

async function serve(pageSize?: number): Promise<Served> {
  const world = createWorld(seed, () => NOW);
  const { handler } = createPortalReplica({ world, pageSize });
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { world, base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function getJson<T>(s: Served, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${s.base}${path}`);
  return { status: res.status, body: (await res.json()) as T };
}

async function postJson<T>(s: Served, path: string, body: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${s.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T };
}

/** Every combination of filters, allowed or not. */
const allCombinations = (): PortalFilter[][] =>
  Array.from({ length: 1 << FILTERS.length }, (_, mask) => FILTERS.filter((_, i) => mask & (1 << i)));
const isForbidden = (fs: readonly PortalFilter[]): boolean => FORBIDDEN_PAIRS.some(([a, b]) => fs.includes(a) && fs.includes(b));

describe('portal replica: shell', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve();
  });
  afterAll(() => s.close());

  it('serves one Russian shell by default for any /app path, English with ?lang=en (and remembers it in a cookie)', async () => {
    for (const path of ['/app/messenger?group=customers_v2', '/app/postings/fbs?tab=all', '/app/anything/else']) {
      const res = await fetch(`${s.base}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toMatch(/^<!doctype html>\s*<html lang="ru">/);
    }
    const en = await fetch(`${s.base}/app/messenger?group=customers_v2&lang=en`);
    expect(await en.text()).toContain('<html lang="en">');
    expect(en.headers.get('set-cookie')).toMatch(/^lang=en; Path=\//);
    const byCookie = await fetch(`${s.base}/app/postings/fbs`, { headers: { cookie: 'x=1; lang=en' } });
    expect(await byCookie.text()).toContain('<html lang="en">');
    expect(byCookie.headers.get('set-cookie')).toBeNull();
    const queryWins = await fetch(`${s.base}/app/postings/fbs?lang=ru`, { headers: { cookie: 'lang=en' } });
    expect(await queryWins.text()).toContain('<html lang="ru">');
  });

  it('carries no ids, test ids or invented data attributes', async () => {
    const html = await (await fetch(`${s.base}/app/messenger?group=customers_v2`)).text();
    expect(html).not.toMatch(/\sid=/);
    expect(html).not.toMatch(/data-[a-z-]+=/);
  });

  it('redirects / and a bare /app/messenger to the customers group', async () => {
    for (const [path, location] of [
      ['/', '/app/messenger?group=customers_v2'],
      ['/app/messenger', '/app/messenger?group=customers_v2'],
      ['/app/messenger?id=abc', '/app/messenger?id=abc&group=customers_v2'],
    ] as const) {
      const res = await fetch(`${s.base}${path}`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(location);
    }
  });

  it('serves the client bundle built from sandbox/portal/client', async () => {
    const res = await fetch(`${s.base}/assets/portal-app.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    const js = await res.text();
    expect(js.length).toBeGreaterThan(5000);
    expect(js).toContain('__REPLICA_BOOT__');
    expect(js).toContain('active-chat-id');
  });
});

describe('portal replica: hashed class names', () => {
  it('generates new hashed names at every start', async () => {
    const world = createWorld(seed, () => NOW);
    const a = createPortalReplica({ world });
    const b = createPortalReplica({ world });
    const namesA = Object.values(a.classes);
    const namesB = Object.values(b.classes);
    for (const name of namesA) expect(name).toMatch(/^[a-z][a-z0-9]{2}-[a-z][a-z0-9]$/);
    expect(new Set(namesA).size).toBe(namesA.length);
    const shared = namesA.filter((n) => namesB.includes(n));
    expect(shared.length).toBeLessThan(namesA.length / 4);
    expect(a.classes.app).not.toBe(b.classes.app);
  });

  it('puts this start\'s names into the stylesheet and the boot config of the shell', async () => {
    const s = await serve();
    try {
      const html = await (await fetch(`${s.base}/app/messenger?group=customers_v2`)).text();
      const app = /<div class="([a-z0-9-]+)"><\/div>/.exec(html)?.[1];
      expect(app).toBeDefined();
      expect(html).toContain(`.${app}{`);
      expect(html).toContain(`"app":"${app}"`);
    } finally {
      await s.close();
    }
  });
});

describe('portal replica: chat endpoints', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve();
  });
  afterAll(() => s.close());

  it('filters exactly as the world does, for every allowed combination', async () => {
    let checked = 0;
    for (const filters of allCombinations()) {
      if (isForbidden(filters)) continue;
      const { status, body } = await getJson<ChatListView>(s, `/api/site/chats?group=customers_v2&filters=${filters.join(',')}&limit=100000`);
      expect(status).toBe(200);
      const expected = s.world.filterChats(filters).map((c) => c.chatId);
      expect(body.items.map((r) => r.id)).toEqual(expected);
      expect(body.total).toBe(expected.length);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    // The filters really narrow the list.
    expect(s.world.filterChats(['unread']).length).toBeLessThan(s.world.chatsOf('customers_v2').length);
  });

  it('refuses every forbidden pair, as the portal does', async () => {
    for (const [a, b] of FORBIDDEN_PAIRS) {
      const { status, body } = await getJson<{ error: string }>(s, `/api/site/chats?group=customers_v2&filters=${a},${b}`);
      expect(status).toBe(400);
      expect(body.error).toBe('bad-request');
    }
    expect((await getJson(s, '/api/site/chats?filters=nonsense')).status).toBe(400);
    expect((await getJson(s, '/api/site/chats?group=elsewhere')).status).toBe(400);
  });

  it('pages the list 30 rows at a time, without gaps or repeats', async () => {
    const all = s.world.chatsOf('customers_v2').map((c) => c.chatId);
    expect(all.length).toBeGreaterThan(60);
    const seen: string[] = [];
    let offset = 0;
    for (;;) {
      const { body } = await getJson<ChatListView>(s, `/api/site/chats?group=customers_v2&offset=${offset}`);
      expect(body.items.length).toBeLessThanOrEqual(30);
      seen.push(...body.items.map((r) => r.id));
      offset += body.items.length;
      if (!body.hasMore) break;
      expect(body.items).toHaveLength(30);
    }
    expect(seen).toEqual(all);
  });

  it('lists the support and main groups with their tags, and shows each row in the page\'s words', async () => {
    const support = await getJson<ChatListView>(s, '/api/site/chats?group=support_v2&limit=1000&lang=en');
    expect(support.body.items.map((r) => r.id)).toEqual(s.world.chatsOf('support_v2').map((c) => c.chatId));
    expect(support.body.items.every((r) => r.tag === TAG_LABEL.support.en)).toBe(true);
    const main = await getJson<ChatListView>(s, '/api/site/chats?group=main&limit=1000');
    expect(main.body.items.length).toBeGreaterThan(0);
    expect(main.body.items.every((r) => r.tag === null)).toBe(true);

    const { body } = await getJson<ChatListView>(s, '/api/site/chats?group=customers_v2&limit=1000&lang=ru');
    for (const row of body.items) {
      const chat = s.world.chat(row.id);
      expect(chat).toBeDefined();
      if (!chat) continue;
      expect(row.href).toBe(`/app/messenger?group=customers_v2&id=${chat.chatId}`);
      expect(row.name).toBe(chat.senderName);
      expect(row.tag).toBe(chat.tag === null ? null : TAG_LABEL[chat.tag].ru);
      expect(row.unread).toBe(s.world.unreadCount(chat));
      expect(row.time).toMatch(/^(\d\d:\d\d|Вчера|\d\d\.\d\d)$/);
      expect(row.preview).not.toMatch(/\n/);
      if (chat.context?.kind === 'order') expect(row.context).toBe(`Заказ № ${chat.context.orderNumber}`);
      else if (chat.context?.kind === 'product') expect(row.context).toBe(`Товар: ${chat.context.productName}`);
      else expect(row.context).toBeNull();
    }
    // Payload names travel as data, untouched.
    expect(body.items.some((r) => r.name === '<img src=x onerror=alert(1)>')).toBe(true);
  });

  it('opens a chat (marking it read, as the portal does) and sends a seller message into the world', async () => {
    const chat = s.world.filterChats(['unread']).find((c) => c.chatStatus === 'OPENED');
    expect(chat).toBeDefined();
    if (!chat) return;
    const opened = await getJson<ChatView>(s, `/api/site/chat?id=${chat.chatId}&lang=en`);
    expect(opened.status).toBe(200);
    expect(opened.body.name).toBe(chat.senderName);
    expect(opened.body.messages.map((m) => m.text)).toEqual(chat.messages.map((m) => m.text));
    expect(opened.body.messages.map((m) => m.side)).toEqual(chat.messages.map((m) => (m.author === 'seller' ? 'out' : m.author === 'notification' || m.author === 'crm' ? 'system' : 'in')));
    expect(s.world.unreadCount(chat)).toBe(0);

    const before = chat.messages.length;
    const sent = await postJson<{ message: { text: string; side: string } }>(s, '/api/site/chat/send', { id: chat.chatId, text: 'Добрый день! Отправим завтра.' });
    expect(sent.status).toBe(200);
    expect(sent.body.message).toMatchObject({ text: 'Добрый день! Отправим завтра.', side: 'out' });
    expect(chat.messages).toHaveLength(before + 1);
    expect(chat.messages[before]).toMatchObject({ author: 'seller', text: 'Добрый день! Отправим завтра.' });
    expect(s.world.filterChats(['without-customer-reply']).map((c) => c.chatId)).toContain(chat.chatId);

    expect((await postJson(s, '/api/site/chat/send', { id: chat.chatId, text: '   ' })).status).toBe(400);
    expect((await postJson(s, '/api/site/chat/send', { id: 'no-such-chat', text: 'hi' })).status).toBe(404);
    const closed = s.world.data.chats.find((c) => c.chatStatus === 'CLOSED');
    if (closed) expect((await postJson(s, '/api/site/chat/send', { id: closed.chatId, text: 'hi' })).status).toBe(409);
    expect((await getJson(s, '/api/site/chat?id=nope')).status).toBe(404);
  });
});

describe('portal replica: postings endpoints', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve();
  });
  afterAll(() => s.close());

  it('lists each tab\'s shipments with the status words and delivery texts of DOM.md, 30 per page', async () => {
    for (const tab of ORDER_TABS) {
      const expected = s.world.data.postings.filter((p) => tab === 'all' || p.status === tab);
      const rows: PostingListView['items'] = [];
      let offset = 0;
      for (;;) {
        const { status, body } = await getJson<PostingListView>(s, `/api/site/postings?tab=${tab}&offset=${offset}&lang=en`);
        expect(status).toBe(200);
        expect(body.items.length).toBeLessThanOrEqual(30);
        expect(body.total).toBe(expected.length);
        rows.push(...body.items);
        offset += body.items.length;
        if (!body.hasMore) break;
      }
      expect(rows.map((r) => r.number).sort()).toEqual(expected.map((p) => p.postingNumber).sort());
      for (const row of rows) {
        const p = s.world.posting(row.number);
        expect(p).toBeDefined();
        if (!p) continue;
        expect(row.number).toMatch(/^\d{10}-\d{4}-\d$/);
        expect(row.status).toBe(STATUS_WORD[p.status].en);
        expect(row.delivery).toBe(DELIVERY_LABEL[p.tplIntegrationType].en);
        expect(row.customer).toBe(p.customerName);
        expect(row.products).toHaveLength(p.products.length);
      }
    }
    expect(s.world.data.postings.length).toBeGreaterThan(30);
    const ru = await getJson<PostingListView>(s, '/api/site/postings?tab=delivering');
    expect(ru.body.items[0]?.status).toBe('доставляется');
    expect((await getJson(s, '/api/site/postings?tab=rfbs')).status).toBe(400);
  });

  it('offers Contact Customer in the details exactly for the shipments the world marks eligible', async () => {
    let eligible = 0;
    for (const p of s.world.data.postings) {
      const { status, body } = await getJson<PostingDetailsView>(s, `/api/site/posting?n=${p.postingNumber}`);
      expect(status).toBe(200);
      expect(body.canContact).toBe(p.contact.eligible);
      if (body.canContact) eligible++;
    }
    expect(eligible).toBeGreaterThan(0);
    expect(eligible).toBeLessThan(s.world.data.postings.length);
    expect((await getJson(s, '/api/site/posting?n=0000000000-0000-1')).status).toBe(404);
  });

  it('starts a chat from an eligible shipment that the customers group then lists (and reuses it)', async () => {
    const posting = s.world.data.postings.find((p) => p.contact.eligible && p.chatId === null) ?? s.world.data.postings.find((p) => p.contact.eligible);
    expect(posting).toBeDefined();
    if (!posting) return;
    const { status, body } = await postJson<{ chatId: string; href: string }>(s, '/api/site/chat/start', { postingNumber: posting.postingNumber });
    expect(status).toBe(200);
    expect(body.href).toBe(`/app/messenger?group=customers_v2&id=${body.chatId}`);
    expect(s.world.chatsOf('customers_v2').map((c) => c.chatId)).toContain(body.chatId);
    const list = await getJson<ChatListView>(s, '/api/site/chats?group=customers_v2&limit=100000');
    expect(list.body.items.map((r) => r.id)).toContain(body.chatId);
    const again = await postJson<{ chatId: string }>(s, '/api/site/chat/start', { postingNumber: posting.postingNumber });
    expect(again.body.chatId).toBe(body.chatId);

    const refused = s.world.data.postings.find((p) => !p.contact.eligible);
    expect(refused).toBeDefined();
    if (refused) expect((await postJson(s, '/api/site/chat/start', { postingNumber: refused.postingNumber })).status).toBe(403);
    expect((await postJson(s, '/api/site/chat/start', {})).status).toBe(400);
  });
});
