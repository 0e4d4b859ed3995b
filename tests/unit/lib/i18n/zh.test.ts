// Every Chinese text is Chinese: no Latin or Cyrillic letters outside brand and technical words and {placeholders}
// (tests/unit/support/untranslated.ts), and the probe would see one.
import { describe, expect, it } from 'vitest';
import { allDictionaries, t } from '@/lib/i18n';
import { hasForeignLetters } from '../../support/untranslated';

describe('the zh dictionary', () => {
  it('has no untranslated text', () => {
    const left = Object.entries(allDictionaries.zh).filter(([, text]) => hasForeignLetters(text));
    expect(left).toEqual([]);
  });

  it('differs from English in every text but names', () => {
    const same = Object.entries(allDictionaries.zh).filter(([key, text]) => text === allDictionaries.en[key as keyof typeof allDictionaries.en]);
    expect(same.map(([key]) => key).sort()).toEqual(['apiKey', 'clientId', 'presetSku', 'sidebarTitle']);
  });

  it('the probe sees English and Russian, and lets names, data, addresses and placeholders through', () => {
    expect(hasForeignLetters(t('en', 'popupTitle'))).toBe(true);
    expect(hasForeignLetters(t('ru', 'popupTitle'))).toBe(true);
    expect(hasForeignLetters('Ozon 的 API 密钥：https://seller.ozon.ru/app，{name}')).toBe(false);
    expect(hasForeignLetters('店铺 Main store')).toBe(true);
    expect(hasForeignLetters('店铺 Main store', ['Main store'])).toBe(false);
    expect(hasForeignLetters('APIs')).toBe(true);
  });
});
