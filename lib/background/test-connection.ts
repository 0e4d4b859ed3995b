// "Test connection": asks /v1/seller/info for the subscription, then whether the chat methods answer.
import type { ConnectionReport } from '../messages';
import type { StoreRecord } from '../db/schema';

const API = 'https://api-seller.ozon.ru';

interface SellerInfoShape {
  company?: { name?: string };
  subscription?: { type?: string; is_premium?: boolean };
}

async function post(store: StoreRecord, path: string, body: unknown, fetchImpl: typeof fetch): Promise<Response> {
  return fetchImpl(`${API}${path}`, {
    method: 'POST',
    headers: { 'Client-Id': store.clientId, 'Api-Key': store.apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  let serverMessage = '';
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') serverMessage = body.message;
  } catch {
    // A body that is not JSON says nothing more than its status.
  }
  if (response.status === 404 && /api-key/i.test(serverMessage)) return { code: 'invalid-key', message: 'Invalid Client-Id or Api-Key' };
  if (response.status === 401) return { code: 'invalid-key', message: 'Invalid Client-Id or Api-Key' };
  if (response.status === 403) return { code: 'premium-required', message: 'The chat methods need Premium Plus or Premium Pro' };
  if (response.status === 429) return { code: 'rate-limited', message: 'Too many requests; try again in a minute' };
  return { code: response.status >= 500 ? 'server' : 'http', message: `Ozon answered ${response.status}` };
}

export async function testConnection(store: StoreRecord, fetchImpl: typeof fetch = fetch): Promise<ConnectionReport> {
  try {
    const info = await post(store, '/v1/seller/info', {}, fetchImpl);
    if (!info.ok) return { ok: false, chatApi: 'unknown', error: await errorOf(info) };
    const body = (await info.json()) as SellerInfoShape;
    const chats = await post(store, '/v3/chat/list', { limit: 1 }, fetchImpl);
    const chatApi = chats.ok ? 'available' : chats.status === 403 ? 'premium-required' : 'unknown';
    return {
      ok: true,
      sellerName: body.company?.name ?? '',
      subscription: body.subscription?.type ?? 'UNKNOWN',
      chatApi,
    };
  } catch {
    return { ok: false, chatApi: 'unknown', error: { code: 'network', message: 'Could not reach api-seller.ozon.ru' } };
  }
}
