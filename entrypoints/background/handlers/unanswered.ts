// Unanswered customer chats over the synced stores: the popup's list, the badge's count, the sidebar's total.
import type { UnansweredChat, UnansweredReport } from '../../../lib/protocol/messages';
import type { ChatRecord, MessageRecord, PostingRecord, StoreRecord } from '../db/schema';
import { listStores, messagesByChat, readPrefs } from '../db/repo';
import { readSyncState } from '../sync/state';
import { unansweredChats } from '../sync/unanswered';
import type { HandlerContext } from '../context';

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}

async function storeUnanswered(ctx: HandlerContext, store: StoreRecord): Promise<UnansweredChat[]> {
  const { db, deps, now } = ctx;
  const ofStore = IDBKeyRange.bound([store.id], [store.id, []]);
  // One read per store (not per chat): the popup waits for this list.
  const [chats, postingRecords, messages] = await Promise.all([
    db.getAllFromIndex('chats', 'byStore', store.id),
    db.getAllFromIndex('postings', 'byOrder', ofStore),
    deps.judgeChat ? messagesByChat(db, store.id) : Promise.resolve(new Map<string, MessageRecord[]>()),
  ]);
  const postings = new Map<string, PostingRecord>(postingRecords.map((p) => [p.orderNumber, p]));
  const records = new Map(chats.map((c) => [c.chatId, c]));
  const postingOf = (chat: ChatRecord) => (chat.orderNumber ? postings.get(chat.orderNumber) : undefined);
  return unansweredChats(chats, now(), postingOf).map((chat) => {
    const record = records.get(chat.chatId)!;
    const verdict = deps.judgeChat?.(record, messages.get(chat.chatId) ?? []);
    const posting = postingOf(record);
    return {
      chatId: chat.chatId,
      storeId: store.id,
      storeName: store.name,
      ...(chat.customerName ? { customerName: chat.customerName } : {}),
      ...(chat.orderNumber ? { orderNumber: chat.orderNumber } : {}),
      ...(posting ? { postingNumber: posting.postingNumber } : {}),
      ...(chat.sku ? { sku: chat.sku } : {}),
      lastLine: firstLine(chat.lastMessageText),
      since: Date.parse(chat.lastMessageAt),
      waitingMs: chat.waitingMs,
      risk: verdict?.risk ?? 'none',
      reasons: verdict?.reasons ?? [],
    };
  });
}

/** Stores whose chats count: every store that synced in API mode. */
async function countedStores(ctx: HandlerContext): Promise<StoreRecord[]> {
  return (await listStores(ctx.db)).filter((s) => s.mode === 'api');
}

export async function getUnanswered(ctx: HandlerContext): Promise<UnansweredReport> {
  const stores = await countedStores(ctx);
  const prefs = await readPrefs(ctx.db);
  const chats: UnansweredChat[] = [];
  const syncedAt: Record<string, number | null> = {};
  let stale = false;
  for (const store of stores) {
    chats.push(...(await storeUnanswered(ctx, store)));
    const last = (await readSyncState(ctx.db, store.id)).lastSuccessAt;
    syncedAt[store.id] = last;
    if (last === null || ctx.now() - last > 2 * prefs.syncIntervalMinutes * 60_000) stale = true;
  }
  chats.sort((a, b) => b.waitingMs - a.waitingMs || a.chatId.localeCompare(b.chatId));
  return { chats, syncedAt, stale };
}
