// SeedChat / SeedMessage → the JSON Ozon's v3 chat methods send. Ids are LosslessNumber so the 19-digit
// uint64 values go out as JSON numbers with every digit, as Ozon sends them.
import { LosslessNumber } from 'lossless-json';
import type { MessageAuthor, SeedChat, SeedMessage, World } from '../data/types';
import { derivedId, hash32 } from './derive';

const uint64 = (decimal: string): LosslessNumber => new LosslessNumber(decimal);

/** Ozon's own examples spell the customer with a Cyrillic «С» (U+0421); about a third of the chats do too. */
export function spellsCustomerInCyrillic(chat: SeedChat): boolean {
  return hash32(chat.chatId) % 3 === 0;
}

function userType(chat: SeedChat, author: MessageAuthor): string {
  switch (author) {
    case 'customer':
      return spellsCustomerInCyrillic(chat) ? '\u0421ustomer' : 'Customer';
    case 'seller':
      return 'Seller';
    case 'support':
      return 'Support';
    case 'notification':
      return 'NotificationUser';
    case 'crm':
      return 'Crm';
    case 'chatbot':
      return 'ChatBot';
  }
}

function userId(world: World, chat: SeedChat, author: MessageAuthor): string {
  if (author === 'seller') return world.data.seller.clientId;
  if (author === 'customer') return derivedId(`customer:${chat.chatId}`, 9);
  return '0';
}

function contextOf(world: World, chat: SeedChat): { order_number: string; sku: string } | undefined {
  const context = chat.context;
  if (context === null) return undefined;
  if (context.kind === 'product') return { order_number: '', sku: context.sku };
  const posting = world.posting(context.postingNumber);
  return { order_number: context.orderNumber, sku: posting?.products[0]?.sku ?? '' };
}

export function messageJson(world: World, chat: SeedChat, message: SeedMessage): Record<string, unknown> {
  const context = message.author === 'customer' ? contextOf(world, chat) : undefined;
  return {
    message_id: uint64(message.messageId),
    user: { id: userId(world, chat, message.author), type: userType(chat, message.author) },
    created_at: message.createdAt,
    is_read: message.isRead,
    data: [message.text],
    is_image: false,
    ...(context === undefined ? {} : { context }),
  };
}

/** Incoming messages the seller has not read yet, oldest first. */
export function unreadIncoming(chat: SeedChat): SeedMessage[] {
  return chat.messages.filter((m) => !m.isRead && m.author !== 'seller');
}

export function chatInfoJson(world: World, chat: SeedChat): Record<string, unknown> {
  const last = chat.messages[chat.messages.length - 1];
  const firstUnread = unreadIncoming(chat)[0];
  return {
    chat: {
      chat_id: chat.chatId,
      chat_status: chat.chatStatus,
      chat_type: chat.chatType,
      created_at: chat.createdAt,
    },
    first_unread_message_id: uint64(firstUnread?.messageId ?? '0'),
    last_message_id: uint64(last?.messageId ?? '0'),
    unread_count: world.unreadCount(chat),
  };
}

/** When the chat last had activity (its last message, else its creation), for ordering the list. */
export function lastActivity(chat: SeedChat): number {
  const last = chat.messages[chat.messages.length - 1];
  return Date.parse(last?.createdAt ?? chat.createdAt);
}
