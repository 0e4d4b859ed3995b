// The attributes by which the page's rows, the tests, the layout checks and this feature's own parts find what
// Contact Customer added: written once here, so every part asks the same question of the DOM.
import { OWNED_ATTRIBUTE } from '../../observer';

/** The feature's name, also the key of its report of unrecognised page parts. */
export const FEATURE_NAME = 'contact-buttons';

/** On a judged row: 'available' or 'unavailable'. */
export const CONTACT_ATTR = 'data-sidekick-contact';
/** On an unavailable row: the reason code. */
export const REASON_ATTR = 'data-sidekick-contact-reason';
/** On our buttons: what pressing it does. */
export const ACTION_ATTR = 'data-sidekick-action';
export const CONTACT_ACTION = 'contact-customer';
export const MENU_ACTION = 'contact-with-template';
/** On the wrapper of one row's controls, with the posting number it is for. */
export const PART_ATTR = 'data-sidekick-part';
export const PART = 'contact';
export const POSTING_ATTR = 'data-sidekick-posting';
export const ERROR_ATTR = 'data-sidekick-error';
export const POPOVER_ATTR = 'data-sidekick-popover';

export const PART_SELECTOR = `[${PART_ATTR}="${PART}"]`;
export const CONTACT_BUTTON_SELECTOR = `[${ACTION_ATTR}="${CONTACT_ACTION}"]`;
export const MENU_BUTTON_SELECTOR = `[${ACTION_ATTR}="${MENU_ACTION}"]`;
export const POPOVER_SELECTOR = `${PART_SELECTOR} [${POPOVER_ATTR}]`;

/** A new element of ours: the page observer skips it, so adding it never wakes the feature up again. */
export function ownedElement<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, style: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.setAttribute(OWNED_ATTRIBUTE, '');
  el.setAttribute('style', style);
  return el;
}
