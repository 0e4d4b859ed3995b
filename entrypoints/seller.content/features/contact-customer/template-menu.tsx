// "Contact with template…": a popover under the row's menu button with the seller's templates filled for this
// shipment; the one picked goes as the chat's first message. One popover open at a time: a click elsewhere closes
// it, Escape too, and it follows its row when the list or the page scrolls.
import { render } from 'preact';
import { TemplatePicker } from '@/components/page/quick-replies/TemplatePicker';
import type { Template } from '@/lib/templates/model';
import type { ShipmentFacts, ShipmentRow } from '../../portal/orders';
import type { FillValues } from '../quick-replies/fill';
import type { ContactAction } from './contact-action';
import { showError } from './controls';
import type { ContactDeps, Current } from './deps';
import { errorText } from './error-text';
import { MENU_BUTTON_SELECTOR, PART_SELECTOR, POPOVER_ATTR, POPOVER_SELECTOR, ownedElement } from './markers';
import { placePopover } from './popover-placement';
import { POPOVER_STYLE } from './styles';

export interface TemplateMenu {
  /** The menu button's press: opens this row's popover, or closes it when open. */
  toggle(shipment: ShipmentRow, facts: ShipmentFacts, wrapper: HTMLElement, menuButton: HTMLButtonElement): Promise<void>;
}

/** The template's placeholders, from the row. */
function fillValuesOf(shipment: ShipmentRow, facts: ShipmentFacts): FillValues {
  return {
    posting_number: shipment.postingNumber,
    customer_name: facts.customer,
    // A product cell reads "Name × 2": the name alone.
    product: facts.products[0]?.replace(/\s+×\s*\d+.*$/, '') ?? null,
  };
}

export function createTemplateMenu(
  deps: Pick<ContactDeps, 'doc' | 'send' | 'guard'>,
  current: Current,
  startChat: ContactAction['startChat'],
  signal: AbortSignal,
): TemplateMenu {
  const { doc } = deps;

  function closeAll(): void {
    for (const popover of doc.querySelectorAll<HTMLElement>(POPOVER_SELECTOR)) {
      render(null, popover);
      popover.remove();
    }
    for (const button of doc.querySelectorAll(`${MENU_BUTTON_SELECTOR}[aria-expanded="true"]`)) button.setAttribute('aria-expanded', 'false');
  }

  function open(shipment: ShipmentRow, facts: ShipmentFacts, wrapper: HTMLElement, menuButton: HTMLButtonElement, templates: Template[]): void {
    const popover = ownedElement(doc, 'div', POPOVER_STYLE);
    popover.setAttribute(POPOVER_ATTR, '');
    placePopover(popover, menuButton);
    wrapper.append(popover);
    const close = () => {
      render(null, popover);
      popover.remove();
      menuButton.setAttribute('aria-expanded', 'false');
      menuButton.focus();
    };
    popover.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') close();
      },
      { signal },
    );
    menuButton.setAttribute('aria-expanded', 'true');
    const chatKey = `posting:${shipment.postingNumber}`;
    render(
      <TemplatePicker
        templates={templates}
        values={fillValuesOf(shipment, facts)}
        lang={current.lang}
        action="send"
        chatKey={chatKey}
        guard={deps.guard}
        onCancel={close}
        onPick={async (text, template) => {
          try {
            await startChat(shipment.postingNumber, { text, templateId: template.id });
            deps.guard.record(chatKey, text, template.id);
            close();
          } catch (error) {
            // The picker shows the message of what it caught.
            throw new Error(errorText(error, current.lang));
          }
        }}
      />,
      popover,
    );
  }

  async function toggle(shipment: ShipmentRow, facts: ShipmentFacts, wrapper: HTMLElement, menuButton: HTMLButtonElement): Promise<void> {
    const wasOpen = wrapper.querySelector(`[${POPOVER_ATTR}]`) !== null;
    closeAll();
    if (wasOpen) return;
    let templates: Template[];
    try {
      templates = await deps.send<'listTemplates'>({ type: 'listTemplates' });
    } catch (error) {
      showError(doc, shipment.postingNumber, errorText(error, current.lang));
      return;
    }
    if (signal.aborted || !wrapper.isConnected) return;
    open(shipment, facts, wrapper, menuButton, templates);
  }

  doc.addEventListener(
    'click',
    (event) => {
      const target = event.target as Node | null;
      if (target && !(target instanceof Element && target.closest(PART_SELECTOR))) closeAll();
    },
    { capture: true, signal },
  );
  // A fixed popover follows its row when the list or the page scrolls (not when the popover's own list does).
  doc.addEventListener(
    'scroll',
    (event) => {
      if (event.target instanceof Element && event.target.closest(`[${POPOVER_ATTR}]`)) return;
      for (const popover of doc.querySelectorAll<HTMLElement>(POPOVER_SELECTOR)) {
        const anchor = popover.parentElement?.querySelector<HTMLElement>(MENU_BUTTON_SELECTOR);
        if (anchor) placePopover(popover, anchor);
      }
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', closeAll, { once: true });

  return { toggle };
}
