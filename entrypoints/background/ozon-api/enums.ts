// Ozon spells its enums several ways (BUYER_SELLER, Buyer_Seller, "Сustomer" with a Cyrillic С in its own docs),
// and adds values without notice. These map what arrives to a closed set, unknown values to the safe side.
import type { ChatStatus, MessageAuthor, SubscriptionType } from './types';

/** Cyrillic letters that look like Latin ones, as they slip into Ozon's enum values. */
const LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', У: 'Y',
  а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', к: 'k', м: 'm', т: 't', н: 'h', в: 'b',
};

/** Upper case, Cyrillic lookalikes folded, spaces/hyphens/underscores removed: "Buyer_Seller" → "BUYERSELLER". */
export function enumKey(value: string): string {
  const folded = value.replace(/[А-Яа-я]/g, (ch) => LOOKALIKES[ch] ?? ch);
  return folded.toUpperCase().replace(/[\s_-]+/g, '');
}

/** The canonical spelling for display and storage: "Buyer_Seller" → "BUYER_SELLER". */
export function canonicalChatType(raw: string | null | undefined): string {
  const value = (raw ?? '').trim();
  if (!value) return 'UNSPECIFIED';
  return value.replace(/[А-Яа-я]/g, (ch) => LOOKALIKES[ch] ?? ch).toUpperCase();
}

const BUYER_CHAT_KEYS: ReadonlySet<string> = new Set(['BUYERSELLER', 'BUYERSELLERSELECT']);

export function isBuyerChatType(raw: string | null | undefined): boolean {
  return BUYER_CHAT_KEYS.has(enumKey(raw ?? ''));
}

export function chatStatusOf(raw: string | null | undefined): ChatStatus {
  const key = enumKey(raw ?? '');
  if (key === 'OPENED' || key === 'OPEN') return 'OPENED';
  if (key === 'CLOSED') return 'CLOSED';
  return 'UNSPECIFIED';
}

const AUTHORS: Record<string, MessageAuthor> = {
  CUSTOMER: 'customer',
  SELLER: 'seller',
  SUPPORT: 'support',
  COURIER: 'courier',
  CRM: 'crm',
  NOTIFICATIONUSER: 'notification',
  NOTIFICATION: 'notification',
  CHATBOT: 'chatbot',
};

/** `user.type` → author; "Сustomer" (Cyrillic С) is a customer, anything undocumented is 'system'. */
export function authorOf(raw: string | null | undefined): MessageAuthor {
  return AUTHORS[enumKey(raw ?? '')] ?? 'system';
}

const SUBSCRIPTIONS: readonly SubscriptionType[] = ['UNKNOWN', 'UNSPECIFIED', 'PREMIUM', 'PREMIUM_LITE', 'PREMIUM_PLUS', 'PREMIUM_PRO'];

export function subscriptionOf(raw: string | null | undefined): SubscriptionType {
  const key = enumKey(raw ?? '');
  return SUBSCRIPTIONS.find((s) => enumKey(s) === key) ?? 'UNKNOWN';
}

const RFBS_TPL: ReadonlySet<string> = new Set(['NONINTEGRATED', '3PLTRACKING', 'AGGREGATOR']);

/** realFBS: the seller (or a 3rd-party service the seller registers) delivers. */
export function isRfbsTpl(raw: string | null | undefined): boolean {
  return RFBS_TPL.has(enumKey(raw ?? ''));
}
