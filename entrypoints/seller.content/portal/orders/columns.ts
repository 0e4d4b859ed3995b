// The orders list's columns, by their header labels (cues.ts): which column holds the status, the delivery method,
// the customer, the products. Tables, ARIA grids and grids of divs alike.
import { normaliseText } from '@/lib/shipments/status';
import { isPortalElement } from '../dom-text';
import { COLUMN_LABELS, DETAILS_PANEL_SELECTOR, HEADER_CELL_SELECTOR, ROW_SELECTOR, TABLE_SELECTOR, type ColumnKey } from './cues';

/** Elements of the list itself: not in the details panel, not ours. */
export function isListElement(el: Element): boolean {
  return !el.closest(DETAILS_PANEL_SELECTOR) && isPortalElement(el);
}

export function columnOfLabel(text: string): ColumnKey | null {
  const norm = normaliseText(text);
  if (!norm || norm.length > 40) return null;
  for (const [key, labels] of Object.entries(COLUMN_LABELS) as [ColumnKey, readonly string[]][]) {
    if (labels.includes(norm)) return key;
  }
  return null;
}

/** A header row (of a table or a grid of divs): an element whose children are column labels. */
export function looksLikeHeader(el: Element): boolean {
  if (el.querySelector(HEADER_CELL_SELECTOR) || el.matches(HEADER_CELL_SELECTOR)) return true;
  let labels = 0;
  for (const child of el.children) if (columnOfLabel(child.textContent ?? '')) labels++;
  return labels >= 2;
}

/** Column maps found during one pass over the list, per table or rows' container (the header is looked up once). */
export type HeaderCache = Map<Element, Map<number, ColumnKey> | null>;

/** The header labels of the list a row belongs to, by column index (tables, ARIA grids, grids of divs). */
export function headerColumns(row: HTMLElement, cache?: HeaderCache): Map<number, ColumnKey> | null {
  const table = row.closest(TABLE_SELECTOR);
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

/** The list's column headers (to tell an empty list from a page we no longer recognise). */
export function findColumnHeaders(doc: Document = document): ColumnKey[] {
  const found = new Set<ColumnKey>();
  for (const el of doc.querySelectorAll(`${HEADER_CELL_SELECTOR}, div, span`)) {
    if (el.children.length > 0 && !el.matches(HEADER_CELL_SELECTOR)) continue;
    if (!isListElement(el)) continue;
    const key = columnOfLabel(el.textContent ?? '');
    if (key) found.add(key);
  }
  return [...found];
}
