// Unanswered customer chats: the last message is the customer's; waiting time = now − that message's time.
import type { ChatRecord, PostingRecord } from '../db/schema';
import { CHAT_RETENTION_MS } from './run';

export interface UnansweredChat {
  storeId: string;
  chatId: string;
  waitingMs: number;
  lastMessageAt: string;
  lastMessageText: string;
  orderNumber?: string;
  sku?: string;
  customerName?: string;
}

export function isUnanswered(chat: ChatRecord, now: number): boolean {
  if (chat.lastAuthor !== 'customer' || !chat.lastMessageAt) return false;
  return now - Date.parse(chat.lastMessageAt) <= CHAT_RETENTION_MS;
}

/** Longest waiting first; ties by chat id so the order is stable. */
export function unansweredChats(
  chats: readonly ChatRecord[],
  now: number,
  postingOf: (chat: ChatRecord) => PostingRecord | undefined = () => undefined,
): UnansweredChat[] {
  return chats
    .filter((chat) => isUnanswered(chat, now))
    .map((chat) => {
      const customerName = postingOf(chat)?.customerName;
      return {
        storeId: chat.storeId,
        chatId: chat.chatId,
        waitingMs: Math.max(0, now - Date.parse(chat.lastMessageAt!)),
        lastMessageAt: chat.lastMessageAt!,
        lastMessageText: chat.lastMessageText ?? '',
        ...(chat.orderNumber ? { orderNumber: chat.orderNumber } : {}),
        ...(chat.sku ? { sku: chat.sku } : {}),
        ...(customerName ? { customerName } : {}),
      };
    })
    .sort((a, b) => b.waitingMs - a.waitingMs || a.chatId.localeCompare(b.chatId));
}

/** "3 h 12 min" / "3 ч 12 мин". */
export function formatWaiting(ms: number, lang: 'en' | 'ru'): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const u = lang === 'ru' ? { d: 'д', h: 'ч', m: 'мин' } : { d: 'd', h: 'h', m: 'min' };
  if (days) return `${days} ${u.d} ${hours} ${u.h}`;
  if (hours) return `${hours} ${u.h} ${mins} ${u.m}`;
  return `${mins} ${u.m}`;
}
