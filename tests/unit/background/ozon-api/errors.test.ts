// @vitest-environment node
// Issue 12, item 5: errors that say what happened. A 5xx is Ozon's server error, a lost connection is one, and
// retries are spaced so that Chromium's extension request throttling never refuses them (which would look offline).
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOzonClient, OzonApiError, resetRateLimiters, type OzonClientOptions } from '@/entrypoints/background/ozon-api';
import { backoffDelay } from '@/entrypoints/background/ozon-api/backoff';
import { MAX_BROWSER_HOLD_WAIT_MS } from '@/entrypoints/background/ozon-api/transport';
import { browserThrottle, chromiumHoldMs } from '@/entrypoints/background/ozon-api/browser-throttle';
import { simulateChromiumThrottle } from './chromium-throttle-sim';

const START = Date.parse('2026-11-20T12:00:00Z');
const EMPTY_LIST = { chats: [], total_unread_count: 0, cursor: '', has_next: false };
type Answer = { status: number; body?: object | string; headers?: Record<string, string> } | Error;

/** A client over a scripted server behind a simulated Chromium, on a fake clock that moves only when we sleep. */
function setUp(answers: (n: number, path: string) => Answer, opts: { random?: number; jitter?: () => number; extra?: Partial<OzonClientOptions> } = {}) {
  let now = START;
  const clock = () => now;
  const chromium = simulateChromiumThrottle(opts.jitter);
  const reached: string[] = [];
  const waits: number[] = [];
  const server = (async (input: RequestInfo | URL) => {
    const path = new URL(String(input)).pathname;
    reached.push(path);
    const answer = answers(reached.length, path);
    if (answer instanceof Error) throw answer;
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? { code: 13, message: 'Internal error' });
    return new Response(body, { status: answer.status, headers: { 'Content-Type': 'application/json', ...answer.headers } });
  }) as typeof fetch;
  const client = createOzonClient({
    clientId: '123456',
    apiKey: 'a1b2c3d4-e5f6-7890-abcd-ef0123456789',
    fetch: chromium.wrap(server, clock),
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
    random: () => opts.random ?? 0.5,
    now: clock,
    ...opts.extra,
  });
  return { client, chromium, reached, waits, advance: (ms: number) => (now += ms) };
}

async function failure(promise: Promise<unknown>): Promise<OzonApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OzonApiError);
  return error as OzonApiError;
}

beforeEach(() => resetRateLimiters());

describe('what each failure is called', () => {
  it.each([500, 502, 503, 504])('HTTP %i is Ozon\'s server error with its status, in English and Russian', async (status) => {
    const { client } = setUp(() => ({ status }));
    const error = await failure(client.chatList());
    expect(error).toMatchObject({ kind: 'server', status });
    expect(error.text.en).toBe(`Ozon's server error (HTTP ${status}). Try again later.`);
    expect(error.text.ru).toBe(`Ошибка сервера Ozon (HTTP ${status}). Повторите позже.`);
  });

  it('a lost connection is a network failure that says to check the connection', async () => {
    const { client, reached } = setUp(() => new TypeError('Failed to fetch'));
    const error = await failure(client.sellerInfo());
    expect(error.kind).toBe('network');
    expect(error.text.en).toMatch(/Could not reach api-seller\.ozon\.ru/);
    expect(error.text.ru).toMatch(/Не удалось связаться/);
    expect(reached).toHaveLength(4);
  });

  it('a request the browser refuses after 5xx answers is reported as that server error, not as offline', async () => {
    // Three 500s, then the browser refuses (as Chromium does when its hold outlasts ours, e.g. after a worker restart).
    const { client } = setUp((n) => (n <= 3 ? { status: 500 } : new TypeError('Failed to fetch')));
    const error = await failure(client.chatList());
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    expect(error.text.en).toBe("Ozon's server error (HTTP 500). Try again later.");
  });

  it('a network failure long after a 5xx is a network failure again', async () => {
    const { client, advance } = setUp((n) => (n <= 4 ? { status: 500 } : new TypeError('Failed to fetch')));
    expect((await failure(client.chatList())).kind).toBe('server');
    advance(10 * 60_000);
    expect((await failure(client.chatList())).kind).toBe('network');
  });
});

describe('retries that Chromium does not throttle', () => {
  it('a server answering 500 to everything: no attempt is refused by the browser, at any jitter, call after call', async () => {
    for (const random of [0, 0.5, 1]) {
      resetRateLimiters();
      const { client, chromium, reached } = setUp(() => ({ status: 500 }), { random });
      for (let call = 0; call < 6; call++) {
        const error = await failure(call % 2 ? client.sellerInfo() : client.chatList());
        expect(error).toMatchObject({ kind: 'server', status: 500 });
      }
      expect(chromium.refused).toEqual([]);
      // Two calls (8 answers) per URL reach the server; the third stops once the browser's hold passes 10 s.
      expect(reached.length).toBeGreaterThanOrEqual(2 * 8);
      expect(reached.length).toBeLessThanOrEqual(24);
    }
  });

  it('holds up under random answer sequences and random Chromium jitter (property)', async () => {
    const answer = fc.constantFrom<Answer>({ status: 500 }, { status: 503 }, { status: 502 }, { status: 200, body: EMPTY_LIST }, { status: 429, body: { code: 8 } });
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), async (script, random, jitter) => {
        resetRateLimiters();
        const { client, chromium } = setUp((n) => script[(n - 1) % script.length]!, { random, jitter: () => jitter });
        for (let call = 0; call < 4; call++) await client.chatList().catch((e: unknown) => expect(e).toBeInstanceOf(OzonApiError));
        expect(chromium.refused).toEqual([]);
      }),
      { numRuns: 80, seed: 5 },
    );
  });

  it('never retries back to back: each wait is at least half its ceiling', () => {
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(retry, () => 0))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(retry, () => 1))).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  it('waits out the hold Chromium puts on a URL after its third 5xx in a row', async () => {
    const { client, waits } = setUp((n) => (n <= 3 ? { status: 500 } : { status: 200, body: EMPTY_LIST }), { random: 0 });
    await expect(client.chatList()).resolves.toMatchObject({ chats: [] });
    // 500 and 1000 ms of backoff, then 2000 ms, already longer than the 700 ms hold.
    expect(waits).toEqual([500, 1000, 2000]);
    expect(chromiumHoldMs(3)).toBe(700);
    expect(chromiumHoldMs(5)).toBeCloseTo(1372);
  });

  it('a new call to a held URL first waits out the hold', async () => {
    const { client, waits, chromium } = setUp((n) => (n <= 8 ? { status: 500 } : { status: 200, body: EMPTY_LIST }), { random: 0 });
    await failure(client.chatList());
    await failure(client.chatList());
    waits.length = 0;
    // 8 failures in a row: the hold is 700 × 1.4^5 ≈ 3.8 s, longer than the next call's backoff.
    await expect(client.chatList()).resolves.toBeTruthy();
    expect(waits[0]).toBeGreaterThanOrEqual(chromiumHoldMs(8));
    expect(chromium.refused).toEqual([]);
  });

  it('a hold longer than 10 s is not waited for: the call fails at once with the server error', async () => {
    const url = 'https://api-seller.ozon.ru/v3/chat/list';
    for (let i = 0; i < 12; i++) browserThrottle.noteAnswer(url, 503, START);
    expect(chromiumHoldMs(12)).toBeGreaterThan(MAX_BROWSER_HOLD_WAIT_MS);
    const { client, reached } = setUp(() => ({ status: 200, body: EMPTY_LIST }));
    const error = await failure(client.chatList());
    expect(error).toMatchObject({ kind: 'server', status: 503 });
    expect(reached).toEqual([]);
  });
});

describe('Retry-After', () => {
  it('is honoured on 429 in seconds and on 503 as an HTTP date', async () => {
    const seconds = setUp((n) => (n === 1 ? { status: 429, body: { code: 8, message: 'rate limit' }, headers: { 'Retry-After': '3' } } : { status: 200, body: EMPTY_LIST }));
    await seconds.client.chatList();
    expect(seconds.waits).toEqual([3000]);
    const date = setUp((n) => (n === 1 ? { status: 503, headers: { 'Retry-After': new Date(START + 7000).toUTCString() } } : { status: 200, body: EMPTY_LIST }));
    await date.client.chatList();
    expect(date.waits).toEqual([7000]);
  });

  it('is not taken from a 500 (the status does not define it): the backoff applies', async () => {
    const { client, waits } = setUp((n) => (n === 1 ? { status: 500, headers: { 'Retry-After': '30' } } : { status: 200, body: EMPTY_LIST }), { random: 0 });
    await client.chatList();
    expect(waits).toEqual([500]);
  });

  it('a Retry-After past a minute is not waited for', async () => {
    const { client, reached } = setUp(() => ({ status: 503, headers: { 'Retry-After': '120' } }));
    const error = await failure(client.chatList());
    expect(error).toMatchObject({ kind: 'server', status: 503, retryAfterMs: 120_000 });
    expect(reached).toHaveLength(1);
  });
});
