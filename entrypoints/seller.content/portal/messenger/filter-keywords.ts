// A Chinese filter bar read by its key words, for when no label is one we know: the portal's Chinese labels are
// assumed (docs/portal-reading.md), so the filters do not depend on them alone. Only a control that sits with
// others of the bar counts (at least three different filters read in one group): a lone «订单» button elsewhere
// is not a filter. The filters' last fallback (filters.ts).
import type { PortalFilter } from '@/lib/presets/filters';
import { isPortalElement, labelOf } from '../dom-text';
import { CONTROL_SELECTOR } from './cues';

const CJK = /[\u4e00-\u9fff]/;
const MAX_LABEL = 12;
/** How many different filters a group must show before its controls are read as the filter bar. */
const MIN_GROUP = 3;
/** How far up from a control its group may be (a control may be wrapped once or twice). */
const GROUP_DEPTH = 3;

/** The filter a short Chinese label speaks of, by its key words, else null. The customer's reply is told first. */
export function filterOfKeywords(label: string): PortalFilter | null {
  const text = label.replace(/\s+/g, '');
  if (text.length === 0 || text.length > MAX_LABEL || !CJK.test(text)) return null;
  if (/回复|答复|回答/.test(text)) return /客户|买家|顾客/.test(text) ? 'without-customer-reply' : 'without-my-reply';
  if (/订单/.test(text)) return 'by-order';
  if (/商品|产品|货品/.test(text)) return 'by-products';
  if (/未读|仅新|只看新/.test(text)) return 'unread';
  if (/全部|所有/.test(text)) return 'all';
  return null;
}

export interface KeywordControl {
  filter: PortalFilter;
  el: HTMLElement;
}

/** Controls of the page read by key words, kept only where they sit in a group of the filter bar. */
export function keywordControls(scope: ParentNode): KeywordControl[] {
  const candidates: KeywordControl[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)) {
    const filter = filterOfKeywords(labelOf(el));
    if (filter && isPortalElement(el)) candidates.push({ filter, el });
  }
  return candidates.filter((c) => inGroup(c.el, candidates));
}

function inGroup(el: HTMLElement, all: readonly KeywordControl[]): boolean {
  let group: Element | null = el.parentElement;
  for (let depth = 0; group && depth < GROUP_DEPTH; depth++, group = group.parentElement) {
    const filters = new Set(all.filter((c) => group!.contains(c.el)).map((c) => c.filter));
    if (filters.size >= MIN_GROUP) return true;
  }
  return false;
}
