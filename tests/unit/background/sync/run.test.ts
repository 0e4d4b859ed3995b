import { describe, expect, it } from 'vitest';
import { runSync } from '@/entrypoints/background/sync/run';
import { readSyncState } from '@/entrypoints/background/sync/state';
import { unansweredChats } from '@/entrypoints/background/sync/unanswered';
import type { ApiMessage, ChatSource } from '@/entrypoints/background/sync/source';
import { BASE_ID, freshDb, NOW, snapshot, sourceOver, world, type Db } from './sync-fake';

async function syncUntilDone(db: Db, source: ChatSource, maxRuns = 500) {
  for (let run = 0; run < maxRuns; run++) {
    try {
      return await runSync(db, 's', source, { now: () => NOW });
    } catch {
      // a failed run keeps its place; the next one resumes
    }
  }
  throw new Error('never finished');
}

describe('sync', () => {
  it('a full sync caches buyer chats with who wrote last and their context', async () => {
    const chats = world(40);
    const db = await freshDb();
    const { source, calls } = sourceOver(chats);
    const progress: string[] = [];
    const result = await runSync(db, 's', source, { now: () => NOW, onProgress: (p) => progress.push(`${p.phase}:${p.done}/${p.total}`) });
    expect(result).toMatchObject({ phase: 'done', done: 36, total: 36, listed: 40 });
    expect(calls).toEqual({ list: 4, history: 36, postings: 1 });
    const cached = await db.getAll('chats');
    expect(cached).toHaveLength(36);
    expect(cached.find((c) => c.chatId === 'chat-0')).toMatchObject({ lastAuthor: 'customer', orderNumber: '0128619500-0157' });
    expect(cached.find((c) => c.chatId === 'chat-1')).toMatchObject({ lastAuthor: 'customer', lastMessageText: 'm1.1' });
    expect(progress).toContain('history:36/36');
    expect(await db.count('postings')).toBe(12);
  });

  it('a second sync with nothing changed sends only the list requests', async () => {
    const chats = world(40);
    const db = await freshDb();
    await runSync(db, 's', sourceOver(chats).source, { now: () => NOW });
    const { source, calls } = sourceOver(chats);
    await runSync(db, 's', source, { now: () => NOW });
    expect(calls).toEqual({ list: 4, history: 0, postings: 0 });
  });

  it('fetches only the new messages of a chat that changed', async () => {
    const chats = world(20);
    const db = await freshDb();
    await runSync(db, 's', sourceOver(chats).source, { now: () => NOW });
    const chat = chats[4]!;
    const added: ApiMessage = { messageId: (BASE_ID + 100_000n).toString(), createdAt: new Date(NOW - 1000).toISOString(), author: 'customer', text: 'new one' };
    chat.messages.push(added);
    chat.summary.lastMessageId = added.messageId;
    const { source, calls } = sourceOver(chats);
    await runSync(db, 's', source, { now: () => NOW });
    expect(calls.history).toBe(1);
    expect(await db.get('chats', ['s', 'chat-4'])).toMatchObject({ lastMessageId: added.messageId, lastAuthor: 'customer', lastMessageText: 'new one' });
    expect((await db.getAllFromIndex('messages', 'byChat', ['s', 'chat-4'])).filter((m) => m.text === 'new one')).toHaveLength(1);
  });

  it('a run with transient failures ends with the same cache as a clean run', async () => {
    const chats = world(60);
    const clean = await freshDb();
    await runSync(clean, 's', sourceOver(chats).source, { now: () => NOW });
    const flaky = await freshDb();
    await syncUntilDone(flaky, sourceOver(chats, { failEvery: 3 }).source);
    expect(await snapshot(flaky)).toEqual(await snapshot(clean));
  });

  it('a sync stopped in the middle resumes to the same cache, fetching nothing twice', async () => {
    const chats = world(60);
    const clean = await freshDb();
    await runSync(clean, 's', sourceOver(chats).source, { now: () => NOW });
    const db = await freshDb();
    await expect(runSync(db, 's', sourceOver(chats, { dieAfter: 20 }).source, { now: () => NOW })).rejects.toThrow();
    const stopped = await readSyncState(db, 's');
    expect(stopped.phase).toBe('history');
    expect(stopped.error?.code).toBe('network');
    // The list of chats to fetch is kept once, under its own key; the per-chat record carries only the place in it.
    expect(await db.get('syncState', 's')).not.toHaveProperty('pending');
    expect(((await db.get('syncState', 'pending:s')) as string[]).length).toBe(stopped.total);
    const { source, calls } = sourceOver(chats);
    await runSync(db, 's', source, { now: () => NOW });
    expect(calls.list).toBe(0);
    expect(calls.history).toBe(54 - (20 - 6));
    expect(await snapshot(db)).toEqual(await snapshot(clean));
  });

  it('lists unanswered chats, longest waiting first', async () => {
    const chats = world(20);
    const db = await freshDb();
    await runSync(db, 's', sourceOver(chats).source, { now: () => NOW });
    const list = unansweredChats(await db.getAll('chats'), NOW, () => ({ storeName: 'S' }));
    const expected = chats
      .filter((c) => c.summary.isBuyerChat && c.messages.at(-1)!.author === 'customer')
      .sort((a, b) => Date.parse(a.messages.at(-1)!.createdAt) - Date.parse(b.messages.at(-1)!.createdAt))
      .map((c) => c.summary.chatId);
    expect(list.map((c) => c.chatId)).toEqual(expected);
    expect(list[0]!.waitingMs).toBeGreaterThan(list.at(-1)!.waitingMs);
  });
});
