import { describe, expect, it } from 'vitest';
import { createRouter } from '@/lib/background/router';
import { openSidekickDb } from '@/lib/db/open';
import type { ConnectionReport } from '@/lib/messages';

function setup(report: ConnectionReport = { ok: true, sellerName: 'Shop', subscription: 'PREMIUM_PLUS', chatApi: 'available' }) {
  const dbp = openSidekickDb(undefined, `router-${Math.random()}`);
  let ids = 0;
  const route = createRouter({ db: () => dbp, testConnection: async () => report, version: '1.0.0', newId: () => `store-${++ids}` });
  return { route, dbp };
}

describe('background router', () => {
  it('saves a store and never returns its Api-Key', async () => {
    const { route, dbp } = setup();
    const saved = await route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: 'super-secret-key-9876' });
    expect(saved).toEqual({ ok: true, data: { id: 'store-1', name: 'Shop', clientId: '123', apiKeyMasked: '••••9876', mode: 'unknown' } });
    expect(JSON.stringify(await route({ type: 'listStores' }))).not.toContain('super-secret');
    expect((await (await dbp).get('stores', 'store-1'))?.apiKey).toBe('super-secret-key-9876');
  });

  it('keeps the saved key when a store is edited without one', async () => {
    const { route, dbp } = setup();
    await route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: 'key-1' });
    await route({ type: 'saveStore', id: 'store-1', name: 'Renamed', clientId: '123' });
    expect(await (await dbp).get('stores', 'store-1')).toMatchObject({ name: 'Renamed', apiKey: 'key-1' });
    expect(await route({ type: 'saveStore', name: 'New', clientId: '1' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await route({ type: 'saveStore', id: 'nope', name: 'X', clientId: '1', apiKey: 'k' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('puts a store whose chat methods need a subscription in DOM-only mode', async () => {
    const { route } = setup({ ok: true, sellerName: 'Shop', subscription: 'PREMIUM', chatApi: 'premium-required' });
    await route({ type: 'saveStore', name: 'Shop', clientId: '123', apiKey: 'k' });
    await route({ type: 'testConnection', id: 'store-1' });
    expect(await route({ type: 'listStores' })).toMatchObject({ ok: true, data: [{ mode: 'dom-only', modeReason: 'premium-required' }] });
  });

  it('round-trips preferences', async () => {
    const { route } = setup();
    await route({ type: 'setPrefs', patch: { language: 'ru', sidebar: { open: false, width: 300 } } });
    expect(await route({ type: 'getPrefs' })).toMatchObject({ ok: true, data: { language: 'ru', sidebar: { open: false, width: 300 } } });
  });
});
