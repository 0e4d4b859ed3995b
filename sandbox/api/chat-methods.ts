// The chat methods: /v3/chat/list, /v3/chat/history, /v1/chat/start, /v1/chat/send/message, /v2/chat/read.
import type { SeedChat, SeedMessage, World } from '../data/types';
import { chatInfoJson, lastActivity, messageJson } from './chat-json';
import { decodeCursor, pageAfter, sortByKey } from './cursor';
import { badRequest, failedPrecondition, notFound } from './errors';
import type { ApiMethod } from './method';
import { postingOfBody, worldCall } from './method';
import { limitOf, optBool, optInt64, optInt64Array, optObject, optString, reqString } from './request-fields';

/** Every chat the seller has, all groups (support and notification channels too, and chats older than 30 days). */
export function allChats(world: World): SeedChat[] {
  return [...world.data.chats];
}

function chatOrThrow(world: World, chatId: string): SeedChat {
  const chat = world.chat(chatId);
  if (chat === undefined) throw notFound(`chat ${chatId} not found`);
  return chat;
}

/** Sort key: last activity, then the last message id (ids grow with time), then the chat id. */
const chatKey = (chat: SeedChat): { t: number; id: string } => ({
  t: lastActivity(chat),
  id: `${(chat.messages[chat.messages.length - 1]?.messageId ?? '0').padStart(20, '0')}:${chat.chatId}`,
});

export const chatList: ApiMethod = {
  path: '/v3/chat/list',
  chat: true,
  handle({ world, body }) {
    const filter = optObject(body, 'filter');
    const status = optString(filter, 'chat_status') ?? 'ALL';
    if (!['ALL', 'OPENED', 'CLOSED'].includes(status)) throw badRequest(`filter.chat_status: invalid value "${status}"`);
    const unreadOnly = optBool(filter, 'unread_only') ?? false;
    const limit = limitOf(body, 100);
    const after = decodeCursor(optString(body, 'cursor'), 'chat-list');

    const matching = allChats(world).filter(
      (chat) => (status === 'ALL' || chat.chatStatus === status) && (!unreadOnly || world.unreadCount(chat) > 0),
    );
    const sorted = sortByKey(matching, chatKey, 'desc');
    const { page, hasNext, cursor } = pageAfter(sorted, chatKey, after, limit, 'desc', 'chat-list');
    return {
      chats: page.map((chat) => chatInfoJson(world, chat)),
      total_unread_count: matching.reduce((sum, chat) => sum + world.unreadCount(chat), 0),
      cursor,
      has_next: hasNext,
    };
  },
};

const compareIds = (a: string, b: string): number => {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Messages in `direction` after `fromId`: Forward gives only newer messages, Backward only older ones. The spec
 * says "the message to start the output from"; whether it is itself included is not documented, and the replica
 * leaves it out, so a client that stores the last id it saw and asks for what came next gets only new messages.
 */
function messagesFrom(messages: readonly SeedMessage[], fromId: string | undefined, direction: 'Forward' | 'Backward'): SeedMessage[] {
  const ordered = direction === 'Forward' ? [...messages] : [...messages].reverse();
  if (fromId === undefined) return ordered;
  return ordered.filter((m) => (direction === 'Forward' ? compareIds(m.messageId, fromId) > 0 : compareIds(m.messageId, fromId) < 0));
}

/** proto3 has no "unset" for scalars: 0 is the default value, read as absent. */
const nonZero = (id: string | undefined): string | undefined => (id === undefined || id === '0' ? undefined : id);

export const chatHistory: ApiMethod = {
  path: '/v3/chat/history',
  chat: true,
  handle({ world, body }) {
    const chat = chatOrThrow(world, reqString(body, 'chat_id'));
    const direction = optString(body, 'direction') ?? 'Backward';
    if (direction !== 'Forward' && direction !== 'Backward') throw badRequest(`direction: invalid value "${direction}"`);
    const fromId = nonZero(optInt64(body, 'from_message_id'));
    if (direction === 'Forward' && fromId === undefined) throw badRequest('from_message_id: is required when direction is Forward');
    const limit = limitOf(body, 1000, 50);
    // The spec types these as strings; protobuf JSON reads quoted and bare numbers alike, so both are taken.
    const wanted = optInt64Array(optObject(body, 'filter'), 'message_ids');
    if (wanted?.some((id) => id.startsWith('-'))) throw badRequest('filter.message_ids: must be uint64 values');

    const visible = wanted === undefined ? chat.messages : chat.messages.filter((m) => wanted.includes(m.messageId));
    const rest = messagesFrom(visible, fromId, direction);
    return {
      has_next: rest.length > limit,
      messages: rest.slice(0, limit).map((m) => messageJson(world, chat, m)),
    };
  },
};

export const chatStart: ApiMethod = {
  path: '/v1/chat/start',
  chat: true,
  handle(ctx) {
    const posting = postingOfBody(ctx);
    const postingNumber = posting.postingNumber;
    if (!posting.availableActions.includes('can_create_chat')) {
      throw failedPrecondition(`chat cannot be started for posting ${postingNumber} (status ${posting.status}): the posting has no can_create_chat action`);
    }
    const chat = worldCall(() => ctx.world.startChat(postingNumber));
    return { result: { chat_id: chat.chatId } };
  },
};

const MAX_TEXT = 1000;
/** System channels nobody can write to. */
const READ_ONLY_TYPES = new Set(['SELLER_API_UPDATES', 'SELLER_NOTIFICATION_LOGISTICS', 'UNSPECIFIED']);

const HOUR_MS = 3_600_000;

/**
 * seller-api.md §1.4: for an FBS/rFBS order the seller may write until 72 h after delivery; after that only replies
 * within 48 h of the customer's last message. Other chats are not limited here.
 */
export function sendWindowClosed(world: World, chat: SeedChat): boolean {
  if (chat.context?.kind !== 'order') return false;
  const posting = world.posting(chat.context.postingNumber);
  if (posting?.deliveredAt == null) return false;
  const now = world.now().getTime();
  if (now <= Date.parse(posting.deliveredAt) + 72 * HOUR_MS) return false;
  const lastCustomer = [...chat.messages].reverse().find((m) => m.author === 'customer');
  return lastCustomer === undefined || now > Date.parse(lastCustomer.createdAt) + 48 * HOUR_MS;
}

export const chatSendMessage: ApiMethod = {
  path: '/v1/chat/send/message',
  chat: true,
  handle({ world, body, sendWindows }) {
    const chat = chatOrThrow(world, reqString(body, 'chat_id'));
    const text = optString(body, 'text') ?? '';
    // Characters, not UTF-16 units: an emoji counts once.
    const length = [...text].length;
    if (length < 1 || length > MAX_TEXT) throw badRequest(`text: must be from 1 to ${MAX_TEXT} characters, got ${length}`);
    if (READ_ONLY_TYPES.has(chat.chatType)) throw failedPrecondition(`chat ${chat.chatId} of type ${chat.chatType} does not accept messages`);
    // The wording clients look for (practice): "access period has expired".
    if (sendWindows === true && sendWindowClosed(world, chat)) throw failedPrecondition(`access period has expired for chat ${chat.chatId}`);
    worldCall(() => world.sendSellerMessage(chat.chatId, text));
    return { result: 'success' };
  },
};

export const chatRead: ApiMethod = {
  path: '/v2/chat/read',
  chat: true,
  handle({ world, body }) {
    const chat = chatOrThrow(world, reqString(body, 'chat_id'));
    const fromId = nonZero(optInt64(body, 'from_message_id'));
    if (fromId !== undefined && !chat.messages.some((m) => m.messageId === fromId)) {
      throw notFound(`message ${fromId} not found in chat ${chat.chatId}`);
    }
    const unread = worldCall(() => world.markRead(chat.chatId, fromId));
    return { unread_count: unread };
  },
};
