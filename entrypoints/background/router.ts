// Answers the protocol's requests. The sender and the payload were checked before a request reaches here; each
// kind has one handler, in handlers/ by subject.
import type { AnyRequest, Reply, RequestOf, RequestType, ResponseMap } from '../../lib/protocol/messages';
import { readPrefs, writePrefs } from './db/repo';
import type { HandlerContext, RouterDeps } from './context';
import { toReplyError } from './errors';
import { needsScrub, scrub } from './scrub';
import * as stores from './handlers/stores';
import * as presets from './handlers/presets';
import * as templates from './handlers/templates';
import * as unanswered from './handlers/unanswered';
import * as chats from './handlers/chats';
import * as shipments from './handlers/shipments';
import * as sync from './handlers/sync';
import * as settings from './handlers/settings';

type Handlers = { [T in RequestType]: (ctx: HandlerContext, request: RequestOf<T>) => Promise<ResponseMap[T]> | ResponseMap[T] };

const HANDLERS: Handlers = {
  ping: ({ deps }) => ({ version: deps.version }),
  getPrefs: ({ db }) => readPrefs(db),
  setPrefs: async ({ db, deps }, request) => {
    const prefs = await writePrefs(db, request.patch);
    deps.onDataChanged?.();
    return prefs;
  },
  listStores: stores.listStores,
  saveStore: stores.saveStore,
  deleteStore: stores.deleteStore,
  testConnection: stores.testConnection,
  getStatus: stores.getStatus,
  listPresets: presets.listPresets,
  savePreset: presets.savePreset,
  deletePreset: presets.deletePreset,
  reorderPresets: presets.reorderPresets,
  presetCounts: presets.presetCounts,
  listTemplates: templates.listTemplates,
  saveTemplate: templates.saveTemplate,
  deleteTemplate: templates.deleteTemplate,
  getUnanswered: unanswered.getUnanswered,
  getChatMeta: chats.getChatMeta,
  startChat: chats.startChat,
  sendMessage: chats.sendMessage,
  markRead: chats.markRead,
  getShipmentEligibility: shipments.getShipmentEligibility,
  syncNow: sync.syncNow,
  getSyncState: sync.getSyncState,
  exportSettings: settings.exportSettings,
  importSettings: settings.importSettings,
  resetSettings: settings.resetSettings,
};

export function createRouter(deps: RouterDeps) {
  const now = deps.now ?? Date.now;
  return async function route<T extends RequestType>(request: AnyRequest): Promise<Reply<T>> {
    let db: HandlerContext['db'] | undefined;
    try {
      db = await deps.db();
      const ctx: HandlerContext = { db, deps, now };
      const handler = HANDLERS[request.type] as (ctx: HandlerContext, request: AnyRequest) => Promise<ResponseMap[T]> | ResponseMap[T];
      const data = await handler(ctx, request);
      return { ok: true, data: needsScrub(request.type) ? await scrub(db, request, data) : data };
    } catch (error) {
      const reply = toReplyError(error);
      // Without the database there is no key to leak, and nothing to redact it with.
      return { ok: false, error: db ? await scrub(db, request, reply).catch(() => toReplyError(null)) : reply };
    }
  };
}
