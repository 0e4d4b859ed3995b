// Lookup for the pages' own strings (popup, options). Same shape as lib/i18n/index.ts's t(), separate file so
// the pages' dictionaries stay with the pages.
import type { Lang } from './index';
import { pagesEn, type PagesKey } from './pages-en';
import { pagesRu } from './pages-ru';
import { format } from './text';

export type { PagesKey };
type PagesLang = Lang;

export const pagesDictionaries: Record<PagesLang, Record<PagesKey, string>> = { en: pagesEn, ru: pagesRu };

export function pagesText(lang: PagesLang, key: PagesKey, params?: Record<string, string | number>): string {
  const template = pagesDictionaries[lang][key];
  return params ? format(template, params) : template;
}

/** A scam-guard reason in words; an unknown (newer) code is shown as it is. */
export function reasonText(lang: PagesLang, code: string): string {
  const key = `reason:${code}`;
  return key in pagesEn ? pagesDictionaries[lang][key as PagesKey] : code;
}
