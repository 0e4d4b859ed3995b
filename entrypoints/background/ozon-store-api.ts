// The background's StoreApi over the real Seller API client. One client per store, cached while the credentials
// stay the same; the client shares its rate limit per Client-Id.
import { createOzonClient, isOzonApiError, type OzonClient } from './ozon-api';
import type { ConnectionReport } from '../../lib/protocol/messages';
import type { StoreRecord } from './db/schema';
import { createOzonChatSource, toApiPosting } from './sync/ozon-source';
import type { ApiPosting } from './sync/source';
import type { StoreApi, StoreApiFactory } from './store-api';

async function testConnection(client: OzonClient): Promise<ConnectionReport> {
  const info = await client.sellerInfo();
  let chatApi: ConnectionReport['chatApi'] = 'unknown';
  try {
    await client.chatList({ limit: 1 });
    chatApi = 'available';
  } catch (error) {
    if (isOzonApiError(error) && error.kind === 'premium-required') chatApi = 'premium-required';
    else throw error;
  }
  return { ok: true, sellerName: info.companyName, subscription: info.subscription.raw || info.subscription.type, chatApi };
}

export function storeApiOf(client: OzonClient): StoreApi {
  return {
    testConnection: () => testConnection(client),
    chatSource: () => createOzonChatSource(client),
    startChat: async (postingNumber) => (await client.startChat({ postingNumber })).chatId,
    sendMessage: async (chatId, text) => {
      await client.sendMessage({ chatId, text });
    },
    markRead: async (chatId, lastMessageId) => (await client.readChat({ chatId, ...(lastMessageId ? { fromMessageId: lastMessageId } : {}) })).unreadCount,
    postings: async (postingNumbers) => {
      const found: ApiPosting[] = [];
      for (const postingNumber of postingNumbers) {
        try {
          found.push(toApiPosting(await client.getPosting({ postingNumber })));
        } catch (error) {
          if (isOzonApiError(error) && error.kind === 'not-found') continue;
          throw error;
        }
      }
      return found;
    },
  };
}

export function createStoreApiFactory(options: { baseUrl?: string } = {}): StoreApiFactory {
  const cache = new Map<string, { key: string; api: StoreApi }>();
  return (store: StoreRecord) => {
    const key = `${store.clientId}\u0000${store.apiKey}`;
    const hit = cache.get(store.id);
    if (hit && hit.key === key) return hit.api;
    const api = storeApiOf(createOzonClient({ clientId: store.clientId, apiKey: store.apiKey, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) }));
    cache.set(store.id, { key, api });
    return api;
  };
}
