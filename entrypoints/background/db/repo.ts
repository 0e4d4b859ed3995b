// The background's data access: small functions over the open database, one job each.
import type { IDBPDatabase } from 'idb';
import { withDefaults, type Prefs, type PrefsPatch } from '../../../lib/prefs';
import type { MessageRecord, SidekickDB, StoreRecord } from './schema';

type Db = IDBPDatabase<SidekickDB>;
const PREFS_KEY = 'prefs';

export async function readPrefs(db: Db): Promise<Prefs> {
  return withDefaults(await db.get('prefs', PREFS_KEY));
}

export async function writePrefs(db: Db, patch: PrefsPatch): Promise<Prefs> {
  const tx = db.transaction('prefs', 'readwrite');
  const current = withDefaults(await tx.store.get(PREFS_KEY));
  const next: Prefs = { ...current, ...patch };
  await tx.store.put(next, PREFS_KEY);
  await tx.done;
  return next;
}

export function listStores(db: Db): Promise<StoreRecord[]> {
  return db.getAll('stores');
}

export function getStore(db: Db, id: string): Promise<StoreRecord | undefined> {
  return db.get('stores', id);
}

export async function putStore(db: Db, store: StoreRecord): Promise<void> {
  await db.put('stores', store);
}

export async function deleteStore(db: Db, id: string): Promise<boolean> {
  const tx = db.transaction(['stores', 'chats', 'messages', 'postings', 'syncState'], 'readwrite');
  const existed = (await tx.objectStore('stores').get(id)) !== undefined;
  await tx.objectStore('stores').delete(id);
  // Compound keys starting with the store id sort between [id] and [id, []] (an array sorts after any string).
  const ofStore = IDBKeyRange.bound([id], [id, []]);
  await tx.objectStore('chats').delete(ofStore);
  await tx.objectStore('messages').delete(ofStore);
  await tx.objectStore('postings').delete(ofStore);
  await tx.objectStore('syncState').delete(id);
  // The store's other bookkeeping: expired-chat marks and the last text sent per chat (the repeat guard).
  await tx.objectStore('syncState').delete(`expired:${id}`);
  await tx.objectStore('syncState').delete(`pending:${id}`);
  await tx.objectStore('syncState').delete(IDBKeyRange.bound(`lastSent:${id}:`, `lastSent:${id}:\uffff`));
  await tx.done;
  return existed;
}

/** Every cached message of a store, grouped by chat: one read instead of one per chat. */
export async function messagesByChat(db: Db, storeId: string): Promise<Map<string, MessageRecord[]>> {
  const byChat = new Map<string, MessageRecord[]>();
  for (const m of await db.getAll('messages', IDBKeyRange.bound([storeId], [storeId, []]))) {
    const list = byChat.get(m.chatId);
    if (list) list.push(m);
    else byChat.set(m.chatId, [m]);
  }
  return byChat;
}
