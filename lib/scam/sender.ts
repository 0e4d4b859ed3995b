// Who the sender is, from what is known: the API's user.type and chat_type (when a store is connected) outrank the
// page's tag, which outranks the list the dialogue is in. Real Ozon staff cannot be faked on the page (the portal
// sets the Support tag and the support/main lists), but a customer can pick any name.
import type { ScamInput } from './types';

/**
 * - `ozon`: Ozon's own support or notices: content rules are skipped, only links are checked.
 * - `customer`: a customer (or a sender with no tag in a customer context): all rules apply, including impersonation.
 * - `self`: the seller's own message: not judged.
 * - `unknown`: content, link and message-impersonation rules apply; the NAME check needs to know it is no Ozon chat.
 */
export type SenderRole = 'ozon' | 'customer' | 'self' | 'unknown';

/** Lower case, letters only, Cyrillic look-alikes read as Latin ("Сustomer" with a Cyrillic С → "customer"). */
function canonical(value: string): string {
  const lookalike: Readonly<Record<string, string>> = { а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', т: 't', у: 'y', х: 'x', к: 'k', м: 'm', н: 'h', в: 'b', і: 'i' };
  let out = '';
  for (const ch of value.normalize('NFKC').toLowerCase()) {
    const c = lookalike[ch] ?? ch;
    if (c >= 'a' && c <= 'z') out += c;
  }
  return out;
}

function roleOfUserType(userType: string | undefined): SenderRole | null {
  if (userType === undefined) return null;
  const t = canonical(userType);
  if (t === 'customer' || t === 'buyer') return 'customer';
  if (t === 'support' || t === 'notificationuser' || t === 'notification' || t === 'ozon') return 'ozon';
  if (t === 'seller') return 'self';
  return null; // ChatBot, CRM and anything new: decided by the chat and the page
}

function roleOfChatType(chatType: string | undefined): SenderRole | null {
  if (chatType === undefined) return null;
  const t = canonical(chatType);
  if (t.startsWith('buyerseller') || t.startsWith('customer')) return 'customer';
  if (t.startsWith('sellersupport') || t.startsWith('sellernotification') || t.startsWith('sellerapi') || t === 'support') return 'ozon';
  return null;
}

export function senderRole(input: Omit<ScamInput, 'texts'>): SenderRole {
  const byApi = roleOfUserType(input.userType) ?? roleOfChatType(input.chatType);
  if (byApi) return byApi;
  if (input.tag === 'customer') return 'customer';
  if (input.tag === 'support') return 'ozon';
  // Customers can write only in the Customers list; Support, Main and the other lists (Promotion, Training,
  // Services, Disputes) are Ozon's own, so a sender there without a Customer tag is Ozon's.
  if (input.list !== undefined && input.list !== 'customers') return 'ozon';
  if (input.tag === null || input.list === 'customers') return 'customer';
  return 'unknown';
}
