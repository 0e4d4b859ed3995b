// The portal's visible words the adapters recognise, in English and Russian (portal.md §1.1, DOM.md). Text is the
// most stable cue the live portal offers: its class names are hashed and change with every release.
import { FILTER_LABELS, PORTAL_FILTERS, type PortalFilter } from '@/lib/presets/filters';
import { foldText } from '@/lib/i18n/text';

export type ChatTag = 'customer' | 'support';

const norm = foldText;

/**
 * The tag words: English and Russian as Ozon's docs give them; Chinese (the portal's locale=zh-Hans) assumed from
 * Ozon's Chinese seller wording (docs/portal-reading.md says which are confirmed). Where the page uses another word,
 * the list's own repeated word is learned instead (entrypoints/seller.content/portal/messenger/chat-list-model.ts).
 */
export const TAG_WORDS: Record<ChatTag, readonly string[]> = {
  customer: ['Customer', 'Покупатель', '买家', '顾客', '客户'],
  support: ['Support', 'Поддержка', '客服', '支持', 'Ozon客服'],
};

/** The tag a short line names exactly (Customer / Покупатель, Support / Поддержка), else null. */
const TAG_BY_WORD = new Map<string, ChatTag>(
  (Object.entries(TAG_WORDS) as [ChatTag, readonly string[]][]).flatMap(([tag, words]) => words.map((w) => [norm(w), tag] as const)),
);

export function tagOf(line: string): ChatTag | null {
  if (line.length > 24) return null;
  return TAG_BY_WORD.get(norm(line)) ?? null;
}

/**
 * Other exact labels the live portal may use: Ozon's own docs cut the "All …" label off (portal.md §1.1), so the
 * short forms are accepted too.
 */
const FILTER_ALIASES: Partial<Record<PortalFilter, readonly string[]>> = {
  all: ['All', 'Все'],
};

/** The filter a control's label names exactly, else null. */
export function filterOfLabel(label: string): PortalFilter | null {
  const n = norm(label);
  if (n.length === 0 || n.length > 40) return null;
  for (const filter of PORTAL_FILTERS) {
    const { en, ru } = FILTER_LABELS[filter];
    if (norm(en) === n || norm(ru) === n || FILTER_ALIASES[filter]?.some((a) => norm(a) === n)) return filter;
  }
  return null;
}

export const RESET_LABELS: readonly string[] = ['Reset filters', 'Сбросить фильтры'];
export const isResetLabel = (label: string): boolean => RESET_LABELS.some((w) => norm(w) === norm(label));

/** The seller's own messages carry this label above them. */
export const YOU_LABELS: readonly string[] = ['You', 'Вы', '你', '我'];
const YOU_FOLDED = new Set(YOU_LABELS.map(norm));
export const isYouLabel = (line: string): boolean => line.length <= 8 && YOU_FOLDED.has(norm(line));

export const YESTERDAY_WORDS: readonly string[] = ['Yesterday', 'Вчера'];

/** A list row's time: HH:MM (today), Yesterday / Вчера, DD.MM or DD.MM.YYYY. */
export const LIST_TIME_RE = /^(?:\d{1,2}:\d{2}|yesterday|вчера|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)$/i;
/** A message bubble's time: HH:MM, or DD.MM HH:MM (optionally with the year). */
export const BUBBLE_TIME_RE = /^(?:\d{1,2}\.\d{1,2}(?:\.\d{2,4})?,? )?\d{1,2}:\d{2}$/;
/** An unread badge: a small number (the portal may cap it as 99+). */
export const UNREAD_RE = /^\d{1,3}\+?$/;

/** An order number after «Заказ №» / "Order №" (the posting number shape without its last part). */
export const ORDER_CONTEXT_RE = /(?:заказ|order|订单号?|订单编号)\s*(?:№|no\.?|#|:|：)\s*(\d{5,12}-\d{1,6}(?:-\d{1,4})?)|^\s*(?:订单号?|订单编号)\s*(\d{5,12}-\d{1,6}(?:-\d{1,4})?)/i;
/** A product after «Товар:» / "Product:". */
export const PRODUCT_CONTEXT_RE = /^(?:товар|product|商品)\s*[:：]\s*(.+)$/i;

export type RowContext = { kind: 'order'; orderNumber: string } | { kind: 'product'; product: string };

export function contextOf(line: string): RowContext | null {
  const order = ORDER_CONTEXT_RE.exec(line);
  const orderNumber = order?.[1] ?? order?.[2];
  if (orderNumber) return { kind: 'order', orderNumber };
  const product = PRODUCT_CONTEXT_RE.exec(line.trim());
  if (product?.[1]) return { kind: 'product', product: product[1].trim() };
  return null;
}

/** Hours since a list row's time, as a lower bound (Yesterday / a date: since that day ended). Null if unknown. */
export function waitingHoursFromListTime(time: string, now: Date = new Date()): number | null {
  const t = time.trim();
  const hm = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (hm) {
    const at = new Date(now);
    at.setHours(Number(hm[1]), Number(hm[2]), 0, 0);
    // A time later than now is from yesterday (the list shows HH:MM for today only, but clocks may differ).
    if (at.getTime() > now.getTime()) at.setDate(at.getDate() - 1);
    return (now.getTime() - at.getTime()) / 3_600_000;
  }
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  if (YESTERDAY_WORDS.some((w) => norm(w) === norm(t))) return (now.getTime() - midnight.getTime()) / 3_600_000;
  const date = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?$/.exec(t);
  if (date) {
    const year = date[3] ? Number(date[3].length === 2 ? `20${date[3]}` : date[3]) : now.getFullYear();
    const dayEnd = new Date(year, Number(date[2]) - 1, Number(date[1]) + 1, 0, 0, 0, 0);
    if (!date[3] && dayEnd.getTime() > midnight.getTime()) dayEnd.setFullYear(year - 1);
    return Math.max(0, (now.getTime() - dayEnd.getTime()) / 3_600_000);
  }
  return null;
}
