// Chromium's extension request throttling, mirrored so that we never trip it. Chromium backs off a URL that keeps
// answering 500, 503 or 509 to an extension: after the first two such answers in a row, each further one holds the
// URL back for 700 ms × 1.4^(n − 3) (less up to 40 % jitter, at most 15 min), and a request sent in that time fails
// in the browser itself (net::ERR_TEMPORARILY_THROTTLED, a TypeError to fetch) without reaching Ozon. Any other
// answer takes one failure off. (Chromium's extensions/renderer/extension_throttle_entry.cc; README, "Errors".)
// The client waits out the hold before each request, and a request that fails in the browser during a hold is
// reported as the server error that caused it, not as a lost connection.

/** Chromium's policy (kDefault* in extension_throttle_entry.cc). */
export const CHROMIUM_THROTTLE = {
  errorsIgnored: 2,
  initialDelayMs: 700,
  multiplier: 1.4,
  maxDelayMs: 15 * 60_000,
  /** An entry without failures is forgotten after this long. */
  entryLifetimeMs: 2 * 60_000,
} as const;
const THROTTLED_STATUSES: ReadonlySet<number> = new Set([500, 503, 509]);
/** Our clock reads the answer a little after Chromium did; a margin keeps the mirror on the safe side. */
const MARGIN_MS = 50;

interface Entry {
  failures: number;
  releaseAt: number;
  lastStatus: number;
  lastAnswerAt: number;
}

/** The hold after `failures` throttled answers in a row (no jitter: the longest Chromium may choose). */
export function chromiumHoldMs(failures: number): number {
  const counted = failures - CHROMIUM_THROTTLE.errorsIgnored;
  if (counted <= 0) return 0;
  return Math.min(CHROMIUM_THROTTLE.maxDelayMs, CHROMIUM_THROTTLE.initialDelayMs * CHROMIUM_THROTTLE.multiplier ** (counted - 1));
}

export class BrowserThrottleMirror {
  private readonly entries = new Map<string, Entry>();

  /** Records an HTTP answer for `url` received at `at`. */
  noteAnswer(url: string, status: number, at: number): void {
    const key = urlKey(url);
    const entry = this.entries.get(key) ?? { failures: 0, releaseAt: 0, lastStatus: 0, lastAnswerAt: 0 };
    if (THROTTLED_STATUSES.has(status)) {
      entry.failures += 1;
      const hold = chromiumHoldMs(entry.failures);
      // Chromium never brings a hold forward.
      if (hold > 0) entry.releaseAt = Math.max(entry.releaseAt, at + hold + MARGIN_MS);
    } else {
      // Chromium decays the count instead of resetting it, and keeps the hold it had set.
      entry.failures = Math.max(0, entry.failures - 1);
    }
    entry.lastStatus = status;
    entry.lastAnswerAt = at;
    this.entries.set(key, entry);
  }

  /** How long to wait before `url` may be asked again without the browser refusing it. */
  waitMs(url: string, now: number): number {
    const entry = this.entries.get(urlKey(url));
    return entry ? Math.max(0, entry.releaseAt - now) : 0;
  }

  /**
   * The server error status that a browser-side failure of `url` at `now` most likely follows: the last answer was
   * a throttled status, recently enough for Chromium to still hold its entry. Undefined otherwise.
   */
  throttledAfter(url: string, now: number): number | undefined {
    const entry = this.entries.get(urlKey(url));
    if (!entry || !THROTTLED_STATUSES.has(entry.lastStatus)) return undefined;
    return now - entry.lastAnswerAt <= Math.max(CHROMIUM_THROTTLE.entryLifetimeMs, entry.releaseAt - entry.lastAnswerAt) ? entry.lastStatus : undefined;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Chromium keys its entries by the URL without query and fragment, lower-cased. */
function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** One mirror for the whole worker, as Chromium keeps one table for the whole profile. */
export const browserThrottle = new BrowserThrottleMirror();
