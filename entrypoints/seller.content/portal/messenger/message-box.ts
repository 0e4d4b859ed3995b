// The open chat's message box, found once for everything that needs it: the open chat's reading, the panel's
// fallback finder (the column around the box) and the list (no dialogue row holds the box).
import { isPortalElement } from '../dom-text';
import { runTarget, type Target } from '../targets';
import { MESSAGE_BOX_EDITABLE_SELECTOR, MESSAGE_BOX_SELECTOR, MESSAGE_BOX_TEXTAREA_SELECTOR } from './cues';

export const messageBoxTarget: Target<HTMLElement> = {
  name: 'message-box',
  expect: 'one',
  finders: [
    { cue: '<textarea>', find: (scope) => [...scope.querySelectorAll<HTMLElement>(MESSAGE_BOX_TEXTAREA_SELECTOR)].filter(isPortalElement) },
    {
      cue: '[contenteditable] / [role=textbox]',
      find: (scope) => [...scope.querySelectorAll<HTMLElement>(MESSAGE_BOX_EDITABLE_SELECTOR)].filter(isPortalElement),
    },
  ],
};

/** The message box under `scope`, or null. */
export function findMessageBox(scope: ParentNode): HTMLElement | null {
  return runTarget(messageBoxTarget, scope).found[0] ?? null;
}

/** Whether an element holds a message box (then it is no dialogue row). */
export function holdsMessageBox(el: Element): boolean {
  return el.querySelector(MESSAGE_BOX_SELECTOR) !== null;
}

/** Whether an element is, or sits inside, a message box (its text is the seller's draft, no page text). */
export function inMessageBox(el: Element): boolean {
  return el.closest(MESSAGE_BOX_SELECTOR) !== null;
}
