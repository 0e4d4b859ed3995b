// The FBS orders list's shipment rows, found by their posting numbers: a details link's query value, else a text of
// the number's shape (cues.ts). Never class names: the portal's are hashed.
import { PORTAL_ORIGIN } from '@/lib/portal-links';
import { isListElement, looksLikeHeader } from './columns';
import { DETAILS_LINK_SELECTOR, DETAILS_QUERY_KEY, LIST_BOUNDARY_SELECTOR, POSTING_NUMBER_EXACT, POSTING_NUMBER_TEXT, ROW_SELECTOR } from './cues';

export interface ShipmentRow {
  /** The nearest row-like element holding exactly this one posting number. */
  row: HTMLElement;
  postingNumber: string;
  /** The element showing the number (the link when there is one): our button goes right after it. */
  numberEl: HTMLElement;
  /** The link that opens the details panel, when the row has one. */
  link: HTMLAnchorElement | null;
}

function postingNumberOfLink(link: HTMLAnchorElement): string | null {
  try {
    const value = new URL(link.getAttribute('href') ?? '', PORTAL_ORIGIN).searchParams.get(DETAILS_QUERY_KEY);
    return value && POSTING_NUMBER_EXACT.test(value) ? value : null;
  } catch {
    return null;
  }
}

interface NumberSighting {
  el: HTMLElement;
  postingNumber: string;
  link: HTMLAnchorElement | null;
}

/** Every posting number shown under `scope` (outside the details panel and our own elements). */
function sightings(scope: ParentNode): NumberSighting[] {
  const out: NumberSighting[] = [];
  const seenLinks = new Set<Element>();
  for (const link of scope.querySelectorAll<HTMLAnchorElement>(DETAILS_LINK_SELECTOR)) {
    if (!isListElement(link)) continue;
    const postingNumber = postingNumberOfLink(link);
    if (!postingNumber) continue;
    seenLinks.add(link);
    out.push({ el: link, postingNumber, link });
  }
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue;
    if (!value || value.length > 40 || !/\d-\d/.test(value)) continue;
    const match = POSTING_NUMBER_TEXT.exec(value.trim());
    const parent = node.parentElement;
    if (!match?.[1] || !parent) continue;
    const link = parent.closest<HTMLAnchorElement>(DETAILS_LINK_SELECTOR);
    if (link && seenLinks.has(link)) continue;
    if (!isListElement(parent)) continue;
    out.push({ el: parent, postingNumber: match[1], link: null });
  }
  return out;
}

function isBoundary(el: Element): boolean {
  return el.matches(LIST_BOUNDARY_SELECTOR) || el === el.ownerDocument.body || el === el.ownerDocument.documentElement;
}

/**
 * Finds the shipment rows under `scope`. The row is a native/ARIA row when there is one; else the highest ancestor
 * of the number that still holds no other posting number, below the list's container (a boundary, a parent holding
 * another number, or a parent holding the header row).
 */
export function findShipmentRows(scope: ParentNode = document): ShipmentRow[] {
  const seen = sightings(scope);
  // Distinct numbers per ancestor, computed once: each sighting walks up and leaves its number on the way.
  const numbersIn = new Map<Element, Set<string>>();
  for (const s of seen) {
    for (let el: Element | null = s.el; el; el = el.parentElement) {
      let set = numbersIn.get(el);
      if (!set) numbersIn.set(el, (set = new Set()));
      set.add(s.postingNumber);
    }
  }
  const count = (el: Element): number => numbersIn.get(el)?.size ?? 0;

  const rows = new Map<HTMLElement, ShipmentRow>();
  for (const s of seen) {
    let row: HTMLElement | null = null;
    const native = s.el.closest<HTMLElement>(ROW_SELECTOR);
    if (native && count(native) === 1 && isListElement(native)) row = native;
    if (!row) {
      let cur: HTMLElement = s.el;
      for (let parent = cur.parentElement; parent && !isBoundary(parent) && count(parent) === 1; parent = cur.parentElement) {
        if ([...parent.children].some((child) => child !== cur && !child.contains(cur) && looksLikeHeader(child))) break;
        cur = parent;
      }
      row = cur;
    }
    const known = rows.get(row);
    // Prefer the sighting with a link (the number is shown once as a link, maybe again as text).
    if (!known || (!known.link && s.link)) rows.set(row, { row, postingNumber: s.postingNumber, numberEl: s.el, link: s.link });
  }
  return [...rows.values()];
}
