// A portal filter's label in a UI language: the portal's own words (FILTER_LABELS), English where a language has
// none there yet. Every screen asks this rather than indexing FILTER_LABELS, so a language added to the UI before
// the portal reading learns its words shows English labels instead of failing.
import type { Lang } from '../i18n/lang';
import { FILTER_LABELS, type PortalFilter } from './filters';

export function filterLabel(filter: PortalFilter, lang: Lang): string {
  const labels: Partial<Record<Lang, string>> & { en: string } = FILTER_LABELS[filter];
  return labels[lang] ?? labels.en;
}
