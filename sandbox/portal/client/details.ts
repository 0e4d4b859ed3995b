// The shipment details side panel (`&postingDetails=<n>`): a role="dialog" with the posting's facts and, for
// realFBS shipments not delivered or cancelled, the portal's own Contact Customer button.
import type { PostingDetailsView } from '../views';
import { ApiError, fetchPosting, startChat } from './api';
import { h } from './dom';
import { t } from './env';
import type { Navigate } from './view';

export interface DetailsPanel {
  readonly root: HTMLElement;
  show(postingNumber: string | null): Promise<void>;
  rerender(): void;
}

export function createDetailsPanel(closeHref: () => string, navigate: Navigate): DetailsPanel {
  const root = h('div', null);
  let number: string | null = null;
  let view: PostingDetailsView | null = null;
  let failed = false;
  let seq = 0;

  const close = (): void => void navigate(closeHref());

  const field = (label: string, ...value: (string | HTMLElement)[]): HTMLElement =>
    h('div', { class: 'field' }, h('div', { class: 'fieldLabel' }, label), h('div', { class: 'fieldValue' }, ...value));

  async function contact(button: HTMLButtonElement, n: string): Promise<void> {
    button.disabled = true;
    try {
      const { href } = await startChat(n);
      await navigate(href);
    } catch (err) {
      button.disabled = false;
      button.after(h('div', { class: 'error' }, err instanceof ApiError ? err.code : 'error'));
    }
  }

  function render(): void {
    if (number === null) {
      root.replaceChildren();
      return;
    }
    const n = number;
    const closeBtn = h('button', { class: 'secondaryBtn', attrs: { type: 'button' }, on: { click: close } }, t('close'));
    const title = h('h2', { class: 'panelTitle' }, `${t('posting')} ${n}`);
    let body: HTMLElement;
    let actions: HTMLElement | null = null;
    if (view) {
      body = h(
        'div',
        { class: 'panelBody' },
        field(t('status'), h('span', { class: 'statusPill' }, view.status)),
        field(t('delivery'), view.delivery),
        field(t('products'), ...view.products.map((p) => h('span', { class: 'productLine' }, p))),
        field(t('customer'), view.customer),
        field(t('warehouse'), view.warehouse),
        field(t('inProcessAt'), view.inProcessAt),
        field(t('shipmentDate'), view.shipmentDate),
      );
      if (view.canContact) {
        const button = h('button', { class: 'primaryBtn', attrs: { type: 'button' } }, t('contactCustomer'));
        button.addEventListener('click', () => void contact(button, n));
        actions = h('div', { class: 'panelActions' }, button);
      }
    } else {
      body = h('div', { class: 'panelBody' }, h('div', { class: failed ? 'error' : 'loading' }, failed ? t('postingNotFound') : t('loading')));
    }
    const panel = h('div', { class: 'panel', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': `${t('posting')} ${n}` } }, h('div', { class: 'panelHead' }, title, closeBtn), body, actions);
    root.replaceChildren(h('div', { class: 'panelBackdrop', on: { click: close } }), panel);
  }

  return {
    root,
    async show(n) {
      if (n === number && (view || failed)) return;
      const mine = ++seq;
      number = n;
      view = null;
      failed = false;
      render();
      if (n === null) return;
      try {
        const next = await fetchPosting(n);
        if (mine !== seq) return;
        view = next;
      } catch {
        if (mine !== seq) return;
        failed = true;
      }
      render();
    },
    rerender: render,
  };
}
