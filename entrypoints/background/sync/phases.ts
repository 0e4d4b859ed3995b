// The phases of one sync, each resumable from the state it saves: list the chats (noting which changed), fetch the
// new messages of those, then the shipments of the orders the chats name.
import type { IDBPDatabase } from 'idb';
import type { SyncProgress } from '../../../lib/protocol/sync';
import type { ChatRecord, MessageRecord, PostingRecord, SidekickDB } from '../db/schema';
import { expiredKey, type ExpiredMarks } from './retention';
import type { ApiMessage, ChatSource } from './source';
import { saveSyncState, type SyncState } from './state';

type Db = IDBPDatabase<SidekickDB>;
type OnProgress = (progress: SyncProgress) => void;

/** Messages kept per chat: enough for previews, the scam guard and templates, not an archive. */
export const MESSAGES_KEPT_PER_CHAT = 30;
/** A cached shipment is asked again after this long unless its status is final. */
const POSTING_REFRESH_MS = 60 * 60_000;
const FINAL_STATUSES = new Set(['delivered', 'cancelled']);
const ORDERS_PER_REQUEST = 100;

function newest(messages: readonly ApiMessage[]): ApiMessage | undefined {
  let best: ApiMessage | undefined;
  for (const m of messages) if (!best || BigInt(m.messageId) > BigInt(best.messageId)) best = m;
  return best;
}

export async function listPhase(db: Db, storeId: string, source: ChatSource, state: SyncState, now: number, onProgress?: OnProgress) {
  const pending = new Set(state.pending);
  const expired = ((await db.get('syncState', expiredKey(storeId))) as ExpiredMarks | undefined) ?? {};
  let cursor: string | undefined = state.cursor || undefined;
  for (;;) {
    const page = await source.listChats(cursor);
    const tx = db.transaction('chats', 'readwrite');
    for (const chat of page.chats) {
      if (!chat.isBuyerChat || expired[chat.chatId] === chat.lastMessageId) continue;
      const cached = await tx.store.get([storeId, chat.chatId]);
      const base: ChatRecord = cached ?? {
        storeId,
        chatId: chat.chatId,
        chatType: chat.chatType,
        chatStatus: chat.chatStatus,
        createdAt: chat.createdAt,
        lastMessageId: '',
        unreadCount: chat.unreadCount,
        lastAuthor: 'unknown',
        syncedAt: now,
      };
      if (!cached || cached.lastMessageId !== chat.lastMessageId) pending.add(chat.chatId);
      if (!cached || cached.unreadCount !== chat.unreadCount || cached.chatStatus !== chat.chatStatus) {
        await tx.store.put({ ...base, chatStatus: chat.chatStatus, unreadCount: chat.unreadCount, syncedAt: now });
      }
    }
    await tx.done;
    state.listed += page.chats.length;
    state.pending = [...pending];
    state.cursor = page.hasNext ? page.cursor : '';
    if (!page.hasNext) break;
    if (page.cursor === (cursor ?? '')) throw Object.assign(new Error('The chat list repeated its cursor'), { kind: 'malformed' });
    cursor = page.cursor;
    await saveSyncState(db, storeId, state, onProgress, true);
  }
  state.phase = 'history';
  state.total = state.pending.length;
  state.done = 0;
  await saveSyncState(db, storeId, state, onProgress, true);
}

export async function historyPhase(db: Db, storeId: string, source: ChatSource, state: SyncState, now: number, onProgress?: OnProgress) {
  // `done` is the index of the next chat in `pending`: a resumed run continues there.
  while (state.done < state.pending.length) {
    const chatId = state.pending[state.done]!;
    const cached = await db.get('chats', [storeId, chatId]);
    if (!cached) {
      // Listing stores every chat it puts in `pending`; a chat that is gone since (dropped as expired, its store
      // deleted) is not asked for: its messages would have no chat to belong to.
      state.done += 1;
      await saveSyncState(db, storeId, state, onProgress);
      continue;
    }
    const after = cached.lastMessageId || null;
    const fresh = await source.newMessages(chatId, after);
    const tx = db.transaction(['chats', 'messages'], 'readwrite');
    const chats = tx.objectStore('chats');
    const current = await chats.get([storeId, chatId]);
    if (!current) {
      await tx.done;
      state.done += 1;
      await saveSyncState(db, storeId, state, onProgress);
      continue;
    }
    const messages = tx.objectStore('messages');
    for (const m of fresh) {
      const record: MessageRecord = { storeId, chatId, messageId: m.messageId, createdAt: m.createdAt, author: m.author, text: m.text };
      await messages.put(record);
    }
    // Keep the newest messages only; keys sort by id string, so compare as integers.
    const keys = await messages.index('byChat').getAllKeys([storeId, chatId]);
    if (keys.length > MESSAGES_KEPT_PER_CHAT) {
      const sorted = keys.map((k) => k as [string, string, string]).sort((a, b) => (BigInt(a[2]) < BigInt(b[2]) ? -1 : 1));
      for (const key of sorted.slice(0, keys.length - MESSAGES_KEPT_PER_CHAT)) await messages.delete(key);
    }
    const last = newest(fresh);
    if (last) {
      const context = [...fresh].reverse().find((m) => m.orderNumber || m.sku);
      await chats.put({
        ...current,
        lastMessageId: last.messageId,
        lastAuthor: last.author,
        lastMessageAt: last.createdAt,
        lastMessageText: last.text.slice(0, 500),
        ...(context?.orderNumber ? { orderNumber: context.orderNumber } : {}),
        ...(context?.sku ? { sku: context.sku } : {}),
        syncedAt: now,
      });
    }
    await tx.done;
    state.done += 1;
    await saveSyncState(db, storeId, state, onProgress);
  }
  state.phase = 'postings';
  await saveSyncState(db, storeId, state, onProgress);
}

export async function postingsPhase(db: Db, storeId: string, source: ChatSource, now: number) {
  const chats = await db.getAllFromIndex('chats', 'byStore', storeId);
  const wanted = new Set<string>();
  for (const chat of chats) {
    if (!chat.orderNumber) continue;
    const cached = await db.getFromIndex('postings', 'byOrder', [storeId, chat.orderNumber]);
    if (!cached || (!FINAL_STATUSES.has(cached.status) && now - cached.fetchedAt > POSTING_REFRESH_MS)) wanted.add(chat.orderNumber);
  }
  const orders = [...wanted];
  for (let i = 0; i < orders.length; i += ORDERS_PER_REQUEST) {
    const postings = await source.postingsByOrders(orders.slice(i, i + ORDERS_PER_REQUEST));
    const tx = db.transaction('postings', 'readwrite');
    for (const p of postings) {
      const record: PostingRecord = { storeId, ...p, fetchedAt: now };
      await tx.store.put(record);
    }
    await tx.done;
  }
}
