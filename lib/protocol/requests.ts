// Every request the background answers, as a valibot schema: the background validates each one before it is
// handled (lib/protocol/parse.ts), so a handler only ever sees a well-formed request of its kind.
import * as v from 'valibot';
import { PrefsPatchSchema } from '../prefs';
import { TemplateSchema } from '../templates/model';

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
