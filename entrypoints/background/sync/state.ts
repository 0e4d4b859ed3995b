// The sync's persisted bookkeeping: written after every page and every chat, so a service worker stopped in
// the middle resumes where it was, and nothing is fetched twice or skipped.
import type { IDBPDatabase } from 'idb';
import type { SidekickDB } from '../db/schema';
import type { SyncProgress } from '../../../lib/protocol/sync';

export interface SyncState {
  phase: SyncProgress['phase'];
  /** Next /v3/chat/list cursor while listing; '' for the first page. */
  cursor: string;
  /** Chats with new messages still to fetch. */
  pending: string[];
  listed: number;
  done: number;
  total: number;
  startedAt: number | null;
  finishedAt: number | null;
  lastSuccessAt: number | null;
  error: SyncProgress['error'];
}

export const IDLE_STATE: SyncState = {
  phase: 'idle',
  cursor: '',
  pending: [],
  listed: 0,
  done: 0,
  total: 0,
  startedAt: null,
  finishedAt: null,
  lastSuccessAt: null,
  error: null,
};

/** The chats still to fetch are kept under their own key (written while listing, not after every chat). */
export const pendingKey = (storeId: string) => `pending:${storeId}`;

export async function readSyncState(db: IDBPDatabase<SidekickDB>, storeId: string): Promise<SyncState> {
  const stored = (await db.get('syncState', storeId)) as Partial<SyncState> | undefined;
  const pending = (await db.get('syncState', pendingKey(storeId))) as string[] | undefined;
  return { ...IDLE_STATE, ...(stored ?? {}), pending: pending ?? stored?.pending ?? [] };
}

export function toProgress(storeId: string, state: SyncState): SyncProgress {
  const { phase, done, total, listed, startedAt, finishedAt, lastSuccessAt, error } = state;
  return { storeId, phase, done, total, listed, startedAt, finishedAt, lastSuccessAt, error };
}

/** A run is unfinished when it stopped in listing, history or postings: the next run resumes it. */
export function isUnfinished(state: SyncState): boolean {
  return state.phase === 'listing' || state.phase === 'history' || state.phase === 'postings';
}

/**
 * Saves the bookkeeping after a page or a chat. The list of chats to fetch is written only when it changes (while
 * listing): written with every chat, a sync of N chats would write N²/2 ids.
 */
export async function saveSyncState(db: IDBPDatabase<SidekickDB>, storeId: string, state: SyncState, onProgress?: (p: SyncProgress) => void, withPending = false) {
  const { pending, ...rest } = state;
  const tx = db.transaction('syncState', 'readwrite');
  await tx.store.put(rest, storeId);
  if (withPending) await tx.store.put(pending, pendingKey(storeId));
  await tx.done;
  onProgress?.(toProgress(storeId, state));
}
