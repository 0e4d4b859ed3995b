// Stores: saved with their Api-Key, answered without it (masked for the extension's pages, absent for the page).
import type { ConnectionReport, RequestOf, StatusReport, StoreSummary } from '../../../lib/protocol/messages';
import type { StoreRecord } from '../db/schema';
import * as repo from '../db/repo';
import type { HandlerContext } from '../context';
import { HandledError } from '../errors';
import { textsOf } from '../../../lib/i18n';
import { storeAfterError } from '../store-mode';

export function maskKey(apiKey: string): string {
  return apiKey ? `••••${apiKey.slice(-4)}` : '';
}

export function summarise(store: StoreRecord): StoreSummary {
  return {
    id: store.id,
    name: store.name,
    clientId: store.clientId,
    apiKeyMasked: maskKey(store.apiKey),
    mode: store.mode,
    ...(store.modeReason ? { modeReason: store.modeReason } : {}),
  };
}

export async function listStores({ db }: HandlerContext): Promise<StoreSummary[]> {
  return (await repo.listStores(db)).map(summarise);
}

export async function saveStore({ db, deps, now }: HandlerContext, request: RequestOf<'saveStore'>): Promise<StoreSummary> {
  const existing = request.id ? await repo.getStore(db, request.id) : undefined;
  if (request.id && !existing) throw new HandledError('not-found', textsOf('errorNoSuchStore'));
  const apiKey = request.apiKey ?? existing?.apiKey;
  if (!apiKey) throw new HandledError('bad-request', textsOf('errorApiKeyRequired'), 'apiKey');
  const keyChanged = !existing || existing.apiKey !== apiKey || existing.clientId !== request.clientId;
  const record: StoreRecord = {
    id: existing?.id ?? (deps.newId ?? (() => crypto.randomUUID()))(),
    name: request.name,
    clientId: request.clientId,
    apiKey,
    createdAt: existing?.createdAt ?? now(),
    // New credentials deserve a new test: the old mode (and an "invalid key" mark) no longer says anything.
    mode: keyChanged ? 'unknown' : (existing?.mode ?? 'unknown'),
    ...(!keyChanged && existing?.modeReason ? { modeReason: existing.modeReason } : {}),
  };
  await repo.putStore(db, record);
  deps.onDataChanged?.();
  return summarise(record);
}

export async function deleteStore({ db, deps }: HandlerContext, request: RequestOf<'deleteStore'>) {
  const deleted = await repo.deleteStore(db, request.id);
  deps.onDataChanged?.();
  return { deleted };
}

export async function testConnection({ db, deps }: HandlerContext, request: RequestOf<'testConnection'>): Promise<ConnectionReport> {
  const store = await repo.getStore(db, request.id);
  if (!store) throw new HandledError('not-found', textsOf('errorNoSuchStore'));
  let report: ConnectionReport;
  try {
    report = await deps.apiFor(store).testConnection();
  } catch (error) {
    const marked = storeAfterError(store, error);
    if (marked) await repo.putStore(db, marked);
    throw error;
  }
  const mode = report.chatApi === 'premium-required' ? 'dom-only' : report.chatApi === 'available' ? 'api' : 'unknown';
  await repo.putStore(db, { ...store, mode, modeReason: mode === 'dom-only' ? 'premium-required' : undefined });
  deps.onDataChanged?.();
  return report;
}

export async function getStatus(ctx: HandlerContext): Promise<StatusReport> {
  return statusOf(await repo.listStores(ctx.db));
}

/** What a content script may know of the stores: no key, not even masked. */
export function statusOf(stores: readonly StoreRecord[]): StatusReport {
  return {
    stores: stores.map((s) => ({ id: s.id, name: s.name, mode: s.mode, ...(s.modeReason ? { modeReason: s.modeReason } : {}) })),
    apiAvailable: stores.some((s) => s.mode === 'api'),
  };
}
