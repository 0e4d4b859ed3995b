// The open sidebar docks: the page gives it room (a right margin on <html>) instead of being covered, so the
// portal's send button and the orders table's last columns stay reachable. On narrow windows it overlays instead,
// since taking 320 px of 900 would hurt more than covering.
import { OWNED_ATTRIBUTE } from '../observer';

const DOCK_ID = 'sidebar-dock';
const MIN_PAGE_WIDTH = 1024;

export function dockPage(widthPx: number, doc: Document = document): void {
  let style = doc.head.querySelector<HTMLStyleElement>(`style[${OWNED_ATTRIBUTE}="${DOCK_ID}"]`);
  if (widthPx <= 0) {
    style?.remove();
    return;
  }
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(OWNED_ATTRIBUTE, DOCK_ID);
    doc.head.append(style);
  }
  style.textContent = `@media (min-width: ${MIN_PAGE_WIDTH + widthPx}px) { html { margin-right: ${Math.round(widthPx)}px !important; } }`;
}
