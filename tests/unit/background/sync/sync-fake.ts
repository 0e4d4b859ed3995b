// A fake Seller API for the sync's unit tests: a static world of chats, paged like /v3/chat/list, with switchable
// faults and a count of the requests of each kind.
import { openSidekickDb } from '@/entrypoints/background/db/open';
import type { ApiChatSummary, ApiMessage, ApiPosting, ChatSource } from '@/entrypoints/background/sync/source';

export const NOW = Date.parse('2026-11-20T12:00:00Z');
export const BASE_ID = 3000000000000000000n;
const DAY = 86_400_000;

export interface FakeChat { summary: ApiChatSummary; messages: ApiMessage[] }

/**
 * `count` chats, one to four messages each; every tenth is a support chat. The first `aged` chats last spoke more
 * than 30 days ago (the portal no longer keeps them, yet the list still shows them).
 */
export function world(count: number, aged = 0): FakeChat[] {
  const chats: FakeChat[] = [];
  let id = BASE_ID;
  for (let i = 0; i < count; i++) {
    const messages: ApiMessage[] = [];
    const n = 1 + (i % 4);
    const shift = i < aged ? 40 * DAY : 0;
    for (let j = 0; j < n; j++) {
      id += 7n;
      const at = NOW - shift - (count - i) * 3600_000 + j * 60_000;
      messages.push({ messageId: id.toString(), createdAt: new Date(at).toISOString(), author: (i + j) % 2 ? 'seller' : 'customer', text: `m${i}.${j}`, ...(i % 3 === 0 ? { orderNumber: `01286195${String(i).padStart(2, '0')}-0157` } : {}) });
    }
    chats.push({
      summary: { chatId: `chat-${i}`, chatType: i % 10 === 9 ? 'SELLER_SUPPORT' : 'BUYER_SELLER', isBuyerChat: i % 10 !== 9, chatStatus: 'OPENED', createdAt: new Date(NOW - 60 * DAY).toISOString(), lastMessageId: messages.at(-1)!.messageId, unreadCount: i % 2 },
      messages,
    });
  }
  return chats;
}

export type CallKind = 'list' | 'history' | 'postings';

export interface SourceOptions {
  pageSize?: number;
  failEvery?: number;
  dieAfter?: number;
  /** Fails the call when it answers true: the call's kind and its number among all calls of this source (from 1). */
  failWhen?: (kind: CallKind, n: number) => boolean;
}

export function sourceOver(chats: FakeChat[], opts: SourceOptions = {}) {
  const calls = { list: 0, history: 0, postings: 0 };
  let total = 0;
  const maybeFail = (kind: CallKind) => {
    total++;
    if (opts.dieAfter !== undefined && total > opts.dieAfter) throw Object.assign(new Error('worker stopped'), { kind: 'network' });
    if (opts.failEvery && total % opts.failEvery === 0) throw Object.assign(new Error('transient'), { kind: 'server' });
    if (opts.failWhen?.(kind, total)) throw Object.assign(new Error(`${kind} failed`), { kind: 'server' });
  };
  const pageSize = opts.pageSize ?? 10;
  const source: ChatSource = {
    async listChats(cursor) {
      maybeFail('list');
      calls.list++;
      const start = cursor ? Number(cursor) : 0;
      const page = chats.slice(start, start + pageSize).map((c) => c.summary);
      const next = start + pageSize;
      return { chats: page, cursor: String(next), hasNext: next < chats.length };
    },
    async newMessages(chatId, after) {
      maybeFail('history');
      calls.history++;
      const chat = chats.find((c) => c.summary.chatId === chatId)!;
      return chat.messages.filter((m) => after === null || BigInt(m.messageId) > BigInt(after));
    },
    async postingsByOrders(orders) {
      maybeFail('postings');
      calls.postings++;
      return orders.map((o): ApiPosting => ({ postingNumber: `${o}-1`, orderNumber: o, status: 'awaiting_packaging', tplIntegrationType: 'non_integrated', availableActions: ['can_create_chat'], customerName: `Customer ${o}` }));
    },
  };
  return { source, calls };
}

export const freshDb = () => openSidekickDb(undefined, `sync-${Math.random()}`);
export type Db = Awaited<ReturnType<typeof freshDb>>;

/** The cache without the sync times (they differ between runs, nothing else may). */
export async function snapshot(db: Db) {
  const strip = <T extends { syncedAt?: number; fetchedAt?: number }>(r: T) => ({ ...r, syncedAt: 0, fetchedAt: 0 });
  return {
    chats: (await db.getAll('chats')).map(strip),
    messages: await db.getAll('messages'),
    postings: (await db.getAll('postings')).map(strip),
  };
}

/** Stored messages whose chat is not stored. */
export async function orphanMessages(db: Db) {
  const chats = new Set((await db.getAll('chats')).map((c) => `${c.storeId}\u0000${c.chatId}`));
  return (await db.getAll('messages')).filter((m) => !chats.has(`${m.storeId}\u0000${m.chatId}`));
}
