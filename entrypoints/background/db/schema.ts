// The background's IndexedDB schema. Opened only in the background: a content script runs in the page's
// origin, where the page could read whatever it stored.
import type { DBSchema } from 'idb';
import type { Preset } from '../../../lib/presets/model';
import type { Template } from '../../../lib/templates/model';
import type { ApiPosting } from '../sync/source';

export const DB_NAME = 'seller-sidekick';

/** A seller store (one Ozon company). The Api-Key is here and nowhere else. */
export interface StoreRecord {
  id: string;
  name: string;
  clientId: string;
  apiKey: string;
  createdAt: number;
  /** What the last connection test or sync learnt: 'dom-only' when the chat methods need a subscription. */
  mode: 'api' | 'dom-only' | 'unknown';
  modeReason?: string;
}

export interface ChatRecord {
  storeId: string;
  chatId: string;
  chatType: string;
  chatStatus: string;
  createdAt: string;
  lastMessageId: string;
  unreadCount: number;
  /** Who wrote the newest message, as the history says. */
  lastAuthor: 'customer' | 'seller' | 'support' | 'system' | 'unknown';
  lastMessageAt?: string;
  lastMessageText?: string;
  orderNumber?: string;
  sku?: string;
  customerName?: string;
  syncedAt: number;
}

export interface MessageRecord {
  storeId: string;
  chatId: string;
  messageId: string;
  createdAt: string;
  author: ChatRecord['lastAuthor'];
  text: string;
}

/** A shipment as the Seller API describes it, cached to link chats to orders and to judge Contact Customer. */
export interface PostingRecord extends ApiPosting {
  storeId: string;
  fetchedAt: number;
}

/** A preset as kept: the user's order is `position`. */
export type PresetRecord = Preset & { position: number };

export interface SidekickDB extends DBSchema {
  /** Key-value preferences (one record per key, so an upgrade can add keys without rewriting others). */
  prefs: { key: string; value: unknown };
  stores: { key: string; value: StoreRecord };
  chats: { key: [string, string]; value: ChatRecord; indexes: { byStore: string } };
  messages: { key: [string, string, string]; value: MessageRecord; indexes: { byChat: [string, string] } };
  /** Sync bookkeeping (cursors, progress) so an interrupted sync resumes. */
  syncState: { key: string; value: unknown };
  postings: { key: [string, string]; value: PostingRecord; indexes: { byOrder: [string, string] } };
  presets: { key: string; value: PresetRecord };
  templates: { key: string; value: Template };
}
