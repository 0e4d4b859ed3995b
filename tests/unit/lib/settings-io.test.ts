import { describe, expect, it } from 'vitest';
import { buildSettingsDocument, parseSettingsDocument } from '@/lib/settings-io';
import { DEFAULT_PREFS } from '@/lib/prefs';
import { expectRefused, parts, validJson } from './settings-io-fixture';

describe('settings document', () => {
  it('round-trips: what is exported parses back to the same settings', () => {
    const result = parseSettingsDocument(validJson());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.format).toBe('seller-sidekick-settings');
    expect(result.doc.version).toBe(1);
    expect(result.doc.exportedAt).toBe('2026-11-25T10:00:00.000Z');
    expect(result.doc.prefs).toEqual(parts.prefs);
    expect(result.doc.presets).toEqual(parts.presets);
    expect(result.doc.templates).toEqual(parts.templates);
    expect(result.doc.stores).toEqual(parts.stores);
  });

  it('leaves the Api-Keys out unless asked for', () => {
    const without = buildSettingsDocument(parts, false);
    expect(without.stores).toEqual([
      { name: 'Main', clientId: '123456' },
      { name: 'Second', clientId: '777' },
    ]);
    expect(JSON.stringify(without)).not.toContain('secret-key-0001');
    const withKeys = buildSettingsDocument(parts, true);
    expect(withKeys.stores[0]).toEqual({ name: 'Main', clientId: '123456', apiKey: 'secret-key-0001' });
    expect(withKeys.stores[1]).toEqual({ name: 'Second', clientId: '777' });
  });

  it('does not share objects with the records it was built from', () => {
    const doc = buildSettingsDocument(parts, false);
    doc.prefs.sidebar.width = 600;
    doc.presets[0]!.filters.push('all');
    expect(parts.prefs.sidebar.width).toBe(400);
    expect(parts.presets[0]!.filters).toEqual(['without-my-reply']);
  });

  it('fills a preference an older export lacks with its default, keeping the rest', () => {
    const raw = validJson();
    delete (raw.prefs as Record<string, unknown>).notifications;
    const result = parseSettingsDocument(raw);
    expect(result.ok && result.doc.prefs.notifications).toEqual(DEFAULT_PREFS.notifications);
    expect(result.ok && result.doc.prefs.syncIntervalMinutes).toBe(15);
  });

  it('refuses what is not a settings document', () => {
    expectRefused(null, 'document');
    expectRefused([], 'document');
    expectRefused('{"format":1}', 'document');
    expectRefused({ ...validJson(), format: 'something-else' }, 'format');
    expectRefused({ ...validJson(), version: 2 }, 'version');
  });

  it('names a missing section', () => {
    for (const key of ['prefs', 'presets', 'templates', 'stores']) {
      const raw = validJson();
      delete raw[key];
      expectRefused(raw, key);
    }
  });

  it('names a wrong preference', () => {
    const cases: [(prefs: Record<string, unknown>) => void, string][] = [
      [(p) => (p.syncIntervalMinutes = 0), 'prefs.syncIntervalMinutes'],
      [(p) => (p.syncIntervalMinutes = 1441), 'prefs.syncIntervalMinutes'],
      [(p) => (p.language = 'de'), 'prefs.language'],
      [(p) => (p.sidebar = { open: true, width: 100 }), 'prefs.sidebar.width'],
      [(p) => (p.notifications = { enabled: 'yes', afterMinutes: 60 }), 'prefs.notifications.enabled'],
      [(p) => (p.badge = { scope: 'all-stores', redAfterMinutes: 1.5 }), 'prefs.badge.redAfterMinutes'],
      [(p) => (p.scamGuard = { enabled: true, disabledRules: [], allowlist: [{ kind: 'sender', value: '   ' }] }), 'prefs.scamGuard.allowlist.0.value'],
    ];
    for (const [spoil, field] of cases) {
      const raw = validJson();
      spoil(raw.prefs as Record<string, unknown>);
      expectRefused(raw, field);
    }
  });

  it('refuses a preset the portal would refuse, naming the pair', () => {
    const raw = validJson();
    (raw.presets as unknown[]).push({ id: 'bad', name: 'Bad', filters: ['all', 'unread'], extra: {} });
    expectRefused(raw, `presets.${parts.presets.length}.filters`);
    const result = parseSettingsDocument(raw);
    expect(!result.ok && result.message.en).toContain('All chats');
    expect(!result.ok && result.message.ru).toContain('Все чаты');
  });

  it('names a malformed preset, template or store field', () => {
    const spoilPreset = validJson();
    (spoilPreset.presets as Record<string, unknown>[])[1]!.name = '';
    expectRefused(spoilPreset, 'presets.1.name');

    const badFilter = validJson();
    (badFilter.presets as Record<string, unknown>[])[0]!.filters = ['nope'];
    expectRefused(badFilter, /^presets\.0\.filters/);

    const badSku = validJson();
    (badSku.presets as Record<string, unknown>[])[6]!.extra = { sku: 'abc' };
    expectRefused(badSku, 'presets.6.extra.sku');

    const badTemplate = validJson();
    (badTemplate.templates as Record<string, unknown>[])[0]!.text = '';
    expectRefused(badTemplate, 'templates.0.text');

    const badStore = validJson();
    (badStore.stores as Record<string, unknown>[])[1]!.clientId = '12ab';
    expectRefused(badStore, 'stores.1.clientId');

    const emptyKey = validJson();
    (emptyKey.stores as Record<string, unknown>[])[0]!.apiKey = '';
    expectRefused(emptyKey, 'stores.0.apiKey');
  });

  it('refuses repeated ids and Client-Ids', () => {
    const presets = validJson();
    (presets.presets as unknown[]).push({ ...parts.presets[0] });
    expectRefused(presets, `presets.${parts.presets.length}.id`);

    const templates = validJson();
    (templates.templates as unknown[]).push({ ...parts.templates[0] });
    expectRefused(templates, 'templates.1.id');

    const stores = validJson();
    (stores.stores as unknown[]).push({ name: 'Copy', clientId: '777' });
    expectRefused(stores, 'stores.2.clientId');
  });
});
