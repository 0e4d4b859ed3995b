// Adapters for the FBS orders list (`/app/postings/fbs`, `/app/postings/crossborder/fbs`): shipment rows, their
// posting numbers, status and delivery scheme, and the details panel with the portal's own Contact Customer button.
// Found by posting-number shape, link targets, visible text and roles only (see orders-cues.ts).
import { normaliseText, statusOfExactText, statusOfText, type StatusCode } from '@/lib/shipments/status';
import { schemeOfText, type Scheme } from '@/lib/shipments/scheme';
import { OWNED_ATTRIBUTE } from '../../observer';
import { oneLine } from '@/lib/i18n/text';
import {
  CELL_SELECTOR,
  COLUMN_LABELS,
  DETAILS_LINK_SELECTOR,
  DETAILS_PANEL_SELECTOR,
  DETAILS_QUERY_KEY,
  HEADER_CELL_SELECTOR,
  LIST_BOUNDARY_SELECTOR,
  PORTAL_CONTACT_LABELS,
  POSTING_NUMBER_EXACT,
  POSTING_NUMBER_TEXT,
  ROW_SELECTOR,
  type ColumnKey,
} from './cues';

export interface ShipmentRow {
  /** The nearest row-like element holding exactly this one posting number. */
  row: HTMLElement;
  postingNumber: string;
  /** The element showing the number (the link when there is one): our button goes right after it. */
  numberEl: HTMLElement;
  /** The link that opens the details panel, when the row has one. */
  link: HTMLAnchorElement | null;
}

export interface ShipmentFacts {
  status: StatusCode | null;
  statusText: string | null;
  scheme: Scheme | null;
  deliveryText: string | null;
  customer: string | null;
  products: string[];
}

const SKIP_SELECTOR = `${DETAILS_PANEL_SELECTOR}, [${OWNED_ATTRIBUTE}], seller-sidekick`;

function postingNumberOfLink(link: HTMLAnchorElement): string | null {
  try {
    const value = new URL(link.getAttribute('href') ?? '', 'https://seller.ozon.ru').searchParams.get(DETAILS_QUERY_KEY);
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
    if (link.closest(SKIP_SELECTOR)) continue;
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
    if (parent.closest(SKIP_SELECTOR)) continue;
    out.push({ el: parent, postingNumber: match[1], link: null });
  }
  return out;
}

function isBoundary(el: Element): boolean {
  return el.matches(LIST_BOUNDARY_SELECTOR) || el === el.ownerDocument.body || el === el.ownerDocument.documentElement;
}

/** A header row (of a table or a grid of divs): an element whose children are column labels. */
function looksLikeHeader(el: Element): boolean {
  if (el.querySelector(HEADER_CELL_SELECTOR) || el.matches(HEADER_CELL_SELECTOR)) return true;
  let labels = 0;
  for (const child of el.children) if (columnOfLabel(child.textContent ?? '')) labels++;
  return labels >= 2;
}

function columnOfLabel(text: string): ColumnKey | null {
  const norm = normaliseText(text);
  if (!norm || norm.length > 40) return null;
  for (const [key, labels] of Object.entries(COLUMN_LABELS) as [ColumnKey, readonly string[]][]) {
    if (labels.includes(norm)) return key;
  }
  return null;
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
    if (native && count(native) === 1 && !native.closest(SKIP_SELECTOR)) row = native;
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

/** Column maps found during one pass over the list, per table or rows' container (the header is looked up once). */
export type HeaderCache = Map<Element, Map<number, ColumnKey> | null>;

/** The header labels of the list a row belongs to, by column index (tables, ARIA grids, grids of divs). */
function headerColumns(row: HTMLElement, cache?: HeaderCache): Map<number, ColumnKey> | null {
  const table = row.closest('table, [role="table"], [role="grid"]');
  const key = table ?? row.parentElement;
  if (cache && key && cache.has(key)) return cache.get(key) ?? null;
  const columns = findHeaderColumns(row, table);
  if (cache && key) cache.set(key, columns);
  return columns;
}

function findHeaderColumns(row: HTMLElement, table: Element | null): Map<number, ColumnKey> | null {
  let headerCells: Element[] = [];
  if (table) {
    const headerRow = [...table.querySelectorAll(ROW_SELECTOR)].find((r) => r.querySelector(HEADER_CELL_SELECTOR));
    if (headerRow) headerCells = [...headerRow.children];
  }
  if (headerCells.length === 0 && row.parentElement) {
    const header = [...row.parentElement.children].find((child) => child !== row && looksLikeHeader(child));
    if (header) headerCells = [...header.children];
  }
  if (headerCells.length === 0) return null;
  const columns = new Map<number, ColumnKey>();
  headerCells.forEach((cell, index) => {
    const key = columnOfLabel(cell.textContent ?? '');
    if (key && ![...columns.values()].includes(key)) columns.set(index, key);
  });
  return columns.size > 0 ? columns : null;
}

function rowCells(row: HTMLElement): Element[] {
  const cells = [...row.children].filter((c) => !c.hasAttribute(OWNED_ATTRIBUTE));
  const native = cells.filter((c) => c.matches(CELL_SELECTOR));
  return native.length > 0 ? native : cells;
}

/** Visible text of an element without what we added ourselves. */
export function textWithoutOurs(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(`[${OWNED_ATTRIBUTE}]`)) continue;
    text += ` ${node.nodeValue ?? ''}`;
  }
  return oneLine(text);
}

/** The texts of the row's leaf-most elements, in order (for rows without usable headers). */
function leafTexts(row: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of row.querySelectorAll('*')) {
    if (el.closest(`[${OWNED_ATTRIBUTE}]`)) continue;
    if ([...el.children].some((c) => !c.hasAttribute(OWNED_ATTRIBUTE) && (c.textContent ?? '').trim())) continue;
    const text = (el.textContent ?? '').trim();
    if (text) out.push(text);
  }
  return out;
}

/** Reads a row's status, delivery scheme, customer and products: by column headers first, else by the words. */
export function readShipmentRow(shipment: ShipmentRow, cache?: HeaderCache): ShipmentFacts {
  const facts: ShipmentFacts = { status: null, statusText: null, scheme: null, deliveryText: null, customer: null, products: [] };
  const columns = headerColumns(shipment.row, cache);
  if (columns) {
    const cells = rowCells(shipment.row);
    for (const [index, key] of columns) {
      const cell = cells[index];
      if (!cell) continue;
      const text = textWithoutOurs(cell);
      if (key === 'status' && text) {
        facts.statusText = text;
        facts.status = statusOfText(text);
      } else if (key === 'delivery' && text) {
        facts.deliveryText = text;
        facts.scheme = schemeOfText(text);
      } else if (key === 'customer' && text) {
        facts.customer = text;
      } else if (key === 'products') {
        facts.products = [...cell.children].map((c) => textWithoutOurs(c)).filter(Boolean);
        if (facts.products.length === 0 && text) facts.products = [text];
      }
    }
  }
  if (facts.status === null || facts.scheme === null) {
    for (const text of leafTexts(shipment.row)) {
      if (facts.status === null) {
        const status = statusOfExactText(text);
        if (status) {
          facts.status = status;
          facts.statusText = text;
          continue;
        }
      }
      if (facts.scheme === null && text.length <= 80) {
        const scheme = schemeOfText(text);
        if (scheme) {
          facts.scheme = scheme;
          facts.deliveryText = text;
        }
      }
    }
  }
  return facts;
}

/** The URL of a shipment's details panel on the current orders page (keeps the path and the tab). */
export function detailsHref(currentHref: string, postingNumber: string): string {
  const url = new URL(currentHref);
  url.searchParams.set(DETAILS_QUERY_KEY, postingNumber);
  return url.pathname + url.search;
}

/** The open details panel (of this posting, when given), or null. */
export function findDetailsPanel(doc: Document = document, postingNumber?: string): HTMLElement | null {
  for (const panel of doc.querySelectorAll<HTMLElement>(DETAILS_PANEL_SELECTOR)) {
    if (panel.closest(`[${OWNED_ATTRIBUTE}], seller-sidekick`)) continue;
    if (!postingNumber || (panel.textContent ?? '').includes(postingNumber)) return panel;
  }
  return null;
}

/** The portal's own Contact Customer button inside the details panel. */
export function findPortalContactButton(panel: ParentNode): HTMLElement | null {
  for (const el of panel.querySelectorAll<HTMLElement>('button, [role="button"], a')) {
    if (el.closest(`[${OWNED_ATTRIBUTE}]`)) continue;
    if (PORTAL_CONTACT_LABELS.includes(normaliseText(el.textContent ?? ''))) return el;
    const label = el.getAttribute('aria-label');
    if (label && PORTAL_CONTACT_LABELS.includes(normaliseText(label))) return el;
  }
  return null;
}

/** The list's column headers (to tell an empty list from a page we no longer recognise). */
export function findColumnHeaders(doc: Document = document): ColumnKey[] {
  const found = new Set<ColumnKey>();
  for (const el of doc.querySelectorAll(`${HEADER_CELL_SELECTOR}, div, span`)) {
    if (el.children.length > 0 && !el.matches(HEADER_CELL_SELECTOR)) continue;
    if (el.closest(SKIP_SELECTOR)) continue;
    const key = columnOfLabel(el.textContent ?? '');
    if (key) found.add(key);
  }
  return [...found];
}
