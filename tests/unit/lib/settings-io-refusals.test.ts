// Imports refused whole with the field named: hostile keys, unknown fields, sizes, files that are not JSON.
import { describe, expect, it } from 'vitest';
import { buildSettingsDocument, MAX_SETTINGS_FILE_BYTES, parseSettingsDocument, readSettingsFile, type SettingsParts } from '@/lib/settings-io';
import { PORTAL_FILTERS } from '@/lib/presets/filters';
import { DEFAULT_PREFS } from '@/lib/prefs';
import { expectRefused, validJson } from './settings-io-fixture';

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
