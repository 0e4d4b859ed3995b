// What a shipment row says: its status, delivery scheme, customer and products, read by the column headers
// (columns.ts) first, else by the words themselves (lib/shipments/status.ts, lib/shipments/scheme.ts).
import { statusOfExactText, statusOfText, type StatusCode } from '@/lib/shipments/status';
import { schemeOfText, type Scheme } from '@/lib/shipments/scheme';
import { oneLine } from '@/lib/i18n/text';
import { OWNED_ATTRIBUTE } from '../../observer';
import { headerColumns, type HeaderCache } from './columns';
import { CELL_SELECTOR } from './cues';
import type { ShipmentRow } from './rows';

export interface ShipmentFacts {
  status: StatusCode | null;
  statusText: string | null;
  scheme: Scheme | null;
  deliveryText: string | null;
  customer: string | null;
  products: string[];
}

function rowCells(row: HTMLElement): Element[] {
  const cells = [...row.children].filter((c) => !c.hasAttribute(OWNED_ATTRIBUTE));
  const native = cells.filter((c) => c.matches(CELL_SELECTOR));
  return native.length > 0 ? native : cells;
}

/** Visible text of an element without what we added ourselves. */
function textWithoutOurs(el: Element): string {
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

function readByColumns(row: HTMLElement, facts: ShipmentFacts, cache?: HeaderCache): void {
  const columns = headerColumns(row, cache);
  if (!columns) return;
  const cells = rowCells(row);
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

function readByWords(row: HTMLElement, facts: ShipmentFacts): void {
  for (const text of leafTexts(row)) {
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

/** Reads a row's status, delivery scheme, customer and products: by column headers first, else by the words. */
export function readShipmentRow(shipment: ShipmentRow, cache?: HeaderCache): ShipmentFacts {
  const facts: ShipmentFacts = { status: null, statusText: null, scheme: null, deliveryText: null, customer: null, products: [] };
  readByColumns(shipment.row, facts, cache);
  if (facts.status === null || facts.scheme === null) readByWords(shipment.row, facts);
  return facts;
}
