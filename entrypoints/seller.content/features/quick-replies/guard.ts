// Two guards before a message goes out. Ozon limits sellers who send repetitive answers, so: the same text is never
// sent twice in a row to the same chat (the background refuses it too), and using one template on many chats in a
// short time gets a warning. Kept in memory for the page's life: the content script stores nothing in the page.
import { oneLine } from '@/lib/i18n/text';

export interface GuardOptions {
  now?: () => number;
  /** The warning's window and threshold: ≥ `chats` different chats within `windowMs`. */
  windowMs?: number;
  chats?: number;
}

export interface RateWarning {
  /** Different chats this template would have gone to within the window, counting this one. */
  chats: number;
  windowMinutes: number;
}

export const RATE_WINDOW_MS = 10 * 60_000;
export const RATE_CHATS = 5;

/** Texts compared as a customer would read them: spaces collapsed, ends trimmed. */
export function sameText(a: string, b: string): boolean {
  return oneLine(a) === oneLine(b);
}

export function createSendGuard(options: GuardOptions = {}) {
  const now = options.now ?? (() => Date.now());
  const windowMs = options.windowMs ?? RATE_WINDOW_MS;
  const threshold = options.chats ?? RATE_CHATS;
  const lastText = new Map<string, string>();
  const uses = new Map<string, { chat: string; at: number }[]>();

  const recent = (templateId: string) => {
    const since = now() - windowMs;
    const list = (uses.get(templateId) ?? []).filter((u) => u.at >= since);
    uses.set(templateId, list);
    return list;
  };

  return {
    /** True when this exact text was the last one sent (or inserted) to this chat: it must not go again. */
    isRepeat(chatKey: string, text: string): boolean {
      const last = lastText.get(chatKey);
      return last !== undefined && sameText(last, text);
    },
    /** A warning when using this template on this chat would reach the threshold of chats within the window. */
    rateWarning(templateId: string, chatKey: string): RateWarning | null {
      const chats = new Set(recent(templateId).map((u) => u.chat));
      chats.add(chatKey);
      return chats.size >= threshold ? { chats: chats.size, windowMinutes: Math.round(windowMs / 60_000) } : null;
    },
    record(chatKey: string, text: string, templateId?: string): void {
      lastText.set(chatKey, text);
      if (templateId) recent(templateId).push({ chat: chatKey, at: now() });
    },
  };
}

export type SendGuard = ReturnType<typeof createSendGuard>;

/** The one guard of this page (shared by the Contact menu and the chat's quick replies). */
export const pageSendGuard: SendGuard = createSendGuard();
