// The scam guard on a synced chat (the popup's risk badges, the "Suspicious" preset's count): what the customer
// wrote, with the API's chat type; the page's tag is not known here, so the tag rule does not apply.
import { judge } from '../../lib/scam';
import type { ChatRecord, MessageRecord } from './db/schema';
import type { ChatVerdict } from './context';

export function judgeSyncedChat(chat: ChatRecord, messages: readonly MessageRecord[]): ChatVerdict {
  const texts = messages.filter((m) => m.author === 'customer').map((m) => m.text);
  if (texts.length === 0 && chat.lastAuthor === 'customer' && chat.lastMessageText) texts.push(chat.lastMessageText);
  const verdict = judge({
    list: 'customers',
    chatType: chat.chatType,
    userType: 'customer',
    texts,
    ...(chat.customerName ? { senderName: chat.customerName } : {}),
  });
  return { risk: verdict.risk, reasons: verdict.reasons.map((r) => r.code) };
}
