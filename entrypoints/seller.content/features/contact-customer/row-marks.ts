// Marks shipment rows: the controls beside the number when a chat can be started, else the reason in the row's
// title; data attributes either way, for the tests and the sidebar's counts. What each row got is remembered, so
// a row is marked again only when it changed in place, shows another posting, lost our controls, or the
// generation moved on (a new language, store or API answers).
import type { ShipmentEligibility } from '@/lib/protocol/messages';
import { readShipmentRow, type HeaderCache, type ShipmentFacts, type ShipmentRow } from '../../portal/orders';
import { placeBesideNumber } from './controls';
import type { Current } from './deps';
import { judgeRow } from './judge-row';
import { CONTACT_ATTR, CONTACT_BUTTON_SELECTOR, PART_SELECTOR, REASON_ATTR } from './markers';
import { t } from '@/lib/i18n';

interface RowMark {
  /** What the row shows: the same key, the same marks. */
  key: string;
  postingNumber: string;
  eligible: boolean;
  /** The generation when judged. */
  generation: number;
  /** Status and scheme were both read from the page. */
  readable: boolean;
  /** The row's own title, restored on stop. */
  title: string | null;
}

export interface RowMarksOptions {
  doc: Document;
  tab: string;
  current: Current;
  answerFor(postingNumber: string): ShipmentEligibility | undefined;
  buildControls(shipment: ShipmentRow, facts: ShipmentFacts): HTMLElement;
}

export type RowMarks = ReturnType<typeof createRowMarks>;

export function createRowMarks({ doc, tab, current, answerFor, buildControls }: RowMarksOptions) {
  const marks = new Map<HTMLElement, RowMark>();

  /** The row still shows what it was given (the page may have re-rendered its cells and dropped our controls). */
  function intact(row: HTMLElement, eligible: boolean): boolean {
    if (row.getAttribute(CONTACT_ATTR) !== (eligible ? 'available' : 'unavailable')) return false;
    const buttons = row.querySelectorAll(CONTACT_BUTTON_SELECTOR).length;
    return eligible ? buttons === 1 && row.querySelectorAll(PART_SELECTOR).length === 1 : buttons === 0;
  }

  function clear(row: HTMLElement): void {
    for (const el of row.querySelectorAll(PART_SELECTOR)) el.remove();
    const mark = marks.get(row);
    row.removeAttribute(CONTACT_ATTR);
    row.removeAttribute(REASON_ATTR);
    if (mark) {
      if (mark.title === null) row.removeAttribute('title');
      else row.setAttribute('title', mark.title);
    }
    marks.delete(row);
  }

  /** Judges one row and marks it; true when its status and delivery method were both read from the page. */
  function mark(shipment: ShipmentRow, headers: HeaderCache, changed: boolean): boolean {
    const { row } = shipment;
    const known = marks.get(row);
    if (!changed && known && known.generation === current.generation && known.postingNumber === shipment.postingNumber && intact(row, known.eligible)) {
      return known.readable;
    }
    const facts = readShipmentRow(shipment, headers);
    const verdict = judgeRow(facts, tab, answerFor(shipment.postingNumber));
    const readable = facts.status !== null && facts.scheme !== null;
    const key = `${shipment.postingNumber}|${verdict.eligible ? 'available' : verdict.reason}|${current.lang}|${current.settings.apiAvailable}`;
    if (known?.key === key && intact(row, verdict.eligible)) {
      marks.set(row, { ...known, generation: current.generation });
      return readable;
    }
    const title = known ? known.title : row.getAttribute('title');
    clear(row);
    marks.set(row, { key, postingNumber: shipment.postingNumber, eligible: verdict.eligible, generation: current.generation, readable, title });
    if (verdict.eligible) {
      row.setAttribute(CONTACT_ATTR, 'available');
      placeBesideNumber(shipment, buildControls(shipment, facts));
    } else {
      row.setAttribute(CONTACT_ATTR, 'unavailable');
      row.setAttribute(REASON_ATTR, verdict.reason);
      row.setAttribute('title', t(current.lang, `contactWhyNot:${verdict.reason}`));
    }
    return readable;
  }

  return {
    mark,
    isEmpty: () => marks.size === 0,
    /** Rows the page dropped are no longer counted. */
    forgetDetached(): void {
      for (const row of [...marks.keys()]) if (!row.isConnected) marks.delete(row);
    },
    /** `el` holds a marked row (other than itself). */
    holdsMarked(el: Element): boolean {
      for (const row of marks.keys()) if (row !== el && el.contains(row)) return true;
      return false;
    },
    counts(): { available: number; unavailable: number } {
      let available = 0;
      let unavailable = 0;
      for (const row of marks.keys()) {
        const value = row.getAttribute(CONTACT_ATTR);
        if (value === 'available') available++;
        else if (value === 'unavailable') unavailable++;
      }
      return { available, unavailable };
    },
    /** Takes every mark off the page and gives the rows their own titles back. */
    clearAll(): void {
      for (const row of [...marks.keys()]) clear(row);
      // Rows the page detached and re-attached since, and controls a re-render carried elsewhere.
      for (const el of doc.querySelectorAll(PART_SELECTOR)) el.remove();
      for (const row of doc.querySelectorAll(`[${CONTACT_ATTR}]`)) {
        row.removeAttribute(CONTACT_ATTR);
        row.removeAttribute(REASON_ATTR);
      }
    },
  };
}
