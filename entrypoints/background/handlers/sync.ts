// Sync on demand and its progress ("120 of 300 chats").
import type { RequestOf } from '../../../lib/protocol/messages';
import type { SyncProgress } from '../../../lib/protocol/sync';
import type { HandlerContext } from '../context';

export async function syncNow({ deps }: HandlerContext, request: RequestOf<'syncNow'>): Promise<SyncProgress[]> {
  return request.storeId ? [await deps.sync.syncStore(request.storeId)] : deps.sync.syncAll();
}

export function getSyncState({ deps }: HandlerContext): Promise<SyncProgress[]> {
  return deps.sync.progress();
}
