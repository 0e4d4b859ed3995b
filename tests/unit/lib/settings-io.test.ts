import { describe, expect, it } from 'vitest';
import { buildSettingsDocument, MAX_SETTINGS_FILE_BYTES, parseSettingsDocument, readSettingsFile, type SettingsParts } from '@/lib/settings-io';
import { PORTAL_FILTERS } from '@/lib/presets/filters';
import { DEFAULT_PREFS } from '@/lib/prefs';
import { BUILTIN_PRESETS } from '@/lib/presets';

const parts: SettingsParts = {
  prefs: {
    ...DEFAULT_PREFS,
    language: 'ru',
    syncIntervalMinutes: 15,
    sidebar: { open: false, width: 400 },
    badge: { scope: 'current-store', currentStoreId: 'store-1', redAfterMinutes: 90 },
    notifications: { enabled: true, afterMinutes: 30 },
    scamGuard: { enabled: true, disabledRules: ['external-link'], allowlist: [{ kind: 'sender', value: 'Ozon Support Bot' }] },
  },
  presets: [...BUILTIN_PRESETS, { id: 'mine', name: 'Mine', filters: ['unread', 'by-order'], extra: { sku: '123456', waitingOverHours: 2 } }],
  templates: [{ id: 'thanks', name: 'Thanks', text: 'Thank you, {customer_name}! Order {order_number}.' }],
  stores: [
    { name: 'Main', clientId: '123456', apiKey: 'secret-key-0001' },
    { name: 'Second', clientId: '777' },
  ],
};

/** A fresh valid document as plain JSON, as a file would give it. */
function validJson(includeKeys = true): Record<string, unknown> {
  return JSON.parse(JSON.stringify(buildSettingsDocument(parts, includeKeys, new Date('2026-11-25T10:00:00Z')))) as Record<string, unknown>;
}

function expectRefused(raw: unknown, field: string | RegExp) {
  const before = JSON.stringify(raw);
  const result = parseSettingsDocument(raw);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  if (typeof field === 'string') expect(result.field).toBe(field);
  else expect(result.field).toMatch(field);
  expect(result.message.en).toContain(result.field);
  expect(result.message.ru).toContain(result.field);
  expect(result.message.en).not.toBe(result.message.ru);
  // Parsing never changes its input.
  expect(JSON.stringify(raw)).toBe(before);
}

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

describe('imports refused whole, with the field named (issue 12, item 8)', () => {
  it('refuses __proto__, constructor and prototype keys anywhere, naming the field', () => {
    const cases: [string, string, string][] = [
      ['{', '{"__proto__":{"polluted":true},', '__proto__'],
      ['"prefs":{', '"prefs":{"__proto__":{"x":1},', 'prefs.__proto__'],
      ['"sidebar":{', '"sidebar":{"constructor":{"prototype":{"x":1}},', 'prefs.sidebar.constructor'],
      ['"templates":[{', '"templates":[{"prototype":1,', 'templates.0.prototype'],
    ];
    for (const [at, insert, field] of cases) {
      // Built as text and parsed, as a file is: JSON.parse keeps "__proto__" as an own key.
      const text = JSON.stringify(validJson()).replace(at, insert);
      expectRefused(JSON.parse(text) as unknown, field);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('refuses an unknown field by name instead of dropping it', () => {
    type Doc = { prefs: { sidebar: Record<string, unknown> }; templates: Record<string, unknown>[]; presets: { extra?: object }[]; stores: Record<string, unknown>[] } & Record<string, unknown>;
    const cases: [(doc: Doc) => void, string][] = [
      [(d) => (d.comment = 'hello'), 'comment'],
      [(d) => (d.prefs.sidebar.colour = 'red'), 'prefs.sidebar.colour'],
      [(d) => (d.templates[0]!.html = '<b>x</b>'), 'templates.0.html'],
      [(d) => (d.presets[0]!.extra = { ...d.presets[0]!.extra, script: 'x' }), 'presets.0.extra.script'],
      [(d) => (d.stores[0]!.password = 'x'), 'stores.0.password'],
    ];
    for (const [change, field] of cases) {
      const doc = validJson() as Doc;
      change(doc);
      expectRefused(doc, field);
    }
  });

  it('the largest valid export is far below the size limit, and parses back', () => {
    const long = (n: number) => 'Ж'.repeat(n);
    const largest: SettingsParts = {
      prefs: {
        ...DEFAULT_PREFS,
        scamGuard: { enabled: true, disabledRules: [], allowlist: Array.from({ length: 500 }, (_, i) => ({ kind: 'sender' as const, value: `${i}${long(195)}` })) },
      },
      presets: Array.from({ length: 100 }, (_, i) => ({ id: `preset-${i}`, name: `${i}${long(57)}`, filters: [PORTAL_FILTERS[0]], extra: { textContains: long(100) } })),
      templates: Array.from({ length: 200 }, (_, i) => ({ id: `t-${i}`.padEnd(64, 'x'), name: `${i}${long(57)}`, text: long(1200) })),
      stores: Array.from({ length: 50 }, (_, i) => ({ name: `${i}${long(97)}`, clientId: `${'9'.repeat(17)}${String(i).padStart(3, '0')}`, apiKey: 'k'.repeat(200) })),
    };
    const doc = buildSettingsDocument(largest, true);
    const bytes = new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`).length;
    console.log(`[settings-io] the largest valid export: ${(bytes / 1024 / 1024).toFixed(2)} MB; the limit: ${MAX_SETTINGS_FILE_BYTES / 1024 / 1024} MB`);
    expect(bytes).toBeLessThan(MAX_SETTINGS_FILE_BYTES / 4);
    const parsed = parseSettingsDocument(JSON.parse(JSON.stringify(doc)));
    expect(parsed.ok ? 'ok' : `${parsed.field}: ${parsed.message.en}`).toBe('ok');
  });

  it('refuses a file over the limit before reading it, and a document over it (a 40 MB field) at once', async () => {
    let read = false;
    const big = { size: 40 * 1024 * 1024, text: async () => ((read = true), '{}') } as unknown as Blob;
    const refused = await readSettingsFile(big);
    expect(refused).toMatchObject({ ok: false, field: 'file' });
    if (!refused.ok) {
      expect(refused.message.en).toBe('The file is 40 MB; a settings file is at most 5 MB.');
      expect(refused.message.ru).toBe('Размер файла 40 МБ; файл настроек не больше 5 МБ.');
    }
    expect(read).toBe(false);

    const doc = validJson();
    doc.junk = 'x'.repeat(40 * 1024 * 1024);
    const started = performance.now();
    const result = parseSettingsDocument(doc);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result).toMatchObject({ ok: false, field: 'file' });
  });

  it('reads a valid file, and names a file that is not JSON', async () => {
    await expect(readSettingsFile(new Blob([JSON.stringify(validJson())]))).resolves.toMatchObject({ ok: true });
    await expect(readSettingsFile(new Blob(['{"format": '])).then((r) => (r.ok ? '' : r.field))).resolves.toBe('file');
  });
});

