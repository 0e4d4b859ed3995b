// Where a chat lives on the portal, and opening it there: one place for the URL (content script, popup and
// background all link to chats) and for reusing the seller's portal tab instead of opening another.
export const PORTAL_ORIGIN = 'https://seller.ozon.ru';
export const PORTAL_TABS_PATTERN = `${PORTAL_ORIGIN}/*`;

export function chatPath(chatId: string): string {
  return `/app/messenger?group=customers_v2&id=${encodeURIComponent(chatId)}`;
}

export function chatUrl(chatId: string): string {
  return `${PORTAL_ORIGIN}${chatPath(chatId)}`;
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

/** Opens the chat in the portal tab the seller used last (the host permission lets tabs.query match), else a new tab. */
export async function openChatInPortalTab(chatId: string, api: TabsApi): Promise<void> {
  const url = chatUrl(chatId);
  try {
    const tabs = (await api.tabs.query({ url: PORTAL_TABS_PATTERN })).filter((t) => typeof t.id === 'number');
    const tab = tabs.sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    if (tab?.id !== undefined) {
      await api.tabs.update(tab.id, { url, active: true });
      if (tab.windowId !== undefined) await api.windows.update(tab.windowId, { focused: true });
      return;
    }
  } catch {
    // Querying tabs can fail (no permission yet): a new tab still gets the seller there.
  }
  await api.tabs.create({ url });
}
