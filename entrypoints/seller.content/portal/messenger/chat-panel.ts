// The open chat's panel, found from its message box without the portal's `active-chat-id` attribute: what the
// seller sees as the chat is the column around the box — the header, the bubbles and the box, stacked one above
// the other. In a real browser, climbing from the box stops where a parent also holds a column BESIDE the chat (the
// dialogue list, an order panel): a block of text drawn side by side with it. Without layout, the largest
// ancestor holding no part of the list.
import { isPortalElement } from '../dom-text';
import type { Target } from '../targets';
import { hasLayout, textUnits } from '../text-units';
import { ACTIVE_CHAT_SELECTOR } from './cues';
import { holdsFilterControls } from './filters';
import { chatLinks } from './links';
import { findMessageBox } from './message-box';

/** A column beside the chat shows text: more than a send button's label. */
const MIN_UNITS_OF_A_COLUMN = 3;

function besideEachOther(a: DOMRect, b: DOMRect): boolean {
  const horizontallyApart = a.right <= b.left + 1 || b.right <= a.left + 1;
  const verticallyOverlapping = a.top < b.bottom - 1 && b.top < a.bottom - 1;
  return horizontallyApart && verticallyOverlapping;
}

/** Whether `parent` holds, besides `child`, a column of text drawn beside it. */
function holdsColumnBeside(parent: Element, child: Element): boolean {
  const own = child.getBoundingClientRect();
  for (const sibling of parent.children) {
    if (sibling === child) continue;
    const r = sibling.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || !besideEachOther(own, r)) continue;
    if (textUnits(sibling, true).length >= MIN_UNITS_OF_A_COLUMN) return true;
  }
  return false;
}

/** Whether an element holds parts of the chat list or the filters (the open chat's panel never does). */
function holdsListParts(el: Element): boolean {
  return chatLinks(el).length > 0 || holdsFilterControls(el);
}

/** The column around the message box, below anything that holds list parts or a column beside it. */
export function findChatPanel(box: Element): Element {
  const body = box.ownerDocument.body;
  const layout = hasLayout(box);
  let el: Element = box;
  while (el.parentElement && el.parentElement !== body) {
    const parent = el.parentElement;
    if (holdsListParts(parent) || (layout && holdsColumnBeside(parent, el))) break;
    el = parent;
  }
  return el;
}

export const chatPanelTarget: Target<Element> = {
  name: 'open-chat',
  expect: 'one',
  finders: [
    { cue: `div${ACTIVE_CHAT_SELECTOR}`, find: (scope) => [...scope.querySelectorAll(ACTIVE_CHAT_SELECTOR)].filter(isPortalElement) },
    {
      cue: 'the column around the message box (layout), else its largest ancestor holding no list parts',
      find: (scope) => {
        const box = findMessageBox(scope);
        return box ? [findChatPanel(box)] : [];
      },
    },
  ],
};
