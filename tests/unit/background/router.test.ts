import { describe, expect, it } from 'vitest';
import { createRouter } from '@/entrypoints/background/router';
import type { RouterDeps } from '@/entrypoints/background/context';
import type { StoreApi } from '@/entrypoints/background/store-api';
import { createSyncRunner } from '@/entrypoints/background/sync-runner';
import { openSidekickDb } from '@/entrypoints/background/db/open';
import type { ConnectionReport } from '@/lib/protocol/messages';
import type { ApiPosting, ChatSource } from '@/entrypoints/background/sync/source';
import { BUILTIN_PRESETS } from '@/lib/presets/model';

class FakeApiError extends Error {
  constructor(
    readonly kind: string,
    readonly text = { en: `failed: ${kind}`, ru: `ошибка: ${kind}` },
  ) {
    super(text.en);
  }
}

const NOW = Date.parse('2026-11-25T12:00:00Z');

function fakeSource(): ChatSource {
  return {
    listChats: async () => ({
      chats: [
        { chatId: 'c1', chatType: 'BUYER_SELLER', isBuyerChat: true, chatStatus: 'OPENED', createdAt: '2026-11-20T10:00:00Z', lastMessageId: '11', unreadCount: 1 },
        { chatId: 'c2', chatType: 'BUYER_SELLER', isBuyerChat: true, chatStatus: 'OPENED', createdAt: '2026-11-20T10:00:00Z', lastMessageId: '21', unreadCount: 0 },
        { chatId: 'c3', chatType: 'SELLER_SUPPORT', isBuyerChat: false, chatStatus: 'OPENED', createdAt: '2026-11-20T10:00:00Z', lastMessageId: '31', unreadCount: 0 },
      ],
      cursor: '',
      hasNext: false,
    }),
    newMessages: async (chatId) =>
      chatId === 'c1'
        ? [{ messageId: '11', createdAt: '2026-11-25T09:00:00Z', author: 'customer', text: 'Where is my order?\nThanks', orderNumber: '0128619527-0157' }]
        : [{ messageId: '21', createdAt: '2026-11-25T08:00:00Z', author: 'seller', text: 'Shipped today' }],
    postingsByOrders: async (): Promise<ApiPosting[]> => [
      { postingNumber: '0128619527-0157-1', orderNumber: '0128619527-0157', status: 'delivering', tplIntegrationType: 'non_integrated', availableActions: [], customerName: 'Anna' },
    ],
  };
}

interface Calls {
  listed: number;
  started: string[];
  sent: [string, string][];
}

function setup(opts: { report?: ConnectionReport; fail?: string } = {}) {
  const dbp = openSidekickDb(undefined, `router-${Math.random()}`);
  let ids = 0;
  const calls: Calls = { listed: 0, started: [], sent: [] };
  const api: StoreApi = {
    testConnection: async () => {
      if (opts.fail) throw new FakeApiError(opts.fail);
      return opts.report ?? { ok: true, sellerName: 'Shop', subscription: 'PREMIUM_PLUS', chatApi: 'available' };
    },
    chatSource: () => {
      if (opts.fail) {
        const failing = fakeSource();
        failing.listChats = async () => {
          calls.listed++;
          throw new FakeApiError(opts.fail!);
        };
        return failing;
      }
      return fakeSource();
    },
    startChat: async (posting) => {
      calls.started.push(posting);
      return 'chat-from-' + posting.replace(/\D/g, '');
    },
    sendMessage: async (chatId, text) => {
      calls.sent.push([chatId, text]);
    },
    markRead: async () => 0,
    postings: async (numbers) =>
      numbers.map((n, i) => ({
        postingNumber: n,
        orderNumber: n.split('-').slice(0, 2).join('-'),
        status: ['awaiting_packaging', 'delivered', 'delivering'][i % 3]!,
        tplIntegrationType: i === 2 ? 'ozon' : 'non_integrated',
        availableActions: [],
      })),
  };
  const db = () => dbp;
  const sync = createSyncRunner({ db, apiFor: () => api, now: () => NOW });
  const deps: RouterDeps = { db, apiFor: () => api, sync, version: '1.0.0', now: () => NOW, newId: () => `store-${++ids}` };
  return { route: createRouter(deps), dbp, calls };
}

describe('background router: stores', () => {
  it('saves a store and never returns its Api-Key', async () => {
    const { route, dbp } = setup();
    const saved = await route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: 'super-secret-key-9876' });
    expect(saved).toEqual({ ok: true, data: { id: 'store-1', name: 'Shop', clientId: '123', apiKeyMasked: '••••9876', mode: 'unknown' } });
    expect(JSON.stringify(await route({ type: 'listStores' }))).not.toContain('super-secret');
    expect(JSON.stringify(await route({ type: 'getStatus' }))).not.toContain('9876');
    expect((await (await dbp).get('stores', 'store-1'))?.apiKey).toBe('super-secret-key-9876');
  });

  it('keeps the saved key when a store is edited without one', async () => {
    const { route, dbp } = setup();
    await route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: 'key-1' });
    await route({ type: 'saveStore', id: 'store-1', name: 'Renamed', clientId: '123' });
    expect(await (await dbp).get('stores', 'store-1')).toMatchObject({ name: 'Renamed', apiKey: 'key-1' });
    expect(await route({ type: 'saveStore', name: 'New', clientId: '1' })).toMatchObject({ ok: false, error: { code: 'bad-request', field: 'apiKey' } });
    expect(await route({ type: 'saveStore', id: 'nope', name: 'X', clientId: '1', apiKey: 'k' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('puts a store whose chat methods need a subscription in DOM-only mode, with the reason', async () => {
    const { route } = setup({ report: { ok: true, sellerName: 'Shop', subscription: 'PREMIUM', chatApi: 'premium-required' } });
    await route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: 'k' });
    await route({ type: 'testConnection', id: 'store-1' });
    expect(await route({ type: 'listStores' })).toMatchObject({ ok: true, data: [{ mode: 'dom-only', modeReason: 'premium-required' }] });
    expect(await route({ type: 'getStatus' })).toMatchObject({ ok: true, data: { apiAvailable: false } });
  });

  it('answers an invalid key with a clear message in both languages and marks the store', async () => {
    const { route } = setup({ fail: 'invalid-key' });
    await route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: 'k' });
    expect(await route({ type: 'testConnection', id: 'store-1' })).toEqual({
      ok: false,
      error: { code: 'invalid-key', message: 'failed: invalid-key', text: { en: 'failed: invalid-key', ru: 'ошибка: invalid-key' } },
    });
    expect(await route({ type: 'listStores' })).toMatchObject({ ok: true, data: [{ modeReason: 'invalid-key' }] });
  });

  it('round-trips preferences', async () => {
    const { route } = setup();
    await route({ type: 'setPrefs', patch: { language: 'ru', sidebar: { open: false, width: 300 } } });
    expect(await route({ type: 'getPrefs' })).toMatchObject({ ok: true, data: { language: 'ru', sidebar: { open: false, width: 300 } } });
  });
});

describe('background router: presets and templates', () => {
  it('starts with the built-in presets and refuses a forbidden pair naming it', async () => {
    const { route } = setup();
    const listed = await route({ type: 'listPresets' });
    expect(listed).toMatchObject({ ok: true, data: BUILTIN_PRESETS.map((p) => ({ id: p.id })) });
    const refused = await route({ type: 'savePreset', preset: { id: 'mine', name: 'Mine', filters: ['by-order', 'by-products'], extra: {} } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'preset-conflict', field: 'filters' } });
    if (!refused.ok) {
      expect(refused.error.message).toContain('By order');
      expect(refused.error.text?.ru).toContain('По товару');
    }
  });

  it('adds, reorders and deletes presets', async () => {
    const { route } = setup();
    await route({ type: 'savePreset', preset: { id: 'mine', name: 'Mine', filters: ['unread', 'by-order'], extra: { textContains: 'return' } } });
    const reordered = await route<'reorderPresets'>({ type: 'reorderPresets', ids: ['mine', 'suspicious'] });
    expect(reordered.ok && reordered.data.slice(0, 3).map((p) => p.id)).toEqual(['mine', 'suspicious', 'needs-my-reply']);
    const afterDelete = await route<'deletePreset'>({ type: 'deletePreset', id: 'mine' });
    expect(afterDelete.ok && afterDelete.data.map((p) => p.id)).not.toContain('mine');
  });

  it('keeps templates', async () => {
    const { route } = setup();
    await route({ type: 'saveTemplate', template: { id: 't1', name: 'Hello', text: 'Hello, {customer_name}!' } });
    expect(await route({ type: 'listTemplates' })).toEqual({ ok: true, data: [{ id: 't1', name: 'Hello', text: 'Hello, {customer_name}!' }] });
    expect(await route({ type: 'deleteTemplate', id: 't1' })).toEqual({ ok: true, data: [] });
  });
});

describe('background router: chats and shipments', () => {
  async function synced() {
    const s = setup();
    await s.route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: 'k' });
    await s.route({ type: 'testConnection', id: 'store-1' });
    const progress = await s.route<'syncNow'>({ type: 'syncNow' });
    expect(progress).toMatchObject({ ok: true, data: [{ phase: 'done', done: 2, total: 2 }] });
    return s;
  }

  it('lists the unanswered customer chats after a sync, with their context and waiting time', async () => {
    const { route } = await synced();
    const report = await route<'getUnanswered'>({ type: 'getUnanswered' });
    expect(report).toMatchObject({
      ok: true,
      data: {
        chats: [
          {
            chatId: 'c1',
            storeName: 'Shop',
            orderNumber: '0128619527-0157',
            postingNumber: '0128619527-0157-1',
            customerName: 'Anna',
            lastLine: 'Where is my order?',
            waitingMs: 3 * 3_600_000,
          },
        ],
        stale: false,
      },
    });
    expect(await route({ type: 'getStatus' })).toMatchObject({ ok: true, data: { apiAvailable: true } });
    expect(await route({ type: 'getChatMeta', chatIds: ['c1', 'c2', 'missing-chat'] })).toMatchObject({
      ok: true,
      data: { c1: { lastAuthor: 'customer', waitingMs: 3 * 3_600_000, isBuyerChat: true }, c2: { lastAuthor: 'seller' } },
    });
  });

  it('counts presets over the synced chats', async () => {
    const { route } = await synced();
    const counts = await route<'presetCounts'>({ type: 'presetCounts' });
    const byId = Object.fromEntries(counts.ok ? counts.data.map((c) => [c.presetId, c.count]) : []);
    expect(byId).toMatchObject({ 'needs-my-reply': 1, 'order-questions': 1, 'waiting-on-customer': 1, 'waiting-over-24h': 0 });
  });

  it('starts a chat and refuses to send the same text twice in a row', async () => {
    const { route, calls } = await synced();
    expect(await route({ type: 'startChat', postingNumber: '0128619527-0157-1' })).toEqual({ ok: true, data: { chatId: 'chat-from-012861952701571' } });
    expect(calls.started).toEqual(['0128619527-0157-1']);
    expect(await route({ type: 'sendMessage', chatId: 'c1', text: 'On its way' })).toEqual({ ok: true, data: { sent: true } });
    expect(await route({ type: 'sendMessage', chatId: 'c1', text: 'On its way' })).toMatchObject({ ok: false, error: { code: 'duplicate-message' } });
    expect(await route({ type: 'sendMessage', chatId: 'c1', text: 'Tracking: 123' })).toMatchObject({ ok: true });
    expect(calls.sent).toEqual([
      ['c1', 'On its way'],
      ['c1', 'Tracking: 123'],
    ]);
  });

  it('judges shipments from the API: realFBS and not delivered or cancelled', async () => {
    const { route } = await synced();
    const result = await route({ type: 'getShipmentEligibility', postingNumbers: ['1000000001-0001-1', '1000000002-0002-1', '1000000003-0003-1'] });
    expect(result).toMatchObject({
      ok: true,
      data: {
        '1000000001-0001-1': { eligible: true },
        '1000000002-0002-1': { eligible: false, reason: 'delivered' },
        '1000000003-0003-1': { eligible: false, reason: 'not-rfbs' },
      },
    });
  });

  it('puts a store in DOM-only mode when the sync meets premium-required, and does not loop', async () => {
    const { route, calls } = setup({ fail: 'premium-required' });
    await route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: 'k' });
    const first = await route<'syncNow'>({ type: 'syncNow' });
    expect(first).toMatchObject({ ok: true, data: [{ error: { code: 'premium-required' } }] });
    expect(await route({ type: 'listStores' })).toMatchObject({ ok: true, data: [{ mode: 'dom-only', modeReason: 'premium-required' }] });
    expect(await route({ type: 'syncNow' })).toEqual({ ok: true, data: [] });
    // Named explicitly, it is not called either: the answer is the state it stopped in.
    expect(await route({ type: 'syncNow', storeId: 'store-1' })).toMatchObject({ ok: true, data: [{ error: { code: 'premium-required' } }] });
    expect(calls.listed).toBe(1);
  });
});

describe('background router: settings', () => {
  it('exports without keys unless asked, and an invalid import changes nothing', async () => {
    const { route } = setup();
    await route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: 'secret-key' });
    await route({ type: 'setPrefs', patch: { language: 'ru' } });
    const plain = await route<'exportSettings'>({ type: 'exportSettings', includeApiKeys: false });
    expect(JSON.stringify(plain)).not.toContain('secret-key');
    const withKeys = await route<'exportSettings'>({ type: 'exportSettings', includeApiKeys: true });
    expect(JSON.stringify(withKeys)).toContain('secret-key');
    if (!plain.ok) throw new Error('export failed');

    const broken = { ...plain.data, prefs: { ...plain.data.prefs, syncIntervalMinutes: 0 } };
    const refused = await route({ type: 'importSettings', document: broken });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-import' } });
    expect(await route({ type: 'getPrefs' })).toMatchObject({ ok: true, data: { language: 'ru', syncIntervalMinutes: 5 } });

    await route({ type: 'resetSettings' });
    expect(await route({ type: 'getPrefs' })).toMatchObject({ ok: true, data: { language: 'auto' } });
    expect(await route({ type: 'importSettings', document: plain.data })).toMatchObject({ ok: true, data: { imported: { stores: 1 } } });
    expect(await route({ type: 'getPrefs' })).toMatchObject({ ok: true, data: { language: 'ru' } });
    expect(await route({ type: 'listStores' })).toMatchObject({ ok: true, data: [{ name: 'Shop', apiKeyMasked: '••••-key' }] });
  });
});
