// Runs syncs: one at a time per store (a second request joins the running one), all connected stores on the alarm.
// A store whose chat methods need a subscription is put in DOM-only mode once and not retried in a loop; an
// invalid key is recorded the same way, until the user saves the store again.
import { listStores, getStore, putStore } from './db/repo';
import { runSync } from './sync/run';
import { readSyncState, toProgress } from './sync/state';
import type { SyncProgress } from '../../lib/protocol/sync';
import type { Db } from './context';
import { isSyncable, storeAfterError } from './store-mode';
import type { StoreApiFactory } from './store-api';

export interface SyncRunner {
  syncStore(storeId: string): Promise<SyncProgress>;
  /** Syncs every store that may use the chat methods; one store's failure does not stop the others. */
  syncAll(): Promise<SyncProgress[]>;
  progress(): Promise<SyncProgress[]>;
}

export interface SyncRunnerDeps {
  db: () => Promise<Db>;
  apiFor: StoreApiFactory;
  now?: () => number;
  onProgress?: (progress: SyncProgress) => void;
  onFinished?: () => void;
}

export function createSyncRunner(deps: SyncRunnerDeps): SyncRunner {
  const running = new Map<string, Promise<SyncProgress>>();

  async function syncOnce(storeId: string): Promise<SyncProgress> {
    const db = await deps.db();
    const store = await getStore(db, storeId);
    if (!store) throw Object.assign(new Error('No such store'), { code: 'not-found' });
    // A DOM-only store or a refused key is not asked again until the seller tests or saves it: no 403 loop, also
    // when syncNow names the store or an unfinished sync would resume.
    if (!isSyncable(store)) return toProgress(storeId, await readSyncState(db, storeId));
    try {
      const progress = await runSync(db, storeId, deps.apiFor(store).chatSource(), {
        secrets: [store.apiKey],
        ...(deps.now ? { now: deps.now } : {}),
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
      });
      if (store.mode !== 'api') await putStore(db, { ...store, mode: 'api', modeReason: undefined });
      return progress;
    } catch (error) {
      const marked = storeAfterError(store, error);
      if (marked) await putStore(db, marked);
      return toProgress(storeId, await readSyncState(db, storeId));
    } finally {
      deps.onFinished?.();
    }
  }

  return {
    syncStore(storeId) {
      let run = running.get(storeId);
      if (!run) {
        run = syncOnce(storeId).finally(() => running.delete(storeId));
        running.set(storeId, run);
      }
      return run;
    },
    async syncAll() {
      const stores = (await listStores(await deps.db())).filter(isSyncable);
      const results: SyncProgress[] = [];
      // One store after another: the rate limit is per Client-Id, but the worker's memory and the user's network
      // are shared, and progress reads better store by store.
      for (const store of stores) results.push(await this.syncStore(store.id));
      return results;
    },
    async progress() {
      const db = await deps.db();
      const stores = await listStores(db);
      return Promise.all(stores.map(async (store) => toProgress(store.id, await readSyncState(db, store.id))));
    },
  };
}
