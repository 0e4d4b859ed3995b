// @vitest-environment node
// The per-Client-Id request limit, on a fake clock: in any 1-second window at most N requests start.
import { beforeEach, describe, expect, it } from 'vitest';
import { createOzonClient, resetRateLimiters, type OzonClient } from '@/entrypoints/background/ozon-api';

/** A virtual clock: sleep() resolves when run() advances time to its deadline, earliest first. */
class FakeClock {
  now = 0;
  private timers: { at: number; seq: number; resolve: () => void }[] = [];
  private seq = 0;

  sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.timers.push({ at: this.now + Math.max(0, ms), seq: this.seq++, resolve });
    });

  /** Lets every pending promise run, then fires timers one by one until `work` settles. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = work.finally(() => {
      settled = true;
    });
    for (;;) {
      for (let i = 0; i < 20; i++) await Promise.resolve();
      if (settled) return done;
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift();
      if (!next) {
        await new Promise((r) => setTimeout(r, 0));
        if (this.timers.length === 0 && !settled) throw new Error('deadlock: nothing scheduled');
        continue;
      }
      this.now = Math.max(this.now, next.at);
      next.resolve();
    }
  }
}

const LIST = JSON.stringify({ chats: [], total_unread_count: 0, cursor: '', has_next: false });

function setup(clock: FakeClock) {
  const starts: { clientId: string; at: number }[] = [];
  const make = (clientId: string, requestsPerSecond?: number): OzonClient =>
    createOzonClient({
      clientId,
      apiKey: 'secret-key-for-tests',
      fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
        starts.push({ clientId: String((init?.headers as Record<string, string>)['Client-Id']), at: clock.now });
        return new Response(LIST, { status: 200 });
      }) as typeof fetch,
      sleep: clock.sleep,
      now: () => clock.now,
      random: () => 0,
      ...(requestsPerSecond !== undefined ? { requestsPerSecond } : {}),
    });
  return { starts, make };
}

/** The most request starts within any half-open window [t, t + 1000). */
function maxInAnySecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

beforeEach(() => resetRateLimiters());

describe('rate limit per Client-Id', () => {
  it('starts at most 50 requests in any second by default, and no fewer than it may', async () => {
    const clock = new FakeClock();
    const { starts, make } = setup(clock);
    const client = make('1001');
    await clock.run(Promise.all(Array.from({ length: 175 }, () => client.chatList())));
    const times = starts.map((s) => s.at);
    expect(times).toHaveLength(175);
    expect(maxInAnySecond(times)).toBe(50);
    // Full speed with the 10 % margin for bunched arrivals: 50 at t=0, 1100, 2200, the last 25 at t=3300.
    expect(Math.max(...times)).toBe(3300);
  });

  it('never exceeds 50 even when configured higher', async () => {
    const clock = new FakeClock();
    const { starts, make } = setup(clock);
    const client = make('1002', 500);
    await clock.run(Promise.all(Array.from({ length: 120 }, () => client.chatList())));
    expect(maxInAnySecond(starts.map((s) => s.at))).toBe(50);
  });

  it('keeps a lower configured limit', async () => {
    const clock = new FakeClock();
    const { starts, make } = setup(clock);
    const client = make('1003', 7);
    await clock.run(Promise.all(Array.from({ length: 30 }, () => client.chatList())));
    const times = starts.map((s) => s.at);
    expect(maxInAnySecond(times)).toBe(7);
    expect(Math.max(...times)).toBe(4400);
  });

  it('holds for requests spread unevenly over time (no bucket burst after an idle spell)', async () => {
    const clock = new FakeClock();
    const { starts, make } = setup(clock);
    const client = make('1004', 10);
    const work = (async () => {
      for (const gap of [0, 950, 10, 400, 599, 1, 2000, 999]) {
        await clock.sleep(gap);
        await Promise.all(Array.from({ length: 8 }, () => client.chatList()));
      }
    })();
    await clock.run(work);
    expect(starts).toHaveLength(64);
    expect(maxInAnySecond(starts.map((s) => s.at))).toBeLessThanOrEqual(10);
  });

  it('is shared by every client of the same Client-Id, and separate for another Client-Id', async () => {
    const clock = new FakeClock();
    const { starts, make } = setup(clock);
    const a1 = make('2001');
    const a2 = make('2001');
    const b = make('2002');
    await clock.run(
      Promise.all([
        ...Array.from({ length: 40 }, () => a1.chatList()),
        ...Array.from({ length: 40 }, () => a2.chatList()),
        ...Array.from({ length: 50 }, () => b.chatList()),
      ]),
    );
    const of = (id: string) => starts.filter((s) => s.clientId === id).map((s) => s.at);
    expect(of('2001')).toHaveLength(80);
    expect(maxInAnySecond(of('2001'))).toBe(50);
    // The other company's 50 all start at once: its budget is its own.
    expect(of('2002').every((t) => t === 0)).toBe(true);
  });

  it('fails loudly instead of spinning when the clock does not move while it waits', async () => {
    const frozen = createOzonClient({
      clientId: '4001',
      apiKey: 'secret-key-for-tests',
      requestsPerSecond: 1,
      fetch: (async () => new Response(LIST, { status: 200 })) as typeof fetch,
      sleep: async () => undefined,
      now: () => 0,
    });
    await frozen.chatList();
    await expect(frozen.chatList()).rejects.toThrow(/clock does not advance/);
  });

  it('counts retries against the limit too', async () => {
    const clock = new FakeClock();
    const starts: number[] = [];
    let calls = 0;
    const client = createOzonClient({
      clientId: '3001',
      apiKey: 'secret-key-for-tests',
      requestsPerSecond: 3,
      fetch: (async () => {
        starts.push(clock.now);
        calls++;
        return calls % 2 ? new Response('{}', { status: 503 }) : new Response(LIST, { status: 200 });
      }) as typeof fetch,
      sleep: clock.sleep,
      now: () => clock.now,
      random: () => 0,
    });
    await clock.run(Promise.all(Array.from({ length: 6 }, () => client.chatList())));
    expect(starts.length).toBeGreaterThanOrEqual(7);
    expect(maxInAnySecond(starts)).toBeLessThanOrEqual(3);
  });
});
