// Every dictionary of the project, English against Russian: the same keys, the same {placeholders}, no empty value.
// Finds, besides lib/i18n/{en,ru}.ts and the pages' dictionaries, any *strings*.ts in the source (lib/, entrypoints/, components/) exporting `en` and `ru`.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { en } from '@/lib/i18n/en';
import { ru } from '@/lib/i18n/ru';
import { pagesEn } from '@/lib/i18n/pages-en';
import { pagesRu } from '@/lib/i18n/pages-ru';

type Dict = Record<string, unknown>;

function stringFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return stringFiles(full);
    return /strings.*\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Leaves of a (possibly nested) dictionary as dotted keys. */
function leaves(dict: Dict, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(dict)) {
    const name = prefix ? `${prefix}.${key}` : key;
    // Lists (e.g. advice lines) are compared item by item: the same number of lines in both languages.
    if (Array.isArray(value)) for (const [k, v] of leaves(Object.fromEntries(value.entries()), name)) out.set(k, v);
    else if (value && typeof value === 'object') for (const [k, v] of leaves(value as Dict, name)) out.set(k, v);
    else out.set(name, value);
  }
  return out;
}

const isDict = (value: unknown): value is Dict => !!value && typeof value === 'object' && !Array.isArray(value);

const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function expectSameShape(name: string, english: Dict, russian: Dict) {
  const a = leaves(english);
  const b = leaves(russian);
  expect([...b.keys()].sort(), `${name}: keys`).toEqual([...a.keys()].sort());
  for (const [key, value] of [...a, ...b]) {
    expect(typeof value === 'function' || (typeof value === 'string' && value.trim() !== ''), `${name}: ${key} is empty`).toBe(true);
  }
  for (const [key, value] of a) {
    const other = b.get(key);
    if (typeof value === 'string' && typeof other === 'string') expect(holes(other), `${name}: placeholders of ${key}`).toEqual(holes(value));
  }
}

describe('every dictionary has both languages', () => {
  it('lib/i18n/en.ts and ru.ts', () => expectSameShape('lib/i18n', en, ru));
  it('the pages (popup, options)', () => expectSameShape('lib/i18n/pages', pagesEn, pagesRu));

  const root = path.resolve(import.meta.dirname, '../../../..');
  const files = ['lib', 'entrypoints', 'components'].flatMap((dir) => stringFiles(path.join(root, dir)));
  it.each(files.length ? files : ['(none yet)'])('%s: every en/ru pair it exports', async (file) => {
    if (file === '(none yet)') return;
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    // Either `export const en/ru`, or an export holding { en, ru } (e.g. CONTACT_STRINGS).
    const pairs: [string, Dict, Dict][] = [];
    if (isDict(module.en) || isDict(module.ru)) pairs.push(['en/ru', (module.en ?? {}) as Dict, (module.ru ?? {}) as Dict]);
    for (const [name, value] of Object.entries(module)) {
      if (isDict(value) && (isDict(value.en) || isDict(value.ru))) pairs.push([name, (value.en ?? {}) as Dict, (value.ru ?? {}) as Dict]);
    }
    expect(pairs.length, `${file} exports no en/ru dictionary`).toBeGreaterThan(0);
    for (const [name, english, russian] of pairs) expectSameShape(`${path.relative(root, file)} ${name}`, english, russian);
  });

  it('a missing key would be caught: the checker sees through to the leaves', () => {
    expect(() => expectSameShape('probe', { a: 'x', b: { c: 'y' } }, { a: 'х', b: {} })).toThrow();
    expect(() => expectSameShape('probe', { a: 'x {n}' }, { a: 'х' })).toThrow();
    expect(() => expectSameShape('probe', { a: 'x' }, { a: ' ' })).toThrow();
    expect(() => expectSameShape('probe', { a: ['x', 'y'] }, { a: ['х'] })).toThrow();
    expect(() => expectSameShape('probe', { a: ['x', 'y'] }, { a: ['х', ''] })).toThrow();
    expect(() => expectSameShape('probe', { a: ['x', 'y'] }, { a: ['х', 'у'] })).not.toThrow();
  });
});
