// The small pages: the dashboard (Home) and a placeholder for portal paths the replica does not imitate.
import { fetchSummary } from './api';
import { h } from './dom';
import { t } from './env';
import type { View } from './view';

export function createDashboard(): View {
  const cards = h('div', { class: 'dashboard' });
  const root = h('div', null, h('h1', { class: 'pageTitle' }, t('dashboardTitle')), cards);
  const card = (value: number, label: string): HTMLElement => h('div', { class: 'card' }, h('div', { class: 'cardValue' }, value), h('div', { class: 'cardLabel' }, label));
  const load = async (): Promise<void> => {
    try {
      const s = await fetchSummary();
      cards.replaceChildren(card(s.unreadChats, t('dashUnread')), card(s.awaitingPackaging, t('dashPackaging')));
    } catch {
      cards.replaceChildren();
    }
  };
  return { root, update: load, rerender: () => undefined, refresh: load, destroy: () => undefined };
}

export function createMissing(): View {
  const root = h('div', null, h('h1', { class: 'pageTitle' }, t('pageMissing')));
  return { root, update: async () => undefined, rerender: () => undefined, refresh: async () => undefined, destroy: () => undefined };
}
