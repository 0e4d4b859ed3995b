// Every language's dictionary against English, subject file by subject file (lib/i18n/<lang>/*.ts): the same files,
// the same keys, the same {placeholders}, no empty value; no key in two subject files (the merged dictionary would
// keep only one of them); and no dictionary outside lib/i18n.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { allDictionaries, LANGS } from '@/lib/i18n';

type Dict = Record<string, unknown>;

const root = path.resolve(import.meta.dirname, '../../../..');
const I18N = path.join(root, 'lib/i18n');

function stringFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return stringFiles(full);
    return /strings.*\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The subject files of a language: every file of its folder but index.ts, which merges them. */
const subjectFiles = (lang: string) => fs.readdirSync(path.join(I18N, lang)).filter((name) => name.endsWith('.ts') && name !== 'index.ts').sort();

/** A subject file's one dictionary (each exports exactly one). */
async function subject(lang: string, file: string): Promise<Dict> {
  const module = (await import(/* @vite-ignore */ path.join(I18N, lang, file))) as Record<string, unknown>;
  const exported = Object.values(module);
  expect(exported.length, `${lang}/${file} exports one dictionary`).toBe(1);
  return exported[0] as Dict;
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

const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function expectSameShape(name: string, english: Dict, other: Dict) {
  const a = leaves(english);
  const b = leaves(other);
  expect([...b.keys()].sort(), `${name}: keys`).toEqual([...a.keys()].sort());
  for (const [key, value] of [...a, ...b]) {
    expect(typeof value === 'function' || (typeof value === 'string' && value.trim() !== ''), `${name}: ${key} is empty`).toBe(true);
  }
  for (const [key, value] of a) {
    const text = b.get(key);
    if (typeof value === 'string' && typeof text === 'string') expect(holes(text), `${name}: placeholders of ${key}`).toEqual(holes(value));
  }
}

const others = LANGS.filter((lang) => lang !== 'en');

describe('every dictionary has every language', () => {
  it('lib/i18n has one folder per language of lib/i18n/lang.ts', () => {
    const folders = fs.readdirSync(I18N, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual([...LANGS].sort());
  });

  it.each(others)('%s has the subject files of English', (lang) => expect(subjectFiles(lang)).toEqual(subjectFiles('en')));

  it.each(others.flatMap((lang) => subjectFiles('en').map((file) => [lang, file])))('%s/%s: the keys and placeholders of English, none empty', async (lang, file) => {
    expectSameShape(`lib/i18n/${lang}/${file}`, await subject('en', file), await subject(lang, file));
  });

  it('no key is in two subject files, and the merged dictionary holds every one', async () => {
    const home = new Map<string, string>();
    for (const file of subjectFiles('en')) {
      for (const key of Object.keys(await subject('en', file))) {
        expect(home.get(key), `${key} is in ${home.get(key)} and ${file}`).toBeUndefined();
        home.set(key, file);
      }
    }
    expect(Object.keys(allDictionaries.en).sort()).toEqual([...home.keys()].sort());
  });

  it.each(LANGS)('%s: the merged dictionary has the keys and placeholders of English, none empty', (lang) => {
    expectSameShape(`lib/i18n/${lang}`, allDictionaries.en, allDictionaries[lang]);
  });

  it('the dictionaries are only in lib/i18n: no *strings*.ts in the source', () => {
    const files = ['lib', 'entrypoints', 'components'].flatMap((dir) => stringFiles(path.join(root, dir)));
    expect(files.map((file) => path.relative(root, file))).toEqual([]);
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
