// One lookup, t(lang, key, params), over one dictionary per language (lib/i18n/<lang>/, by subject). A tiny typed
// dictionary rather than browser.i18n: the UI follows the *portal's* language or the user's choice at run time, which
// browser.i18n (fixed to the browser's locale) cannot do. Manifest strings use _locales.
import { en, type MessageKey } from './en';
import { ru } from './ru';
import { zh } from './zh';
import { LANGS, type Lang } from './lang';
import { format } from './text';

export { LANGS, LANGUAGE_NAMES, LOCALES, resolveLang, type Lang } from './lang';
export type { MessageKey };

export type Dictionary = Readonly<Record<MessageKey, string>>;
export type Params = Readonly<Record<string, string | number>>;
/** One text in every language: what the background sends before it knows the reader's (ReplyError.text). */
export type Texts = Readonly<Record<Lang, string>>;

export const allDictionaries: Readonly<Record<Lang, Dictionary>> = { en, ru, zh };

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const template = allDictionaries[lang][key];
  return params ? format(template, params) : template;
}

/** A text in every language, each made by `text`. */
export function inEveryLang(text: (lang: Lang) => string): Texts {
  return Object.fromEntries(LANGS.map((lang) => [lang, text(lang)])) as Record<Lang, string>;
}

/** One key's text in every language. */
export function textsOf(key: MessageKey, params?: Params): Texts {
  return inEveryLang((lang) => t(lang, key, params));
}
