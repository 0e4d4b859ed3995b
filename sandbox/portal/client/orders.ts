// The FBS orders page: status tabs, the shipments table (30 rows per scroll page, re-rendered whole on tab changes
// and periodically) and the details panel.
import { COLUMNS, isOrdersTab, ORDER_TABS, TAB_LABEL, type OrdersTab } from '../labels';
import type { PostingRowView } from '../views';
import { fetchPostings } from './api';
import { createDetailsPanel } from './details';
import { h, keepScroll, nearBottom, underfilled } from './dom';
import { boot, lang, t } from './env';
import type { Navigate, View } from './view';

export function tabOf(url: URL): OrdersTab {
  const tab = url.searchParams.get('tab');
  return isOrdersTab(tab) ? tab : 'all';
}

export function createOrders(navigate: Navigate): View {
  let path = '/app/postings/fbs';
  let tab: OrdersTab | null = null;
  let rows: PostingRowView[] = [];
  let hasMore = false;
  let loaded = false;
  let loadingMore = false;
  let seq = 0;

  const titleEl = h('h1', { class: 'pageTitle' });
  const tabsEl = h('nav', { class: 'tabs' });
  const tbody = h('tbody', null);
  const statusEl = h('div', null);
  const table = h('table', { class: 'table' }, h('thead', null, h('tr', null, ...COLUMNS.map((c) => h('th', null, c[lang])))), tbody);
  const scroller = h('div', { class: 'tableScroller' }, table, statusEl);
  const details = createDetailsPanel(() => `${path}?tab=${tab ?? 'all'}`, navigate);
  const root = h('div', { class: 'orders' }, tabsEl, scroller, details.root);
  const page = h('div', null, titleEl, root);
  page.style.cssText = 'display:flex;flex-direction:column;flex:1;min-height:0';

  const tabHref = (x: OrdersTab): string => `${path}?tab=${x}`;

  function rowEl(row: PostingRowView): HTMLElement {
    return h(
      'tr',
      null,
      h('td', null, h('a', { class: 'numberLink', attrs: { href: `${path}?tab=${tab ?? 'all'}&postingDetails=${row.number}` } }, row.number)),
      h('td', null, h('span', { class: 'statusPill' }, row.status)),
      h('td', null, row.delivery),
      h('td', null, ...row.products.map((p) => h('span', { class: 'productLine' }, p))),
      h('td', { class: 'cellMuted' }, row.shipmentDate),
      h('td', null, row.customer),
    );
  }

  function renderRows(): void {
    keepScroll(scroller, () => {
      tbody.replaceChildren(...rows.map(rowEl));
      statusEl.replaceChildren(!loaded ? h('div', { class: 'loading' }, t('loading')) : rows.length === 0 ? h('div', { class: 'listEmpty' }, t('noPostings')) : '');
    });
  }

  function renderTabs(): void {
    titleEl.textContent = path.includes('crossborder') ? t('crossborderTitle') : t('ordersTitle');
    tabsEl.replaceChildren(...ORDER_TABS.map((x) => h('a', { class: ['tab', x === tab && 'tabActive'], attrs: { href: tabHref(x), 'aria-current': x === tab ? 'page' : undefined } }, TAB_LABEL[x][lang])));
  }

  async function loadRows(count = boot.pageSize, keep = false): Promise<void> {
    const mine = ++seq;
    if (!keep) {
      loaded = false;
      rows = [];
      renderRows();
      scroller.scrollTop = 0;
    }
    try {
      const result = await fetchPostings(tab ?? 'all', 0, Math.max(count, boot.pageSize));
      if (mine !== seq) return;
      rows = result.items;
      hasMore = result.hasMore;
    } catch {
      if (mine !== seq) return;
      rows = [];
      hasMore = false;
    }
    loaded = true;
    renderRows();
    maybeLoadMore();
  }

  async function loadMore(): Promise<void> {
    if (loadingMore || !hasMore || !loaded) return;
    loadingMore = true;
    const mine = seq;
    try {
      const result = await fetchPostings(tab ?? 'all', rows.length, boot.pageSize);
      if (mine !== seq) return;
      const known = new Set(rows.map((r) => r.number));
      const fresh = result.items.filter((r) => !known.has(r.number));
      rows = rows.concat(fresh);
      hasMore = result.hasMore;
      tbody.append(...fresh.map(rowEl));
    } finally {
      loadingMore = false;
    }
    maybeLoadMore();
  }

  function maybeLoadMore(): void {
    if (hasMore && (underfilled(scroller) || (scroller.clientHeight > 0 && nearBottom(scroller)))) void loadMore();
  }

  scroller.addEventListener('scroll', () => {
    if (nearBottom(scroller)) void loadMore();
  });

  return {
    root: page,
    async update(url) {
      const nextPath = url.pathname.replace(/\/+$/, '');
      const nextTab = tabOf(url);
      const work: Promise<void>[] = [];
      if (nextPath !== path || nextTab !== tab) {
        path = nextPath;
        tab = nextTab;
        renderTabs();
        work.push(loadRows());
      }
      work.push(details.show(url.searchParams.get('postingDetails')));
      await Promise.all(work);
    },
    rerender() {
      renderTabs();
      renderRows();
      details.rerender();
    },
    async refresh() {
      await loadRows(rows.length, true);
    },
    destroy() {
      seq++;
    },
  };
}
