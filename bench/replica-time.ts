// How long the Seller API replica itself spends answering (its method handlers, timed in this process). The
// replica shares the machine's 2 cores with the browser, and some of its methods cost more than a real server's
// would (e.g. /v3/chat/list sorts every chat of the world for each page), so the sync's wall time is also
// reported without it. Measuring only: each method's handler is wrapped once, its answers are unchanged.
import { API_METHODS } from '../sandbox/api/server';
import type { ApiMethod } from '../sandbox/api/method';

const totals = new Map<string, number>();
let installed = false;

export function instrumentReplica(): void {
  if (installed) return;
  installed = true;
  for (const method of API_METHODS as ApiMethod[]) {
    const original = method.handle.bind(method);
    method.handle = (ctx) => {
      const t = performance.now();
      try {
        return original(ctx);
      } finally {
        totals.set(method.path, (totals.get(method.path) ?? 0) + performance.now() - t);
      }
    };
  }
}

/** Milliseconds spent in the replica's handlers so far, by path. */
export function replicaTime(): Map<string, number> {
  return new Map(totals);
}

export function replicaMsSince(before: Map<string, number>): { total: number; byPath: Record<string, number> } {
  const byPath: Record<string, number> = {};
  let total = 0;
  for (const [path, ms] of totals) {
    const d = ms - (before.get(path) ?? 0);
    if (d > 0) {
      byPath[path] = Math.round(d);
      total += d;
    }
  }
  return { total: Math.round(total), byPath };
}
