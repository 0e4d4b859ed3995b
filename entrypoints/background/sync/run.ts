// One sync of one store's customer chats: list (only the list requests when nothing changed), fetch only the
// new messages of chats whose last message changed, link chats to shipments, drop what the portal no longer keeps.
import type { IDBPDatabase } from 'idb';
import type { ChatRecord, MessageRecord, PostingRecord, SidekickDB } from '../db/schema';
import { IDLE_STATE, isUnfinished, pendingKey, readSyncState, toProgress, type SyncState } from './state';
import type { SyncProgress } from '../../../lib/protocol/sync';
import type { ApiMessage, ChatSource } from './source';
import { redact } from '../ozon-api/redact';

type Db = IDBPDatabase<SidekickDB>;

/** The portal keeps customer chats 30 days. */
export const CHAT_RETENTION_MS = 30 * 24 * 3600_000;
/** Messages kept per chat: enough for previews, the scam guard and templates, not an archive. */
export const MESSAGES_KEPT_PER_CHAT = 30;
/** A cached shipment is asked again after this long unless its status is final. */
const POSTING_REFRESH_MS = 60 * 60_000;
const FINAL_STATUSES = new Set(['delivered', 'cancelled']);
const ORDERS_PER_REQUEST = 100;

export interface SyncOptions {
  now?: () => number;
  onProgress?: (progress: SyncProgress) => void;
  /** The store's Api-Key: removed (with its fragments) from the error text the sync state keeps. */
  secrets?: readonly string[];
}

/**
 * Saves the bookkeeping after a page or a chat. The list of chats to fetch is written only when it changes (while
 * listing): written with every chat, a sync of N chats would write N²/2 ids.
 */
async function save(db: Db, storeId: string, state: SyncState, onProgress?: (p: SyncProgress) => void, withPending = false) {
  const { pending, ...rest } = state;
  const tx = db.transaction('syncState', 'readwrite');
  await tx.store.put(rest, storeId);
  if (withPending) await tx.store.put(pending, pendingKey(storeId));
  await tx.done;
  onProgress?.(toProgress(storeId, state));
}

function newest(messages: readonly ApiMessage[]): ApiMessage | undefined {
  let best: ApiMessage | undefined;
  for (const m of messages) if (!best || BigInt(m.messageId) > BigInt(best.messageId)) best = m;
  return best;
}

/**
 * Chats dropped as older than the portal keeps them, with the last message id they had: the chat list still shows
 * them, and without this mark every sync would fetch their history again only to drop it again.
 */
const expiredKey = (storeId: string) => `expired:${storeId}`;
type ExpiredMarks = Record<string, string>;

async function listPhase(db: Db, storeId: string, source: ChatSource, state: SyncState, opts: SyncOptions, now: number) {
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
    await save(db, storeId, state, opts.onProgress, true);
  }
  state.phase = 'history';
  state.total = state.pending.length;
  state.done = 0;
  await save(db, storeId, state, opts.onProgress, true);
}

async function historyPhase(db: Db, storeId: string, source: ChatSource, state: SyncState, opts: SyncOptions, now: number) {
  // `done` is the index of the next chat in `pending`: a resumed run continues there.
  while (state.done < state.pending.length) {
    const chatId = state.pending[state.done]!;
    const cached = await db.get('chats', [storeId, chatId]);
    if (!cached) {
      // Listing stores every chat it puts in `pending`; a chat that is gone since (dropped as expired, its store
      // deleted) is not asked for: its messages would have no chat to belong to.
      state.done += 1;
      await save(db, storeId, state, opts.onProgress);
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
      await save(db, storeId, state, opts.onProgress);
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
    await save(db, storeId, state, opts.onProgress);
  }
  state.phase = 'postings';
  await save(db, storeId, state, opts.onProgress);
}

async function postingsPhase(db: Db, storeId: string, source: ChatSource, now: number) {
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

/**
 * Drops chats whose last message is older than the portal keeps them, with their messages, and any message whose
 * chat is not stored (left by versions before the history phase checked for its chat): every message belongs to a
 * stored chat.
 */
async function dropExpired(db: Db, storeId: string, now: number) {
  const tx = db.transaction(['chats', 'messages', 'syncState'], 'readwrite');
  const marksStore = tx.objectStore('syncState');
  const messages = tx.objectStore('messages');
  const marks = ((await marksStore.get(expiredKey(storeId))) as ExpiredMarks | undefined) ?? {};
  const kept = new Set<string>();
  for (const chat of await tx.objectStore('chats').index('byStore').getAll(storeId)) {
    if (chat.lastMessageAt && now - Date.parse(chat.lastMessageAt) > CHAT_RETENTION_MS) {
      await tx.objectStore('chats').delete([storeId, chat.chatId]);
      await messages.delete(IDBKeyRange.bound([storeId, chat.chatId], [storeId, chat.chatId, []]));
      marks[chat.chatId] = chat.lastMessageId;
    } else kept.add(chat.chatId);
  }
  // One step per chat that has messages (the index's distinct keys), not one per message.
  let cursor = await messages.index('byChat').openKeyCursor(IDBKeyRange.bound([storeId], [storeId, []]), 'nextunique');
  while (cursor) {
    const chatId = (cursor.key as [string, string])[1];
    if (!kept.has(chatId)) await messages.delete(IDBKeyRange.bound([storeId, chatId], [storeId, chatId, []]));
    cursor = await cursor.continue();
  }
  await marksStore.put(marks, expiredKey(storeId));
  await tx.done;
}

/**
 * Runs (or resumes) one sync. Errors are recorded in the state and rethrown; what was saved stays saved, and the
 * next run resumes from the last page or chat that completed, with this run's list of chats to fetch.
 */
export async function runSync(db: Db, storeId: string, source: ChatSource, opts: SyncOptions = {}): Promise<SyncProgress> {
  const now = (opts.now ?? Date.now)();
  const previous = await readSyncState(db, storeId);
  const resumed = isUnfinished(previous);
  const state: SyncState = resumed
    ? { ...previous, error: null }
    : { ...IDLE_STATE, phase: 'listing', startedAt: now, lastSuccessAt: previous.lastSuccessAt };
  // The list of chats to fetch is written on every outcome (here, after each list page, on failure, on success):
  // a stored list is always this run's, so no later run resumes an older run's list.
  if (!resumed) await save(db, storeId, state, opts.onProgress, true);
  try {
    if (state.phase === 'listing') await listPhase(db, storeId, source, state, opts, now);
    if (state.phase === 'history') await historyPhase(db, storeId, source, state, opts, now);
    if (state.phase === 'postings') {
      await postingsPhase(db, storeId, source, now);
      await dropExpired(db, storeId, now);
    }
    state.phase = 'done';
    state.pending = [];
    state.finishedAt = (opts.now ?? Date.now)();
    state.lastSuccessAt = state.finishedAt;
    await save(db, storeId, state, opts.onProgress, true);
    return toProgress(storeId, state);
  } catch (error) {
    const kind = (error as { kind?: unknown }).kind;
    const code = typeof kind === 'string' ? kind : 'internal';
    // The phase is kept, so the next run resumes; the error is shown until then.
    const secrets = opts.secrets ?? [];
    const message = redact(errorText(error), secrets);
    const text = errorTexts(error);
    const recorded = { code, message, ...(text ? { text: { en: redact(text.en, secrets), ru: redact(text.ru, secrets) } } : {}) };
    await save(db, storeId, { ...state, error: recorded }, opts.onProgress, true);
    throw error;
  }
}

function errorTexts(error: unknown): { en: string; ru: string } | undefined {
  const text = (error as { text?: { en?: unknown; ru?: unknown } }).text;
  return text && typeof text.en === 'string' && typeof text.ru === 'string' ? { en: text.en, ru: text.ru } : undefined;
}

function errorText(error: unknown): string {
  // The API client's errors carry a seller-readable text (never the key); anything else says only that it failed.
  const text = (error as { text?: { en?: unknown } }).text;
  if (text && typeof text.en === 'string') return text.en;
  return error instanceof Error ? error.message : 'Sync failed';
}
