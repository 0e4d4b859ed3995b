// Answers the protocol's requests. The sender and the payload were checked before a request reaches here.
import type { IDBPDatabase } from 'idb';
import type { AnyRequest, ConnectionReport, Reply, RequestType, StoreSummary } from '../messages';
import type { SidekickDB, StoreRecord } from '../db/schema';
import * as repo from '../db/repo';

export interface RouterDeps {
  db: () => Promise<IDBPDatabase<SidekickDB>>;
  testConnection: (store: StoreRecord) => Promise<ConnectionReport>;
  version: string;
  now?: () => number;
  newId?: () => string;
}

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

class HandledError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function createRouter(deps: RouterDeps) {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());

  async function handle(request: AnyRequest): Promise<unknown> {
    const db = await deps.db();
    switch (request.type) {
      case 'ping':
        return { version: deps.version };
      case 'getPrefs':
        return repo.readPrefs(db);
      case 'setPrefs':
        return repo.writePrefs(db, request.patch);
      case 'listStores':
        return (await repo.listStores(db)).map(summarise);
      case 'saveStore': {
        const existing = request.id ? await repo.getStore(db, request.id) : undefined;
        if (request.id && !existing) throw new HandledError('not-found', 'No such store');
        const apiKey = request.apiKey ?? existing?.apiKey;
        if (!apiKey) throw new HandledError('bad-request', 'Api-Key is required for a new store');
        const keyChanged = !existing || existing.apiKey !== apiKey || existing.clientId !== request.clientId;
        const record: StoreRecord = {
          id: existing?.id ?? newId(),
          name: request.name,
          clientId: request.clientId,
          apiKey,
          createdAt: existing?.createdAt ?? now(),
          mode: keyChanged ? 'unknown' : (existing?.mode ?? 'unknown'),
          ...(!keyChanged && existing?.modeReason ? { modeReason: existing.modeReason } : {}),
        };
        await repo.putStore(db, record);
        return summarise(record);
      }
      case 'deleteStore':
        return { deleted: await repo.deleteStore(db, request.id) };
      case 'testConnection': {
        const store = await repo.getStore(db, request.id);
        if (!store) throw new HandledError('not-found', 'No such store');
        const report = await deps.testConnection(store);
        if (report.ok) {
          const mode = report.chatApi === 'premium-required' ? 'dom-only' : report.chatApi === 'available' ? 'api' : 'unknown';
          await repo.putStore(db, {
            ...store,
            mode,
            ...(mode === 'dom-only' ? { modeReason: 'premium-required' } : { modeReason: undefined }),
          });
        }
        return report;
      }
    }
  }

  return async function route<T extends RequestType>(request: AnyRequest): Promise<Reply<T>> {
    try {
      return { ok: true, data: (await handle(request)) as Reply<T> extends { data: infer D } ? D : never };
    } catch (error) {
      if (error instanceof HandledError) return { ok: false, error: { code: error.code, message: error.message } };
      // Unexpected errors are reported without their text: it could carry request data.
      return { ok: false, error: { code: 'internal', message: 'Internal error in the background' } };
    }
  };
}
