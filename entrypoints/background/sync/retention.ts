// The portal keeps customer chats 30 days: older chats are dropped from the cache, with their messages, and marked
// so the next sync does not fetch them again only to drop them again.
import type { IDBPDatabase } from 'idb';
import type { SidekickDB } from '../db/schema';

type Db = IDBPDatabase<SidekickDB>;

/** The portal keeps customer chats 30 days. */
export const CHAT_RETENTION_MS = 30 * 24 * 3600_000;

/**
 * Chats dropped as older than the portal keeps them, with the last message id they had: the chat list still shows
 * them, and without this mark every sync would fetch their history again only to drop it again.
 */
export const expiredKey = (storeId: string) => `expired:${storeId}`;
export type ExpiredMarks = Record<string, string>;

/**
 * Drops chats whose last message is older than the portal keeps them, with their messages, and any message whose
 * chat is not stored (left by versions before the history phase checked for its chat): every message belongs to a
 * stored chat.
 */
export async function dropExpired(db: Db, storeId: string, now: number) {
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
