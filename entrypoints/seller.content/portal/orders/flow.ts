// DOM-only Contact Customer: open the shipment's details panel the way the seller would (its link, else its URL)
// and press the portal's own Contact Customer button when the panel shows it. The wait outlives the feature's
// restart on the URL change the panel causes, so it lives here, once per page.
import type { PageObserver } from '../../observer';
import { detailsHref, findDetailsPanel, findPortalContactButton } from './details';

export type PortalFlowError = 'no-panel' | 'no-portal-button';
type Reporter = (postingNumber: string, error: PortalFlowError) => void;

export const PORTAL_FLOW_TIMEOUT_MS = 10_000;

interface Pending {
  postingNumber: string;
  timer: ReturnType<typeof setTimeout>;
  unsubscribe: (() => void) | null;
}

let pending: Pending | null = null;
let reporter: Reporter = () => {};

function finish(): void {
  if (!pending) return;
  clearTimeout(pending.timer);
  pending.unsubscribe?.();
  pending = null;
}

/** Presses the portal's button once the panel for this posting shows it; true when pressed. */
function tryPress(doc: Document, postingNumber: string): boolean {
  const panel = findDetailsPanel(doc, postingNumber);
  const button = panel && findPortalContactButton(panel);
  if (!button || (button as HTMLButtonElement).disabled) return false;
  finish();
  button.click();
  return true;
}

function watch(observer: PageObserver, doc: Document): void {
  if (!pending) return;
  pending.unsubscribe?.();
  const number = pending.postingNumber;
  pending.unsubscribe = null;
  // onAdded calls back at once with the body, so a panel already open is handled here too.
  const unsubscribe = observer.onAdded(() => {
    if (pending?.postingNumber === number) tryPress(doc, number);
  });
  if (pending?.postingNumber === number) pending.unsubscribe = unsubscribe;
  else unsubscribe();
}

export interface PortalFlowOptions {
  postingNumber: string;
  link: HTMLAnchorElement | null;
  observer: PageObserver;
  doc?: Document;
  /** How to navigate when the row has no link (a full page load). */
  assign?: (href: string) => void;
  timeoutMs?: number;
}

/** Starts the portal's own flow for a posting. Errors come to the reporter set by `resumePortalFlow`. */
export function contactThroughPortal(options: PortalFlowOptions): void {
  const doc = options.doc ?? document;
  finish();
  const number = options.postingNumber;
  pending = {
    postingNumber: number,
    unsubscribe: null,
    timer: setTimeout(() => {
      if (pending?.postingNumber !== number) return;
      const panel = findDetailsPanel(doc, number);
      finish();
      reporter(number, panel ? 'no-portal-button' : 'no-panel');
    }, options.timeoutMs ?? PORTAL_FLOW_TIMEOUT_MS),
  };
  if (tryPress(doc, number)) return;
  watch(options.observer, doc);
  if (options.link?.isConnected) {
    options.link.click();
  } else {
    const href = detailsHref(doc.location?.href ?? location.href, number);
    (options.assign ?? ((h: string) => location.assign(h)))(href);
  }
}

/** Called by the feature at each start: keeps waiting on the new page state and reports errors to it. */
export function resumePortalFlow(observer: PageObserver, report: Reporter, doc: Document = document): () => void {
  reporter = report;
  watch(observer, doc);
  return () => {
    pending?.unsubscribe?.();
    if (pending) pending.unsubscribe = null;
    if (reporter === report) reporter = () => {};
  };
}

/** The posting whose flow is under way, if any (tests, and to show "Opening…" after a restart). */
export function pendingPortalFlow(): string | null {
  return pending?.postingNumber ?? null;
}

/** Drops a flow under way (tests). */
export function cancelPortalFlow(): void {
  finish();
}
