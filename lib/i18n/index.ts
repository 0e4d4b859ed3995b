// A tiny typed dictionary rather than browser.i18n: the UI follows the *portal's* language or the user's
// choice at run time, which browser.i18n (fixed to the browser's locale) cannot do. Manifest strings use _locales.
import { en, type MessageKey } from './en';
import { ru } from './ru';
import { format } from './text';

export type Lang = 'en' | 'ru';
export type { MessageKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, ru };

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[lang][key];
  return params ? format(template, params) : template;
}

/** The language to show: the user's choice, else the page's (or browser's) language when it is Russian. */
export function resolveLang(choice: 'auto' | Lang, hint: string | null | undefined): Lang {
  if (choice !== 'auto') return choice;
  return hint && /^ru\b/i.test(hint) ? 'ru' : 'en';
}

export const allDictionaries = dictionaries;
