// The language preference gains 中文 (issue #15): a preference stored or exported before keeps working, and 'zh'
// is accepted wherever preferences cross a boundary (the stored record, a setPrefs patch, a settings file).
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DEFAULT_PREFS, LanguageChoice, PrefsPatchSchema, withDefaults } from '@/lib/prefs';
import { parseSettingsDocument } from '@/lib/settings-io';
import { validJson } from './settings-io-fixture';

describe('the language preference', () => {
  it.each(['en', 'ru', 'auto'] as const)('a stored %s (written before Chinese was added) reads back unchanged', (language) => {
    const stored = { language, sidebar: { open: false, width: 400 }, syncIntervalMinutes: 15 };
    expect(withDefaults(stored)).toEqual({ ...DEFAULT_PREFS, language, sidebar: { open: false, width: 400 }, syncIntervalMinutes: 15 });
  });

  it('accepts 中文 (zh) in the stored record and in a patch', () => {
    expect(withDefaults({ language: 'zh' }).language).toBe('zh');
    expect(v.safeParse(PrefsPatchSchema, { language: 'zh' }).success).toBe(true);
    expect(v.picklist(['auto', 'en', 'ru', 'zh']).options).toEqual(LanguageChoice.options);
  });

  it('an unknown language falls back to auto, the rest of the record kept', () => {
    expect(withDefaults({ language: 'zh-TW', nonMatchingRows: 'hide' })).toEqual({ ...DEFAULT_PREFS, nonMatchingRows: 'hide' });
  });

  it('a settings file may choose zh; a file from before (ru) still imports', () => {
    const chinese = validJson();
    (chinese.prefs as { language: string }).language = 'zh';
    const result = parseSettingsDocument(chinese);
    expect(result.ok && result.doc.prefs.language).toBe('zh');
    const before = parseSettingsDocument(validJson());
    expect(before.ok && before.doc.prefs.language).toBe('ru');
  });
});
