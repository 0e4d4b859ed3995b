// How long to wait before a retry: exponential backoff with full jitter (a random wait in [0, base·2^n], capped),
// unless the server said how long with Retry-After / Item-Retry-After.

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8000;
/** A server asking for a longer pause than this is not waited for: the error goes back to the caller. */
export const MAX_SERVER_WAIT_MS = 60_000;

/** Upper bound of the jittered wait before retry number `retry` (0 for the first retry). */
export function backoffCeiling(retry: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry);
}

export function backoffDelay(retry: number, random: () => number): number {
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * backoffCeiling(retry));
}

/**
 * The server's requested wait in ms: `Retry-After` / `Item-Retry-After` as seconds (or an HTTP date for Retry-After).
 * Undefined when absent or unreadable.
 */
export function serverRetryAfterMs(headers: Headers, now: number): number | undefined {
  for (const name of ['Retry-After', 'Item-Retry-After']) {
    const raw = headers.get(name)?.trim();
    if (!raw) continue;
    if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
    const date = Date.parse(raw);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return undefined;
}
