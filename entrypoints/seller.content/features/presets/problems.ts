// What the sidebar says when presets could not be loaded or applied, already in words (en/ru).
import { RequestError } from '@/lib/protocol/send';
import { FILTER_LABELS, type PortalFilter } from '@/lib/presets/filters';

export type ProblemText = { en: string; ru: string };

/** A failed request in the background's words, else the error's message. */
export function problemText(error: unknown): ProblemText {
  if (error instanceof RequestError) return { en: error.in('en'), ru: error.in('ru') };
  const message = error instanceof Error ? error.message : String(error);
  return { en: message, ru: message };
}

/** The portal filters a preset could not set: the list shows the portal's current filters. */
export function filtersProblem(failed: readonly PortalFilter[]): ProblemText {
  const names = (lang: 'en' | 'ru') => failed.map((f) => `«${FILTER_LABELS[f][lang]}»`).join(', ');
  return {
    en: `Could not set the portal's filter ${names('en')}: the list shows the portal's current filters.`,
    ru: `Не удалось установить фильтр кабинета ${names('ru')}: список показан по текущим фильтрам кабинета.`,
  };
}
