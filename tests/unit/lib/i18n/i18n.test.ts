import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allDictionaries, LANGS, resolveLang, t } from '@/lib/i18n';
import { foldText, format, oneLine } from '@/lib/i18n/text';
import { normaliseText } from '@/lib/shipments/status';
import { isYouLabel, tagOf } from '@/entrypoints/seller.content/portal/messenger';

describe('i18n', () => {
  it('has every key in every language, none empty', () => {
    const en = Object.keys(allDictionaries.en).sort();
    for (const lang of LANGS) expect(Object.keys(allDictionaries[lang]).sort()).toEqual(en);
    for (const lang of LANGS) for (const key of en) expect(allDictionaries[lang][key as keyof typeof allDictionaries.en]).not.toBe('');
  });
  it('has the same placeholders in every language', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(allDictionaries.en) as (keyof typeof allDictionaries.en)[]) {
      for (const lang of LANGS) expect(holes(allDictionaries[lang][key])).toEqual(holes(allDictionaries.en[key]));
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
  it('has the manifest strings in zh_CN too, none empty', () => {
    const read = (l: string) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const zh = read('zh_CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(read('en')).sort());
    for (const [key, { message }] of Object.entries(zh)) expect(message.trim(), key).not.toBe('');
  });
  it('"auto" follows the portal\'s Chinese (<html lang> zh, zh-Hans, zh-CN) and the browser\'s', () => {
    for (const hint of ['zh', 'zh-Hans', 'zh-CN', 'zh-hans-CN', 'ZH-cn']) expect(resolveLang('auto', hint), hint).toBe('zh');
    expect(resolveLang('zh', 'ru')).toBe('zh');
    expect(resolveLang('ru', 'zh-CN')).toBe('ru');
    // Not a Chinese tag: "zhx" is no language we speak.
    expect(resolveLang('auto', 'zhx')).toBe('en');
    expect(resolveLang('auto', '')).toBe('en');
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

describe('UI string parameters (one rule for every string: t() over the one dictionary)', () => {
  it('replaces known names, leaves unknown ones, and t() fills by that rule', () => {
    expect(format('{a} and {b}, {a}', { a: 1, b: 'x' })).toBe('1 and x, 1');
    expect(format('{missing} stays', {})).toBe('{missing} stays');
    expect(t('ru', 'quickRepliesCount', { length: 12, max: 1000 })).toBe(format(allDictionaries.ru.quickRepliesCount, { length: 12, max: 1000 }));
    expect(t('ru', 'partFilter', { label: 'Только новые' })).toBe('фильтр «Только новые»');
    expect(t('en', 'rangeError', { min: 1, max: 9 })).toContain('1');
    expect(t('en', 'rangeError', { min: 1, max: 9 })).toContain('9');
  });
});
