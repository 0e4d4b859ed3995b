// Which rows to judge, and what to report. Everything at start, when settings or API answers arrive, and when a
// list is replaced; only the rows concerned when the observer reports table rows added by scrolling or changed in
// place. After each pass: the sidebar's counts, the page parts not found (layout report), and the API asked about
// the new postings.
import { findColumnHeaders, findShipmentRows, type HeaderCache, type ShipmentRow } from '../../portal/orders';
import { EXPECTED, ROW_SELECTOR } from '../../portal/orders/cues';
import type { ContactDeps } from './deps';
import { FEATURE_NAME } from './markers';
import type { RowMarks } from './row-marks';

export interface RowScanOptions {
  doc: Document;
  state: ContactDeps['state'];
  marks: RowMarks;
  askApi(postingNumbers: readonly string[]): void;
  signal: AbortSignal;
}

export interface RowScan {
  /** Judges every row; rows holding one of `touched` (changed in place) are read again. */
  scan(touched?: readonly Element[]): void;
  /** The observer's batch (observer.ts). */
  onBatch(roots: readonly Element[], removedFrom?: readonly Element[]): void;
}

export function createRowScan({ doc, state, marks, askApi, signal }: RowScanOptions): RowScan {
  /** Marks each shipment; one row's failure leaves the others marked. Returns how many rows were not readable. */
  function markEach(shipments: readonly ShipmentRow[], changed: (shipment: ShipmentRow) => boolean): number {
    const headers: HeaderCache = new Map();
    let unread = 0;
    for (const shipment of shipments) {
      try {
        if (!marks.mark(shipment, headers, changed(shipment))) unread++;
      } catch (error) {
        console.warn('[seller-sidekick]', error);
      }
    }
    return unread;
  }

  /** The sidebar's summary of the orders page. */
  function reportCounts(): void {
    const { available, unavailable } = marks.counts();
    const shown = state.get().shipments;
    if (shown?.available !== available || shown.unavailable !== unavailable) state.set({ shipments: { available, unavailable } });
  }

  function scan(touched: readonly Element[] = []): void {
    if (signal.aborted) return;
    marks.forgetDetached();
    const rows = findShipmentRows(doc.body);
    const unread = markEach(rows, (shipment) => touched.some((el) => shipment.row.contains(el) && el !== shipment.row.parentElement));
    const missing: string[] = [];
    if (rows.length === 0 && findColumnHeaders(doc).length < EXPECTED.minColumnHeaders) missing.push('shipment list');
    if (rows.length > 0 && unread === rows.length) missing.push('shipment status / delivery method');
    state.reportUnrecognised(FEATURE_NAME, missing);
    reportCounts();
    askApi(rows.map((r) => r.postingNumber));
  }

  /**
   * Table rows added by scrolling (or changed inside) are judged alone: a native row holding one posting number is
   * its own shipment row, so nothing else needs reading. Any other batch (a whole list, a grid of divs) scans all.
   */
  function onBatch(roots: readonly Element[], removedFrom: readonly Element[] = []): void {
    if (signal.aborted) return;
    const nativeRows = new Set<HTMLElement>();
    // A list that lost rows: only the counts change.
    const lostRowsOnly = (root: Element) => removedFrom.includes(root) && !roots.includes(root) && marks.holdsMarked(root);
    for (const root of [...roots, ...removedFrom]) {
      if (lostRowsOnly(root)) continue;
      const row = root.closest<HTMLElement>(ROW_SELECTOR);
      if (marks.isEmpty() || !row || !row.parentElement) return scan([...roots, ...removedFrom]);
      nativeRows.add(row);
    }
    const shipments = [...nativeRows].flatMap((row) => findShipmentRows(row)).filter((s) => s.row.matches(ROW_SELECTOR));
    markEach(shipments, () => true);
    marks.forgetDetached();
    reportCounts();
    askApi(shipments.map((r) => r.postingNumber));
  }

  return { scan, onBatch };
}
