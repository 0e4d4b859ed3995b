// Schema versions as code. Each step upgrades from the version before it and keeps every record.
// Never edit a released step: add a new one.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SidekickDB } from './schema';
import { BUILTIN_PRESETS } from '../../../lib/presets/model';

type UpgradeTx = IDBPTransaction<SidekickDB, StoreNames<SidekickDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<SidekickDB>, tx: UpgradeTx) => void | Promise<void>;

/** MIGRATIONS[n] upgrades a database from version n to n + 1. */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: preferences and stores (the first released schema).
  (db) => {
    db.createObjectStore('prefs');
    db.createObjectStore('stores', { keyPath: 'id' });
  },
  // 1 → 2: the chat cache and sync bookkeeping; stores gain a `mode` (what the chat API allows).
  async (db, tx) => {
    const chats = db.createObjectStore('chats', { keyPath: ['storeId', 'chatId'] });
    chats.createIndex('byStore', 'storeId');
    const messages = db.createObjectStore('messages', { keyPath: ['storeId', 'chatId', 'messageId'] });
    messages.createIndex('byChat', ['storeId', 'chatId']);
    db.createObjectStore('syncState');
    let cursor = await tx.objectStore('stores').openCursor();
    while (cursor) {
      const mode = (cursor.value as Partial<{ mode: unknown }>).mode;
      if (mode === undefined) await cursor.update({ ...cursor.value, mode: 'unknown' });
      cursor = await cursor.continue();
    }
  },
  // 2 → 3: cached shipments, to link chats to orders and to judge Contact Customer from the API's data.
  (db) => {
    const postings = db.createObjectStore('postings', { keyPath: ['storeId', 'postingNumber'] });
    postings.createIndex('byOrder', ['storeId', 'orderNumber']);
  },
  // 3 → 4: presets and quick-reply templates; the built-in presets are written once here, then the user's to edit.
  async (db, tx) => {
    db.createObjectStore('presets', { keyPath: 'id' });
    db.createObjectStore('templates', { keyPath: 'id' });
    const presets = tx.objectStore('presets');
    for (const [position, preset] of BUILTIN_PRESETS.entries()) await presets.put({ ...preset, position });
  },
];

export const DB_VERSION = MIGRATIONS.length;
