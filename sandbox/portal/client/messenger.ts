// The messenger page: group tabs, the customers group's filters, the chat list (30 rows per scroll page, refetched
// and re-rendered whole on filter changes and periodically) and the open chat.
import type { PortalFilter } from '../../data/types';
import { GROUP_LABEL, GROUPS, isGroup, TAG_LABEL, type ChatGroup } from '../labels';
import type { ChatRowView } from '../views';
import { fetchChats } from './api';
import { createChatPane } from './chat';
import { h, keepScroll } from './dom';
import { lang, t } from './env';
import { filterBar } from './filters';
import { createPagedList } from './paged-list';
import type { View } from './view';

export function groupOf(url: URL): ChatGroup {
  const g = url.searchParams.get('group');
  return isGroup(g) ? g : 'customers_v2';
}

export function createMessenger(): View {
  let group: ChatGroup | null = null;
  let chatId: string | null = null;
  let pressed = new Set<PortalFilter>();

  const groupsEl = h('nav', { class: 'groups' });
  const filtersSlot = h('div', null);
  const scroller = h('div', { class: 'listScroller' });
  const chat = createChatPane(() => void list.refresh());
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
      if (!list.loaded) scroller.replaceChildren(h('div', { class: 'loading' }, t('loading')));
      else if (list.rows.length === 0) scroller.replaceChildren(h('div', { class: 'listEmpty' }, t('noChats')));
      else scroller.replaceChildren(...list.rows.map(rowEl));
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
              void list.load();
            }),
          ]
        : []),
    );
  }

  const activeFilters = (): PortalFilter[] => (group === 'customers_v2' ? [...pressed] : []);

  const list = createPagedList<ChatRowView>({
    scroller,
    fetch: (offset, limit) => fetchChats(group ?? 'customers_v2', activeFilters(), offset, limit),
    keyOf: (row) => row.id,
    render: renderList,
    appendRows: (fresh) => scroller.append(...fresh.map(rowEl)),
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
        work.push(list.load());
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
      await Promise.all([list.refresh(), chat.refresh()]);
    },
    destroy() {
      list.cancel();
    },
  };
}
