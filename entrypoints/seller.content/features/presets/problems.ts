// What the sidebar says when presets could not be loaded or applied, already in words in every language.
import { RequestError } from '@/lib/protocol/send';
import type { PortalFilter } from '@/lib/presets/filters';
import { filterLabel } from '@/lib/presets/filter-label';
import { inEveryLang, t, type Texts } from '@/lib/i18n';

/** A failed request in the background's words, else the error's message. */
export function problemText(error: unknown): Texts {
  if (error instanceof RequestError) return inEveryLang((lang) => error.in(lang));
  const message = error instanceof Error ? error.message : String(error);
  return inEveryLang(() => message);
}

/** The portal filters a preset could not set: the list shows the portal's current filters. */
export function filtersProblem(failed: readonly PortalFilter[]): Texts {
  return inEveryLang((lang) => t(lang, 'presetFiltersNotSet', { names: failed.map((f) => t(lang, 'quoted', { text: filterLabel(f, lang) })).join(t(lang, 'listSeparator')) }));
}
