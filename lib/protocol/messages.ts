// The one typed protocol between the content script, the popup, the options page and the background.
// Every request is a valibot schema (validated by the background before it is handled), every answer a type,
// and every kind says which senders may use it. Nothing that is not in this file crosses the door.
import * as v from 'valibot';
import { PrefsPatchSchema, type Prefs } from '../prefs';
import type { Preset } from '../presets/model';
import { TemplateSchema, type Template } from '../templates/model';
import type { SyncProgress } from './sync';
import { PORTAL_ORIGIN } from '../portal-links';

/** Who sent a message, as the background decides from `runtime.MessageSender` (never from the payload). */
export type SenderKind = 'extension-page' | 'content-script';


const StoreIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
const IdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
/** Chat ids are UUIDs on the portal and in the API. */
const ChatIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-fA-F-]{8,64}$/));
/** Posting numbers: 0128619527-0157-1 (the last group may be longer for split shipments). */
const PostingNumberSchema = v.pipe(v.string(), v.regex(/^\d{5,12}-\d{1,6}-\d{1,4}$/));

export const RequestSchemas = {
  ping: v.object({ type: v.literal('ping') }),
  getPrefs: v.object({ type: v.literal('getPrefs') }),
  setPrefs: v.object({ type: v.literal('setPrefs'), patch: PrefsPatchSchema }),
  listStores: v.object({ type: v.literal('listStores') }),
  saveStore: v.object({
    type: v.literal('saveStore'),
    id: v.optional(StoreIdSchema),
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
    clientId: v.pipe(v.string(), v.trim(), v.regex(/^\d{1,20}$/)),
    /** Omitted when editing a store whose key stays as it is: the saved key never travels back to a page. */
    apiKey: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  }),
  deleteStore: v.object({ type: v.literal('deleteStore'), id: StoreIdSchema }),
  testConnection: v.object({ type: v.literal('testConnection'), id: StoreIdSchema }),

  /** Stores without keys or masked keys: what the sidebar needs to say "connected" or "DOM-only, because…". */
  getStatus: v.object({ type: v.literal('getStatus') }),

  listPresets: v.object({ type: v.literal('listPresets') }),
  /** Refused with code 'preset-conflict' (message names the pair) when the portal's forbidden pairs meet. */
  savePreset: v.object({ type: v.literal('savePreset'), preset: v.unknown() }),
  deletePreset: v.object({ type: v.literal('deletePreset'), id: IdSchema }),
  reorderPresets: v.object({ type: v.literal('reorderPresets'), ids: v.pipe(v.array(IdSchema), v.maxLength(100)) }),
  /** Counts of synced chats matching each preset (only where a store is connected; else the page counts). */
  presetCounts: v.object({ type: v.literal('presetCounts') }),

  listTemplates: v.object({ type: v.literal('listTemplates') }),
  saveTemplate: v.object({ type: v.literal('saveTemplate'), template: TemplateSchema }),
  deleteTemplate: v.object({ type: v.literal('deleteTemplate'), id: IdSchema }),

  getUnanswered: v.object({ type: v.literal('getUnanswered') }),
  getChatMeta: v.object({ type: v.literal('getChatMeta'), chatIds: v.pipe(v.array(ChatIdSchema), v.maxLength(500)) }),
  startChat: v.object({ type: v.literal('startChat'), postingNumber: PostingNumberSchema, storeId: v.optional(StoreIdSchema) }),
  sendMessage: v.object({
    type: v.literal('sendMessage'),
    chatId: ChatIdSchema,
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
    storeId: v.optional(StoreIdSchema),
  }),
  markRead: v.object({ type: v.literal('markRead'), chatId: ChatIdSchema, storeId: v.optional(StoreIdSchema) }),
  getShipmentEligibility: v.object({
    type: v.literal('getShipmentEligibility'),
    postingNumbers: v.pipe(v.array(PostingNumberSchema), v.maxLength(500)),
  }),
  syncNow: v.object({ type: v.literal('syncNow'), storeId: v.optional(StoreIdSchema) }),
  getSyncState: v.object({ type: v.literal('getSyncState') }),

  /** Settings as a JSON document; Api-Keys only when asked for. */
  exportSettings: v.object({ type: v.literal('exportSettings'), includeApiKeys: v.boolean() }),
  /** All or nothing: an invalid document changes nothing and the answer names the wrong field. */
  importSettings: v.object({ type: v.literal('importSettings'), document: v.unknown() }),
  resetSettings: v.object({ type: v.literal('resetSettings') }),
} as const;

export type RequestType = keyof typeof RequestSchemas;
export type RequestOf<T extends RequestType> = v.InferOutput<(typeof RequestSchemas)[T]>;
export type AnyRequest = { [T in RequestType]: RequestOf<T> }[RequestType];

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

export type EligibilityReason = 'delivered' | 'cancelled' | 'not-rfbs' | 'window-closed' | 'unknown';
export interface ShipmentEligibility {
  postingNumber: string;
  eligible: boolean;
  reason?: EligibilityReason;
  status?: string;
  tplIntegrationType?: string;
}

export interface PresetCount {
  presetId: string;
  count: number;
}

/** The settings document of export/import (see lib/settings-io.ts). */
export interface SettingsDocument {
  format: 'seller-sidekick-settings';
  version: 1;
  exportedAt: string;
  prefs: Prefs;
  presets: Preset[];
  templates: Template[];
  stores: { name: string; clientId: string; apiKey?: string }[];
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

/** Pushed by the background to the extension's pages (runtime.sendMessage) while something changes. */
export type BackgroundEvent = { type: 'sidekick:syncProgress'; progress: SyncProgress[] };

/**
 * Error codes a reply may carry (besides the API client's error kinds): pages show the message, which is already
 * in the language the request asked for when `lang` is known, else English.
 */
export type ReplyErrorCode =
  | 'bad-request'
  | 'forbidden'
  | 'not-found'
  | 'internal'
  | 'no-store'
  | 'preset-conflict'
  | 'duplicate-message'
  | 'invalid-import'
  | string;

export type Reply<T extends RequestType> =
  | { ok: true; data: ResponseMap[T] }
  | { ok: false; error: ReplyError };

/** An error answer: `message` in English, `text` in both UI languages when the background has them. */
export interface ReplyError {
  code: string;
  message: string;
  text?: { en: string; ru: string };
  /** The offending field (imports, forms), dot-separated. */
  field?: string;
}

export type ParseResult =
  | { ok: true; request: AnyRequest }
  | { ok: false; code: 'bad-request' | 'forbidden'; message: string };

/** Validates a raw message against the protocol and the sender's rights. Anything else is refused whole. */
export function parseRequest(raw: unknown, sender: SenderKind): ParseResult {
  if (!raw || typeof raw !== 'object' || !('type' in raw) || typeof raw.type !== 'string') {
    return { ok: false, code: 'bad-request', message: 'Not a Seller Sidekick request' };
  }
  const type = raw.type;
  if (!Object.hasOwn(RequestSchemas, type)) {
    return { ok: false, code: 'bad-request', message: `Unknown request type` };
  }
  const kind = type as RequestType;
  if (!ALLOWED_SENDERS[kind].includes(sender)) {
    return { ok: false, code: 'forbidden', message: `${kind} is not allowed from a ${sender}` };
  }
  const parsed = v.safeParse(RequestSchemas[kind], raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, code: 'bad-request', message: `Invalid ${kind}${path ? ` at ${path}` : ''}` };
  }
  return { ok: true, request: parsed.output as AnyRequest };
}

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
