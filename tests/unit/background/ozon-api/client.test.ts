// @vitest-environment node
// The Seller API client against a scripted fetch: requests, the fault matrix, secrecy (retries, ids, enums and
// paging: client-retries.test.ts, client-data.test.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { createOzonClient, messageFor, OzonApiError, resetRateLimiters, type OzonErrorKind } from '@/entrypoints/background/ozon-api';
import { API_KEY, CLIENT_ID, EMPTY_LIST, expectNoKey, failure, makeClient, type Reply } from './scripted-client';

beforeEach(() => resetRateLimiters());

describe('requests', () => {
  it('POSTs JSON with Client-Id and Api-Key to the default host', async () => {
    const { client, sent } = makeClient([{ body: { company: { name: 'Shop' }, subscription: { type: 'PREMIUM_PLUS', is_premium: true } } }]);
    const info = await client.sellerInfo();
    expect(info).toEqual({ companyName: 'Shop', legalName: '', subscription: { type: 'PREMIUM_PLUS', raw: 'PREMIUM_PLUS', isPremium: true, hasChatApi: true } });
    expect(sent[0]!.url).toBe('https://api-seller.ozon.ru/v1/seller/info');
    expect(sent[0]!.headers).toMatchObject({ 'Client-Id': CLIENT_ID, 'Api-Key': API_KEY, 'Content-Type': 'application/json' });
    expect(sent[0]!.body).toEqual({});
  });

  it('maps an unknown subscription to UNKNOWN without chat access', async () => {
    const { client } = makeClient([{ body: { subscription: { type: 'PREMIUM_ULTRA_2027', is_premium: true } } }]);
    const info = await client.sellerInfo();
    expect(info.subscription).toEqual({ type: 'UNKNOWN', raw: 'PREMIUM_ULTRA_2027', isPremium: true, hasChatApi: false });
  });

  it('uses a baseUrl override', async () => {
    const { client, sent } = makeClient([{ body: EMPTY_LIST }], { baseUrl: 'http://127.0.0.1:9999/' });
    await client.chatList();
    expect(sent[0]!.url).toBe('http://127.0.0.1:9999/v3/chat/list');
    expect(sent[0]!.body).toEqual({ filter: { chat_status: 'ALL', unread_only: false }, limit: 100 });
  });

  it('refuses a Client-Id that is not a number and an empty key before any request', () => {
    expect(() => createOzonClient({ clientId: 'abc', apiKey: API_KEY })).toThrow(OzonApiError);
    expect(() => createOzonClient({ clientId: '1', apiKey: '  ' })).toThrow(OzonApiError);
  });
});

describe('fault matrix', () => {
  const cases: { name: string; reply: Reply; kind: OzonErrorKind; attempts: number }[] = [
    { name: '401 missing headers', reply: { status: 401, body: { code: 16, message: 'Client-Id and Api-Key headers are required' } }, kind: 'invalid-key', attempts: 1 },
    { name: '404 code 5 invalid key', reply: { status: 404, body: { code: 5, message: 'Invalid Api-Key, please check the key and try again' } }, kind: 'invalid-key', attempts: 1 },
    { name: '403 deactivated key', reply: { status: 403, body: { code: 7, message: 'Api-key is deactivated, use another one or generate a new one' } }, kind: 'invalid-key', attempts: 1 },
    { name: '403 key restricted to IPs', reply: { status: 403, body: { code: 7, message: 'Api-Key is restricted to specific IP addresses' } }, kind: 'invalid-key', attempts: 1 },
    { name: '403 role missing', reply: { status: 403, body: { code: 7, message: 'Api-Key is missing a required role for a method' } }, kind: 'premium-required', attempts: 1 },
    { name: '403 code 7 permission denied', reply: { status: 403, body: { code: 7, message: 'PermissionDenied' } }, kind: 'premium-required', attempts: 1 },
    { name: '404 code 5 not found', reply: { status: 404, body: { code: 5, message: 'chat not found' } }, kind: 'not-found', attempts: 1 },
    { name: '400 code 3', reply: { status: 400, body: { code: 3, message: 'limit: must be between 1 and 100' } }, kind: 'bad-request', attempts: 1 },
    { name: '409 conflict', reply: { status: 409, body: { code: 9, message: 'conflict' } }, kind: 'bad-request', attempts: 1 },
    { name: '400 access period expired', reply: { status: 400, body: { code: 9, message: 'access period has expired' } }, kind: 'window-closed', attempts: 1 },
    { name: 'Circle is open', reply: { status: 403, body: { code: 7, message: 'Circle is open' } }, kind: 'circuit-open', attempts: 1 },
    { name: '429 code 8', reply: { status: 429, body: { code: 8, message: 'You have reached request rate limit per second' } }, kind: 'rate-limited', attempts: 4 },
    { name: '500', reply: { status: 500, body: { code: 13, message: 'Internal error' } }, kind: 'server', attempts: 4 },
    { name: '502 HTML page', reply: { status: 502, body: '<html><body>Bad Gateway</body></html>', headers: { 'Content-Type': 'text/html' } }, kind: 'server', attempts: 4 },
    { name: 'network TypeError', reply: new TypeError('Failed to fetch'), kind: 'network', attempts: 4 },
    { name: 'malformed (cut-off) JSON', reply: { status: 200, body: '{"chats": [' }, kind: 'malformed', attempts: 4 },
    { name: 'schema-invalid body', reply: { status: 200, body: { chats: [{ chat: { chat_id: 42 } }], has_next: 'yes' } }, kind: 'malformed', attempts: 1 },
    { name: 'a chat without chat_id', reply: { status: 200, body: { chats: [{ chat: { chat_type: 'BUYER_SELLER' } }] } }, kind: 'malformed', attempts: 1 },
  ];

  for (const c of cases) {
    it(`${c.name} → ${c.kind} after ${c.attempts} attempt(s)`, async () => {
      const { client, sent } = makeClient([c.reply]);
      const error = await failure(client.chatList());
      expect(error.kind).toBe(c.kind);
      expect(sent).toHaveLength(c.attempts);
      expect(error.text.en.length).toBeGreaterThan(10);
      expect(error.text.ru).toMatch(/[а-яё]/i);
      expect(error.message).toBe(error.text.en);
      expect(messageFor(error, 'ru')).toBe(error.text.ru);
      expectNoKey(error);
    });
  }

  it('carries status, code and Ozon message on HTTP errors', async () => {
    const { client } = makeClient([{ status: 403, body: { code: 7, message: 'PermissionDenied' } }]);
    const error = await failure(client.chatList());
    expect(error).toMatchObject({ status: 403, code: 7, serverMessage: 'PermissionDenied', retryable: false });
  });

  it('times out an attempt with AbortController, retries, and gives up with kind timeout', async () => {
    const { client, sent } = makeClient(['hang'], { timeoutMs: 20, maxRetries: 1 });
    const error = await failure(client.chatList());
    expect(error.kind).toBe('timeout');
    expect(sent).toHaveLength(2);
  });

  it('times out even when fetch ignores the abort signal', async () => {
    const never = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    const client = createOzonClient({ clientId: CLIENT_ID, apiKey: API_KEY, fetch: never, timeoutMs: 20, maxRetries: 0 });
    expect((await failure(client.chatList())).kind).toBe('timeout');
  });

  it('gives every kind a distinct English and Russian text', async () => {
    const kinds: OzonErrorKind[] = ['invalid-key', 'premium-required', 'rate-limited', 'not-found', 'bad-request', 'server', 'network', 'timeout', 'malformed', 'window-closed', 'circuit-open'];
    const en = new Set(kinds.map((kind) => new OzonApiError({ kind }).text.en));
    const ru = new Set(kinds.map((kind) => new OzonApiError({ kind }).text.ru));
    expect(en.size).toBe(kinds.length);
    expect(ru.size).toBe(kinds.length);
    expect(messageFor(new Error('x'), 'ru')).toMatch(/Ozon/);
  });
});

describe('the Api-Key stays secret', () => {
  it('is absent from errors even when the server echoes it', async () => {
    const echoes: Reply[] = [
      { status: 404, body: { code: 5, message: `Invalid Api-Key ${API_KEY}, please check the key and try again` } },
      { status: 400, body: { code: 3, message: `bad header api-key: ${API_KEY.toUpperCase()}` } },
      { status: 403, body: { code: 7, message: `key ${API_KEY.replace(/-/g, '')} has no role` } },
      new TypeError(`connect failed for https://x/?key=${API_KEY}`),
    ];
    for (const reply of echoes) {
      const { client } = makeClient([reply], { maxRetries: 0 });
      const error = await failure(client.chatList());
      expectNoKey(error);
      expect(Object.values(error).join(' ')).not.toContain(API_KEY);
    }
  });

  it('is absent from the client object, its toString and JSON', () => {
    const { client } = makeClient([]);
    expect(String(client)).toBe(`OzonClient(Client-Id ${CLIENT_ID})`);
    expect(JSON.stringify(client)).toBe(JSON.stringify({ clientId: CLIENT_ID, baseUrl: 'https://api-seller.ozon.ru' }));
    for (const value of Object.values(client)) expect(String(value)).not.toContain(API_KEY);
    expectNoKey(client);
  });
});
