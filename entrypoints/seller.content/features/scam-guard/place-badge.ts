// The scam guard's badge on a list row, placed where a person reads the sender: a row is any shape the portal draws.
import { oneLine } from '@/lib/i18n/text';
import type { ChatRow } from '../../portal/messenger';
import { OWNED_ATTRIBUTE } from '../../observer';

/** Where the badge goes: right after the sender's name when it can be found, else at the row's end. */
export function placeBadge(row: ChatRow, badge: HTMLElement): void {
  const name = row.name;
  if (name) {
    for (const el of row.el.querySelectorAll('*')) {
      if (el.hasAttribute(OWNED_ATTRIBUTE) || el.children.length > 0) continue;
      if (oneLine(el.textContent ?? '') === name) {
        el.after(badge);
        return;
      }
    }
  }
  row.el.append(badge);
}
