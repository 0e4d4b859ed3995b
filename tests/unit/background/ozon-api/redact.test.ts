// @vitest-environment node
// Issue 12, item 6: the Api-Key's fragments and encodings are redacted, not only the exact key. Generated keys and
// embeddings (fast-check), the client's errors, the sync's stored error and the background's replies.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOzonClient, OzonApiError, resetRateLimiters } from '@/entrypoints/background/ozon-api';
import { MIN_FRAGMENT, redact, REDACTED } from '@/entrypoints/background/ozon-api/redact';

const HEX = '0123456789abcdef';
/** Ozon's keys look like UUIDs; other shapes are tried too (base64-like keys with + / =, mixed case). */
const uuidKey = fc
  .array(fc.constantFrom(...HEX), { minLength: 32, maxLength: 32 })
  .map((c) => [c.slice(0, 8), c.slice(8, 12), c.slice(12, 16), c.slice(16, 20), c.slice(20)].map((p) => p.join('')).join('-'));
const otherKey = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789+/=_.~'), minLength: 16, maxLength: 64 });
const key = fc.oneof(uuidKey, otherKey);
/** Text around an echo: words that share no 8-character run with a key. */
const filler = fc.string({ unit: fc.constantFrom(...' :,;!?"\'()[]{}<>ЁёЖж—'), maxLength: 20 });

function base64(text: string, urlSafe: boolean): string {
  const standard = Buffer.from(text, 'utf8').toString('base64');
  return urlSafe ? standard.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : standard;
}

/** Every 8-character window of every form the key can take in a message. */
function traces(secret: string): { folded: string[]; exact: string[] } {
  const folded = new Set<string>();
  const exact = new Set<string>();
  const add = (text: string, into: Set<string>) => {
    for (let i = 0; i + MIN_FRAGMENT <= text.length; i++) into.add(text.slice(i, i + MIN_FRAGMENT));
  };
  for (const form of [secret, secret.replace(/-/g, '')]) {
    add(form.toLowerCase(), folded);
    add(encodeURIComponent(form).toLowerCase(), folded);
    for (let skip = 0; skip < 3; skip++) {
      const bytes = Buffer.from(form, 'utf8').subarray(skip);
      const whole = bytes.subarray(0, bytes.length - (bytes.length % 3));
      const std = whole.toString('base64');
      add(std, exact);
      add(std.replace(/\+/g, '-').replace(/\//g, '_'), exact);
    }
  }
  return { folded: [...folded], exact: [...exact] };
}

const traceCache = new Map<string, ReturnType<typeof traces>>();

/** Fails naming the first run of the key (or of its encodings) that is still in `text`. */
function expectClean(text: string, secret: string) {
  let found = traceCache.get(secret);
  if (!found) traceCache.set(secret, (found = traces(secret)));
  const lower = text.toLowerCase();
  const survivor = found.folded.find((w) => lower.includes(w)) ?? found.exact.find((w) => text.includes(w));
  expect(survivor, `a run of the key survived in ${text}`).toBeUndefined();
}

/** A fragment of at least 8 characters, somewhere in the key. */
const keyAndFragment = key.chain((k) =>
  fc.tuple(fc.constant(k), fc.integer({ min: 0, max: k.length - MIN_FRAGMENT })).chain(([k2, start]) =>
    fc.tuple(fc.constant(k2), fc.integer({ min: start + MIN_FRAGMENT, max: k2.length }).map((end) => k2.slice(start, end))),
  ),
);

type Encoding = 'plain' | 'upper' | 'lower' | 'no-hyphens' | 'url' | 'base64' | 'base64url';
const encoding = fc.constantFrom<Encoding>('plain', 'upper', 'lower', 'no-hyphens', 'url', 'base64', 'base64url');

function embed(fragment: string, how: Encoding, before: string, after: string): string {
  switch (how) {
    case 'plain':
      return `${before}${fragment}${after}`;
    case 'upper':
      return `${before}${fragment.toUpperCase()}${after}`;
    case 'lower':
      return `${before}${fragment.toLowerCase()}${after}`;
    case 'no-hyphens':
      return `${before}${fragment.replace(/-/g, '')}${after}`;
    case 'url':
      return `${before}${encodeURIComponent(fragment)}${after}`;
    // The encoded text holds the fragment at any byte offset (what precedes it inside the encoding varies).
    case 'base64':
      return `${before}${base64(`${before}${fragment}${after}`, false)}`;
    case 'base64url':
      return `${before}${base64(`Api-Key: ${fragment}`, true)}${after}`;
  }
}

describe('redact', () => {
  it('removes every fragment of 8+ characters in every form, in any surrounding text (property)', () => {
    fc.assert(
      fc.property(keyAndFragment, encoding, filler, filler, ([secret, fragment], how, before, after) => {
        const message = embed(fragment, how, before, after);
        const out = redact(message, [secret]);
        expectClean(out, secret);
        // The fragment's hyphens may leave runs shorter than 8 (e.g. "-e5f6-"): those are not the key.
        if (how === 'plain' && fragment.length >= MIN_FRAGMENT && !/-/.test(fragment)) expect(out).toContain(REDACTED);
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  it('keeps text that shares no 8-character run with the key', () => {
    fc.assert(
      fc.property(key, fc.string({ unit: fc.constantFrom(...' абвгдежзийклмнопрстуфхцчшщъыьэюя.,'), maxLength: 200 }), (secret, text) => {
        expect(redact(text, [secret])).toBe(text);
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(redact('Invalid Api-Key, please check the key and try again', ['a1b2c3d4-e5f6-7890-abcd-ef0123456789'])).toBe(
      'Invalid Api-Key, please check the key and try again',
    );
  });

  it('the cases of issue 12: the key without its last characters, and its base64', () => {
    const secret = 'a1b2c3d4-e5f6-7890-abcd-ef0123456789';
    const cut = `Invalid Api-Key ${secret.slice(0, -6)}…`;
    expect(redact(cut, [secret])).toBe(`Invalid Api-Key ${REDACTED}…`);
    const b64 = `Authorization: Basic ${Buffer.from(`123456:${secret}`).toString('base64')}`;
    expectClean(redact(b64, [secret]), secret);
    const tail = `key …${secret.slice(10)}`;
    expect(redact(tail, [secret])).toBe(`key …${REDACTED}`);
    // Runs shorter than 8 characters are left: "-e5f6-7" says nothing of the key.
    expect(redact('x-e5f6-7x', [secret])).toBe('x-e5f6-7x');
  });

  it('several keys at once, and keys too short to be secrets are ignored', () => {
    expect(redact('a 0123456789ab and a zyxwvutsrqpo', ['0123456789abcdef', 'zyxwvutsrqponm'])).toBe(`a ${REDACTED} and a ${REDACTED}`);
    expect(redact('abc abc', ['abc'])).toBe('abc abc');
  });
});

describe("the client's errors carry no fragment of the key", () => {
  const API_KEY = 'a1b2c3d4-e5f6-7890-abcd-ef0123456789';
  beforeEach(() => resetRateLimiters());

  async function errorFor(reply: { status: number; message: string } | Error): Promise<OzonApiError> {
    const fetchImpl = (async () => {
      if (reply instanceof Error) throw reply;
      return new Response(JSON.stringify({ code: 3, message: reply.message }), { status: reply.status });
    }) as typeof fetch;
    const client = createOzonClient({ clientId: '1', apiKey: API_KEY, fetch: fetchImpl, maxRetries: 0 });
    return client.chatList().then(
      () => {
        throw new Error('expected a failure');
      },
      (e: unknown) => e as OzonApiError,
    );
  }

  it('in every field, for echoes of a cut key, a base64 key and a URL-encoded key (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: API_KEY.length - MIN_FRAGMENT }), encoding, fc.constantFrom(400, 403, 404, 500), async (start, how, status) => {
        const fragment = API_KEY.slice(start, Math.min(API_KEY.length, start + MIN_FRAGMENT + 4));
        const error = await errorFor({ status, message: embed(fragment, how, 'bad key: ', ' (rejected)') });
        for (const text of [JSON.stringify(error), error.message, error.text.en, error.text.ru, error.text.zh, error.serverMessage ?? '', error.detail ?? '', error.stack ?? '']) {
          expectClean(text, API_KEY);
        }
      }),
      { numRuns: 100, seed: 8 },
    );
  });

  it("in a browser error's text", async () => {
    const error = await errorFor(new TypeError(`connect failed for https://x/?k=${encodeURIComponent(API_KEY.slice(3))}`));
    expectClean(JSON.stringify(error) + error.detail, API_KEY);
  });

  it("a refused request's own message is cut to 300 characters", async () => {
    const error = await errorFor({ status: 400, message: 'x'.repeat(5000) });
    expect(error.serverMessage).toHaveLength(300);
  });
});
