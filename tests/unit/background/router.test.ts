import { describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '@/lib/presets/model';
import { setup } from './router-fake';

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
      error: { code: 'invalid-key', message: 'failed: invalid-key', text: { en: 'failed: invalid-key', ru: 'ошибка: invalid-key', zh: '失败：invalid-key' } },
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
