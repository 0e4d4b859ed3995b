// Response schemas of the chat methods, normalised to the client's types.
import * as v from 'valibot';
import { authorOf, canonicalChatType, chatStatusOf, isBuyerChatType } from '../enums';
import type { ChatHistoryPage, ChatListPage, ChatMessage, ChatSummary, ReadChatResult, SendMessageResult, StartChatResult } from '../types';
import { CountSchema, FlagSchema, IdSchema, OptionalIdSchema, StringListSchema, TextSchema } from './common';

const ChatDetailsSchema = v.object({
  chat_id: v.nullish(v.string()),
  chat_status: v.nullish(v.string()),
  chat_type: v.nullish(v.string()),
  created_at: v.nullish(v.string()),
});

/** v3 nests the chat in `chat`; older/other answers were flat. Both are read; the nested one wins. */
const ChatInfoSchema = v.pipe(
  v.object({
    ...ChatDetailsSchema.entries,
    chat: v.nullish(ChatDetailsSchema),
    first_unread_message_id: OptionalIdSchema,
    last_message_id: OptionalIdSchema,
    unread_count: CountSchema,
  }),
  v.check((item) => Boolean(item.chat?.chat_id ?? item.chat_id), 'A chat without chat_id'),
  v.transform((item): ChatSummary => {
    const details = item.chat ?? item;
    const chatType = details.chat_type ?? item.chat_type;
    return {
      chatId: (item.chat?.chat_id ?? item.chat_id) as string,
      chatType: canonicalChatType(chatType),
      isBuyerChat: isBuyerChatType(chatType),
      chatStatus: chatStatusOf(details.chat_status ?? item.chat_status),
      createdAt: details.created_at ?? item.created_at ?? '',
      ...(item.first_unread_message_id ? { firstUnreadMessageId: item.first_unread_message_id } : {}),
      ...(item.last_message_id ? { lastMessageId: item.last_message_id } : {}),
      unreadCount: item.unread_count,
    };
  }),
);

export const ChatListResponseSchema = v.pipe(
  v.object({
    chats: v.nullish(v.array(ChatInfoSchema)),
    total_unread_count: CountSchema,
    cursor: TextSchema,
    has_next: FlagSchema,
  }),
  v.transform(
    (r): ChatListPage => ({ chats: r.chats ?? [], totalUnreadCount: r.total_unread_count, cursor: r.cursor, hasNext: r.has_next }),
  ),
);

const ChatMessageSchema = v.pipe(
  v.object({
    message_id: IdSchema,
    created_at: TextSchema,
    is_read: FlagSchema,
    is_image: FlagSchema,
    moderate_image_status: v.nullish(v.string()),
    data: StringListSchema,
    context: v.nullish(v.object({ order_number: v.nullish(v.string()), sku: OptionalIdSchema })),
    user: v.nullish(v.object({ id: v.nullish(v.union([v.string(), v.number()])), type: v.nullish(v.string()) })),
  }),
  v.transform((m): ChatMessage => {
    const userType = m.user?.type ?? '';
    const orderNumber = m.context?.order_number;
    const sku = m.context?.sku;
    return {
      messageId: m.message_id,
      createdAt: m.created_at,
      author: authorOf(userType),
      userType,
      userId: m.user?.id === null || m.user?.id === undefined ? '' : String(m.user.id),
      isRead: m.is_read,
      isImage: m.is_image,
      ...(m.moderate_image_status ? { moderateImageStatus: m.moderate_image_status } : {}),
      data: m.data,
      text: m.data.join('\n'),
      ...(orderNumber ? { orderNumber } : {}),
      ...(sku ? { sku } : {}),
    };
  }),
);

export const ChatHistoryResponseSchema = v.pipe(
  v.object({ has_next: FlagSchema, messages: v.nullish(v.array(ChatMessageSchema)) }),
  v.transform((r): ChatHistoryPage => ({ messages: r.messages ?? [], hasNext: r.has_next })),
);

export const ChatStartResponseSchema = v.pipe(
  v.object({ result: v.object({ chat_id: v.pipe(v.string(), v.minLength(1)) }) }),
  v.transform((r): StartChatResult => ({ chatId: r.result.chat_id })),
);

export const SendMessageResponseSchema = v.pipe(
  v.object({ result: v.string() }),
  v.transform((r): SendMessageResult => ({ result: r.result })),
);

export const ChatReadResponseSchema = v.pipe(
  v.object({ unread_count: CountSchema }),
  v.transform((r): ReadChatResult => ({ unreadCount: r.unread_count })),
);
