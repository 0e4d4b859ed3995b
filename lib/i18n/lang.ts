// The interface's languages. Adding one: its code and own name here, its dictionary in lib/i18n/<code>/ (the same
// subject files as lib/i18n/en/, each typed against it) and its line in lib/i18n/index.ts.

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name as its speakers write it (the options page's language menu), whatever the UI's language. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский' };

/** The language to show: the user's choice, else the page's (or browser's) language when we speak it, else English. */
export function resolveLang(choice: 'auto' | Lang, hint: string | null | undefined): Lang {
  if (choice !== 'auto') return choice;
  return (hint && LANGS.find((lang) => new RegExp(`^${lang}\\b`, 'i').test(hint))) || 'en';
}
