// The complaint a seller pastes into a chat with Ozon support: which chat, who wrote, what is wrong. Plain text.
import { t, type Lang } from '@/lib/i18n';
import type { Verdict } from '@/lib/scam';

export interface ComplaintFacts {
  chatId: string | null;
  senderName: string | null;
  verdict: Verdict;
  /** The chat's address, when known. */
  url?: string;
}

export function complaintText(facts: ComplaintFacts, lang: Lang): string {
  const unknown = t(lang, 'complaintUnknown');
  const lines = [
    t(lang, 'complaintIntro'),
    `${t(lang, 'complaintChat')}: ${facts.chatId ?? unknown}${facts.url ? ` (${facts.url})` : ''}`,
    `${t(lang, 'complaintSender')}: ${facts.senderName ?? unknown}`,
    `${t(lang, 'complaintReasons')}:`,
    ...facts.verdict.reasons
      .filter((r) => r.code !== 'allowlisted')
      .map((r) => `- ${t(lang, `reasonWhy:${r.code}`)}${r.evidence ? ` («${r.evidence}»)` : ''}`),
  ];
  return lines.join('\n');
}
