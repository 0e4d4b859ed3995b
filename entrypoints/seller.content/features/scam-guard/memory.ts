// What this tab learnt of dialogues from their open chats (all their incoming messages, not just the list's
// one-line preview), so a list row can show what its chat showed: a scam whose last message is the seller's
// reply still reads as a scam in the list. Memory of the content script only (never stored, never shared).
import type { Verdict } from '@/lib/scam';

type Listener = (chatId: string) => void;

const verdicts = new Map<string, { verdict: Verdict; key: string }>();
const listeners = new Set<Listener>();
const MAX = 2000;

/** Records a dialogue's verdict from its open chat (before the user's preferences). */
export function rememberDialogue(chatId: string, verdict: Verdict): void {
  const key = verdict.reasons.map((r) => r.code).join(' ');
  if (verdicts.get(chatId)?.key === key) return;
  verdicts.delete(chatId);
  verdicts.set(chatId, { verdict, key });
  if (verdicts.size > MAX) verdicts.delete(verdicts.keys().next().value as string);
  for (const listener of listeners) listener(chatId);
}

export function rememberedDialogue(chatId: string | null): Verdict | undefined {
  return chatId ? verdicts.get(chatId)?.verdict : undefined;
}

/** A short key of what is remembered for a chat (part of a row's cache key). */
export function rememberedKey(chatId: string | null): string {
  return chatId ? (verdicts.get(chatId)?.key ?? '') : '';
}

export function onRemembered(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tests. */
export function forgetDialogues(): void {
  verdicts.clear();
}
