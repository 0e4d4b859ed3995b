import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/lib/i18n';
import ruTable from '../../../../fixtures/orders/ru-table.html?raw';
import detailsRu from '../../../../fixtures/orders/details-ru.html?raw';
import { LAYOUTS, listElement, matrixRows, rowElement, tabsElement, type Layout, type MatrixRow } from '../../../../fixtures/orders/matrix';
import { runContactButtons, startContactButtons, type ContactDeps, type SendFn } from '@/entrypoints/seller.content/features/contact-customer/index';
import { chatPath as chatHref } from '@/lib/portal-links';
import { createPageObserver, type PageObserver } from '@/entrypoints/seller.content/observer';
import { createPageState } from '@/entrypoints/seller.content/page-state';
import { cancelPortalFlow } from '@/entrypoints/seller.content/portal/orders/flow';
import { RequestError } from '@/lib/protocol/send';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import type { ShipmentEligibility, StatusReport } from '@/lib/protocol/messages';
import { createSendGuard } from '@/entrypoints/seller.content/features/quick-replies/guard';
import { personClick } from '../../../support/person-input';

type Handler = (request: Record<string, unknown>) => unknown;

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await tick();
}

function mockSend(handlers: Record<string, Handler>) {
  const calls: Record<string, unknown>[] = [];
  const fn = vi.fn(async (request: Record<string, unknown>) => {
    calls.push(request);
    const handler = handlers[request.type as string];
    if (!handler) throw new RequestError('not-found', `no handler for ${String(request.type)}`);
    return handler(request);
  });
  return { send: fn as unknown as SendFn, calls, fn };
}

const status = (apiAvailable: boolean): StatusReport => ({ stores: [], apiAvailable });
const prefs = (patch: Partial<Prefs> = {}): Prefs => ({ ...DEFAULT_PREFS, ...patch });

let observer: PageObserver;
/** Page-level listeners of one test (the portal's router stand-ins), removed after it. */
let pageListeners: AbortController;
let stops: (() => void)[] = [];

function start(overrides: Partial<ContactDeps> & { send: SendFn }) {
  const reports: string[][] = [];
  const assign = vi.fn();
  const openTab = vi.fn();
  const pageState = createPageState();
  const stop = startContactButtons({
    doc: document,
    observer,
    state: { get: pageState.get, set: (patch) => pageState.set(patch), reportUnrecognised: (_name, parts) => void reports.push([...parts]) },
    tab: 'all',
    assign,
    openTab,
    guard: createSendGuard(),
    ...overrides,
  });
  stops.push(stop);
  return { stop, assign, openTab, reports, pageState };
}

function renderList(rows: readonly MatrixRow[], lang: 'en' | 'ru', layout: Layout, tab = 'all'): HTMLElement {
  const { root, body } = listElement(document, lang, layout);
  for (const row of rows) body.append(rowElement(document, row, lang, tab, layout));
  document.body.replaceChildren(tabsElement(document, lang), root);
  return body;
}

function rowOf(postingNumber: string): HTMLElement {
  const candidates = [...document.querySelectorAll<HTMLElement>('[data-sidekick-contact]')].filter((el) =>
    (el.textContent ?? '').includes(postingNumber),
  );
  const row = candidates[candidates.length - 1];
  if (!row) throw new Error(`no judged row for ${postingNumber}`);
  return row;
}

/** Every row carries exactly the expected verdict, one button when available, none otherwise. */
function expectJudged(rows: readonly MatrixRow[]): void {
  const judged = document.querySelectorAll('[data-sidekick-contact]');
  expect(judged).toHaveLength(rows.length);
  for (const want of rows) {
    const row = rowOf(want.postingNumber);
    expect(row.getAttribute('data-sidekick-contact'), want.postingNumber).toBe(want.expected.contact);
    expect(row.querySelectorAll('button[data-sidekick-action="contact-customer"]')).toHaveLength(want.expected.contact === 'available' ? 1 : 0);
    expect(row.getAttribute('data-sidekick-contact-reason')).toBe(want.expected.reason);
  }
  expect(document.querySelectorAll('button[data-sidekick-action="contact-customer"]')).toHaveLength(
    rows.filter((r) => r.expected.contact === 'available').length,
  );
}

beforeEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'ru';
  observer = createPageObserver(document.body, (run) => run());
  pageListeners = new AbortController();
});

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  observer.disconnect();
  cancelPortalFlow();
  pageListeners.abort();
});

describe('Contact Customer on the rows (page only)', () => {
  for (const layout of LAYOUTS) {
    it(`judges rows added by scrolling, one button each, in the ${layout} layout`, async () => {
      const data = matrixRows();
      const body = renderList(data.slice(0, 20), 'en', layout);
      const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
      start({ send });
      await settle();
      expectJudged(data.slice(0, 20));
      // Pages of rows arrive as the list scrolls (table rows are judged alone; other layouts by a full scan).
      for (let from = 20; from < data.length; from += 10) {
        for (const row of data.slice(from, from + 10)) body.append(rowElement(document, row, 'en', 'all', layout));
        await settle();
      }
      expectJudged(data);
    });
  }

  for (const layout of LAYOUTS) {
    it(`judges every status × scheme right in the ${layout} layout, with reasons in the user's language`, async () => {
      const data = matrixRows();
      renderList(data, 'ru', layout);
      const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
      const { pageState, stop } = start({ send });
      await settle();
      expectJudged(data);
      // The sidebar's summary counts the same rows.
      const available = data.filter((d) => d.expected.contact === 'available').length;
      expect(pageState.get().shipments).toEqual({ available, unavailable: data.length - available });
      stop();
      expect(pageState.get().shipments).toBeNull();
      start({ send });
      await settle();
      const delivered = data.find((d) => d.expected.reason === 'delivered')!;
      expect(rowOf(delivered.postingNumber).title).toBe(t('ru', 'contactWhyNot:delivered'));
      const eligible = data.find((d) => d.expected.contact === 'available')!;
      const button = rowOf(eligible.postingNumber).querySelector('button[data-sidekick-action="contact-customer"]')!;
      expect(button.textContent).toBe('Написать покупателю');
      expect(button.getAttribute('type')).toBe('button');
      expect(button.closest('[data-sidekick-owned]')).not.toBeNull();
    });
  }

  it('marks the hand-written Russian table and puts the button beside the number, inside its cell', async () => {
    const parsed = new DOMParser().parseFromString(`<body>${ruTable}</body>`, 'text/html');
    document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
    const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
    start({ send });
    await settle();
    const rows = [...document.querySelectorAll('tbody tr')];
    expect(rows.map((r) => [r.getAttribute('data-sidekick-contact'), r.getAttribute('data-sidekick-contact-reason')])).toEqual([
      ['available', null],
      ['unavailable', 'not-rfbs'],
      ['unavailable', 'delivered'],
      ['unavailable', 'cancelled'],
      ['available', null],
      ['unavailable', 'not-rfbs'],
    ]);
    const first = rows[0]!;
    expect(first.children).toHaveLength(6);
    const button = first.querySelector('button[data-sidekick-action="contact-customer"]')!;
    expect(button.closest('td')).toBe(first.querySelector('td'));
    expect(button.closest('a')).toBeNull();
    expect(rows[3]!.getAttribute('title')).toBe(t('ru', 'contactWhyNot:cancelled'));
  });

  it('never puts the button inside a link that shows the number', async () => {
    const data = matrixRows().filter((d) => d.expected.contact === 'available').slice(0, 2);
    const body = renderList(data, 'en', 'grid');
    // The number shown inside some other link (not the details link): the button must go after that link.
    const span = body.querySelector('span')!;
    const link = document.createElement('a');
    link.href = '/app/postings/fbs/somewhere';
    span.replaceWith(link);
    link.append(span);
    const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
    start({ send });
    await settle();
    expect(document.querySelectorAll('button[data-sidekick-action="contact-customer"]')).toHaveLength(2);
    for (const button of document.querySelectorAll('button[data-sidekick-action="contact-customer"]')) expect(button.closest('a')).toBeNull();
    expect(link.nextElementSibling?.getAttribute('data-sidekick-part')).toBe('contact');
  });

  it('follows the language chosen in the preferences', async () => {
    const data = matrixRows();
    renderList(data, 'ru', 'table');
    const { send } = mockSend({ getPrefs: () => prefs({ language: 'en' }), getStatus: () => status(false) });
    start({ send });
    await settle();
    const notRfbs = data.find((d) => d.expected.reason === 'not-rfbs')!;
    expect(rowOf(notRfbs.postingNumber).title).toBe(t('en', 'contactWhyNot:not-rfbs'));
    expect(document.querySelector('button[data-sidekick-action="contact-customer"]')?.textContent).toBe('Contact Customer');
  });

  it('leaves exactly one button per eligible row after 200 re-renders, tab changes and in-row re-renders', async () => {
    const all = matrixRows();
    const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
    let body = renderList(all, 'ru', 'table');
    start({ send });
    await settle();
    expectJudged(all);
    const tabs: { tab: string; rows: MatrixRow[] }[] = [
      { tab: 'all', rows: all },
      { tab: 'delivered', rows: all.filter((r) => r.status === 'delivered') },
      { tab: 'awaiting_packaging', rows: all.filter((r) => r.status === 'awaiting_packaging') },
      { tab: 'delivering', rows: all.filter((r) => r.status === 'delivering') },
    ];
    let current = all;
    for (let i = 0; i < 200; i++) {
      const { tab, rows } = tabs[i % tabs.length]!;
      if (i % 5 === 4) {
        // The framework re-renders a row's cells inside the same <tr>: our button goes with the old cells.
        for (const tr of body.querySelectorAll('tr')) tr.replaceChildren(...[...tr.children].map((td) => td.cloneNode(true)));
        for (const el of body.querySelectorAll('[data-sidekick-owned]')) el.remove();
        await settle();
        expectJudged(current);
        continue;
      } else if (i % 7 === 6) {
        // More rows load on scroll: appended to the same list.
        body.append(...all.slice(0, 3).map((r) => rowElement(document, r, 'ru', tab, 'table')));
        await settle();
        body.replaceChildren(...rows.map((r) => rowElement(document, r, 'ru', tab, 'table')));
      } else {
        body = renderList(rows, 'ru', 'table', tab);
      }
      current = rows;
      await settle();
      expectJudged(rows);
    }
  }, 60_000);

  it('removes every button and attribute on stop, and restores the row’s own title', async () => {
    const data = matrixRows();
    const body = renderList(data, 'ru', 'grid');
    const titled = body.lastElementChild as HTMLElement;
    titled.title = 'portal title';
    const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
    const { stop } = start({ send });
    await settle();
    expect(document.querySelectorAll('[data-sidekick-contact]').length).toBe(data.length);
    stop();
    expect(document.querySelectorAll('[data-sidekick-contact], [data-sidekick-contact-reason], [data-sidekick-owned]')).toHaveLength(0);
    expect(titled.title).toBe('portal title');
    expect(document.querySelectorAll('[title]')).toHaveLength(1);
  });

  it('reports an unrecognised page when there is no list at all, and nothing when the list is there', async () => {
    document.body.replaceChildren(document.createElement('div'));
    const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
    const { reports } = start({ send });
    await settle();
    expect(reports.at(-1)).toEqual(['shipment list']);
    renderList(matrixRows(), 'en', 'table');
    await settle();
    expect(reports.at(-1)).toEqual([]);
  });
});

describe('clicking Contact Customer', () => {
  it('DOM-only: opens the details panel by its link and presses the portal’s own button, without the row’s click', async () => {
    const data = matrixRows();
    renderList(data, 'ru', 'table');
    const eligible = data.find((d) => d.expected.contact === 'available')!;
    const row = () => rowOf(eligible.postingNumber);
    // The row's own handlers: they must never see an event that started on our controls.
    const rowClicks = vi.fn();
    const seenByRow = (event: Event) => {
      if ((event.target as Element).closest('[data-sidekick-owned]')) rowClicks(event.type);
    };
    const linkClicks = vi.fn();
    const portalPressed = vi.fn();
    // The portal's router: a details link opens the side panel (after a moment, as it loads).
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest?.('a[href*="postingDetails="]');
      if (!link) return;
      event.preventDefault();
      linkClicks(link.getAttribute('href'));
      setTimeout(() => {
        const parsed = new DOMParser().parseFromString(detailsRu.replaceAll('0128619527-0157-1', eligible.postingNumber), 'text/html');
        const panel = document.importNode(parsed.body.firstElementChild!.nextElementSibling ?? parsed.body.firstElementChild!, true) as HTMLElement;
        panel.querySelector('button')!.addEventListener('click', portalPressed);
        document.body.append(panel);
      }, 5);
    }, { signal: pageListeners.signal });
    const { send, calls } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
    start({ send });
    await settle();
    for (const type of ['click', 'mousedown', 'pointerdown', 'keydown']) row().addEventListener(type, seenByRow);
    const button = row().querySelector<HTMLButtonElement>('button[data-sidekick-action="contact-customer"]')!;
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    personClick(button);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await settle();
    expect(rowClicks).not.toHaveBeenCalled();
    expect(linkClicks).toHaveBeenCalledWith(`/app/postings/fbs?tab=all&postingDetails=${eligible.postingNumber}`);
    expect(portalPressed).toHaveBeenCalledTimes(1);
    expect(calls.map((c) => c.type)).not.toContain('startChat');
  });

  it('DOM-only: the wait for the portal’s button outlives the feature’s restart on the URL change', async () => {
    const data = matrixRows();
    renderList(data, 'ru', 'table');
    const eligible = data.find((d) => d.expected.contact === 'available')!;
    document.addEventListener('click', (event) => {
      if ((event.target as Element).closest?.('a[href*="postingDetails="]')) event.preventDefault();
    }, { signal: pageListeners.signal });
    const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
    const first = start({ send });
    await settle();
    personClick(rowOf(eligible.postingNumber).querySelector<HTMLButtonElement>('button[data-sidekick-action="contact-customer"]')!);
    // The URL gained &postingDetails=: index.ts stops the feature and starts it again.
    first.stop();
    start({ send });
    await settle();
    const pressed = vi.fn();
    const parsed = new DOMParser().parseFromString(detailsRu.replaceAll('0128619527-0157-1', eligible.postingNumber), 'text/html');
    const panel = document.importNode(parsed.body.querySelector('[role="dialog"]')!, true) as HTMLElement;
    panel.querySelector('button')!.addEventListener('click', pressed);
    document.body.append(panel);
    await settle();
    expect(pressed).toHaveBeenCalledTimes(1);
    // Once pressed, a re-render of the panel does not press it again.
    const again = panel.cloneNode(true) as HTMLElement;
    again.querySelector('button')!.addEventListener('click', pressed);
    panel.replaceWith(again);
    await settle();
    expect(pressed).toHaveBeenCalledTimes(1);
  });

  it('DOM-only: says in place when the panel never shows the portal’s button', async () => {
    const data = matrixRows();
    renderList(data, 'ru', 'table');
    document.addEventListener('click', (event) => {
      if ((event.target as Element).closest?.('a[href*="postingDetails="]')) event.preventDefault();
    }, { signal: pageListeners.signal });
    const eligible = data.find((d) => d.expected.contact === 'available')!;
    const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
    start({ send, portalTimeoutMs: 20 });
    await settle();
    personClick(rowOf(eligible.postingNumber).querySelector<HTMLButtonElement>('button[data-sidekick-action="contact-customer"]')!);
    await new Promise((resolve) => setTimeout(resolve, 40));
    const error = rowOf(eligible.postingNumber).querySelector('[data-sidekick-error]') as HTMLElement;
    expect(error.hidden).toBe(false);
    expect(error.textContent).toBe(t('ru', 'contactError:no-panel'));
  });

  it('with a store: asks the API for all visible rows in one batch and lets its answer decide', async () => {
    const data = matrixRows();
    renderList(data, 'en', 'table');
    document.documentElement.lang = 'en';
    const eligible = data.filter((d) => d.expected.contact === 'available');
    const closedOne = eligible[0]!;
    const { send, calls } = mockSend({
      getPrefs: () => prefs(),
      getStatus: () => status(true),
      getShipmentEligibility: (req) => {
        const out: Record<string, ShipmentEligibility> = {};
        for (const n of req.postingNumbers as string[]) {
          const d = data.find((x) => x.postingNumber === n)!;
          out[n] =
            n === closedOne.postingNumber
              ? { postingNumber: n, eligible: false, reason: 'window-closed' }
              : { postingNumber: n, eligible: d.expected.contact === 'available', ...(d.expected.reason ? { reason: d.expected.reason as 'delivered' } : {}) };
        }
        return out;
      },
    });
    start({ send });
    await settle();
    const asks = calls.filter((c) => c.type === 'getShipmentEligibility');
    expect(asks).toHaveLength(1);
    expect((asks[0]!.postingNumbers as string[]).sort()).toEqual(data.map((d) => d.postingNumber).sort());
    const row = rowOf(closedOne.postingNumber);
    expect(row.getAttribute('data-sidekick-contact')).toBe('unavailable');
    expect(row.getAttribute('data-sidekick-contact-reason')).toBe('window-closed');
    expect(row.title).toBe(t('en', 'contactWhyNot:window-closed'));
    expect(document.querySelectorAll('button[data-sidekick-action="contact-customer"]')).toHaveLength(eligible.length - 1);
    // Re-rendered rows are judged from the cached answers: no second request.
    renderList(data, 'en', 'table');
    await settle();
    expect(calls.filter((c) => c.type === 'getShipmentEligibility')).toHaveLength(1);
    expect(rowOf(closedOne.postingNumber).getAttribute('data-sidekick-contact-reason')).toBe('window-closed');
  });

  it('with a store: starts the chat through the background and opens it in this tab or a new one', async () => {
    const data = matrixRows();
    renderList(data, 'ru', 'table');
    const eligible = data.find((d) => d.expected.contact === 'available')!;
    for (const where of ['same-tab', 'new-tab'] as const) {
      const { send, calls } = mockSend({
        getPrefs: () => prefs({ contactOpensIn: where }),
        getStatus: () => status(true),
        getShipmentEligibility: () => ({}),
        startChat: () => ({ chatId: '2f1c1a9e-0000-4000-8000-00000000abcd' }),
      });
      const { assign, openTab, stop } = start({ send });
      await settle();
      personClick(rowOf(eligible.postingNumber).querySelector<HTMLButtonElement>('button[data-sidekick-action="contact-customer"]')!);
      await settle();
      expect(calls.find((c) => c.type === 'startChat')).toEqual({ type: 'startChat', postingNumber: eligible.postingNumber });
      const href = '/app/messenger?group=customers_v2&id=2f1c1a9e-0000-4000-8000-00000000abcd';
      expect(chatHref('2f1c1a9e-0000-4000-8000-00000000abcd')).toBe(href);
      if (where === 'same-tab') {
        expect(assign).toHaveBeenCalledWith(href);
        expect(openTab).not.toHaveBeenCalled();
      } else {
        expect(openTab).toHaveBeenCalledWith(href);
        expect(assign).not.toHaveBeenCalled();
      }
      stop();
    }
  });

  it('with a store: says errors in place, in the user’s language, and lets the seller try again', async () => {
    const data = matrixRows();
    renderList(data, 'ru', 'table');
    const eligible = data.find((d) => d.expected.contact === 'available')!;
    let fail: RequestError | null = new RequestError('premium-required', 'needs Premium Plus', { en: 'EN premium', ru: 'RU премиум', zh: 'ZH 高级' });
    const { send } = mockSend({
      getPrefs: () => prefs(),
      getStatus: () => status(true),
      getShipmentEligibility: () => ({}),
      startChat: () => {
        if (fail) throw fail;
        return { chatId: '2f1c1a9e-0000-4000-8000-00000000abcd' };
      },
    });
    const { assign } = start({ send });
    await settle();
    const button = () => rowOf(eligible.postingNumber).querySelector<HTMLButtonElement>('button[data-sidekick-action="contact-customer"]')!;
    const error = () => rowOf(eligible.postingNumber).querySelector<HTMLElement>('[data-sidekick-error]')!;
    personClick(button());
    await settle();
    expect(error().textContent).toBe('RU премиум');
    expect(error().hidden).toBe(false);
    expect(button().disabled).toBe(false);
    fail = new RequestError('no-background', 'No answer');
    personClick(button());
    await settle();
    expect(error().textContent).toBe(t('ru', 'contactError:network'));
    fail = new RequestError('window-closed', 'closed');
    personClick(button());
    await settle();
    expect(error().textContent).toBe(t('ru', 'contactError:window-closed'));
    fail = null;
    personClick(button());
    await settle();
    expect(assign).toHaveBeenCalledTimes(1);
    expect(error().textContent).toBe('');
    expect(error().hidden).toBe(true);
  });

  it('with a store: "Contact with template…" fills the template, starts the chat, sends it, and refuses a repeat', async () => {
    const data = matrixRows();
    renderList(data, 'ru', 'table');
    const eligible = data.find((d) => d.expected.contact === 'available')!;
    const chatId = '2f1c1a9e-0000-4000-8000-00000000abcd';
    const { send, calls } = mockSend({
      getPrefs: () => prefs(),
      getStatus: () => status(true),
      getShipmentEligibility: () => ({}),
      listTemplates: () => [{ id: 'hello', name: 'Привет', text: 'Здравствуйте, {customer_name}! Заказ {order_number} собираем.' }],
      startChat: () => ({ chatId }),
      sendMessage: () => ({ sent: true }),
    });
    const guard = createSendGuard();
    const { assign } = start({ send, guard });
    await settle();
    const menu = () => rowOf(eligible.postingNumber).querySelector<HTMLButtonElement>('button[data-sidekick-action="contact-with-template"]')!;
    personClick(menu());
    await settle();
    expect(menu().getAttribute('aria-expanded')).toBe('true');
    const popover = rowOf(eligible.postingNumber).querySelector('[data-sidekick-popover]')!;
    const order = eligible.postingNumber.split('-').slice(0, 2).join('-');
    expect(popover.querySelector('[data-sidekick-template-preview]')?.textContent).toBe(`Здравствуйте, Анна Смирнова! Заказ ${order} собираем.`);
    expect(popover.textContent).toContain('портал переводит');
    personClick(popover.querySelector<HTMLButtonElement>('[data-sidekick-template-confirm]')!);
    await settle();
    expect(calls.find((c) => c.type === 'sendMessage')).toEqual({ type: 'sendMessage', chatId, text: `Здравствуйте, Анна Смирнова! Заказ ${order} собираем.` });
    expect(assign).toHaveBeenCalledWith(`/app/messenger?group=customers_v2&id=${chatId}`);
    expect(guard.isRepeat(chatId, `Здравствуйте, Анна Смирнова! Заказ ${order} собираем.`)).toBe(true);
    // The same text to the same shipment again is refused before anything is sent.
    personClick(menu());
    await settle();
    const again = rowOf(eligible.postingNumber).querySelector('[data-sidekick-popover]')!;
    expect(again.querySelector('[role="alert"]')?.textContent).toContain('последним сообщением');
    expect(again.querySelector<HTMLButtonElement>('[data-sidekick-template-confirm]')!.disabled).toBe(true);
    expect(calls.filter((c) => c.type === 'sendMessage')).toHaveLength(1);
    // Escape closes the menu and gives the focus back to its button.
    again.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(rowOf(eligible.postingNumber).querySelector('[data-sidekick-popover]')).toBeNull();
    expect(menu().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu());
  });
});

describe('Contact Customer follows rows changed in place (issue #11)', () => {
  it.each(LAYOUTS)('a status rewritten to Delivered takes the button away; rows removed leave the counts (%s)', async (layout) => {
    const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
    const rows = matrixRows().filter((r) => r.expected.contact === 'available');
    renderList(rows, 'ru', layout);
    const { pageState } = start({ send });
    await settle();
    expectJudged(rows);
    const target = rows[0]!;
    const row = rowOf(target.postingNumber);
    // The status cell's text, rewritten as a virtualised list or a live update would.
    const cell = [...row.querySelectorAll('*')].find((el) => el.children.length === 0 && /ожидает|доставляется|арбитраж|у водителя|отправлено/i.test(el.textContent ?? ''));
    expect(cell).toBeDefined();
    cell!.textContent = 'Доставлено';
    await settle();
    expect(row.getAttribute('data-sidekick-contact')).toBe('unavailable');
    expect(row.getAttribute('data-sidekick-contact-reason')).toBe('delivered');
    expect(row.querySelectorAll('[data-sidekick-action="contact-customer"]')).toHaveLength(0);
    expect(pageState.get().shipments).toEqual({ available: rows.length - 1, unavailable: 1 });
    rowOf(rows[1]!.postingNumber).remove();
    await settle();
    expect(pageState.get().shipments).toEqual({ available: rows.length - 2, unavailable: 1 });
  });
});

describe('Contact Customer hangs everything on one AbortSignal', () => {
  function depsWith(send: SendFn): ContactDeps {
    const pageState = createPageState();
    return { doc: document, observer, state: pageState, tab: 'all', send, assign: vi.fn(), openTab: vi.fn(), guard: createSendGuard() };
  }

  it('aborting it removes what the feature added, and rows added later are not judged', async () => {
    const data = matrixRows();
    const body = renderList(data.slice(0, 10), 'en', 'table');
    const { send } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(false) });
    const controller = new AbortController();
    runContactButtons(depsWith(send), controller.signal);
    await settle();
    expectJudged(data.slice(0, 10));
    controller.abort();
    expect(document.querySelectorAll('[data-sidekick-contact], [data-sidekick-owned]')).toHaveLength(0);
    body.append(rowElement(document, data[10]!, 'en', 'all', 'table'));
    await settle();
    expect(document.querySelectorAll('[data-sidekick-contact], [data-sidekick-owned]')).toHaveLength(0);
  });

  it('an aborted signal starts nothing: no request, no mark', async () => {
    renderList(matrixRows().slice(0, 5), 'en', 'table');
    const { send, calls } = mockSend({ getPrefs: () => prefs(), getStatus: () => status(true), getShipmentEligibility: () => ({}) });
    const controller = new AbortController();
    controller.abort();
    runContactButtons(depsWith(send), controller.signal);
    await settle();
    expect(calls).toEqual([]);
    expect(document.querySelectorAll('[data-sidekick-contact]')).toHaveLength(0);
  });
});
