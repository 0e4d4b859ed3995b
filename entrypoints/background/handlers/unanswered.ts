// Unanswered customer chats over the synced stores (the popup's list, the sidebar's total), with how fresh they are.
import type { UnansweredReport } from '../../../lib/protocol/messages';
import { readPrefs } from '../db/repo';
import { readSyncState } from '../sync/state';
import { countedStores, listUnanswered } from '../sync/unanswered';
import type { HandlerContext } from '../context';

export async function getUnanswered({ db, deps, now }: HandlerContext): Promise<UnansweredReport> {
  const stores = await countedStores(db);
  const prefs = await readPrefs(db);
  const chats = await listUnanswered(db, stores, now(), deps.judgeChat);
  const syncedAt: Record<string, number | null> = {};
  let stale = false;
  for (const store of stores) {
    const last = (await readSyncState(db, store.id)).lastSuccessAt;
    syncedAt[store.id] = last;
    if (last === null || now() - last > 2 * prefs.syncIntervalMinutes * 60_000) stale = true;
  }
  return { chats, syncedAt, stale };
}
