// Who may send what. The background decides who sent a message from what the browser says of the sender, never
// from the payload, and refuses a kind the sender may not use.
import { PORTAL_ORIGIN } from '../portal-links';
import type { RequestType } from './requests';

/** Who sent a message, as the background decides from `runtime.MessageSender`. */
export type SenderKind = 'extension-page' | 'content-script';

/** Which senders may use each kind. Content scripts run in the page's origin: they never touch stores or keys. */
export const ALLOWED_SENDERS: Record<RequestType, readonly SenderKind[]> = {
  ping: ['extension-page', 'content-script'],
  getPrefs: ['extension-page', 'content-script'],
  setPrefs: ['extension-page', 'content-script'],
  listStores: ['extension-page'],
  saveStore: ['extension-page'],
  deleteStore: ['extension-page'],
  testConnection: ['extension-page'],
  getStatus: ['extension-page', 'content-script'],
  listPresets: ['extension-page', 'content-script'],
  savePreset: ['extension-page', 'content-script'],
  deletePreset: ['extension-page', 'content-script'],
  reorderPresets: ['extension-page', 'content-script'],
  presetCounts: ['extension-page', 'content-script'],
  listTemplates: ['extension-page', 'content-script'],
  saveTemplate: ['extension-page', 'content-script'],
  deleteTemplate: ['extension-page'],
  getUnanswered: ['extension-page', 'content-script'],
  getChatMeta: ['extension-page', 'content-script'],
  startChat: ['extension-page', 'content-script'],
  sendMessage: ['extension-page', 'content-script'],
  markRead: ['extension-page', 'content-script'],
  getShipmentEligibility: ['extension-page', 'content-script'],
  syncNow: ['extension-page', 'content-script'],
  getSyncState: ['extension-page', 'content-script'],
  exportSettings: ['extension-page'],
  importSettings: ['extension-page'],
  resetSettings: ['extension-page'],
};

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

/**
 * Decides who sent a message from what the browser says of the sender. Our own pages: same extension id and a URL
 * inside the extension. Content scripts: same extension id, inside a tab, on https://seller.ozon.ru. Else: nobody.
 */
export function classifySender(sender: SenderInfo, runtimeId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== runtimeId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab) {
    try {
      if (new URL(url).origin === PORTAL_ORIGIN) return 'content-script';
    } catch {
      return null;
    }
  }
  return null;
}
