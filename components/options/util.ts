import { RequestError } from '@/lib/protocol/send';
import type { Lang } from '@/lib/i18n';
import { pagesText, type PagesKey } from '@/lib/i18n/pages-t';

/** The text to show for a failed request, in the page's language. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof RequestError) return error.in(lang);
  return error instanceof Error ? error.message : String(error);
}

/** The field a failed request blames, when it names one. */
export function errorField(error: unknown): string | undefined {
  return error instanceof RequestError ? error.field : undefined;
}

export type Translate = (key: PagesKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => pagesText(lang, key, params);
}

/** A number field's bounds with the error that names them, so the two cannot drift apart. */
export function range(p: Translate, min: number, max: number): { min: number; max: number; rangeError: string } {
  return { min, max, rangeError: p('rangeError', { min, max }) };
}

/** A fresh id for a new preset or template (the schemas allow [a-z0-9-]). */
export function newId(prefix: string): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `${prefix}-${random}`.toLowerCase().slice(0, 64);
}
