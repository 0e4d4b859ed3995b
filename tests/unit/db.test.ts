import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openSidekickDb } from '@/lib/db/open';
import { DB_VERSION } from '@/lib/db/migrations';
import { readPrefs, writePrefs, putStore, listStores, deleteStore } from '@/lib/db/repo';
import { DEFAULT_PREFS } from '@/lib/prefs';

let n = 0;
const freshName = () => `sidekick-test-${++n}-${Math.random().toString(36).slice(2)}`;

describe('IndexedDB schema and migrations', () => {
  it('upgrades a database written by schema version 1 with every record kept', async () => {
    const name = freshName();
    const v1 = await openSidekickDb(1, name);
    expect([...v1.objectStoreNames].sort()).toEqual(['prefs', 'stores']);
    // Records exactly as version 1 wrote them: no `mode` on stores, an older prefs record lacking newer keys.
    const rawV1 = v1 as unknown as import('idb').IDBPDatabase;
    await rawV1.put('prefs', { language: 'ru', sidebar: { open: false, width: 400 } }, 'prefs');
    await rawV1.put('stores', { id: 's1', name: 'Shop', clientId: '123', apiKey: 'secret-1', createdAt: 1 });
    await rawV1.put('stores', { id: 's2', name: 'Shop 2', clientId: '456', apiKey: 'secret-2', createdAt: 2 });
    v1.close();

    const latest = await openSidekickDb(DB_VERSION, name);
    expect(latest.version).toBe(DB_VERSION);
    expect([...latest.objectStoreNames].sort()).toEqual(['chats', 'messages', 'postings', 'prefs', 'stores', 'syncState']);
    const stores = await listStores(latest);
    expect(stores).toEqual([
      { id: 's1', name: 'Shop', clientId: '123', apiKey: 'secret-1', createdAt: 1, mode: 'unknown' },
      { id: 's2', name: 'Shop 2', clientId: '456', apiKey: 'secret-2', createdAt: 2, mode: 'unknown' },
    ]);
    const prefs = await readPrefs(latest);
    expect(prefs.language).toBe('ru');
    expect(prefs.sidebar).toEqual({ open: false, width: 400 });
    expect(prefs.syncIntervalMinutes).toBe(DEFAULT_PREFS.syncIntervalMinutes);
    latest.close();
  });

  it('keeps a valid preference and drops an invalid one instead of failing', async () => {
    const db = await openSidekickDb(DB_VERSION, freshName());
    await db.put('prefs', { language: 'xx', nonMatchingRows: 'hide' }, 'prefs');
    const prefs = await readPrefs(db);
    expect(prefs.language).toBe('auto');
    expect(prefs.nonMatchingRows).toBe('hide');
    expect(await writePrefs(db, { language: 'en' })).toMatchObject({ language: 'en', nonMatchingRows: 'hide' });
    db.close();
  });

  it('deletes a store with its cached chats and messages only', async () => {
    const db = await openSidekickDb(DB_VERSION, freshName());
    for (const id of ['a', 'b']) {
      await putStore(db, { id, name: id, clientId: '1', apiKey: 'k', createdAt: 0, mode: 'api' });
      await db.put('chats', { storeId: id, chatId: 'c1', chatType: 'BUYER_SELLER', chatStatus: 'OPENED', createdAt: '', lastMessageId: '1', unreadCount: 0, lastAuthor: 'customer', syncedAt: 0 });
      await db.put('messages', { storeId: id, chatId: 'c1', messageId: '1', createdAt: '', author: 'customer', text: 'hi' });
    }
    expect(await deleteStore(db, 'a')).toBe(true);
    expect(await deleteStore(db, 'a')).toBe(false);
    expect((await db.getAll('chats')).map((c) => c.storeId)).toEqual(['b']);
    expect((await db.getAll('messages')).map((m) => m.storeId)).toEqual(['b']);
    db.close();
  });

  it('cannot be opened at a version without a migration', async () => {
    await expect(openDB(freshName(), 1)).resolves.toBeTruthy();
    await expect(openSidekickDb(DB_VERSION + 1, freshName())).rejects.toThrow(/No migration/);
  });
});
