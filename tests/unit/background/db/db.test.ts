import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openSidekickDb } from '@/entrypoints/background/db/open';
import { DB_VERSION } from '@/entrypoints/background/db/migrations';
import { readPrefs, writePrefs, putStore, listStores, deleteStore } from '@/entrypoints/background/db/repo';
import { listPresets } from '@/entrypoints/background/db/presets-repo';
import { BUILTIN_PRESETS } from '@/lib/presets/model';
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
    expect([...latest.objectStoreNames].sort()).toEqual(['chats', 'messages', 'postings', 'prefs', 'presets', 'stores', 'syncState', 'templates']);
    const stores = await listStores(latest);
    expect(stores).toEqual([
      { id: 's1', name: 'Shop', clientId: '123', apiKey: 'secret-1', createdAt: 1, mode: 'unknown' },
      { id: 's2', name: 'Shop 2', clientId: '456', apiKey: 'secret-2', createdAt: 2, mode: 'unknown' },
    ]);
    const prefs = await readPrefs(latest);
    expect(prefs.language).toBe('ru');
    expect(prefs.sidebar).toEqual({ open: false, width: 400 });
    expect(prefs.syncIntervalMinutes).toBe(DEFAULT_PREFS.syncIntervalMinutes);
    // v4 wrote the built-in presets once, in their order.
    expect((await listPresets(latest)).map((p) => p.id)).toEqual(BUILTIN_PRESETS.map((p) => p.id));
    latest.close();
  });

  it('upgrades a version 3 database with cached chats and postings to version 4 without losing any', async () => {
    const name = freshName();
    const v3 = await openSidekickDb(3, name);
    await v3.put('stores', { id: 's1', name: 'Shop', clientId: '1', apiKey: 'k', createdAt: 1, mode: 'api' });
    await v3.put('chats', { storeId: 's1', chatId: 'c1', chatType: 'BUYER_SELLER', chatStatus: 'OPENED', createdAt: 'x', lastMessageId: '9', unreadCount: 0, lastAuthor: 'customer', syncedAt: 1 });
    await v3.put('postings', { storeId: 's1', postingNumber: '1-1-1', orderNumber: '1-1', status: 'delivering', tplIntegrationType: 'non_integrated', availableActions: [], fetchedAt: 1 });
    v3.close();
    const v4 = await openSidekickDb(4, name);
    expect(await v4.count('chats')).toBe(1);
    expect(await v4.get('postings', ['s1', '1-1-1'])).toMatchObject({ status: 'delivering' });
    expect(await v4.count('presets')).toBe(BUILTIN_PRESETS.length);
    expect(await v4.count('templates')).toBe(0);
    v4.close();
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
