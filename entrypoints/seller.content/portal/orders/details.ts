// A shipment's details panel: its URL, the open panel, and the portal's own Contact Customer button inside it.
import { normaliseText } from '@/lib/shipments/status';
import { isPortalElement } from '../dom-text';
import { DETAILS_PANEL_SELECTOR, DETAILS_QUERY_KEY, PORTAL_CONTACT_LABELS, PORTAL_CONTACT_SELECTOR } from './cues';

/** The URL of a shipment's details panel on the current orders page (keeps the path and the tab). */
export function detailsHref(currentHref: string, postingNumber: string): string {
  const url = new URL(currentHref);
  url.searchParams.set(DETAILS_QUERY_KEY, postingNumber);
  return url.pathname + url.search;
}

/** The open details panel (of this posting, when given), or null. */
export function findDetailsPanel(doc: Document = document, postingNumber?: string): HTMLElement | null {
  for (const panel of doc.querySelectorAll<HTMLElement>(DETAILS_PANEL_SELECTOR)) {
    if (!isPortalElement(panel)) continue;
    if (!postingNumber || (panel.textContent ?? '').includes(postingNumber)) return panel;
  }
  return null;
}

/** The portal's own Contact Customer button inside the details panel. */
export function findPortalContactButton(panel: ParentNode): HTMLElement | null {
  for (const el of panel.querySelectorAll<HTMLElement>(PORTAL_CONTACT_SELECTOR)) {
    if (!isPortalElement(el)) continue;
    if (PORTAL_CONTACT_LABELS.includes(normaliseText(el.textContent ?? ''))) return el;
    const label = el.getAttribute('aria-label');
    if (label && PORTAL_CONTACT_LABELS.includes(normaliseText(label))) return el;
  }
  return null;
}
