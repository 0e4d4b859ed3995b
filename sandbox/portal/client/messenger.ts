// The messenger page: group tabs, the customers group's filters, the chat list (30 rows per scroll page, refetched
// and re-rendered whole on filter changes and periodically) and the open chat.
import type { PortalFilter } from '../../data/types';
import { GROUP_LABEL, GROUPS, isGroup, TAG_LABEL, type ChatGroup } from '../labels';
import type { ChatRowView } from '../views';
import { fetchChats } from './api';
import { createChatPane } from './chat';
import { h, keepScroll, nearBottom, underfilled } from './dom';
import { boot, lang, t } from './env';
import { filterBar } from './filters';
import type { View } from './view';

export function groupOf(url: URL): ChatGroup {
  const g = url.searchParams.get('group');
  return isGroup(g) ? g : 'customers_v2';
}

export function createMessenger(): View {
  let group: ChatGroup | null = null;
  let chatId: string | null = null;
  let pressed = new Set<PortalFilter>();
  let rows: ChatRowView[] = [];
  let hasMore = false;
  let loaded = false;
  let loadingMore = false;
  let seq = 0;

  const groupsEl = h('nav', { class: 'groups' });
  const filtersSlot = h('div', null);
  const scroller = h('div', { class: 'listScroller' });
  const chat = createChatPane(() => void refreshList());
  const root = h('div', { class: 'messenger' }, h('aside', { class: 'sidebar' }, groupsEl, filtersSlot, scroller), chat.root);

  function rowEl(row: ChatRowView): HTMLElement {
    return h(
      'a',
      { class: ['row', row.id === chatId && 'rowActive'], attrs: { href: row.href } },
      row.tag === null ? null : h('div', null, h('span', { class: ['rowTag', row.tag === TAG_LABEL.support[lang] && 'rowTagSupport'] }, row.tag)),
      h('div', { class: 'rowHead' }, h('span', { class: 'rowName' }, row.name), h('span', { class: 'rowTime' }, row.time)),
      h('div', { class: 'rowBody' }, h('span', { class: 'rowPreview' }, row.preview), row.unread > 0 ? h('span', { class: 'badge' }, row.unread) : null),
      row.context === null ? null : h('div', { class: 'rowContext' }, row.context),
    );
  }

  function renderList(): void {
    keepScroll(scroller, () => {
      if (!loaded) scroller.replaceChildren(h('div', { class: 'loading' }, t('loading')));
      else if (rows.length === 0) scroller.replaceChildren(h('div', { class: 'listEmpty' }, t('noChats')));
      else scroller.replaceChildren(...rows.map(rowEl));
    });
  }

  function renderGroups(): void {
    groupsEl.replaceChildren(
      ...GROUPS.map((g) =>
        h('a', { class: ['groupTab', g === group && 'groupActive'], attrs: { href: `/app/messenger?group=${g}`, 'aria-current': g === group ? 'page' : undefined } }, GROUP_LABEL[g][lang]),
      ),
    );
  }

  function renderFilters(): void {
    filtersSlot.replaceChildren(
      ...(group === 'customers_v2'
        ? [
            filterBar(pressed, (next) => {
              pressed = next;
              renderFilters();
              void loadList();
            }),
          ]
        : []),
    );
  }

  const activeFilters = (): PortalFilter[] => (group === 'customers_v2' ? [...pressed] : []);

  /** Fetches the first `count` rows again and re-renders the list whole. */
  async function loadList(count = boot.pageSize, keep = false): Promise<void> {
    const mine = ++seq;
    const g = group ?? 'customers_v2';
    if (!keep) {
      loaded = false;
      renderList();
      scroller.scrollTop = 0;
    }
    try {
      const page = await fetchChats(g, activeFilters(), 0, Math.max(count, boot.pageSize));
      if (mine !== seq) return;
      rows = page.items;
      hasMore = page.hasMore;
      loaded = true;
      renderList();
      maybeLoadMore();
    } catch {
      if (mine !== seq) return;
      loaded = true;
      rows = [];
      hasMore = false;
      renderList();
    }
  }

  const refreshList = (): Promise<void> => loadList(rows.length, true);

  async function loadMore(): Promise<void> {
    if (loadingMore || !hasMore || !loaded) return;
    loadingMore = true;
    const mine = seq;
    try {
      const page = await fetchChats(group ?? 'customers_v2', activeFilters(), rows.length, boot.pageSize);
      if (mine !== seq) return;
      const known = new Set(rows.map((r) => r.id));
      const fresh = page.items.filter((r) => !known.has(r.id));
      rows = rows.concat(fresh);
      hasMore = page.hasMore;
      scroller.append(...fresh.map(rowEl));
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
    root,
    async update(url) {
      const nextGroup = groupOf(url);
      const nextChat = url.searchParams.get('id');
      const groupChanged = nextGroup !== group;
      group = nextGroup;
      chatId = nextChat;
      const work: Promise<void>[] = [];
      if (groupChanged) {
        pressed = new Set();
        renderGroups();
        renderFilters();
        work.push(loadList());
      } else {
        renderList();
      }
      work.push(chat.show(nextChat));
      await Promise.all(work);
    },
    rerender() {
      renderGroups();
      renderFilters();
      renderList();
      chat.rerender();
    },
    async refresh() {
      await Promise.all([refreshList(), chat.refresh()]);
    },
    destroy() {
      seq++;
    },
  };
}
