// A chat's facts from the cache, and the actions the Seller API allows on it: start, send, mark read.
import type { ChatMeta, RequestOf } from '../../../lib/protocol/messages';
import type { StoreRecord } from '../db/schema';
import { getStore, listStores } from '../db/repo';
import type { HandlerContext } from '../context';
import { HandledError } from '../errors';
import { textsOf } from '../../../lib/i18n';

const BUYER_TYPES = new Set(['BUYER_SELLER', 'BUYER_SELLER_SELECT']);

export async function getChatMeta({ db, now }: HandlerContext, request: RequestOf<'getChatMeta'>): Promise<Record<string, ChatMeta>> {
  const stores = await listStores(db);
  const result: Record<string, ChatMeta> = {};
  for (const chatId of request.chatIds) {
    for (const store of stores) {
      const chat = await db.get('chats', [store.id, chatId]);
      if (!chat) continue;
      result[chatId] = {
        chatId,
        storeId: store.id,
        chatType: chat.chatType,
        isBuyerChat: BUYER_TYPES.has(chat.chatType.toUpperCase()),
        lastAuthor: chat.lastAuthor,
        ...(chat.orderNumber ? { orderNumber: chat.orderNumber } : {}),
        ...(chat.sku ? { sku: chat.sku } : {}),
        ...(chat.lastAuthor === 'customer' && chat.lastMessageAt ? { waitingMs: Math.max(0, now() - Date.parse(chat.lastMessageAt)) } : {}),
      };
      break;
    }
  }
  return result;
}

/** The store an action goes to: the one asked for, else the one that knows the chat/posting, else the only API store. */
async function storeFor(ctx: HandlerContext, storeId: string | undefined, hint?: { chatId?: string; postingNumber?: string }): Promise<StoreRecord> {
  const { db } = ctx;
  if (storeId) {
    const store = await getStore(db, storeId);
    if (!store) throw new HandledError('not-found', textsOf('errorNoSuchStore'));
    return store;
  }
  const stores = (await listStores(db)).filter((s) => s.mode !== 'dom-only');
  for (const store of stores) {
    if (hint?.chatId && (await db.get('chats', [store.id, hint.chatId]))) return store;
    if (hint?.postingNumber && (await db.get('postings', [store.id, hint.postingNumber]))) return store;
  }
  const api = stores.filter((s) => s.mode === 'api');
  const only = api.length === 1 ? api[0] : stores.length === 1 ? stores[0] : undefined;
  if (only) return only;
  throw new HandledError('no-store', textsOf(stores.length ? 'errorChooseStore' : 'errorNoApiStore'));
}

export async function startChat(ctx: HandlerContext, request: RequestOf<'startChat'>): Promise<{ chatId: string }> {
  const store = await storeFor(ctx, request.storeId, { postingNumber: request.postingNumber });
  return { chatId: await ctx.deps.apiFor(store).startChat(request.postingNumber) };
}

const LAST_SENT_PREFIX = 'lastSent:';

/** Ozon limits sellers who repeat answers: the same text to the same chat twice in a row is refused. */
export async function sendMessage(ctx: HandlerContext, request: RequestOf<'sendMessage'>): Promise<{ sent: true }> {
  const text = request.text.trim();
  if (!text) throw new HandledError('bad-request', textsOf('errorMessageEmpty'), 'text');
  const store = await storeFor(ctx, request.storeId, { chatId: request.chatId });
  const key = `${LAST_SENT_PREFIX}${store.id}:${request.chatId}`;
  if ((await ctx.db.get('syncState', key)) === text) {
    throw new HandledError('duplicate-message', textsOf('errorDuplicateMessage'), 'text');
  }
  await ctx.deps.apiFor(store).sendMessage(request.chatId, text);
  await ctx.db.put('syncState', text, key);
  return { sent: true };
}

export async function markRead(ctx: HandlerContext, request: RequestOf<'markRead'>): Promise<{ unreadCount: number }> {
  const store = await storeFor(ctx, request.storeId, { chatId: request.chatId });
  const chat = await ctx.db.get('chats', [store.id, request.chatId]);
  const unreadCount = await ctx.deps.apiFor(store).markRead(request.chatId, chat?.lastMessageId || undefined);
  if (chat) await ctx.db.put('chats', { ...chat, unreadCount });
  ctx.deps.onDataChanged?.();
  return { unreadCount };
}
