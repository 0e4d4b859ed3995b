// Opens a chat on the portal, reusing a portal tab when there is one (the host permission lets tabs.query match
// by URL), then closes the popup.
import { browser } from 'wxt/browser';

export const PORTAL_PATTERN = 'https://seller.ozon.ru/*';

export function chatUrl(chatId: string): string {
  return `https://seller.ozon.ru/app/messenger?group=customers_v2&id=${encodeURIComponent(chatId)}`;
}

/** The slice of the browser API this needs (the real one, or a fake in tests). */
export interface TabsApi {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number; windowId?: number; active?: boolean; lastAccessed?: number }[]>;
    update(id: number, props: { url: string; active: boolean }): Promise<unknown>;
    create(props: { url: string }): Promise<unknown>;
  };
  windows: { update(id: number, props: { focused: boolean }): Promise<unknown> };
}

export async function openChat(chatId: string, api: TabsApi = browser as unknown as TabsApi, close: () => void = () => window.close()): Promise<void> {
  const url = chatUrl(chatId);
  try {
    const tabs = (await api.tabs.query({ url: PORTAL_PATTERN })).filter((t) => typeof t.id === 'number');
    // The tab the seller used last is the one they expect to see the chat in.
    const tab = tabs.sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    if (tab?.id !== undefined) {
      await api.tabs.update(tab.id, { url, active: true });
      if (tab.windowId !== undefined) await api.windows.update(tab.windowId, { focused: true });
    } else {
      await api.tabs.create({ url });
    }
  } catch {
    // Querying tabs can fail (no permission yet): a new tab still gets the seller there.
    await api.tabs.create({ url });
  }
  close();
}
