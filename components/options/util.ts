import { RequestError } from '@/lib/protocol/send';
import { t, type Lang } from '@/lib/i18n';

/** The text to show for a failed request, in the page's language. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof RequestError) return error.in(lang);
  return error instanceof Error ? error.message : String(error);
}

/** The field a failed request blames, when it names one. */
export function errorField(error: unknown): string | undefined {
  return error instanceof RequestError ? error.field : undefined;
}

/** A number field's bounds with the error that names them, so the two cannot drift apart. */
export function range(lang: Lang, min: number, max: number): { min: number; max: number; rangeError: string } {
  return { min, max, rangeError: t(lang, 'rangeError', { min, max }) };
}

/** A fresh id for a new preset or template (the schemas allow [a-z0-9-]). */
export function newId(prefix: string): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `${prefix}-${random}`.toLowerCase().slice(0, 64);
}
