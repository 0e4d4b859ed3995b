// A Seller API client over a scripted fetch, for the client's tests: every request is recorded, every answer comes
// from the script, and waits only move a fake clock.
import { expect } from 'vitest';
import { createOzonClient, messageFor, OzonApiError, type OzonClientOptions } from '@/entrypoints/background/ozon-api';

export const API_KEY = 'a1b2c3d4-e5f6-7890-abcd-ef0123456789';
export const CLIENT_ID = '123456';
export const BIG_ID = '3000000000817031942';

interface Sent {
  url: string;
  headers: Record<string, string>;
  /** The raw request body, to check how ids were written. */
  text: string;
  body: Record<string, unknown>;
}

export type Reply = { status?: number; body?: string | object; headers?: Record<string, string> } | Error | 'hang';
type Script = (sent: Sent, index: number) => Reply;

/** A fetch that answers from a script and records every request. */
export function scriptedFetch(script: Script | Reply[]) {
  const sent: Sent[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const text = String(init?.body ?? '');
    const record: Sent = {
      url: String(input),
      headers: Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>)),
      text,
      body: JSON.parse(text) as Record<string, unknown>,
    };
    sent.push(record);
    const reply = Array.isArray(script) ? script[Math.min(sent.length - 1, script.length - 1)]! : script(record, sent.length - 1);
    if (reply instanceof Error) throw reply;
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    }
    const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
    return new Response(body, { status: reply.status ?? 200, headers: { 'Content-Type': 'application/json', ...reply.headers } });
  }) as typeof fetch;
  return { fetchImpl, sent };
}

export function makeClient(script: Script | Reply[], extra: Partial<OzonClientOptions> = {}) {
  const { fetchImpl, sent } = scriptedFetch(script);
  const waits: number[] = [];
  let now = Date.parse('2026-11-20T12:00:00Z');
  const client = createOzonClient({
    clientId: CLIENT_ID,
    apiKey: API_KEY,
    fetch: fetchImpl,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
    random: () => 0.5,
    now: () => now,
    ...extra,
  });
  return { client, sent, waits };
}

export async function failure(promise: Promise<unknown>): Promise<OzonApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OzonApiError);
    return error as OzonApiError;
  }
  throw new Error('expected the call to fail');
}

export function expectNoKey(value: unknown) {
  const texts = [String(value), JSON.stringify(value)];
  if (value instanceof Error) texts.push(value.message, value.stack ?? '');
  if (value instanceof OzonApiError) texts.push(value.text.en, value.text.ru, value.text.zh, value.detail ?? '', value.serverMessage ?? '', messageFor(value, 'en'), messageFor(value, 'ru'), messageFor(value, 'zh'));
  for (const text of texts) {
    expect(text).not.toContain(API_KEY);
    expect(text.toLowerCase()).not.toContain(API_KEY.replace(/-/g, '').toLowerCase());
  }
}

export const EMPTY_LIST = { chats: [], total_unread_count: 0, cursor: '', has_next: false };
