// Ground truth for end-to-end tests, computed from the live world: what the extension should show after syncing
// from the API replica or reading the portal replica.
import type { SeedChat, SeedMessage, SeedPosting, World } from './types';

const BUYER_TYPES: ReadonlySet<SeedChat['chatType']> = new Set(['BUYER_SELLER', 'BUYER_SELLER_SELECT']);

/** Customer chats (group customers_v2, buyer chat types) whose last message is within the last 30 days. */
export function customerChats(world: World): SeedChat[] {
  return world.chatsOf('customers_v2').filter((chat) => BUYER_TYPES.has(chat.chatType));
}

/** The last message of the customer or the seller: who wrote it decides who is waiting. */
export function lastConversationalMessage(chat: SeedChat): SeedMessage | undefined {
  for (let i = chat.messages.length - 1; i >= 0; i--) {
    const m = chat.messages[i] as SeedMessage;
    if (m.author === 'customer' || m.author === 'seller') return m;
  }
  return undefined;
}

export interface UnansweredTruth {
  chatId: string;
  /** The customer's message the seller has not answered. */
  messageId: string;
  lastMessageAt: string;
  text: string;
  waitingMs: number;
  /** The order number, when the chat is about an order. */
  orderNumber?: string;
  /** The product's SKU, when the chat is about a product. */
  sku?: string;
}

/**
 * Customer chats within 30 days whose last customer-or-seller message is the customer's, longest waiting first
 * (ties by chat id). Waiting time is measured at `now` (default: the world's clock).
 */
export function unansweredChats(world: World, now: Date = world.now()): UnansweredTruth[] {
  const nowMs = now.getTime();
  const out: UnansweredTruth[] = [];
  for (const chat of customerChats(world)) {
    const last = lastConversationalMessage(chat);
    if (last?.author !== 'customer') continue;
    out.push({
      chatId: chat.chatId,
      messageId: last.messageId,
      lastMessageAt: last.createdAt,
      text: last.text,
      waitingMs: Math.max(0, nowMs - Date.parse(last.createdAt)),
      ...(chat.context?.kind === 'order' ? { orderNumber: chat.context.orderNumber } : {}),
      ...(chat.context?.kind === 'product' ? { sku: chat.context.sku } : {}),
    });
  }
  return out.sort((a, b) => b.waitingMs - a.waitingMs || (a.chatId < b.chatId ? -1 : a.chatId > b.chatId ? 1 : 0));
}

/** Customer chats within 30 days with unread incoming messages. */
export function unreadCustomerChats(world: World): SeedChat[] {
  return customerChats(world).filter((chat) => world.unreadCount(chat) > 0);
}

/** Postings whose Contact Customer button the portal shows (realFBS, not delivered or cancelled). */
export function contactablePostings(world: World): SeedPosting[] {
  return world.data.postings.filter((p) => p.contact.eligible);
}

/** The customer chat about a posting's order, if any (the link the extension makes through `context.order_number`). */
export function chatOfPosting(world: World, postingNumber: string): SeedChat | undefined {
  const posting = world.posting(postingNumber);
  if (posting === undefined) return undefined;
  if (posting.chatId !== null) return world.chat(posting.chatId);
  return world.data.chats.find((c) => c.context?.kind === 'order' && c.context.postingNumber === postingNumber);
}
