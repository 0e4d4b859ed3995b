// Small statistics for the bench: medians of repeated runs (shared, noisy machines), ratios, formatting.

export function median(values: readonly number[]): number | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
}

export function ratio(value: number | null, limit: number | null): number | null {
  if (value === null || limit === null || limit <= 0) return null;
  return value / limit;
}

export function round(value: number | null, digits = 2): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The highest number of events in any rolling window [t, t + windowMs) of the sorted times. */
export function peakInWindow(times: readonly number[], windowMs = 1000): number {
  const xs = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < xs.length; hi++) {
    while ((xs[hi] as number) - (xs[lo] as number) >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

/** The shortest time between the first and last of any `count` consecutive events (null when fewer). */
export function shortestSpan(times: readonly number[], count: number): number | null {
  const xs = [...times].sort((a, b) => a - b);
  let best: number | null = null;
  for (let i = 0; i + count - 1 < xs.length; i++) {
    const span = (xs[i + count - 1] as number) - (xs[i] as number);
    if (best === null || span < best) best = span;
  }
  return best;
}

export function fmtMs(ms: number | null): string {
  if (ms === null) return 'n/a';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function fmtRatio(r: number | null): string {
  if (r === null) return 'n/a';
  return r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`;
}

export function fmtBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}
