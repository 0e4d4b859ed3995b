// Unanswered customer chats in the cache: the last message is the customer's; waiting time = now − that message's
// time. One list for the popup (getUnanswered), the toolbar badge and the notifications.
import type { UnansweredChat } from '../../../lib/protocol/messages';
import type { ChatVerdict, Db, RouterDeps } from '../context';
import { listStores, messagesByChat } from '../db/repo';
import type { ChatRecord, MessageRecord, PostingRecord, StoreRecord } from '../db/schema';
import { CHAT_RETENTION_MS } from './retention';

/** What the row says besides the chat itself: its store, its shipment, the scam guard's verdict. */
export interface ChatContext {
  storeName: string;
  posting?: PostingRecord;
  verdict?: ChatVerdict;
}

export function isUnanswered(chat: ChatRecord, now: number): boolean {
  if (chat.lastAuthor !== 'customer' || !chat.lastMessageAt) return false;
  return now - Date.parse(chat.lastMessageAt) <= CHAT_RETENTION_MS;
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}

/** Longest waiting first; ties by chat id so the order is stable. */
function byWaiting(a: UnansweredChat, b: UnansweredChat): number {
  return b.waitingMs - a.waitingMs || a.chatId.localeCompare(b.chatId);
}

function toUnanswered(chat: ChatRecord & { lastMessageAt: string }, now: number, { storeName, posting, verdict }: ChatContext): UnansweredChat {
  const since = Date.parse(chat.lastMessageAt);
  const customerName = posting?.customerName;
  return {
    chatId: chat.chatId,
    storeId: chat.storeId,
    storeName,
    ...(customerName ? { customerName } : {}),
    ...(chat.orderNumber ? { orderNumber: chat.orderNumber } : {}),
    ...(posting ? { postingNumber: posting.postingNumber } : {}),
    ...(chat.sku ? { sku: chat.sku } : {}),
    lastLine: firstLine(chat.lastMessageText ?? ''),
    since,
    waitingMs: Math.max(0, now - since),
    risk: verdict?.risk ?? 'none',
    reasons: verdict?.reasons ?? [],
  };
}

/** The unanswered chats among `chats`, longest waiting first. */
export function unansweredChats(chats: readonly ChatRecord[], now: number, contextOf: (chat: ChatRecord) => ChatContext): UnansweredChat[] {
  return chats
    .filter((chat): chat is ChatRecord & { lastMessageAt: string } => isUnanswered(chat, now))
    .map((chat) => toUnanswered(chat, now, contextOf(chat)))
    .sort(byWaiting);
}

/** Stores whose chats count: every store that synced in API mode. */
export async function countedStores(db: Db): Promise<StoreRecord[]> {
  return (await listStores(db)).filter((s) => s.mode === 'api');
}

async function storeUnanswered(db: Db, store: StoreRecord, now: number, judgeChat: RouterDeps['judgeChat']): Promise<UnansweredChat[]> {
  const ofStore = IDBKeyRange.bound([store.id], [store.id, []]);
  // One read per store (not per chat): the popup waits for this list.
  const [chats, postingRecords, messages] = await Promise.all([
    db.getAllFromIndex('chats', 'byStore', store.id),
    db.getAllFromIndex('postings', 'byOrder', ofStore),
    judgeChat ? messagesByChat(db, store.id) : Promise.resolve(new Map<string, MessageRecord[]>()),
  ]);
  const postings = new Map<string, PostingRecord>(postingRecords.map((p) => [p.orderNumber, p]));
  return unansweredChats(chats, now, (chat) => {
    const posting = chat.orderNumber ? postings.get(chat.orderNumber) : undefined;
    const verdict = judgeChat?.(chat, messages.get(chat.chatId) ?? []);
    return { storeName: store.name, ...(posting ? { posting } : {}), ...(verdict ? { verdict } : {}) };
  });
}

/** Every unanswered chat of the counted stores, longest waiting first. */
export async function listUnanswered(db: Db, stores: readonly StoreRecord[], now: number, judgeChat?: RouterDeps['judgeChat']): Promise<UnansweredChat[]> {
  const chats: UnansweredChat[] = [];
  for (const store of stores) chats.push(...(await storeUnanswered(db, store, now, judgeChat)));
  return chats.sort(byWaiting);
}
