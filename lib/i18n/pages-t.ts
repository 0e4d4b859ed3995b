// Lookup for the pages' own strings (popup, options). Same shape as lib/i18n/index.ts's t(), separate file so
// the pages' dictionaries stay with the pages.
import { pagesEn, type PagesKey } from './pages-en';
import { pagesRu } from './pages-ru';

export type { PagesKey };
type PagesLang = 'en' | 'ru';

export const pagesDictionaries: Record<PagesLang, Record<PagesKey, string>> = { en: pagesEn, ru: pagesRu };

export function pagesText(lang: PagesLang, key: PagesKey, params?: Record<string, string | number>): string {
  const template = pagesDictionaries[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A scam-guard reason in words; an unknown (newer) code is shown as it is. */
export function reasonText(lang: PagesLang, code: string): string {
  const key = `reason:${code}`;
  return key in pagesEn ? pagesDictionaries[lang][key as PagesKey] : code;
}
