// The portal replica's client: a single-page app. Links inside the app navigate with history.pushState, the main
// area is re-rendered per route, lists refresh periodically, and `window.__replica` offers tests their controls.
import type { PortalFilter } from '../../data/types';
import { LANGS, type Lang } from '../labels';
import { fetchChats } from './api';
import { h } from './dom';
import { boot, cls, lang, t } from './env';
import { createMessenger } from './messenger';
import { createOrders } from './orders';
import { createDashboard, createMissing } from './pages';
import type { Navigate, View } from './view';

type PageKind = 'messenger' | 'orders' | 'dashboard' | 'other';

function kindOf(url: URL): PageKind {
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/app/messenger') return 'messenger';
  if (path === '/app/postings/fbs' || path === '/app/postings/crossborder/fbs') return 'orders';
  if (path === '/app/dashboard/main') return 'dashboard';
  return 'other';
}

export interface ReplicaControl {
  rerender(): void;
  navigate(url: string): Promise<void>;
  /** The replica's own list of customer chat ids for these filters (all pages). */
  answer(filters: readonly PortalFilter[]): Promise<string[]>;
}

const appRoot = document.querySelector<HTMLElement>(`.${cls('app')}`) ?? document.body.appendChild(h('div', { class: 'app' }));
const nav = h('nav', { class: 'nav' });
const mainEl = h('main', { class: 'main' });
const NAV_LINKS: readonly { href: string; text: string; kind: PageKind }[] = [
  { href: '/app/dashboard/main', text: t('home'), kind: 'dashboard' },
  { href: '/app/postings/fbs', text: t('fbs'), kind: 'orders' },
  { href: '/app/messenger?group=customers_v2', text: t('messages'), kind: 'messenger' },
];

/** Each language's link in the top bar: its own name. */
const LANG_NAME: Record<Lang, string> = { ru: 'RU', en: 'EN', zh: '中文' };

function langLink(code: Lang): HTMLElement {
  const url = new URL(location.href);
  url.searchParams.set('lang', code);
  return h('a', { class: 'langLink', attrs: { href: `${url.pathname}${url.search}`, 'aria-current': code === lang ? 'true' : undefined } }, LANG_NAME[code]);
}

const langsEl = h('div', { class: 'langs' });
appRoot.replaceChildren(h('header', { class: 'topbar' }, h('span', { class: 'logo' }, 'OZON seller'), nav, langsEl), mainEl);

let current: { kind: PageKind; view: View } | null = null;

function renderTopbar(kind: PageKind): void {
  nav.replaceChildren(...NAV_LINKS.map((l) => h('a', { class: ['navLink', l.kind === kind && 'navActive'], attrs: { href: l.href, 'aria-current': l.kind === kind ? 'page' : undefined } }, l.text)));
  langsEl.replaceChildren(...LANGS.map(langLink));
}

const navigate: Navigate = async (href, opts) => {
  const url = new URL(href, location.href);
  const wanted = url.searchParams.get('lang');
  if (url.origin !== location.origin || (wanted !== null && wanted !== lang)) {
    location.assign(url.href);
    return;
  }
  if (opts?.replace) history.replaceState(null, '', url.href);
  else if (url.href !== location.href) history.pushState(null, '', url.href);
  await route();
};

async function route(): Promise<void> {
  const url = new URL(location.href);
  const kind = kindOf(url);
  if (kind === 'messenger' && !url.searchParams.has('group')) {
    url.searchParams.set('group', 'customers_v2');
    history.replaceState(null, '', url.href);
  }
  if (current?.kind !== kind) {
    current?.view.destroy();
    const view = kind === 'messenger' ? createMessenger() : kind === 'orders' ? createOrders(navigate) : kind === 'dashboard' ? createDashboard() : createMissing();
    current = { kind, view };
    mainEl.replaceChildren(view.root);
  }
  renderTopbar(kind);
  await current.view.update(url);
}

// Links of the app itself navigate inside the page, as the portal's router does.
appRoot.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/app/')) return;
  const wanted = url.searchParams.get('lang');
  if (wanted !== null && wanted !== lang) return;
  event.preventDefault();
  void navigate(url.href);
});

window.addEventListener('popstate', () => void route());

setInterval(() => void current?.view.refresh(), boot.refreshMs);

// Cast, not a global declaration: the e2e tests declare their own view of this object.
const control: ReplicaControl = {
  rerender: () => current?.view.rerender(),
  navigate: (url) => navigate(url),
  async answer(filters) {
    const page = await fetchChats('customers_v2', filters, 0, 100_000);
    return page.items.map((r) => r.id);
  },
};
(window as unknown as { __replica: ReplicaControl }).__replica = control;

void route();
