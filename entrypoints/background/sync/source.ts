// What the sync needs of the Seller API, narrowed to three questions. sync/ozon-source.ts answers them with the
// real client; tests answer them with a fake.

export type Author = 'customer' | 'seller' | 'support' | 'system';

export interface ApiChatSummary {
  chatId: string;
  chatType: string;
  isBuyerChat: boolean;
  chatStatus: string;
  createdAt: string;
  lastMessageId: string;
  unreadCount: number;
}

export interface ApiMessage {
  messageId: string;
  createdAt: string;
  author: Author;
  text: string;
  orderNumber?: string;
  sku?: string;
}

export interface ApiPosting {
  postingNumber: string;
  orderNumber: string;
  status: string;
  tplIntegrationType: string;
  availableActions: string[];
  customerName?: string;
}

export interface ChatSource {
  listChats(cursor: string | undefined): Promise<{ chats: ApiChatSummary[]; cursor: string; hasNext: boolean }>;
  /** Messages newer than `afterMessageId` (the latest few when null), oldest first. */
  newMessages(chatId: string, afterMessageId: string | null): Promise<ApiMessage[]>;
  postingsByOrders(orderNumbers: string[]): Promise<ApiPosting[]>;
}
