// The live world both replicas serve: seeded data plus the changes the seller makes (chats started from the
// portal's Contact Customer button, sent messages, read marks). Filters follow portal.md §1.1.
import { FORBIDDEN_PAIRS } from './filters';
import { MESSAGE_ID_BASE } from './seed';
import { WorldError, type PortalFilter, type SeedChat, type SeedData, type SeedMessage, type SeedPosting, type World } from './types';

const WINDOW_MS = 30 * 24 * 3_600_000;
const MAX_TEXT = 1000;

export { FORBIDDEN_PAIRS };

export function forbiddenPair(filters: readonly PortalFilter[]): readonly [PortalFilter, PortalFilter] | undefined {
  return FORBIDDEN_PAIRS.find(([a, b]) => filters.includes(a) && filters.includes(b));
}

const isIncoming = (m: SeedMessage): boolean => m.author !== 'seller';

/** The customer-or-seller message that decides who is waiting for whom. */
function lastConversational(chat: SeedChat): SeedMessage | undefined {
  for (let i = chat.messages.length - 1; i >= 0; i--) {
    const m = chat.messages[i] as SeedMessage;
    if (m.author === 'customer' || m.author === 'seller') return m;
  }
  return undefined;
}

export function lastActivityMs(chat: SeedChat): number {
  const last = chat.messages[chat.messages.length - 1];
  return Date.parse(last ? last.createdAt : chat.createdAt);
}

/** A v4-shaped UUID from the clock and a counter: the world needs no randomness to stay deterministic. */
function newChatId(nowMs: number, n: number): string {
  const hex = (nowMs.toString(16) + n.toString(16).padStart(8, '0')).padStart(20, '0').slice(-20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${(n + 0x5eed00000000).toString(16).padStart(12, '0')}`;
}

export function createWorld(seed: SeedData, clock?: () => Date): World {
  // The world changes its data; a copy keeps the caller's seed (often shared by tests) untouched.
  const data: SeedData = structuredClone(seed);
  const startedAt = Date.now();
  const seededNow = Date.parse(data.now);
  // Default: the seed's `now`, advancing in real time, so new messages always come after the seeded ones.
  const now = clock ?? ((): Date => new Date(seededNow + (Date.now() - startedAt)));

  const chats = new Map(data.chats.map((c) => [c.chatId, c]));
  const postings = new Map(data.postings.map((p) => [p.postingNumber, p]));
  let lastMessageId = data.chats.reduce((max, c) => {
    const last = c.messages[c.messages.length - 1];
    return last && BigInt(last.messageId) > max ? BigInt(last.messageId) : max;
  }, MESSAGE_ID_BASE);
  let startedChats = 0;

  const nextMessageId = (ms: number): string => {
    const candidate = MESSAGE_ID_BASE + BigInt(ms) * 1000n;
    lastMessageId = candidate > lastMessageId ? candidate : lastMessageId + 1n;
    return lastMessageId.toString();
  };

  const unreadCount = (chat: SeedChat): number => chat.messages.reduce((n, m) => n + (isIncoming(m) && !m.isRead ? 1 : 0), 0);

  const chatsOf = (group: SeedChat['group']): SeedChat[] => {
    const since = now().getTime() - WINDOW_MS;
    return data.chats
      .filter((c) => c.group === group)
      .map((c) => ({ c, at: lastActivityMs(c) }))
      .filter(({ at }) => at >= since)
      .sort((a, b) => b.at - a.at)
      .map(({ c }) => c);
  };

  const matches = (chat: SeedChat, filter: PortalFilter): boolean => {
    switch (filter) {
      case 'without-my-reply':
        return lastConversational(chat)?.author === 'customer';
      case 'without-customer-reply':
        return lastConversational(chat)?.author === 'seller';
      case 'by-order':
        return chat.context?.kind === 'order';
      case 'by-products':
        return chat.context?.kind === 'product';
      case 'unread':
        return unreadCount(chat) > 0;
      case 'all':
        return true;
    }
  };

  const requireChat = (chatId: string): SeedChat => {
    const chat = chats.get(chatId);
    if (!chat) throw new WorldError('not-found', `chat ${chatId} not found`);
    return chat;
  };

  return {
    data,
    now,
    chat: (chatId) => chats.get(chatId),
    posting: (postingNumber) => postings.get(postingNumber),
    chatsOf,
    unreadCount,

    filterChats(filters) {
      const pair = forbiddenPair(filters);
      if (pair) throw new WorldError('bad-request', `filters ${pair[0]} and ${pair[1]} cannot be combined`);
      return chatsOf('customers_v2').filter((chat) => filters.every((f) => matches(chat, f)));
    },

    startChat(postingNumber) {
      const posting: SeedPosting | undefined = postings.get(postingNumber);
      if (!posting) throw new WorldError('not-found', `posting ${postingNumber} not found`);
      if (!posting.contact.eligible) throw new WorldError('not-eligible', `posting ${postingNumber}: ${posting.contact.reason ?? 'not eligible'}`);
      const existing = posting.chatId === null ? undefined : chats.get(posting.chatId);
      if (existing) return existing;
      const at = now();
      const chat: SeedChat = {
        chatId: newChatId(at.getTime(), ++startedChats),
        group: 'customers_v2',
        chatType: 'BUYER_SELLER',
        chatStatus: 'OPENED',
        senderName: posting.customerName,
        tag: 'customer',
        createdAt: at.toISOString(),
        context: { kind: 'order', orderNumber: posting.orderNumber, postingNumber: posting.postingNumber },
        messages: [],
        label: { verdict: 'none', reasons: [] },
      };
      data.chats.push(chat);
      chats.set(chat.chatId, chat);
      posting.chatId = chat.chatId;
      return chat;
    },

    sendSellerMessage(chatId, text) {
      const chat = requireChat(chatId);
      if (text.trim().length === 0 || [...text].length > MAX_TEXT) throw new WorldError('bad-request', `message text must be 1–${MAX_TEXT} characters`);
      if (chat.chatStatus === 'CLOSED') throw new WorldError('window-closed', `chat ${chatId} is closed`);
      const at = now();
      const message: SeedMessage = { messageId: nextMessageId(at.getTime()), createdAt: at.toISOString(), author: 'seller', text, isRead: false };
      chat.messages.push(message);
      return message;
    },

    receiveCustomerMessage(chatId, text) {
      const chat = requireChat(chatId);
      if (text.trim().length === 0 || [...text].length > MAX_TEXT) throw new WorldError('bad-request', `message text must be 1–${MAX_TEXT} characters`);
      const at = now();
      const message: SeedMessage = { messageId: nextMessageId(at.getTime()), createdAt: at.toISOString(), author: 'customer', text, isRead: false };
      chat.messages.push(message);
      return message;
    },

    markRead(chatId, upToMessageId) {
      const chat = requireChat(chatId);
      const limit = upToMessageId === undefined ? undefined : BigInt(upToMessageId);
      for (const m of chat.messages) {
        if (isIncoming(m) && (limit === undefined || BigInt(m.messageId) <= limit)) m.isRead = true;
      }
      return unreadCount(chat);
    },
  };
}
