// The complaint a seller pastes into a chat with Ozon support: which chat, who wrote, what is wrong. Plain text.
import type { Lang } from '@/lib/i18n';
import type { Verdict } from '@/lib/scam';
import { scamPageStrings } from './strings';

export interface ComplaintFacts {
  chatId: string | null;
  senderName: string | null;
  verdict: Verdict;
  /** The chat's address, when known. */
  url?: string;
}

export function complaintText(facts: ComplaintFacts, lang: Lang): string {
  const s = scamPageStrings(lang).complaint;
  const lines = [
    s.intro,
    `${s.chat}: ${facts.chatId ?? s.unknown}${facts.url ? ` (${facts.url})` : ''}`,
    `${s.sender}: ${facts.senderName ?? s.unknown}`,
    `${s.reasons}:`,
    ...facts.verdict.reasons.filter((r) => r.code !== 'allowlisted').map((r) => `- ${r[lang]}${r.evidence ? ` («${r.evidence}»)` : ''}`),
  ];
  return lines.join('\n');
}
