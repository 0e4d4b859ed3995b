// What a line of the messenger page says, recognised by the words of cues.ts: text is the most stable cue the live
// portal offers. Matching folds case, «ё» and white space (foldText), so "покупатель " is the tag «Покупатель».
import { PORTAL_FILTERS, type PortalFilter } from '@/lib/presets/filters';
import { foldText } from '@/lib/i18n/text';
import {
  FILTER_ALIASES,
  FILTER_LABELS,
  ORDER_CONTEXT_RE,
  PRODUCT_CONTEXT_RE,
  RESET_LABELS,
  TAG_WORDS,
  YOU_LABELS,
  type ChatTag,
} from './cues';

export type { ChatTag } from './cues';

const norm = foldText;

/** The tag a short line names exactly (Customer / Покупатель / 买家, Support / Поддержка / 客服), else null. */
const TAG_BY_WORD = new Map<string, ChatTag>(
  (Object.entries(TAG_WORDS) as [ChatTag, readonly string[]][]).flatMap(([tag, words]) => words.map((w) => [norm(w), tag] as const)),
);

export function tagOf(line: string): ChatTag | null {
  if (line.length > 24) return null;
  return TAG_BY_WORD.get(norm(line)) ?? null;
}

/** The filter a control's label names exactly, else null. */
export function filterOfLabel(label: string): PortalFilter | null {
  const n = norm(label);
  if (n.length === 0 || n.length > 40) return null;
  for (const filter of PORTAL_FILTERS) {
    const { en, ru, zh } = FILTER_LABELS[filter];
    if (norm(en) === n || norm(ru) === n || norm(zh) === n || FILTER_ALIASES[filter]?.some((a) => norm(a) === n)) return filter;
  }
  return null;
}

export const isResetLabel = (label: string): boolean => RESET_LABELS.some((w) => norm(w) === norm(label));

const YOU_FOLDED = new Set(YOU_LABELS.map(norm));
export const isYouLabel = (line: string): boolean => line.length <= 8 && YOU_FOLDED.has(norm(line));

export type RowContext = { kind: 'order'; orderNumber: string } | { kind: 'product'; product: string };

/** The order or product a dialogue is about, from its «Заказ №…» / «Товар: …» / «订单号…» line, else null. */
export function contextOf(line: string): RowContext | null {
  const order = ORDER_CONTEXT_RE.exec(line);
  const orderNumber = order?.[1] ?? order?.[2];
  if (orderNumber) return { kind: 'order', orderNumber };
  const product = PRODUCT_CONTEXT_RE.exec(line.trim());
  if (product?.[1]) return { kind: 'product', product: product[1].trim() };
  return null;
}
