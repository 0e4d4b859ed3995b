// The one typed protocol between the content script, the popup, the options page and the background.
// Every request is a valibot schema (validated by the background before it is handled), every answer a type,
// and every kind says which senders may use it. Nothing that is not in this file crosses the door.
import * as v from 'valibot';
import { PrefsPatchSchema, type Prefs } from './prefs';

/** Who sent a message, as the background decides from `runtime.MessageSender` (never from the payload). */
export type SenderKind = 'extension-page' | 'content-script';

const PORTAL_ORIGIN = 'https://seller.ozon.ru';

const StoreIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));

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

export interface ResponseMap {
  ping: { version: string };
  getPrefs: Prefs;
  setPrefs: Prefs;
  listStores: StoreSummary[];
  saveStore: StoreSummary;
  deleteStore: { deleted: boolean };
  testConnection: ConnectionReport;
}

export type Reply<T extends RequestType> =
  | { ok: true; data: ResponseMap[T] }
  | { ok: false; error: { code: string; message: string } };

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
