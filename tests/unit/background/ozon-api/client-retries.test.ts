// @vitest-environment node
// The Seller API client's retries: which failures are retried, how long it waits, and what is never sent twice.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetRateLimiters } from '@/entrypoints/background/ozon-api';
import { EMPTY_LIST, failure, makeClient } from './scripted-client';

beforeEach(() => resetRateLimiters());

describe('retries', () => {
  it('retries 500 then succeeds, with exponential waits never shorter than half their ceiling', async () => {
    const { client, sent, waits } = makeClient([{ status: 500 }, { status: 503 }, { status: 502 }, { body: EMPTY_LIST }]);
    const page = await client.chatList();
    expect(page.chats).toEqual([]);
    expect(sent).toHaveLength(4);
    // random() = 0.5: three quarters of the ceilings 1000, 2000, 4000 ms.
    expect(waits).toEqual([750, 1500, 3000]);
  });

  it('retries a cut-off JSON answer of a read, but not of a send', async () => {
    const read = makeClient([{ body: '{"chats":[{"cha' }, { body: EMPTY_LIST }]);
    await expect(read.client.chatList()).resolves.toMatchObject({ chats: [] });
    expect(read.sent).toHaveLength(2);
    const send = makeClient([{ body: '{"resu' }, { body: { result: 'success' } }]);
    expect((await failure(send.client.sendMessage({ chatId: 'c', text: 'hi' }))).kind).toBe('malformed');
    expect(send.sent).toHaveLength(1);
  });

  it('retries a network error then succeeds', async () => {
    const { client, sent } = makeClient([new TypeError('fetch failed'), { body: EMPTY_LIST }]);
    await expect(client.chatList()).resolves.toMatchObject({ hasNext: false });
    expect(sent).toHaveLength(2);
  });

  it('honours Retry-After on 429', async () => {
    const { client, sent, waits } = makeClient([{ status: 429, body: { code: 8, message: 'rate limit' }, headers: { 'Retry-After': '2' } }, { body: EMPTY_LIST }]);
    await client.chatList();
    expect(sent).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('honours Item-Retry-After and an HTTP-date Retry-After on 5xx', async () => {
    const item = makeClient([{ status: 429, body: { code: 8 }, headers: { 'Item-Retry-After': '1' } }, { body: EMPTY_LIST }]);
    await item.client.chatList();
    expect(item.waits).toEqual([1000]);
    const date = makeClient([{ status: 503, headers: { 'Retry-After': 'Fri, 20 Nov 2026 12:00:03 GMT' } }, { body: EMPTY_LIST }]);
    await date.client.chatList();
    expect(date.waits).toEqual([3000]);
  });

  it('does not wait for a Retry-After longer than a minute', async () => {
    const { client, sent } = makeClient([{ status: 429, body: { code: 8 }, headers: { 'Retry-After': '3600' } }, { body: EMPTY_LIST }]);
    const error = await failure(client.chatList());
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3_600_000 });
    expect(sent).toHaveLength(1);
  });

  it('stops after maxRetries', async () => {
    const { client, sent, waits } = makeClient([{ status: 500 }], { maxRetries: 1 });
    expect((await failure(client.chatList())).kind).toBe('server');
    expect(sent).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('never retries a 4xx other than 429', async () => {
    for (const status of [400, 401, 403, 404, 409]) {
      const { client, sent, waits } = makeClient([{ status, body: { code: 3, message: 'no' } }]);
      await failure(client.chatList());
      expect(sent).toHaveLength(1);
      expect(waits).toEqual([]);
    }
  });

  it('does not resend a message after a 5xx (it may have gone out), but does after a 429', async () => {
    const five = makeClient([{ status: 500 }, { body: { result: 'success' } }]);
    expect((await failure(five.client.sendMessage({ chatId: 'c1', text: 'Hello' }))).kind).toBe('server');
    expect(five.sent).toHaveLength(1);
    const four = makeClient([{ status: 429, body: { code: 8 } }, { body: { result: 'success' } }]);
    await expect(four.client.sendMessage({ chatId: 'c1', text: 'Hello' })).resolves.toEqual({ result: 'success' });
    expect(four.sent).toHaveLength(2);
    expect(four.sent[1]!.body).toEqual({ chat_id: 'c1', text: 'Hello' });
  });

  it('refuses an empty or too long message without a request', async () => {
    const { client, sent } = makeClient([{ body: { result: 'success' } }]);
    expect((await failure(client.sendMessage({ chatId: 'c1', text: '' }))).kind).toBe('bad-request');
    expect((await failure(client.sendMessage({ chatId: 'c1', text: 'x'.repeat(1001) }))).kind).toBe('bad-request');
    await expect(client.sendMessage({ chatId: 'c1', text: '😀'.repeat(1000) })).resolves.toEqual({ result: 'success' });
    expect(sent).toHaveLength(1);
  });

  it('maps a closed window on chat start and send', async () => {
    const { client } = makeClient([{ status: 400, body: { code: 9, message: 'Chat access period has expired' } }]);
    expect((await failure(client.startChat({ postingNumber: '0128619512-0157-1' }))).kind).toBe('window-closed');
    expect((await failure(client.sendMessage({ chatId: 'c', text: 'hi' }))).kind).toBe('window-closed');
  });
});
