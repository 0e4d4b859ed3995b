// Opt-in browser notifications for chats that waited too long: at most one every 10 minutes (as Ozon's own
// browser notifications), each chat once per wait. Pure decision; the background shows it.
import type { UnansweredChat } from '../../lib/protocol/messages';
import type { Prefs } from '../../lib/prefs';

export const NOTIFY_GAP_MS = 10 * 60_000;

export interface NotifyState {
  lastAt: number | null;
  /** `chatId@since` of the waits already notified, so a chat is announced again only after a new customer message. */
  notified: string[];
}

export const EMPTY_NOTIFY_STATE: NotifyState = { lastAt: null, notified: [] };

export function waitKey(chat: Pick<UnansweredChat, 'chatId' | 'since'>): string {
  return `${chat.chatId}@${chat.since}`;
}

/** The chat to announce now (the longest waiting not yet announced), or null. */
export function chatToNotify(chats: readonly UnansweredChat[], prefs: Pick<Prefs, 'notifications'>, state: NotifyState, now: number): UnansweredChat | null {
  if (!prefs.notifications.enabled) return null;
  if (state.lastAt !== null && now - state.lastAt < NOTIFY_GAP_MS) return null;
  const seen = new Set(state.notified);
  const threshold = prefs.notifications.afterMinutes * 60_000;
  return chats.find((c) => c.waitingMs >= threshold && !seen.has(waitKey(c))) ?? null;
}

/** Keeps the notified list to the waits that still exist. */
export function afterNotify(state: NotifyState, chat: UnansweredChat, chats: readonly UnansweredChat[], now: number): NotifyState {
  const live = new Set(chats.map(waitKey));
  return { lastAt: now, notified: [...state.notified.filter((k) => live.has(k)), waitKey(chat)] };
}
