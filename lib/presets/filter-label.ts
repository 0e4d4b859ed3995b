// A portal filter's label in a UI language: the portal's own words (FILTER_LABELS, which has every UI language).
// Every screen asks this rather than indexing FILTER_LABELS itself.
import type { Lang } from '../i18n/lang';
import { FILTER_LABELS, type PortalFilter } from './filters';

export function filterLabel(filter: PortalFilter, lang: Lang): string {
  return FILTER_LABELS[filter][lang];
}
