// A background router over a fresh database and a scripted Seller API (one store's worth), for the router's tests.
import { createRouter } from '@/entrypoints/background/router';
import type { RouterDeps } from '@/entrypoints/background/context';
import type { StoreApi } from '@/entrypoints/background/store-api';
import { createSyncRunner } from '@/entrypoints/background/sync-runner';
import { openSidekickDb } from '@/entrypoints/background/db/open';
import type { ConnectionReport } from '@/lib/protocol/messages';
import type { ApiPosting, ChatSource } from '@/entrypoints/background/sync/source';

export class FakeApiError extends Error {
  constructor(
    readonly kind: string,
    readonly text = { en: `failed: ${kind}`, ru: `ошибка: ${kind}`, zh: `失败：${kind}` },
  ) {
    super(text.en);
  }
}

export const NOW = Date.parse('2026-11-25T12:00:00Z');

export function fakeSource(): ChatSource {
  return {
    listChats: async () => ({
      chats: [
        { chatId: 'c1', chatType: 'BUYER_SELLER', isBuyerChat: true, chatStatus: 'OPENED', createdAt: '2026-11-20T10:00:00Z', lastMessageId: '11', unreadCount: 1 },
        { chatId: 'c2', chatType: 'BUYER_SELLER', isBuyerChat: true, chatStatus: 'OPENED', createdAt: '2026-11-20T10:00:00Z', lastMessageId: '21', unreadCount: 0 },
        { chatId: 'c3', chatType: 'SELLER_SUPPORT', isBuyerChat: false, chatStatus: 'OPENED', createdAt: '2026-11-20T10:00:00Z', lastMessageId: '31', unreadCount: 0 },
      ],
      cursor: '',
      hasNext: false,
    }),
    newMessages: async (chatId) =>
      chatId === 'c1'
        ? [{ messageId: '11', createdAt: '2026-11-25T09:00:00Z', author: 'customer', text: 'Where is my order?\nThanks', orderNumber: '0128619527-0157' }]
        : [{ messageId: '21', createdAt: '2026-11-25T08:00:00Z', author: 'seller', text: 'Shipped today' }],
    postingsByOrders: async (): Promise<ApiPosting[]> => [
      { postingNumber: '0128619527-0157-1', orderNumber: '0128619527-0157', status: 'delivering', tplIntegrationType: 'non_integrated', availableActions: [], customerName: 'Anna' },
    ],
  };
}

export interface Calls {
  listed: number;
  started: string[];
  sent: [string, string][];
}

export function setup(opts: { report?: ConnectionReport; fail?: string } = {}) {
  const dbp = openSidekickDb(undefined, `router-${Math.random()}`);
  let ids = 0;
  const calls: Calls = { listed: 0, started: [], sent: [] };
  const api: StoreApi = {
    testConnection: async () => {
      if (opts.fail) throw new FakeApiError(opts.fail);
      return opts.report ?? { ok: true, sellerName: 'Shop', subscription: 'PREMIUM_PLUS', chatApi: 'available' };
    },
    chatSource: () => {
      if (opts.fail) {
        const failing = fakeSource();
        failing.listChats = async () => {
          calls.listed++;
          throw new FakeApiError(opts.fail!);
        };
        return failing;
      }
      return fakeSource();
    },
    startChat: async (posting) => {
      calls.started.push(posting);
      return 'chat-from-' + posting.replace(/\D/g, '');
    },
    sendMessage: async (chatId, text) => {
      calls.sent.push([chatId, text]);
    },
    markRead: async () => 0,
    postings: async (numbers) =>
      numbers.map((n, i) => ({
        postingNumber: n,
        orderNumber: n.split('-').slice(0, 2).join('-'),
        status: ['awaiting_packaging', 'delivered', 'delivering'][i % 3]!,
        tplIntegrationType: i === 2 ? 'ozon' : 'non_integrated',
        availableActions: [],
      })),
  };
  const db = () => dbp;
  const sync = createSyncRunner({ db, apiFor: () => api, now: () => NOW });
  const deps: RouterDeps = { db, apiFor: () => api, sync, version: '1.0.0', now: () => NOW, newId: () => `store-${++ids}` };
  return { route: createRouter(deps), dbp, calls };
}
