// @vitest-environment node
// The client and the sync adapter against the API replica over real HTTP on 127.0.0.1: a full paging walk of the
// seeded chats, every request checked against Ozon's spec, transient faults, and the request counts of a sync.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSidekickDb } from '@/entrypoints/background/db/open';
import { createOzonClient, OzonApiError, resetRateLimiters, type OzonClient } from '@/entrypoints/background/ozon-api';
import { createOzonChatSource } from '@/entrypoints/background/sync/ozon-source';
import { runSync } from '@/entrypoints/background/sync/run';
import { allChats } from '@/sandbox/api/chat-methods';
import { listenApiReplica, type ListeningApiReplica } from '@/sandbox/api/listen';
import { loadOpenApiValidator } from '@/sandbox/api/openapi';
import { generateSeed } from '@/sandbox/data/seed';
import type { World } from '@/sandbox/data/types';
import { createWorld } from '@/sandbox/data/world';

const NOW = new Date('2026-11-20T12:00:00Z');
const BUYER_TYPES = new Set(['BUYER_SELLER', 'BUYER_SELLER_SELECT']);

let world: World;
let server: ListeningApiReplica;

function client(extra: Partial<Parameters<typeof createOzonClient>[0]> = {}): OzonClient {
  return createOzonClient({
    clientId: world.data.seller.clientId,
    apiKey: world.data.seller.apiKey,
    baseUrl: server.url,
    // The real clock (the rate limit measures real time), with backoff waits cut short to keep the test fast.
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5))),
    timeoutMs: 5_000,
    ...extra,
  });
}

const pathsSince = (from: number) =>
  server.replica.log.slice(from).reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.path]: (acc[e.path] ?? 0) + 1 }), {});

beforeAll(async () => {
  world = createWorld(generateSeed({ now: NOW }), () => NOW);
  server = await listenApiReplica({ world, validator: loadOpenApiValidator(), checkResponses: true });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  resetRateLimiters();
  server.replica.faults.clear();
});

describe('against the API replica', () => {
  it('reads the seller and its subscription', async () => {
    const info = await client().sellerInfo();
    expect(info.subscription.raw).toBe(world.data.seller.subscription);
    expect(info.companyName.length).toBeGreaterThan(0);
  });

  it('walks every page of the chat list, with exact ids and buyer chats marked', async () => {
    const from = server.replica.log.length;
    const seen = new Map<string, { isBuyerChat: boolean; lastMessageId?: string }>();
    let pages = 0;
    // Page by page with the cursor, as the sync lists chats (sync/ozon-source.ts).
    const api = client();
    let cursor: string | undefined;
    for (;;) {
      const page = await api.chatList({ limit: 100, ...(cursor ? { cursor } : {}) });
      pages++;
      for (const chat of page.chats) {
        expect(seen.has(chat.chatId)).toBe(false);
        seen.set(chat.chatId, chat);
      }
      if (!page.hasNext) break;
      expect(page.cursor).not.toBe(cursor ?? '');
      cursor = page.cursor;
    }
    const expected = allChats(world);
    expect(seen.size).toBe(expected.length);
    expect(pages).toBe(Math.ceil(expected.length / 100));
    expect(pathsSince(from)).toEqual({ '/v3/chat/list': pages });
    for (const chat of expected) {
      const got = seen.get(chat.chatId)!;
      expect(got.isBuyerChat).toBe(BUYER_TYPES.has(chat.chatType));
      const last = chat.messages.at(-1)?.messageId;
      if (last) expect(got.lastMessageId).toBe(last);
    }
    expect([...seen.values()].filter((c) => c.isBuyerChat).length).toBeGreaterThan(0);
    expect(server.replica.violations).toEqual([]);
  });

  it('reads history: the latest messages, then only newer ones, with Cyrillic «С»ustomer read as customer', async () => {
    const api = client();
    const buyer = allChats(world).filter((c) => BUYER_TYPES.has(c.chatType) && c.messages.length >= 3);
    let cyrillic = 0;
    for (const chat of buyer.slice(0, 40)) {
      const latest: string[] = [];
      for await (const page of api.historySince(chat.chatId, null)) {
        for (const m of page) {
          latest.push(m.messageId);
          const seeded = chat.messages.find((s) => s.messageId === m.messageId)!;
          expect(m.author).toBe(seeded.author);
          if (m.userType.startsWith('\u0421')) cyrillic++;
        }
      }
      expect(latest).toEqual(chat.messages.slice(-30).map((m) => m.messageId));
      const after = chat.messages[0]!.messageId;
      const newer: string[] = [];
      for await (const page of api.historySince(chat.chatId, after, { pageSize: 2 })) newer.push(...page.map((m) => m.messageId));
      expect(newer).toEqual(chat.messages.slice(1).map((m) => m.messageId));
    }
    expect(cyrillic).toBeGreaterThan(0);
    expect(server.replica.violations).toEqual([]);
  });

  it('finds postings by order number and reads one posting', async () => {
    const api = client();
    const orders = [...new Set(world.data.postings.map((p) => p.orderNumber))];
    const postings = await api.postingsByOrderNumbers(orders);
    expect(new Set(postings.map((p) => p.postingNumber))).toEqual(new Set(world.data.postings.map((p) => p.postingNumber)));
    const sample = world.data.postings[0]!;
    const detail = await api.getPosting({ postingNumber: sample.postingNumber });
    expect(detail).toMatchObject({ postingNumber: sample.postingNumber, orderNumber: sample.orderNumber, status: sample.status, orderId: sample.orderId });
    expect(server.replica.violations).toEqual([]);
  });

  it('maps the replica faults to error kinds', async () => {
    const api = client({ maxRetries: 0 });
    server.replica.faults.set({ kind: 'premium-required' });
    expect(await api.chatList().catch((e: OzonApiError) => e.kind)).toBe('premium-required');
    server.replica.faults.set({ kind: 'invalid-key' });
    expect(await api.chatList().catch((e: OzonApiError) => e.kind)).toBe('invalid-key');
    server.replica.faults.set({ kind: 'rate-limit' });
    expect(await api.chatList().catch((e: OzonApiError) => e.kind)).toBe('rate-limited');
    server.replica.faults.set({ kind: 'malformed-json' });
    expect(await api.chatList().catch((e: OzonApiError) => e.kind)).toBe('malformed');
    server.replica.faults.set({ kind: 'reset' });
    expect(await api.chatList().catch((e: OzonApiError) => e.kind)).toBe('network');
    server.replica.faults.clear();
    const wrongKey = createOzonClient({ clientId: world.data.seller.clientId, apiKey: 'not-the-key-0000', baseUrl: server.url, maxRetries: 0 });
    const error = await wrongKey.sellerInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OzonApiError);
    expect((error as OzonApiError).kind).toBe('invalid-key');
  });

  it('syncs all seeded customer chats; an incremental sync sends only the list requests; 30 % transient faults end the same', async () => {
    const clean = await openSidekickDb(undefined, `replica-clean-${Math.random()}`);
    const source = createOzonChatSource(client());
    const from = server.replica.log.length;
    await runSync(clean, 's', source, { now: () => NOW.getTime() });
    const full = pathsSince(from);
    const buyerChats = allChats(world).filter((c) => BUYER_TYPES.has(c.chatType));
    expect(full['/v3/chat/list']).toBe(Math.ceil(allChats(world).length / 100));
    expect(full['/v3/chat/history']).toBe(buyerChats.filter((c) => c.messages.length > 0).length);
    // The sync keeps what the portal keeps: chats with a message in the last 30 days.
    const kept = buyerChats.filter((c) => {
      const last = c.messages.at(-1);
      return !last || NOW.getTime() - Date.parse(last.createdAt) <= 30 * 24 * 3600_000;
    });
    expect(kept.length).toBeGreaterThan(200);
    expect(await clean.count('chats')).toBe(kept.length);

    const mark = server.replica.log.length;
    await runSync(clean, 's', source, { now: () => NOW.getTime() });
    const incremental = pathsSince(mark);
    // Only the list requests: chats dropped as older than 30 days are remembered with their last message id, so the
    // list showing them again costs nothing.
    expect(buyerChats.length - kept.length).toBeGreaterThan(0);
    expect(incremental).toEqual({ '/v3/chat/list': full['/v3/chat/list'] });

    // The same sync with 30 % of requests failing (500, 429, truncated JSON, reset connections).
    const flaky = await openSidekickDb(undefined, `replica-flaky-${Math.random()}`);
    server.replica.faults.setFor('*', { kind: 'server-error' }, { probability: 0.14 });
    server.replica.faults.setFor('*', { kind: 'rate-limit' }, { probability: 0.1 });
    server.replica.faults.setFor('*', { kind: 'reset' }, { probability: 0.05 });
    server.replica.faults.setFor('*', { kind: 'malformed-json' }, { probability: 0.05 });
    const flakySource = createOzonChatSource(client());
    let runs = 0;
    for (;;) {
      runs++;
      try {
        await runSync(flaky, 's', flakySource, { now: () => NOW.getTime() });
        break;
      } catch {
        if (runs > 50) throw new Error('the flaky sync never finished');
      }
    }
    server.replica.faults.clear();
    const strip = <T extends { syncedAt?: number; fetchedAt?: number }>(r: T) => ({ ...r, syncedAt: 0, fetchedAt: 0 });
    expect((await flaky.getAll('chats')).map(strip)).toEqual((await clean.getAll('chats')).map(strip));
    expect(await flaky.getAll('messages')).toEqual(await clean.getAll('messages'));
    expect((await flaky.getAll('postings')).map(strip)).toEqual((await clean.getAll('postings')).map(strip));
    console.info(`[replica] full sync: ${JSON.stringify(full)}; incremental: ${JSON.stringify(incremental)}; flaky runs: ${runs}`);
    clean.close();
    flaky.close();
  }, 120_000);
});
