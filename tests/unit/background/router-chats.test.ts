// The router over synced chats: unanswered chats, preset counts, starting and sending, shipments, DOM-only stores.
import { describe, expect, it } from 'vitest';
import { setup } from './router-fake';

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
