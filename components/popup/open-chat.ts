// Opens a chat on the portal from the popup (reusing a portal tab when there is one), then closes the popup.
import { browser } from 'wxt/browser';
import { openChatInPortalTab, type TabsApi } from '@/lib/portal-links';

export { chatUrl, type TabsApi } from '@/lib/portal-links';

export async function openChat(chatId: string, api: TabsApi = browser as unknown as TabsApi, close: () => void = () => window.close()): Promise<void> {
  await openChatInPortalTab(chatId, api);
  close();
}
