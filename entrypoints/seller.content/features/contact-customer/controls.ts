// One row's controls: the Contact Customer button, with a store connected the "Contact with template…" menu button,
// and the line where a failure is said. They go beside the shipment number, and the row's own handlers never see
// an event that starts on them (the row would open its details panel).
import { t, type Lang } from '@/lib/i18n';
import type { ShipmentRow } from '../../portal/orders';
import { personOnly } from '../../trusted-input';
import {
  ACTION_ATTR,
  CONTACT_ACTION,
  ERROR_ATTR,
  MENU_ACTION,
  PART,
  PART_ATTR,
  PART_SELECTOR,
  POSTING_ATTR,
  ownedElement,
} from './markers';
import { BUTTON_STYLE, ERROR_STYLE, MENU_STYLE, WRAPPER_STYLE } from './styles';

/** Events the row's own handlers must not see when they start on our controls. */
const CONTAINED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'touchstart', 'touchend'];

export interface ControlsOptions {
  lang: Lang;
  /** With a store connected: the template menu too (it sends through the API). */
  withMenu: boolean;
  onContact(button: HTMLButtonElement): void;
  onMenu(wrapper: HTMLElement, menuButton: HTMLButtonElement): void;
  signal: AbortSignal;
}

export function buildControls(doc: Document, postingNumber: string, options: ControlsOptions): HTMLElement {
  const { signal, lang } = options;
  const wrapper = ownedElement(doc, 'span', WRAPPER_STYLE);
  wrapper.setAttribute(PART_ATTR, PART);
  wrapper.setAttribute(POSTING_ATTR, postingNumber);
  const contact = ownedElement(doc, 'button', BUTTON_STYLE);
  contact.type = 'button';
  contact.setAttribute(ACTION_ATTR, CONTACT_ACTION);
  contact.textContent = t(lang, 'contactCustomer');
  // A person's click only: a page script's click must not start a chat or navigate (README, Security).
  contact.addEventListener(
    'click',
    personOnly((event) => {
      event.preventDefault();
      options.onContact(contact);
    }),
    { signal },
  );
  wrapper.append(contact);
  if (options.withMenu) {
    const menu = ownedElement(doc, 'button', MENU_STYLE);
    menu.type = 'button';
    menu.setAttribute(ACTION_ATTR, MENU_ACTION);
    menu.setAttribute('aria-haspopup', 'dialog');
    menu.setAttribute('aria-expanded', 'false');
    menu.setAttribute('aria-label', t(lang, 'contactWithTemplate'));
    menu.title = t(lang, 'contactWithTemplate');
    menu.textContent = '▾';
    menu.addEventListener(
      'click',
      personOnly((event) => {
        event.preventDefault();
        options.onMenu(wrapper, menu);
      }),
      { signal },
    );
    wrapper.append(menu);
  }
  const error = ownedElement(doc, 'span', ERROR_STYLE);
  error.setAttribute(ERROR_ATTR, '');
  error.setAttribute('role', 'status');
  error.setAttribute('aria-live', 'polite');
  error.hidden = true;
  error.style.display = 'none';
  wrapper.append(error);
  for (const type of CONTAINED_EVENTS) wrapper.addEventListener(type, (event) => event.stopPropagation(), { signal });
  return wrapper;
}

/** Right after the number (never inside a link: a button in an <a> is invalid and would follow it). */
export function placeBesideNumber(shipment: ShipmentRow, controls: HTMLElement): void {
  const link = shipment.numberEl.closest('a');
  const el = link && shipment.row.contains(link) && link !== shipment.row ? link : shipment.numberEl;
  if (el === shipment.row || el.matches('td, th, [role="cell"], [role="gridcell"]') || !el.parentElement) el.append(controls);
  else el.after(controls);
}

/** Says `message` under the posting's Contact button (wherever the page shows it); an empty message hides the line. */
export function showError(doc: Document, postingNumber: string, message: string): void {
  for (const el of doc.querySelectorAll<HTMLElement>(`${PART_SELECTOR}[${POSTING_ATTR}="${postingNumber}"] [${ERROR_ATTR}]`)) {
    el.textContent = message;
    el.hidden = !message;
    el.style.display = message ? 'block' : 'none';
  }
}
