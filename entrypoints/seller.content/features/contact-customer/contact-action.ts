// What pressing Contact Customer does. With a store connected the background starts the chat (and sends a first
// message when one was picked from a template) and the chat opens; without one, the portal's own flow on the
// shipment's details panel (portal/orders/flow.ts). A failure is said under the row's button.
import { chatPath } from '@/lib/portal-links';
import type { ShipmentRow } from '../../portal/orders';
import { contactThroughPortal } from '../../portal/orders/flow';
import { showError } from './controls';
import type { ContactDeps, Current } from './deps';
import { errorText } from './error-text';

export interface FirstMessage {
  text: string;
  templateId: string;
}

export interface ContactAction {
  /** The Contact Customer button's press. */
  contact(shipment: ShipmentRow, button: HTMLButtonElement): Promise<void>;
  /** Starts the chat through the background and opens it; throws what the background answered. */
  startChat(postingNumber: string, firstMessage?: FirstMessage): Promise<void>;
}

type ActionDeps = Pick<ContactDeps, 'doc' | 'send' | 'guard' | 'assign' | 'openTab' | 'observer' | 'portalTimeoutMs'>;

export function createContactAction(deps: ActionDeps, current: Current): ContactAction {
  /** Postings whose chat is being started: another press waits for the first to finish. */
  const busy = new Set<string>();

  function open(chatId: string): void {
    const href = chatPath(chatId);
    if (current.settings.contactOpensIn === 'new-tab') deps.openTab(href);
    else deps.assign(href);
  }

  async function startChat(postingNumber: string, firstMessage?: FirstMessage): Promise<void> {
    const { chatId } = await deps.send<'startChat'>({ type: 'startChat', postingNumber });
    if (firstMessage) {
      await deps.send<'sendMessage'>({ type: 'sendMessage', chatId, text: firstMessage.text });
      deps.guard.record(chatId, firstMessage.text, firstMessage.templateId);
    }
    open(chatId);
  }

  async function contact(shipment: ShipmentRow, button: HTMLButtonElement): Promise<void> {
    const { postingNumber } = shipment;
    if (busy.has(postingNumber)) return;
    showError(deps.doc, postingNumber, '');
    busy.add(postingNumber);
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      if (current.settings.apiAvailable) {
        await startChat(postingNumber);
      } else {
        contactThroughPortal({
          postingNumber,
          link: shipment.link,
          observer: deps.observer,
          doc: deps.doc,
          assign: deps.assign,
          ...(deps.portalTimeoutMs ? { timeoutMs: deps.portalTimeoutMs } : {}),
        });
      }
    } catch (error) {
      showError(deps.doc, postingNumber, errorText(error, current.lang));
    } finally {
      busy.delete(postingNumber);
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  return { contact, startChat };
}
