// What quick replies read of the open chat: its message box, and the order, product and customer it shows (for
// a template's placeholders).
import { OWNED_ATTRIBUTE } from '../../observer';
import { POSTING_NUMBER_SOURCE } from '../../portal/orders/cues';
import { ACTIVE_CHAT_SELECTOR, MESSAGE_BOX_PLACEHOLDERS } from '../../portal/messenger/cues';
import { tagOf } from '../../portal/messenger/words';
import { normaliseText } from '@/lib/shipments/status';
import { oneLine } from '@/lib/i18n/text';
import type { FillValues } from './fill';


/** The open chat's message box: inside the portal's `[active-chat-id]` wrapper, else by its placeholder. */
export function findMessageBox(doc: Document): HTMLTextAreaElement | null {
  const inChat = doc.querySelector<HTMLTextAreaElement>(`${ACTIVE_CHAT_SELECTOR} textarea`);
  if (inChat && !inChat.closest(`[${OWNED_ATTRIBUTE}]`)) return inChat;
  for (const box of doc.querySelectorAll<HTMLTextAreaElement>('textarea')) {
    if (box.closest(`[${OWNED_ATTRIBUTE}], seller-sidekick`)) continue;
    const placeholder = normaliseText(box.placeholder.replace(/[….]+$/, ''));
    if (MESSAGE_BOX_PLACEHOLDERS.some((p) => placeholder.startsWith(p))) return box;
  }
  return null;
}

/** What the open chat shows of the order, product and customer (for the placeholders). */
export function chatValues(doc: Document): FillValues {
  const scope = doc.querySelector(ACTIVE_CHAT_SELECTOR) ?? doc.body;
  const values: FillValues = {};
  const order = new RegExp(`^(?:заказ|order)\\s*№\\s*(\\d{5,12}-\\d{1,6})(?:-\\d{1,4})?$`, 'i');
  const posting = new RegExp(`^(?:заказ|order|отправление|shipment)\\s*№\\s*(${POSTING_NUMBER_SOURCE})$`, 'i');
  const product = /^(?:товар|product):\s*(.+)$/i;
  for (const el of scope.querySelectorAll('*')) {
    if (el.children.length > 0 || el.closest(`[${OWNED_ATTRIBUTE}]`)) continue;
    const text = oneLine(el.textContent ?? '');
    if (!text || text.length > 200) continue;
    const p = posting.exec(text);
    if (p?.[1] && !values.posting_number) values.posting_number = p[1];
    const o = order.exec(text);
    if (o?.[1] && !values.order_number) values.order_number = o[1];
    const pr = product.exec(text);
    if (pr?.[1] && !values.product) values.product = pr[1];
    if (!values.customer_name && tagOf(text) === 'customer') {
      const name = el.previousElementSibling?.textContent?.trim();
      if (name) values.customer_name = name;
    }
  }
  return values;
}
