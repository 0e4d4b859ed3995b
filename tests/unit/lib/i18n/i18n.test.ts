import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allDictionaries, resolveLang, t } from '@/lib/i18n';
import { foldText, format, oneLine } from '@/lib/i18n/text';
import { pagesText } from '@/lib/i18n/pages-t';
import { format as templatesFormat } from '@/entrypoints/seller.content/features/quick-replies/strings';
import { normaliseText } from '@/lib/shipments/status';
import { isYouLabel, tagOf } from '@/entrypoints/seller.content/portal/messenger';

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    const en = Object.keys(allDictionaries.en).sort();
    expect(Object.keys(allDictionaries.ru).sort()).toEqual(en);
    for (const lang of ['en', 'ru'] as const) for (const key of en) expect(allDictionaries[lang][key as keyof typeof allDictionaries.en]).not.toBe('');
  });
  it('has the same placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(allDictionaries.en) as (keyof typeof allDictionaries.en)[]) {
      expect(holes(allDictionaries.ru[key])).toEqual(holes(allDictionaries.en[key]));
    }
  });
  it('has the manifest strings in both _locales', () => {
    const read = (l: string) => Object.keys(JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8'))).sort();
    expect(read('ru')).toEqual(read('en'));
  });
  it('fills placeholders and resolves the language', () => {
    expect(t('en', 'noteUnrecognised', { parts: 'chat list' })).toContain('chat list');
    expect(resolveLang('auto', 'ru-RU')).toBe('ru');
    expect(resolveLang('auto', 'en')).toBe('en');
    expect(resolveLang('en', 'ru')).toBe('en');
  });
});

describe('visible text folding (one rule for the portal adapters, shipments and templates)', () => {
  it('oneLine collapses every kind of white space and trims', () => {
    expect(oneLine('  Anna\u00a0K.\n\t 12:30 ')).toBe('Anna K. 12:30');
    expect(oneLine('')).toBe('');
  });
  it('foldText also ignores case and «ё» / «е» in both languages', () => {
    expect(foldText(' Идёт  ПРИЁМКА\u00a0')).toBe('идет приемка');
    expect(foldText('Awaiting\nPackaging')).toBe('awaiting packaging');
    expect(normaliseText('Отменён')).toBe(foldText('отменен'));
    expect(tagOf(' ПОКУПАТЕЛЬ ')).toBe('customer');
    expect(isYouLabel('вы')).toBe(true);
    expect(tagOf('Покупатель Иван')).toBeNull();
  });
});

describe('UI string parameters (one rule for the dictionaries, the pages and the templates’ strings)', () => {
  it('replaces known names, leaves unknown ones, and the three lookups agree', () => {
    expect(format('{a} and {b}, {a}', { a: 1, b: 'x' })).toBe('1 and x, 1');
    expect(format('{missing} stays', {})).toBe('{missing} stays');
    expect(templatesFormat).toBe(format);
    expect(t('ru', 'partFilter', { label: 'Только новые' })).toBe('фильтр «Только новые»');
    expect(pagesText('en', 'rangeError', { min: 1, max: 9 })).toContain('1');
    expect(pagesText('en', 'rangeError', { min: 1, max: 9 })).toContain('9');
  });
});
