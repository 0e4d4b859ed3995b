// The portal's own words the report may name as `label:<key>` (and `tag:<tag>`): taken from the pages' cue files
// (portal/messenger/cues.ts, portal/orders/cues.ts), so the report and the adapters agree on what a label is.
import { RESET_LABELS, TAG_WORDS, YOU_LABELS, type ChatTag } from '../portal/messenger/cues';
import { filterOfLabel, isResetLabel, isYouLabel } from '../portal/messenger/words';
import { FILTER_LABELS, PORTAL_FILTERS } from '@/lib/presets/filters';
import { COLUMN_LABELS, ORDER_TAB_WORDS, PORTAL_CONTACT_LABELS, type ColumnKey } from '../portal/orders/cues';
import { STATUS_WORDS, statusOfExactText, type StatusCode } from '@/lib/shipments/status';
import { foldText } from '@/lib/i18n/text';

const columnOf = new Map<string, ColumnKey>(
  (Object.entries(COLUMN_LABELS) as [ColumnKey, readonly string[]][]).flatMap(([key, words]) => words.map((w) => [foldText(w), key] as const)),
);
const tabOf = new Map<string, string>(Object.entries(ORDER_TAB_WORDS).flatMap(([tab, words]) => words.map((w) => [foldText(w), tab] as const)));
const contactWords = new Set(PORTAL_CONTACT_LABELS.map(foldText));

/** The label key of a text that is exactly one of the portal's known labels, else null. */
export function labelKeyOf(text: string): string | null {
  if (text.length > 60) return null;
  const filter = filterOfLabel(text);
  if (filter) return `filter:${filter}`;
  if (isResetLabel(text)) return 'reset-filters';
  if (isYouLabel(text)) return 'you';
  const status = statusOfExactText(text);
  if (status) return `status:${status}`;
  const folded = foldText(text);
  const tab = tabOf.get(folded);
  if (tab) return `tab:${tab}`;
  const column = columnOf.get(folded);
  if (column) return `column:${column}`;
  if (contactWords.has(folded)) return 'contact-customer';
  return null;
}

/** Every wording we know for a label key or tag (used to replay a report as a page). */
export function wordsOf(category: string): readonly string[] {
  const [kind, ...rest] = category.split(':');
  const key = rest.join(':');
  if (kind === 'tag') {
    const tag = key as ChatTag;
    return TAG_WORDS[tag] ?? [];
  }
  if (kind !== 'label') return [];
  const [group, code = ''] = key.split(':');
  switch (group) {
    case 'filter': {
      const filter = PORTAL_FILTERS.find((f) => f === code);
      return filter ? Object.values(FILTER_LABELS[filter]) : [];
    }
    case 'reset-filters':
      return RESET_LABELS;
    case 'you':
      return YOU_LABELS;
    case 'status':
      return Object.hasOwn(STATUS_WORDS, code) ? STATUS_WORDS[code as StatusCode] : [];
    case 'tab':
      return ORDER_TAB_WORDS[code] ?? [];
    case 'column':
      return Object.hasOwn(COLUMN_LABELS, code) ? COLUMN_LABELS[code as ColumnKey] : [];
    case 'contact-customer':
      return PORTAL_CONTACT_LABELS;
    default:
      return [];
  }
}
