// How long to wait before a retry: exponential backoff with "equal jitter" (a random wait in the upper half of
// [0, base·2^n], capped), so that two retries are never back to back, unless the server said how long with
// Retry-After / Item-Retry-After. The transport also waits out Chromium's own hold on a failing URL
// (browser-throttle.ts), whichever is longer.

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_CAP_MS = 8000;
/** A server asking for a longer pause than this is not waited for: the error goes back to the caller. */
export const MAX_SERVER_WAIT_MS = 60_000;

/** Upper bound of the jittered wait before retry number `retry` (0 for the first retry). */
export function backoffCeiling(retry: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry);
}

/** A wait in [ceiling / 2, ceiling]: at least half a second before the first retry, doubling after. */
export function backoffDelay(retry: number, random: () => number): number {
  const r = Math.min(Math.max(random(), 0), 1);
  const ceiling = backoffCeiling(retry);
  return Math.floor(ceiling / 2 + (r * ceiling) / 2);
}

/** Statuses whose Retry-After says when to come back (RFC 9110 §10.2.3; RFC 6585 §4). */
const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * The server's requested wait in ms on a 429 or 503: `Retry-After` as seconds or an HTTP date, or Ozon's
 * `Item-Retry-After` in seconds. Undefined for other statuses, or when absent or unreadable.
 */
export function serverRetryAfterMs(status: number, headers: Headers, now: number): number | undefined {
  if (!RETRY_AFTER_STATUSES.has(status)) return undefined;
  for (const name of ['Retry-After', 'Item-Retry-After']) {
    const raw = headers.get(name)?.trim();
    if (!raw) continue;
    if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
    if (name !== 'Retry-After') continue;
    const date = Date.parse(raw);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return undefined;
}
