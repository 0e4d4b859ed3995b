// Contact Customer on every shipment row of the FBS orders list where the portal allows a seller to start a chat
// (realFBS, not delivered or cancelled), and the reason on every row where it does not. With a store connected the
// background's API data decides and starts the chat; without one the portal's own flow is used.
import { render } from 'preact';
import { defineFeature, type FeatureEnv } from '../../feature';
import { send as defaultSend, RequestError } from '@/lib/protocol/send';
import type { ShipmentEligibility } from '@/lib/protocol/messages';
import type { Prefs } from '@/lib/prefs';
import { resolveLang, type Lang } from '@/lib/i18n';
import { OWNED_ATTRIBUTE } from '../../observer';
import { findColumnHeaders, findShipmentRows, readShipmentRow, type HeaderCache, type ShipmentFacts, type ShipmentRow } from '../../portal/orders';
import { EXPECTED, ROW_SELECTOR } from '../../portal/orders/cues';
import { chatPath } from '@/lib/portal-links';
import { contactThroughPortal, resumePortalFlow, type PortalFlowError } from '../../portal/orders/flow';
import { judge, judgeEligibility, type Judgement } from '@/lib/shipments/judge';
import type { StatusCode } from '@/lib/shipments/status';
import { contactStrings, type ContactErrorKey } from './strings';
import { pageSendGuard, type SendGuard } from '../quick-replies/guard';
import type { FillValues } from '../quick-replies/fill';
import type { Template } from '@/lib/templates/model';
import { TemplatePicker } from '@/components/page/quick-replies/TemplatePicker';
import { personOnly } from '../../trusted-input';

export const CONTACT_ATTR = 'data-sidekick-contact';
export const REASON_ATTR = 'data-sidekick-contact-reason';
export const ACTION_ATTR = 'data-sidekick-action';
const PART_ATTR = 'data-sidekick-part';
const PART = 'contact';
const NAME = 'contact-buttons';

export type SendFn = typeof defaultSend;

export interface ContactDeps {
  doc: Document;
  observer: FeatureEnv['observer'];
  state: Pick<FeatureEnv['state'], 'reportUnrecognised' | 'get' | 'set'>;
  /** The orders tab from the URL: a hint when a row's status cannot be read. */
  tab: string;
  send: SendFn;
  /** Opens a portal URL in this tab (a full load: the portal's router does not hear our pushState). */
  assign(href: string): void;
  openTab(href: string): void;
  guard: SendGuard;
  /** How long to wait for the details panel's own button (DOM-only flow). */
  portalTimeoutMs?: number;
}

export { chatPath as chatHref } from '@/lib/portal-links';

const TAB_STATUS: Record<string, StatusCode> = { delivered: 'delivered', cancelled: 'cancelled' };

/** Judges a row from the page alone (status word + delivery method; the tab when the status is not readable). */
export function judgeRow(facts: ShipmentFacts, tab: string): Judgement {
  return judge(facts.status ?? TAB_STATUS[tab] ?? null, facts.scheme);
}

const BUTTON_STYLE =
  'display:inline-flex;align-items:center;margin:0;padding:1px 8px;font:12px/18px system-ui,sans-serif;color:#005bff;background:#fff;border:1px solid #005bff;border-radius:4px;cursor:pointer;white-space:nowrap';
const MENU_STYLE = `${BUTTON_STYLE};padding:1px 5px;margin-left:2px`;
const ERROR_STYLE = 'font:12px/16px system-ui,sans-serif;color:#c4001d;white-space:normal;max-width:260px';
/** Fixed, so a scrolling list (overflow: auto) never clips it; placed below the menu button, or above near the bottom. */
const POPOVER_STYLE =
  'position:fixed;z-index:2147483000;padding:8px;background:#fff;border:1px solid #c6cdd6;border-radius:6px;box-shadow:0 4px 16px rgba(0,26,52,.16);text-align:left;white-space:normal';

/** Events the row's own handlers must not see when they start on our controls. */
const CONTAINED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'touchstart', 'touchend'];

interface RowMark {
  key: string;
  postingNumber: string;
  eligible: boolean;
  /** The pass's generation when judged: a new language or API answers judge every row again. */
  generation: number;
  /** Status and scheme were both read from the page. */
  readable: boolean;
  /** The row's own title, restored on stop. */
  title: string | null;
}

const lastKnown: { prefs: Pick<Prefs, 'contactOpensIn' | 'language'>; apiAvailable: boolean } = {
  prefs: { contactOpensIn: 'same-tab', language: 'auto' },
  apiAvailable: false,
};

/** Forgets what earlier starts learnt of the preferences and stores (tests). */
export function resetContactMemory(): void {
  lastKnown.prefs = { contactOpensIn: 'same-tab', language: 'auto' };
  lastKnown.apiAvailable = false;
}

export function startContactButtons(deps: ContactDeps): () => void {
  const { doc } = deps;
  let lang: Lang = resolveLang('auto', doc.documentElement.lang);
  // What the last start learnt (the feature restarts on every tab change): no flicker while asking again.
  let prefs: Pick<Prefs, 'contactOpensIn' | 'language'> = lastKnown.prefs;
  let apiAvailable = lastKnown.apiAvailable;
  lang = resolveLang(prefs.language, doc.documentElement.lang);
  let stopped = false;
  const api = new Map<string, ShipmentEligibility>();
  const asked = new Set<string>();
  const marks = new Map<HTMLElement, RowMark>();
  const busy = new Set<string>();
  let batch: Set<string> | null = null;
  let generation = 0;

  const strings = () => contactStrings(lang);

  function judgementOf(shipment: ShipmentRow, facts: ShipmentFacts): Judgement {
    const answer = api.get(shipment.postingNumber);
    return answer ? judgeEligibility(answer) : judgeRow(facts, deps.tab);
  }

  function clearRow(row: HTMLElement): void {
    for (const el of row.querySelectorAll(`[${PART_ATTR}="${PART}"]`)) el.remove();
    const mark = marks.get(row);
    row.removeAttribute(CONTACT_ATTR);
    row.removeAttribute(REASON_ATTR);
    if (mark) {
      if (mark.title === null) row.removeAttribute('title');
      else row.setAttribute('title', mark.title);
    }
    marks.delete(row);
  }

  function showError(postingNumber: string, message: string): void {
    for (const el of doc.querySelectorAll<HTMLElement>(`[${PART_ATTR}="${PART}"][data-sidekick-posting="${postingNumber}"] [data-sidekick-error]`)) {
      el.textContent = message;
      el.hidden = !message;
      el.style.display = message ? 'block' : 'none';
    }
  }

  function errorText(error: unknown): string {
    const s = strings();
    if (error instanceof RequestError) {
      const known = (['window-closed', 'premium-required', 'network'] as const).find((k) => k === error.code);
      if (error.code === 'timeout' || error.code === 'no-background') return error.text ? error.in(lang) : s.error.network;
      if (known) return error.text ? error.in(lang) : s.error[known];
      return s.error.generic.replace('{message}', error.in(lang));
    }
    return s.error.generic.replace('{message}', error instanceof Error ? error.message : String(error));
  }

  function open(chatId: string): void {
    const href = chatPath(chatId);
    if (prefs.contactOpensIn === 'new-tab') deps.openTab(href);
    else deps.assign(href);
  }

  async function contactViaApi(postingNumber: string, firstMessage?: { text: string; templateId: string }): Promise<void> {
    const { chatId } = await deps.send<'startChat'>({ type: 'startChat', postingNumber });
    if (firstMessage) {
      await deps.send<'sendMessage'>({ type: 'sendMessage', chatId, text: firstMessage.text });
      deps.guard.record(chatId, firstMessage.text, firstMessage.templateId);
    }
    open(chatId);
  }

  async function onContact(shipment: ShipmentRow, button: HTMLButtonElement): Promise<void> {
    const n = shipment.postingNumber;
    if (busy.has(n)) return;
    showError(n, '');
    busy.add(n);
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      if (apiAvailable) {
        await contactViaApi(n);
      } else {
        contactThroughPortal({
          postingNumber: n,
          link: shipment.link,
          observer: deps.observer,
          doc,
          assign: deps.assign,
          ...(deps.portalTimeoutMs ? { timeoutMs: deps.portalTimeoutMs } : {}),
        });
      }
    } catch (error) {
      showError(n, errorText(error));
    } finally {
      busy.delete(n);
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  function closePopovers(except?: Element): void {
    for (const pop of doc.querySelectorAll<HTMLElement>(`[${PART_ATTR}="${PART}"] [data-sidekick-popover]`)) {
      if (pop === except) continue;
      render(null, pop);
      pop.remove();
    }
    for (const button of doc.querySelectorAll(`[${ACTION_ATTR}="contact-with-template"][aria-expanded="true"]`)) {
      if (!except || !button.parentElement?.contains(except)) button.setAttribute('aria-expanded', 'false');
    }
  }

  async function onMenu(shipment: ShipmentRow, facts: ShipmentFacts, wrapper: HTMLElement, menuButton: HTMLButtonElement): Promise<void> {
    const existing = wrapper.querySelector('[data-sidekick-popover]');
    if (existing) {
      closePopovers();
      menuButton.setAttribute('aria-expanded', 'false');
      return;
    }
    closePopovers();
    let templates: Template[] = [];
    try {
      templates = await deps.send<'listTemplates'>({ type: 'listTemplates' });
    } catch (error) {
      showError(shipment.postingNumber, errorText(error));
      return;
    }
    if (stopped || !wrapper.isConnected) return;
    const pop = doc.createElement('div');
    pop.setAttribute(OWNED_ATTRIBUTE, '');
    pop.setAttribute('data-sidekick-popover', '');
    pop.setAttribute('style', POPOVER_STYLE);
    placePopover(pop, menuButton);
    wrapper.append(pop);
    pop.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
    });
    menuButton.setAttribute('aria-expanded', 'true');
    const values: FillValues = {
      posting_number: shipment.postingNumber,
      customer_name: facts.customer,
      product: facts.products[0]?.replace(/\s+×\s*\d+.*$/, '') ?? null,
    };
    const close = () => {
      render(null, pop);
      pop.remove();
      menuButton.setAttribute('aria-expanded', 'false');
      menuButton.focus();
    };
    render(
      <TemplatePicker
        templates={templates}
        values={values}
        lang={lang}
        action="send"
        chatKey={`posting:${shipment.postingNumber}`}
        guard={deps.guard}
        onCancel={close}
        onPick={async (text, template) => {
          try {
            await contactViaApi(shipment.postingNumber, { text, templateId: template.id });
            deps.guard.record(`posting:${shipment.postingNumber}`, text, template.id);
            close();
          } catch (error) {
            throw new Error(errorText(error));
          }
        }}
      />,
      pop,
    );
  }

  function placePopover(pop: HTMLElement, anchor: HTMLElement): void {
    const view = doc.defaultView;
    const rect = anchor.getBoundingClientRect();
    const height = view?.innerHeight ?? 800;
    const width = view?.innerWidth ?? 1200;
    const room = 380;
    const above = rect.bottom + room > height && rect.top > room;
    pop.style.top = above ? '' : `${Math.round(rect.bottom + 4)}px`;
    pop.style.bottom = above ? `${Math.round(height - rect.top + 4)}px` : '';
    pop.style.left = `${Math.max(4, Math.round(Math.min(rect.left, width - 400)))}px`;
  }

  function contain(el: HTMLElement): void {
    for (const type of CONTAINED_EVENTS) el.addEventListener(type, (event) => event.stopPropagation());
  }

  function buildControls(shipment: ShipmentRow, facts: ShipmentFacts): HTMLElement {
    const s = strings();
    const wrapper = doc.createElement('span');
    wrapper.setAttribute(OWNED_ATTRIBUTE, '');
    wrapper.setAttribute(PART_ATTR, PART);
    wrapper.setAttribute('data-sidekick-posting', shipment.postingNumber);
    wrapper.setAttribute('style', 'position:relative;display:inline-block;margin-left:8px;vertical-align:middle;white-space:nowrap');
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute(OWNED_ATTRIBUTE, '');
    button.setAttribute(ACTION_ATTR, 'contact-customer');
    button.setAttribute('style', BUTTON_STYLE);
    button.textContent = s.contact;
    // A person's click only: a page script's click must not start a chat or navigate (README, Security).
    button.addEventListener(
      'click',
      personOnly((event) => {
        event.preventDefault();
        void onContact(shipment, button);
      }),
    );
    wrapper.append(button);
    if (apiAvailable) {
      const menu = doc.createElement('button');
      menu.type = 'button';
      menu.setAttribute(OWNED_ATTRIBUTE, '');
      menu.setAttribute(ACTION_ATTR, 'contact-with-template');
      menu.setAttribute('aria-haspopup', 'dialog');
      menu.setAttribute('aria-expanded', 'false');
      menu.setAttribute('aria-label', s.contactWithTemplate);
      menu.title = s.contactWithTemplate;
      menu.setAttribute('style', MENU_STYLE);
      menu.textContent = '▾';
      menu.addEventListener(
        'click',
        personOnly((event) => {
          event.preventDefault();
          void onMenu(shipment, facts, wrapper, menu);
        }),
      );
      wrapper.append(menu);
    }
    const error = doc.createElement('span');
    error.setAttribute(OWNED_ATTRIBUTE, '');
    error.setAttribute('data-sidekick-error', '');
    error.setAttribute('role', 'status');
    error.setAttribute('aria-live', 'polite');
    error.setAttribute('style', ERROR_STYLE);
    error.hidden = true;
    error.style.display = 'none';
    wrapper.append(error);
    contain(wrapper);
    return wrapper;
  }

  /** Right after the number (never inside a link: a button in an <a> is invalid and would follow it). */
  function place(shipment: ShipmentRow, controls: HTMLElement): void {
    const link = shipment.numberEl.closest('a');
    const el = link && shipment.row.contains(link) && link !== shipment.row ? link : shipment.numberEl;
    if (el === shipment.row || el.matches('td, th, [role="cell"], [role="gridcell"]') || !el.parentElement) el.append(controls);
    else el.after(controls);
  }

  function intact(row: HTMLElement, eligible: boolean): boolean {
    if (row.getAttribute(CONTACT_ATTR) !== (eligible ? 'available' : 'unavailable')) return false;
    const buttons = row.querySelectorAll(`[${ACTION_ATTR}="contact-customer"]`).length;
    return eligible ? buttons === 1 && row.querySelectorAll(`[${PART_ATTR}="${PART}"]`).length === 1 : buttons === 0;
  }

  /**
   * Judges one row and marks it; a row already marked for the same posting and still intact is left alone unless
   * `changed` (something inside it changed in place: its status may have been rewritten).
   */
  function applyRow(shipment: ShipmentRow, headers: HeaderCache, changed = false): boolean {
    const { row } = shipment;
    const known = marks.get(row);
    if (!changed && known && known.generation === generation && known.postingNumber === shipment.postingNumber && intact(row, known.eligible)) {
      return known.readable;
    }
    const facts = readShipmentRow(shipment, headers);
    const verdict = judgementOf(shipment, facts);
    const readable = facts.status !== null && facts.scheme !== null;
    const key = `${shipment.postingNumber}|${verdict.eligible ? 'available' : verdict.reason}|${lang}|${apiAvailable}`;
    if (known?.key === key && intact(row, verdict.eligible)) {
      marks.set(row, { ...known, generation });
      return readable;
    }
    const title = known ? known.title : row.getAttribute('title');
    clearRow(row);
    marks.set(row, { key, postingNumber: shipment.postingNumber, eligible: verdict.eligible, generation, readable, title });
    if (verdict.eligible) {
      row.setAttribute(CONTACT_ATTR, 'available');
      place(shipment, buildControls(shipment, facts));
    } else {
      row.setAttribute(CONTACT_ATTR, 'unavailable');
      row.setAttribute(REASON_ATTR, verdict.reason);
      row.setAttribute('title', strings().reason[verdict.reason]);
    }
    return readable;
  }

  function askApi(numbers: readonly string[]): void {
    if (!apiAvailable) return;
    const fresh = numbers.filter((n) => !asked.has(n));
    if (fresh.length === 0) return;
    for (const n of fresh) asked.add(n);
    // One request per frame's worth of new rows, at most 500 numbers each (the protocol's cap).
    if (batch) {
      for (const n of fresh) batch.add(n);
      return;
    }
    batch = new Set(fresh);
    queueMicrotask(() => {
      const all = [...(batch ?? [])];
      batch = null;
      for (let i = 0; i < all.length; i += 500) {
        const chunk = all.slice(i, i + 500);
        deps
          .send<'getShipmentEligibility'>({ type: 'getShipmentEligibility', postingNumbers: chunk })
          .then((answers) => {
            if (stopped) return;
            for (const [n, answer] of Object.entries(answers)) api.set(n, answer);
            generation++;
            scan();
          })
          .catch(() => {
            // The page's own judgement stays; asking again on the next new rows would only repeat the failure.
          });
      }
    });
  }

  /** Judges every row; rows holding one of `touched` (changed in place) are read again. */
  function scan(touched: readonly Element[] = []): void {
    if (stopped) return;
    for (const row of [...marks.keys()]) if (!row.isConnected) marks.delete(row);
    const rows = findShipmentRows(doc.body);
    const headers: HeaderCache = new Map();
    let unread = 0;
    for (const shipment of rows) {
      try {
        const changed = touched.some((el) => shipment.row.contains(el) && el !== shipment.row.parentElement);
        if (!applyRow(shipment, headers, changed)) unread++;
      } catch (error) {
        console.warn('[seller-sidekick]', error);
      }
    }
    const missing: string[] = [];
    if (rows.length === 0 && findColumnHeaders(doc).length < EXPECTED.minColumnHeaders) missing.push('shipment list');
    if (rows.length > 0 && unread === rows.length) missing.push('shipment status / delivery method');
    deps.state.reportUnrecognised(NAME, missing);
    reportCounts();
    askApi(rows.map((r) => r.postingNumber));
  }

  /** The sidebar's summary of the orders page. */
  function reportCounts(): void {
    let available = 0;
    let unavailable = 0;
    for (const row of marks.keys()) {
      const value = row.getAttribute(CONTACT_ATTR);
      if (value === 'available') available++;
      else if (value === 'unavailable') unavailable++;
    }
    const current = deps.state.get().shipments;
    if (current?.available !== available || current.unavailable !== unavailable) deps.state.set({ shipments: { available, unavailable } });
  }

  /**
   * Table rows added by scrolling (or changed inside) are judged alone: a native row holding one posting number is
   * its own shipment row, so nothing else needs reading. Any other batch (a whole list, a grid of divs) scans all.
   */
  function onBatch(roots: readonly Element[], removedFrom: readonly Element[] = []): void {
    if (stopped) return;
    const nativeRows = new Set<HTMLElement>();
    const lostRowsOnly = (root: Element) => removedFrom.includes(root) && !roots.includes(root) && holdsMarkedRows(root);
    for (const root of [...roots, ...removedFrom]) {
      // A list that lost rows: only the counts change.
      if (lostRowsOnly(root)) continue;
      const row = root.closest<HTMLElement>(ROW_SELECTOR);
      if (marks.size === 0 || !row || !row.parentElement) return scan([...roots, ...removedFrom]);
      nativeRows.add(row);
    }
    const shipments = [...nativeRows].flatMap((row) => findShipmentRows(row)).filter((s) => s.row.matches(ROW_SELECTOR));
    const headers: HeaderCache = new Map();
    for (const shipment of shipments) {
      try {
        applyRow(shipment, headers, true);
      } catch (error) {
        console.warn('[seller-sidekick]', error);
      }
    }
    for (const row of [...marks.keys()]) if (!row.isConnected) marks.delete(row);
    reportCounts();
    askApi(shipments.map((r) => r.postingNumber));
  }

  function holdsMarkedRows(el: Element): boolean {
    for (const row of marks.keys()) if (row !== el && el.contains(row)) return true;
    return false;
  }

  const unsubscribe = deps.observer.onAdded(onBatch);
  const stopFlow = resumePortalFlow(
    deps.observer,
    (postingNumber: string, error: PortalFlowError) => showError(postingNumber, strings().error[error as ContactErrorKey]),
    doc,
  );
  const onDocClick = (event: Event) => {
    const target = event.target as Node | null;
    if (target && !(target instanceof Element && target.closest(`[${PART_ATTR}="${PART}"]`))) closePopovers();
  };
  doc.addEventListener('click', onDocClick, true);
  // A fixed popover follows its row when the list or the page scrolls.
  const onDocScroll = (event: Event) => {
    const target = event.target;
    if (target instanceof Element && target.closest('[data-sidekick-popover]')) return;
    for (const pop of doc.querySelectorAll<HTMLElement>(`[${PART_ATTR}="${PART}"] [data-sidekick-popover]`)) {
      const anchor = pop.parentElement?.querySelector<HTMLElement>(`[${ACTION_ATTR}="contact-with-template"]`);
      if (anchor) placePopover(pop, anchor);
    }
  };
  doc.addEventListener('scroll', onDocScroll, true);

  void Promise.allSettled([deps.send<'getPrefs'>({ type: 'getPrefs' }), deps.send<'getStatus'>({ type: 'getStatus' })]).then(([p, st]) => {
    if (stopped) return;
    if (p.status === 'fulfilled') {
      prefs = p.value;
      lastKnown.prefs = { contactOpensIn: p.value.contactOpensIn, language: p.value.language };
      lang = resolveLang(p.value.language, doc.documentElement.lang);
    }
    if (st.status === 'fulfilled') {
      apiAvailable = st.value.apiAvailable;
      lastKnown.apiAvailable = apiAvailable;
    }
    generation++;
    scan();
  });

  return () => {
    stopped = true;
    unsubscribe();
    deps.state.set({ shipments: null });
    stopFlow();
    doc.removeEventListener('click', onDocClick, true);
    doc.removeEventListener('scroll', onDocScroll, true);
    closePopovers();
    for (const row of [...marks.keys()]) clearRow(row);
    for (const el of doc.querySelectorAll(`[${PART_ATTR}="${PART}"]`)) el.remove();
    for (const row of doc.querySelectorAll(`[${CONTACT_ATTR}]`)) {
      row.removeAttribute(CONTACT_ATTR);
      row.removeAttribute(REASON_ATTR);
    }
  };
}

export default defineFeature({
  name: NAME,
  appliesTo: (page) => page.kind === 'orders',
  start(env) {
    return startContactButtons({
      doc: document,
      observer: env.observer,
      state: env.state,
      tab: env.page.kind === 'orders' ? env.page.tab : 'all',
      send: defaultSend,
      assign: (href) => location.assign(href),
      openTab: (href) => void window.open(href, '_blank', 'noopener'),
      guard: pageSendGuard,
    });
  },
});
