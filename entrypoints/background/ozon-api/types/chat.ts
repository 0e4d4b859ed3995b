// The chat methods (/v3/chat/list, /v3/chat/history, /v1/chat/start, /v1/chat/send/message, /v2/chat/read).
import type { DecimalId } from './common';

export type ChatStatus = 'OPENED' | 'CLOSED' | 'UNSPECIFIED';
export type ChatStatusFilter = 'ALL' | 'OPENED' | 'CLOSED';

export interface ChatSummary {
  chatId: string;
  /** Upper-cased with underscores, e.g. 'BUYER_SELLER'; unknown types are kept as sent (upper-cased). */
  chatType: string;
  /** BUYER_SELLER or BUYER_SELLER_SELECT, in any case, with or without underscores. Unknown types: false. */
  isBuyerChat: boolean;
  chatStatus: ChatStatus;
  createdAt: string;
  firstUnreadMessageId?: DecimalId;
  lastMessageId?: DecimalId;
  unreadCount: number;
}

export interface ChatListPage {
  chats: ChatSummary[];
  totalUnreadCount: number;
  cursor: string;
  hasNext: boolean;
}

export interface ChatListRequest {
  chatStatus?: ChatStatusFilter;
  unreadOnly?: boolean;
  /** Page size, 1..100 (Ozon's default 30). */
  limit?: number;
  cursor?: string;
}

/** Who wrote a message. 'system' is anything Ozon did not document (and what we cannot tell apart). */
export type MessageAuthor = 'customer' | 'seller' | 'support' | 'courier' | 'crm' | 'notification' | 'chatbot' | 'system';

export interface ChatMessage {
  messageId: DecimalId;
  createdAt: string;
  author: MessageAuthor;
  /** `user.type` as Ozon sent it (e.g. 'Сustomer' with a Cyrillic С). */
  userType: string;
  userId: string;
  isRead: boolean;
  isImage: boolean;
  moderateImageStatus?: string;
  /** Markdown paragraphs as sent. Untrusted: render as text. */
  data: string[];
  /** `data` joined with newlines. */
  text: string;
  orderNumber?: string;
  sku?: DecimalId;
}

export interface ChatHistoryPage {
  messages: ChatMessage[];
  hasNext: boolean;
}

export type ChatHistoryRequest = {
  chatId: string;
  /** 1..1000 (Ozon's default 50). */
  limit?: number;
  messageIds?: DecimalId[];
} & (
  | { direction?: 'Backward'; fromMessageId?: DecimalId }
  /** Ozon requires a starting message when reading forward. */
  | { direction: 'Forward'; fromMessageId: DecimalId }
);

export interface StartChatRequest {
  postingNumber: string;
}

export interface StartChatResult {
  chatId: string;
}

export interface SendMessageRequest {
  chatId: string;
  /** Plain text, 1–1000 characters. */
  text: string;
}

export interface SendMessageResult {
  /** Ozon's `result`, "success" when sent. */
  result: string;
}

export interface ReadChatRequest {
  chatId: string;
  /** Marks this message and every earlier one as read; all when omitted. */
  fromMessageId?: DecimalId;
}

export interface ReadChatResult {
  unreadCount: number;
}
