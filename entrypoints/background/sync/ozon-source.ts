// The sync's view of the Seller API (ChatSource), answered by the real client.
import type { ChatMessage, MessageAuthor, OzonClient, Posting } from '../ozon-api';
import type { ApiChatSummary, ApiMessage, ApiPosting, Author, ChatSource } from './source';

export interface OzonChatSourceOptions {
  /** Chats asked per list request (1..100); default 100, the fewest requests. */
  chatPageSize?: number;
  /** Messages read from a chat seen for the first time; default 30 (what the sync keeps per chat). */
  latestMessages?: number;
  /** Messages per history request when reading forward; default 100. */
  historyPageSize?: number;
}

/** The sync tells apart only who may need an answer: courier, CRM, notification and bot messages are 'system'. */
function authorFor(author: MessageAuthor): Author {
  return author === 'customer' || author === 'seller' || author === 'support' ? author : 'system';
}

function toApiMessage(m: ChatMessage): ApiMessage {
  return {
    messageId: m.messageId,
    createdAt: m.createdAt,
    author: authorFor(m.author),
    text: m.text,
    ...(m.orderNumber ? { orderNumber: m.orderNumber } : {}),
    ...(m.sku ? { sku: m.sku } : {}),
  };
}

/** A shipment as the background caches it; the customer's name from the customer block, else the addressee. */
export function toApiPosting(p: Posting): ApiPosting {
  const customerName = p.customer?.name || p.addresseeName;
  return {
    postingNumber: p.postingNumber,
    orderNumber: p.orderNumber,
    status: p.status,
    tplIntegrationType: p.tplIntegrationType,
    availableActions: p.availableActions,
    ...(customerName ? { customerName } : {}),
  };
}

export function createOzonChatSource(client: OzonClient, opts: OzonChatSourceOptions = {}): ChatSource {
  const chatPageSize = opts.chatPageSize ?? 100;
  return {
    async listChats(cursor) {
      // Every chat type is listed (the filter has no type); isBuyerChat marks BUYER_SELLER / BUYER_SELLER_SELECT.
      const page = await client.chatList({ limit: chatPageSize, ...(cursor ? { cursor } : {}) });
      const chats: ApiChatSummary[] = page.chats.map((c) => ({
        chatId: c.chatId,
        chatType: c.chatType,
        isBuyerChat: c.isBuyerChat,
        chatStatus: c.chatStatus,
        createdAt: c.createdAt,
        lastMessageId: c.lastMessageId ?? '',
        unreadCount: c.unreadCount,
      }));
      return { chats, cursor: page.cursor, hasNext: page.hasNext };
    },

    async newMessages(chatId, afterMessageId) {
      const out: ApiMessage[] = [];
      const pages = client.historySince(chatId, afterMessageId, {
        ...(opts.latestMessages !== undefined ? { latest: opts.latestMessages } : {}),
        ...(opts.historyPageSize !== undefined ? { pageSize: opts.historyPageSize } : {}),
      });
      for await (const page of pages) out.push(...page.map(toApiMessage));
      return out;
    },

    async postingsByOrders(orderNumbers) {
      if (orderNumbers.length === 0) return [];
      return (await client.postingsByOrderNumbers(orderNumbers)).map(toApiPosting);
    },
  };
}
