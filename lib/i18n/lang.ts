// The interface's languages. Adding one: its code, own name and Intl locale here, its dictionary in lib/i18n/<code>/
// (the same subject files as lib/i18n/en/, each typed against it), its line in lib/i18n/index.ts and its
// public/_locales folder.

export const LANGS = ['en', 'ru', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name as its speakers write it (the options page's language menu), whatever the UI's language. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский', zh: '中文' };

/** The locale Intl formats numbers and durations in for each UI language (zh is Simplified Chinese). */
export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en', ru: 'ru', zh: 'zh-CN' };

/**
 * The language to show: the user's choice, else the page's (or browser's) language when we speak it, else English.
 * A hint is a language tag: `ru-RU` → ru; `zh`, `zh-Hans`, `zh-CN` (the portal's Chinese) → zh.
 */
export function resolveLang(choice: 'auto' | Lang, hint: string | null | undefined): Lang {
  if (choice !== 'auto') return choice;
  return (hint && LANGS.find((lang) => new RegExp(`^${lang}\\b`, 'i').test(hint))) || 'en';
}
