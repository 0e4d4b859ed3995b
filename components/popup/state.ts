// What the popup should say besides the list: derived from the stores, the cached report and the sync state.
// Pure, so every state is tested without a browser.
import type { StoreSummary, UnansweredReport } from '@/lib/protocol/messages';
import type { SyncErrorTexts, SyncProgress } from '@/lib/protocol/sync';

export type Notice =
  | { kind: 'load-error'; message: string }
  | { kind: 'no-store' }
  | { kind: 'dom-only'; stores: string[] }
  | { kind: 'invalid-key'; stores: string[] }
  | { kind: 'offline'; stores: string[] }
  | { kind: 'sync-error'; stores: string[]; message: string; text?: SyncErrorTexts }
  | { kind: 'nothing' };

const ACTIVE_PHASES: ReadonlySet<SyncProgress['phase']> = new Set(['listing', 'history', 'postings']);
// 'server' is not here: a 5xx is Ozon's error, shown in its own words, not as a lost connection.
const OFFLINE_CODES = new Set(['network', 'timeout', 'rate-limited', 'circuit-open', 'malformed', 'no-background']);

/** A store's sync is running: in a working phase and not stopped by an error. */
export function isActive(progress: SyncProgress): boolean {
  return ACTIVE_PHASES.has(progress.phase) && !progress.error;
}

export interface PopupInput {
  stores: readonly StoreSummary[] | null;
  report: UnansweredReport | null;
  progress: readonly SyncProgress[];
  loadError: string | null;
}

export function popupNotices({ stores, report, progress, loadError }: PopupInput): Notice[] {
  const notices: Notice[] = [];
  if (loadError) notices.push({ kind: 'load-error', message: loadError });
  if (!stores) return notices;
  if (stores.length === 0) return [...notices, { kind: 'no-store' }];

  const nameOf = (id: string) => stores.find((s) => s.id === id)?.name ?? id;
  const errors = progress.filter((p) => p.error && stores.some((s) => s.id === p.storeId));
  const byCode = (test: (code: string) => boolean) => errors.filter((p) => test(p.error!.code)).map((p) => nameOf(p.storeId));

  // The background stops syncing a store whose key Ozon refused (modeReason) until it is saved again.
  const invalid = [...new Set([...byCode((c) => c === 'invalid-key'), ...stores.filter((s) => s.modeReason === 'invalid-key').map((s) => s.name)])];
  const premiumFromSync = new Set(byCode((c) => c === 'premium-required'));
  const domOnly = [...new Set([...stores.filter((s) => s.mode === 'dom-only').map((s) => s.name), ...premiumFromSync])];
  const offline = byCode((c) => OFFLINE_CODES.has(c));
  const other = errors.filter((p) => !['invalid-key', 'premium-required'].includes(p.error!.code) && !OFFLINE_CODES.has(p.error!.code));

  if (invalid.length) notices.push({ kind: 'invalid-key', stores: invalid });
  if (domOnly.length) notices.push({ kind: 'dom-only', stores: domOnly });
  if (offline.length) notices.push({ kind: 'offline', stores: offline });
  if (other.length) {
    const { message, text } = other[0]!.error!;
    notices.push({ kind: 'sync-error', stores: other.map((p) => nameOf(p.storeId)), message, ...(text ? { text } : {}) });
  }

  const syncing = progress.some(isActive);
  const apiStores = stores.filter((s) => s.mode !== 'dom-only');
  // "Nothing" only once a sync has finished: a store never synced has said nothing yet.
  const everSynced = !!report && Object.values(report.syncedAt).some((t) => typeof t === 'number');
  if (report && report.chats.length === 0 && apiStores.length > 0 && everSynced && !syncing && !invalid.length) notices.push({ kind: 'nothing' });
  return notices;
}

/** "120 of 300": chats fetched over all running stores, or null when nothing runs. */
export function overallProgress(progress: readonly SyncProgress[]): { done: number; total: number; listed: number } | null {
  const running = progress.filter(isActive);
  if (!running.length) return null;
  return running.reduce((sum, p) => ({ done: sum.done + p.done, total: sum.total + p.total, listed: sum.listed + p.listed }), { done: 0, total: 0, listed: 0 });
}

/** The oldest finished sync over the stores that sync (null when one never synced or none does). */
export function lastSyncedAt(report: UnansweredReport | null, stores: readonly StoreSummary[] | null): number | null {
  if (!report || !stores) return null;
  const ids = stores.filter((s) => s.mode !== 'dom-only').map((s) => s.id);
  const known = ids.map((id) => report.syncedAt[id]).filter((t): t is number => typeof t === 'number');
  return known.length ? Math.min(...known) : null;
}

/** Old when older than twice the sync interval, or when the background says so. */
export function isStale(report: UnansweredReport | null, syncedAt: number | null, intervalMinutes: number, now: number): boolean {
  if (report?.stale) return true;
  if (syncedAt === null) return false;
  return now - syncedAt > 2 * intervalMinutes * 60_000;
}
