// One sync of one store's customer chats: list (only the list requests when nothing changed), fetch only the
// new messages of chats whose last message changed, link chats to shipments, drop what the portal no longer keeps.
import type { IDBPDatabase } from 'idb';
import type { SidekickDB } from '../db/schema';
import type { SyncProgress } from '../../../lib/protocol/sync';
import { inEveryLang, LANGS, type Lang, type Texts } from '../../../lib/i18n';
import { redact } from '../ozon-api/redact';
import { historyPhase, listPhase, postingsPhase } from './phases';
import { dropExpired } from './retention';
import type { ChatSource } from './source';
import { IDLE_STATE, isUnfinished, readSyncState, saveSyncState, toProgress, type SyncState } from './state';

type Db = IDBPDatabase<SidekickDB>;

export interface SyncOptions {
  now?: () => number;
  onProgress?: (progress: SyncProgress) => void;
  /** The store's Api-Key: removed (with its fragments) from the error text the sync state keeps. */
  secrets?: readonly string[];
}

/**
 * Runs (or resumes) one sync. Errors are recorded in the state and rethrown; what was saved stays saved, and the
 * next run resumes from the last page or chat that completed, with this run's list of chats to fetch.
 */
export async function runSync(db: Db, storeId: string, source: ChatSource, opts: SyncOptions = {}): Promise<SyncProgress> {
  const now = (opts.now ?? Date.now)();
  const previous = await readSyncState(db, storeId);
  const resumed = isUnfinished(previous);
  const state: SyncState = resumed
    ? { ...previous, error: null }
    : { ...IDLE_STATE, phase: 'listing', startedAt: now, lastSuccessAt: previous.lastSuccessAt };
  // The list of chats to fetch is written on every outcome (here, after each list page, on failure, on success):
  // a stored list is always this run's, so no later run resumes an older run's list.
  if (!resumed) await saveSyncState(db, storeId, state, opts.onProgress, true);
  try {
    if (state.phase === 'listing') await listPhase(db, storeId, source, state, now, opts.onProgress);
    if (state.phase === 'history') await historyPhase(db, storeId, source, state, now, opts.onProgress);
    if (state.phase === 'postings') {
      await postingsPhase(db, storeId, source, now);
      await dropExpired(db, storeId, now);
    }
    state.phase = 'done';
    state.pending = [];
    state.finishedAt = (opts.now ?? Date.now)();
    state.lastSuccessAt = state.finishedAt;
    await saveSyncState(db, storeId, state, opts.onProgress, true);
    return toProgress(storeId, state);
  } catch (error) {
    const kind = (error as { kind?: unknown }).kind;
    const code = typeof kind === 'string' ? kind : 'internal';
    // The phase is kept, so the next run resumes; the error is shown until then.
    const secrets = opts.secrets ?? [];
    const message = redact(errorText(error), secrets);
    const text = errorTexts(error);
    const recorded = { code, message, ...(text ? { text: inEveryLang((lang) => redact(text[lang], secrets)) } : {}) };
    await saveSyncState(db, storeId, { ...state, error: recorded }, opts.onProgress, true);
    throw error;
  }
}

function errorTexts(error: unknown): Texts | undefined {
  const text = (error as { text?: Partial<Record<Lang, unknown>> }).text;
  return text && LANGS.every((lang) => typeof text[lang] === 'string') ? inEveryLang((lang) => String(text[lang])) : undefined;
}

function errorText(error: unknown): string {
  // The API client's errors carry a seller-readable text (never the key); anything else says only that it failed.
  const text = (error as { text?: { en?: unknown } }).text;
  if (text && typeof text.en === 'string') return text.en;
  return error instanceof Error ? error.message : 'Sync failed';
}
