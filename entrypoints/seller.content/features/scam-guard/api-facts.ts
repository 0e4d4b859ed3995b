// The API's chat type and user.type per chat, asked of the background in batches (at most 500 ids a request, the
// protocol's cap) and kept for the tab's life: a restart on navigation does not ask again.
import type { send as Send } from '@/lib/protocol/send';
import type { ApiFacts } from './verdict';

const facts = new Map<string, ApiFacts>();
const asked = new Set<string>();

export function apiFactsOf(chatId: string | null): ApiFacts | undefined {
  return chatId ? facts.get(chatId) : undefined;
}

/** A short key of the known facts (part of a row's cache key). */
export function apiFactsKey(chatId: string | null): string {
  const f = apiFactsOf(chatId);
  return f ? `${f.chatType ?? ''}/${f.userType ?? ''}` : '';
}

/**
 * Asks for the ids not asked yet; calls `onFacts` with the ids that got an answer. Failures are quiet: the page's
 * own judgement stays, and asking again on the next rows would only repeat the failure.
 */
export function askApiFacts(ids: readonly string[], send: typeof Send, onFacts: (ids: string[]) => void): void {
  const fresh = [...new Set(ids)].filter((id) => !asked.has(id) && /^[0-9a-fA-F-]{8,64}$/.test(id));
  if (fresh.length === 0) return;
  for (const id of fresh) asked.add(id);
  for (let i = 0; i < fresh.length; i += 500) {
    const chunk = fresh.slice(i, i + 500);
    send<'getChatMeta'>({ type: 'getChatMeta', chatIds: chunk }).then(
      (answer) => {
        const got: string[] = [];
        for (const [id, meta] of Object.entries(answer)) {
          const f: ApiFacts = { chatType: meta.chatType };
          if (meta.userType) f.userType = meta.userType;
          facts.set(id, f);
          got.push(id);
        }
        if (got.length > 0) onFacts(got);
      },
      () => undefined,
    );
  }
}

/** Tests. */
export function forgetApiFacts(): void {
  facts.clear();
  asked.clear();
}
