// The FBS orders page: status tabs, the shipments table (30 rows per scroll page, re-rendered whole on tab changes
// and periodically) and the details panel.
import { COLUMNS, isOrdersTab, ORDER_TABS, TAB_LABEL, type OrdersTab } from '../labels';
import type { PostingRowView } from '../views';
import { fetchPostings } from './api';
import { createDetailsPanel } from './details';
import { h, keepScroll } from './dom';
import { lang, t } from './env';
import { createPagedList } from './paged-list';
import type { Navigate, View } from './view';

export function tabOf(url: URL): OrdersTab {
  const tab = url.searchParams.get('tab');
  return isOrdersTab(tab) ? tab : 'all';
}

export function createOrders(navigate: Navigate): View {
  let path = '/app/postings/fbs';
  let tab: OrdersTab | null = null;

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
      tbody.replaceChildren(...list.rows.map(rowEl));
      statusEl.replaceChildren(!list.loaded ? h('div', { class: 'loading' }, t('loading')) : list.rows.length === 0 ? h('div', { class: 'listEmpty' }, t('noPostings')) : '');
    });
  }

  function renderTabs(): void {
    titleEl.textContent = path.includes('crossborder') ? t('crossborderTitle') : t('ordersTitle');
    tabsEl.replaceChildren(...ORDER_TABS.map((x) => h('a', { class: ['tab', x === tab && 'tabActive'], attrs: { href: tabHref(x), 'aria-current': x === tab ? 'page' : undefined } }, TAB_LABEL[x][lang])));
  }

  const list = createPagedList<PostingRowView>({
    scroller,
    fetch: (offset, limit) => fetchPostings(tab ?? 'all', offset, limit),
    keyOf: (row) => row.number,
    render: renderRows,
    appendRows: (fresh) => tbody.append(...fresh.map(rowEl)),
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
        work.push(list.load());
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
      await list.refresh();
    },
    destroy() {
      list.cancel();
    },
  };
}
