// What the background answers to each request. A reply is `{ ok: true, data }` with the kind's type below, or
// `{ ok: false, error }`; lib/protocol/send.ts turns it into a value or a RequestError.
import type { Texts } from '../i18n';
import type { Prefs } from '../prefs';
import type { Preset } from '../presets/model';
import type { Template } from '../templates/model';
import type { ShipmentEligibility } from '../shipments/judge';
import type { SettingsDocument } from '../settings-io';
import type { RequestType } from './requests';
import type { SyncProgress } from './sync';

/** A store as the pages see it: the Api-Key is never sent, only whether one is saved and its last 4 characters. */
export interface StoreSummary {
  id: string;
  name: string;
  clientId: string;
  apiKeyMasked: string;
  mode: 'api' | 'dom-only' | 'unknown';
  modeReason?: string;
}

export interface ConnectionReport {
  ok: boolean;
  sellerName?: string;
  subscription?: string;
  chatApi: 'available' | 'premium-required' | 'unknown';
  error?: { code: string; message: string };
}

/** What a content script may know of the stores: no key, not even masked. */
export interface StatusReport {
  stores: { id: string; name: string; mode: StoreSummary['mode']; modeReason?: string }[];
  /** True when at least one store answers the chat methods: the page features may ask for API data. */
  apiAvailable: boolean;
}

/** A customer chat whose last message is the customer's: the popup's rows, the badge's count, notifications. */
export interface UnansweredChat {
  chatId: string;
  storeId: string;
  storeName: string;
  customerName?: string;
  orderNumber?: string;
  postingNumber?: string;
  sku?: string;
  /** First line of the customer's last message, as plain text. */
  lastLine: string;
  /** When the customer's last message was written (epoch ms). */
  since: number;
  waitingMs: number;
  risk: 'none' | 'warn' | 'danger';
  reasons: string[];
}

export interface UnansweredReport {
  chats: UnansweredChat[]; // longest waiting first
  /** Epoch ms of the last finished sync per store; null when a store never synced. */
  syncedAt: Record<string, number | null>;
  stale: boolean;
}

export interface ChatMeta {
  chatId: string;
  storeId: string;
  chatType: string;
  isBuyerChat: boolean;
  lastAuthor: 'customer' | 'seller' | 'support' | 'system' | 'unknown';
  orderNumber?: string;
  sku?: string;
  /** Set when the customer wrote last. */
  waitingMs?: number;
  /** user.type of the other side from the API, when known. */
  userType?: string;
}

export interface PresetCount {
  presetId: string;
  count: number;
}

export interface ResponseMap {
  ping: { version: string };
  getPrefs: Prefs;
  setPrefs: Prefs;
  listStores: StoreSummary[];
  saveStore: StoreSummary;
  deleteStore: { deleted: boolean };
  testConnection: ConnectionReport;
  getStatus: StatusReport;
  listPresets: Preset[];
  savePreset: Preset[];
  deletePreset: Preset[];
  reorderPresets: Preset[];
  presetCounts: PresetCount[];
  listTemplates: Template[];
  saveTemplate: Template[];
  deleteTemplate: Template[];
  getUnanswered: UnansweredReport;
  getChatMeta: Record<string, ChatMeta>;
  startChat: { chatId: string };
  sendMessage: { sent: true };
  markRead: { unreadCount: number };
  getShipmentEligibility: Record<string, ShipmentEligibility>;
  syncNow: SyncProgress[];
  getSyncState: SyncProgress[];
  exportSettings: SettingsDocument;
  importSettings: { imported: { prefs: boolean; presets: number; templates: number; stores: number } };
  resetSettings: { reset: true };
}

export type Reply<T extends RequestType> =
  | { ok: true; data: ResponseMap[T] }
  | { ok: false; error: ReplyError };

/** An error answer: `message` in English, `text` in every UI language when the background has them. */
export interface ReplyError {
  /**
   * What the UI branches on: 'bad-request', 'forbidden', 'not-found', 'internal', 'no-store', 'preset-conflict',
   * 'duplicate-message', 'invalid-import', or one of the Seller API client's error kinds.
   */
  code: string;
  message: string;
  text?: Texts;
  /** The offending field (imports, forms), dot-separated. */
  field?: string;
}
