// Issue 12, item 6 at the background's door: whatever text a handler builds from an API error, a connection report
// or a sync's failure, no run of 8+ characters of a known Api-Key leaves in a reply (fragments and encodings too).
import { describe, expect, it } from 'vitest';
import { createRouter } from '@/entrypoints/background/router';
import type { StoreApi } from '@/entrypoints/background/store-api';
import { createSyncRunner } from '@/entrypoints/background/sync-runner';
import { openSidekickDb } from '@/entrypoints/background/db/open';

const KEY = 'f00dfeed-1234-4abc-9def-0123456789ab';
const cut = KEY.slice(0, -5);
const b64 = Buffer.from(`Api-Key: ${KEY}`).toString('base64');

class EchoingError extends Error {
  readonly kind = 'bad-request';
  readonly text = { en: `Ozon refused the request. Ozon says: key ${cut} / ${b64}`, ru: `Ответ Ozon: ${encodeURIComponent(KEY.slice(4))}` };
}

function setUp() {
  const dbp = openSidekickDb(undefined, `redact-${Math.random()}`);
  const api: StoreApi = {
    testConnection: async () => ({ ok: true, sellerName: `Shop ${KEY.slice(9, 30)}`, subscription: 'PREMIUM_PLUS', chatApi: 'available' }),
    chatSource: () => ({
      listChats: async () => {
        throw new EchoingError('x');
      },
      newMessages: async () => [],
      postingsByOrders: async () => [],
    }),
    startChat: async () => {
      throw new EchoingError('x');
    },
    sendMessage: async () => undefined,
    markRead: async () => 0,
    postings: async () => [],
  };
  const db = () => dbp;
  const sync = createSyncRunner({ db, apiFor: () => api, now: () => Date.parse('2026-11-25T12:00:00Z') });
  const route = createRouter({ db, apiFor: () => api, sync, version: '1', newId: () => 'store-1' });
  return { route };
}

function runsOfKey(text: string): string[] {
  const runs: string[] = [];
  for (let i = 0; i + 8 <= KEY.length; i++) if (text.toLowerCase().includes(KEY.slice(i, i + 8))) runs.push(KEY.slice(i, i + 8));
  return runs;
}

describe("the background's replies", () => {
  it('carry no fragment of the key from errors, connection reports or sync states', async () => {
    const { route } = setUp();
    expect(await route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: KEY })).toMatchObject({ ok: true });
    const replies = [
      await route({ type: 'testConnection', id: 'store-1' }),
      await route({ type: 'syncNow', storeId: 'store-1' }),
      await route({ type: 'getSyncState' }),
      await route({ type: 'startChat', storeId: 'store-1', postingNumber: '0128619527-0157-1' }),
    ];
    const text = JSON.stringify(replies);
    expect(text).toContain('[redacted]');
    expect(runsOfKey(text)).toEqual([]);
    expect(text).not.toContain(b64.slice(12, 40));
    // The sync state keeps the redacted text, so the popup's broadcast carries none either.
    expect(JSON.stringify(replies[2])).toMatch(/Ozon says: key \[redacted\]/);
  });
});
