// Issue 12, item 4: the sync's state after failures. Whatever failed before, a clean sync ends with the cache a
// clean run gives, asks only what changed, and keeps no message without its chat.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSync } from '@/entrypoints/background/sync/run';
import { readSyncState } from '@/entrypoints/background/sync/state';
import { freshDb, NOW, orphanMessages, snapshot, sourceOver, world, type CallKind, type Db } from './sync-fake';

const sync = (db: Db, source: Parameters<typeof runSync>[2]) => runSync(db, 's', source, { now: () => NOW });

describe('sync state after a failed sync', () => {
  it('full sync, a sync whose first chat-list page fails, then a clean sync: no history request and no orphan message', async () => {
    // 40 chats, 10 of them older than the 30 days the portal keeps (dropped after the first sync, still listed).
    const chats = world(40, 10);
    const db = await freshDb();
    const first = sourceOver(chats);
    await sync(db, first.source);
    expect(first.calls.history).toBe(36);
    expect(await db.count('chats')).toBe(27); // 36 buyer chats − 9 aged ones
    expect(await orphanMessages(db)).toEqual([]);

    const failing = sourceOver(chats, { failWhen: (kind) => kind === 'list' });
    await expect(sync(db, failing.source)).rejects.toThrow('list failed');
    const failed = await readSyncState(db, 's');
    expect(failed.error?.code).toBe('server');
    // The failed run's own (empty) list of chats to fetch is what is stored, not the previous run's.
    expect(await db.get('syncState', 'pending:s')).toEqual([]);

    const clean = sourceOver(chats);
    const result = await sync(db, clean.source);
    expect(result).toMatchObject({ phase: 'done', error: null });
    expect(clean.calls).toEqual({ list: 4, history: 0, postings: 0 });
    expect(await orphanMessages(db)).toEqual([]);

    const reference = await freshDb();
    await sync(reference, sourceOver(chats).source);
    expect(await snapshot(db)).toEqual(await snapshot(reference));
  });

  it('a finished sync leaves no list of chats to fetch behind', async () => {
    const db = await freshDb();
    await sync(db, sourceOver(world(30)).source);
    expect(await db.get('syncState', 'pending:s')).toEqual([]);
  });

  it('messages left without their chat by an older version are removed by the next sync', async () => {
    const chats = world(20, 5);
    const db = await freshDb();
    await sync(db, sourceOver(chats).source);
    await db.put('messages', { storeId: 's', chatId: 'chat-gone', messageId: '1', createdAt: new Date(NOW).toISOString(), author: 'customer', text: 'left behind' });
    await db.put('messages', { storeId: 'other', chatId: 'chat-gone', messageId: '2', createdAt: new Date(NOW).toISOString(), author: 'customer', text: 'another store' });
    await sync(db, sourceOver(chats).source);
    expect((await db.getAll('messages')).filter((m) => m.chatId === 'chat-gone').map((m) => m.storeId)).toEqual(['other']);
  });

  it('any sequence of failed syncs, then a clean sync, gives the cache of a clean run (property)', async () => {
    const chats = world(36, 8);
    const reference = await freshDb();
    await sync(reference, sourceOver(chats).source);
    const expected = await snapshot(reference);
    const kinds: CallKind[] = ['list', 'history', 'postings'];

    // A failed run: the n-th call of a kind fails (n small enough to land inside a run), or every call of it does.
    const failure = fc.record({ kind: fc.constantFrom(...kinds), nth: fc.integer({ min: 1, max: 40 }), always: fc.boolean() });
    // Before the faults: nothing synced yet, or a full sync done.
    const property = fc.asyncProperty(fc.boolean(), fc.array(failure, { minLength: 1, maxLength: 6 }), async (syncedFirst, failures) => {
      const db = await freshDb();
      if (syncedFirst) await sync(db, sourceOver(chats).source);
      for (const f of failures) {
        let seen = 0;
        const { source } = sourceOver(chats, { failWhen: (kind) => kind === f.kind && (f.always || ++seen === f.nth) });
        await sync(db, source).catch(() => undefined);
      }
      const clean = sourceOver(chats);
      await expect(sync(db, clean.source)).resolves.toMatchObject({ phase: 'done', error: null });
      expect(await orphanMessages(db)).toEqual([]);
      expect(await snapshot(db)).toEqual(expected);
      // After a full sync nothing changed: a clean sync after any faults asks no chat's history twice.
      if (syncedFirst) expect(clean.calls.history).toBe(0);
      db.close();
    });
    await fc.assert(property, { numRuns: 60, seed: 12 });
  }, 60_000);
});
