// Ozon allows at most 50 requests per second per Client-Id, across all methods. A classic token bucket of N
// tokens refilled at N/s can let almost 2N requests start within one rolling second (a full bucket, then the
// refill), so this keeps the start times of the last second instead (a bucket of N tokens where each token comes
// back exactly 1000 ms after it was taken): a new request starts only when fewer than N started in the 1000 ms
// before it, which bounds every rolling window [t, t + 1000 ms). Ozon counts arrivals at its end, and requests that
// started evenly can arrive bunched (the benchmark saw 51 arrive within 934 ms on a busy machine), so the window
// kept here is 10 % longer than Ozon's second.

import { browserThrottle } from './browser-throttle';

export const HARD_MAX_REQUESTS_PER_SECOND = 50;
export const DEFAULT_MAX_REQUESTS_PER_SECOND = HARD_MAX_REQUESTS_PER_SECOND;
const WINDOW_MS = 1100;
const MAX_STALLS = 1000;

export interface Clock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export class SlidingWindowLimiter {
  /** Start times within the last window, oldest first. */
  private readonly starts: number[] = [];

  /** Waits until a request may start under `limit` per rolling second, and records its start. */
  async acquire(limit: number, clock: Clock): Promise<void> {
    const cap = effectiveLimit(limit);
    let stalls = 0;
    for (;;) {
      const t = clock.now();
      while (this.starts.length > 0 && (this.starts[0] as number) <= t - WINDOW_MS) this.starts.shift();
      // Check and record with no await in between, so concurrent callers cannot both take the last slot.
      if (this.starts.length < cap) {
        this.starts.push(t);
        return;
      }
      const oldestInWindow = this.starts[this.starts.length - cap] as number;
      await clock.sleep(Math.max(1, oldestInWindow + WINDOW_MS - t));
      // A clock that does not move while we wait (a frozen test clock with an instant sleep) would spin forever.
      if (clock.now() > t) stalls = 0;
      else if (++stalls > MAX_STALLS) throw new Error('Rate limiter: the clock does not advance while waiting');
    }
  }
}

export function effectiveLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_MAX_REQUESTS_PER_SECOND;
  return Math.min(HARD_MAX_REQUESTS_PER_SECOND, Math.max(1, Math.floor(limit)));
}

/** One limiter per Client-Id for the whole worker: two clients of the same company share Ozon's limit. */
const limiters = new Map<string, SlidingWindowLimiter>();

export function limiterFor(clientId: string): SlidingWindowLimiter {
  let limiter = limiters.get(clientId);
  if (!limiter) {
    limiter = new SlidingWindowLimiter();
    limiters.set(clientId, limiter);
  }
  return limiter;
}

/** Forgets all recorded starts and the browser's holds (tests, or after the worker's clock jumps). */
export function resetRateLimiters(): void {
  limiters.clear();
  browserThrottle.clear();
}
