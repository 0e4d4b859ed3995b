// The client in the project's default unit environment (happy-dom: its own Response, Headers, AbortController),
// where other modules' tests will drive it with fake fetches.
import { beforeEach, describe, expect, it } from 'vitest';
import { createOzonClient, OzonApiError, resetRateLimiters } from '@/entrypoints/background/ozon-api';

const BIG_ID = '3000000000817031942';

beforeEach(() => resetRateLimiters());

describe('under happy-dom', () => {
  it('retries, reads lossless ids and sends them back as numbers', async () => {
    const bodies: string[] = [];
    let calls = 0;
    const client = createOzonClient({
      clientId: '1',
      apiKey: 'happy-dom-key-0001',
      sleep: async () => undefined,
      fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
        bodies.push(String(init?.body));
        calls++;
        if (calls === 1) return new Response('{"code":13,"message":"Internal error"}', { status: 500, headers: { 'Retry-After': '0' } });
        return new Response(`{"has_next":false,"messages":[{"message_id":${BIG_ID},"user":{"type":"\u0421ustomer"},"data":["hi"]}]}`, { status: 200 });
      }) as typeof fetch,
    });
    const page = await client.chatHistory({ chatId: 'c', direction: 'Forward', fromMessageId: BIG_ID });
    expect(calls).toBe(2);
    expect(page.messages[0]).toMatchObject({ messageId: BIG_ID, author: 'customer' });
    expect(bodies[1]).toContain(`"from_message_id":${BIG_ID}`);
  });

  it('times out and maps an error status', async () => {
    const hang = createOzonClient({ clientId: '2', apiKey: 'happy-dom-key-0002', timeoutMs: 20, maxRetries: 0, fetch: (() => new Promise<Response>(() => undefined)) as typeof fetch });
    await expect(hang.sellerInfo()).rejects.toMatchObject({ kind: 'timeout' });
    const denied = createOzonClient({
      clientId: '3',
      apiKey: 'happy-dom-key-0003',
      fetch: (async () => new Response('{"code":7,"message":"PermissionDenied"}', { status: 403 })) as typeof fetch,
    });
    const error = await denied.chatList().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OzonApiError);
    expect(error).toMatchObject({ kind: 'premium-required', status: 403, code: 7 });
  });
});
