// From what the page shows (a list row, an open chat) to the detector's input, and from the detector's verdict to
// what the page shows, after the user's preferences: switched-off rules dropped, the allowlist applied.
import { judge, riskOf, type Reason, type ReasonCode, type ScamInput, type Verdict } from '@/lib/scam';
import type { Prefs } from '@/lib/prefs';
import type { ChatTag } from '../../portal/messenger';
import { oneLine } from '@/lib/i18n/text';

export type ScamPrefs = Prefs['scamGuard'];
export type AllowEntry = ScamPrefs['allowlist'][number];

/** What the API knows of a chat (lib/messages ChatMeta), when a store is connected. */
export interface ApiFacts {
  chatType?: string;
  userType?: string;
}

/** The messenger list of a portal group (`?group=`): only customers_v2 holds customers' chats. */
export function listOfGroup(group: string | null | undefined): NonNullable<ScamInput['list']> {
  switch (group) {
    case 'customers_v2':
    case null:
    case undefined:
    case '':
      return 'customers';
    case 'support_v2':
      return 'support';
    case 'main':
      return 'main';
    default:
      return 'other';
  }
}

/** The group of a row's link (`/app/messenger?group=…&id=…`), else null. */
export function groupOfHref(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, 'https://seller.ozon.ru').searchParams.get('group');
  } catch {
    return null;
  }
}

const foldName = (s: string): string => oneLine(s.normalize('NFKC')).toLowerCase();

/** Whether the user trusts this dialogue: its sender's name (case and spacing aside) or its chat id is listed. */
export function isAllowlisted(allowlist: readonly AllowEntry[], who: { chatId: string | null; senderName: string | null }): boolean {
  const name = who.senderName ? foldName(who.senderName) : null;
  const chat = who.chatId?.toLowerCase() ?? null;
  return allowlist.some((entry) =>
    entry.kind === 'chat' ? chat !== null && entry.value.trim().toLowerCase() === chat : name !== null && name !== '' && foldName(entry.value) === name,
  );
}

export interface PageFacts {
  chatId: string | null;
  senderName: string | null;
  /** The tag read on the page; undefined while the tag rule is paused (the layout's tag could not be read). */
  tag: ChatTag | null | undefined;
  list: NonNullable<ScamInput['list']>;
  texts: readonly string[];
  api?: ApiFacts | undefined;
}

/** The detector's input for what the page shows (plus the API's facts when known). */
export function scamInputOf(facts: PageFacts, allowlisted = false): ScamInput {
  const input: ScamInput = { list: facts.list, texts: facts.texts };
  if (facts.tag !== undefined) input.tag = facts.tag;
  if (facts.senderName !== null) input.senderName = facts.senderName;
  if (facts.api?.chatType) input.chatType = facts.api.chatType;
  if (facts.api?.userType) input.userType = facts.api.userType;
  if (allowlisted) input.allowlisted = true;
  return input;
}

/** Drops the reasons of rules the user switched off and recomputes the risk (an allowlisted verdict stays). */
export function withoutDisabled(verdict: Verdict, disabledRules: readonly string[]): Verdict {
  if (disabledRules.length === 0 || verdict.reasons.some((r) => r.code === 'allowlisted')) return verdict;
  const off = new Set(disabledRules);
  const reasons = verdict.reasons.filter((r) => !off.has(r.code));
  if (reasons.length === verdict.reasons.length) return verdict;
  return { risk: riskOf(reasons.map((r) => r.code)), reasons };
}

/** Joins two verdicts of the same dialogue (e.g. its row and what its open chat showed). */
export function mergeVerdicts(a: Verdict, b: Verdict | undefined): Verdict {
  if (!b || b.reasons.length === 0) return a;
  if (a.reasons.some((r) => r.code === 'allowlisted')) return a;
  const seen = new Set<ReasonCode>(a.reasons.map((r) => r.code));
  const reasons: Reason[] = [...a.reasons];
  for (const r of b.reasons) {
    if (r.code === 'allowlisted' || seen.has(r.code)) continue;
    seen.add(r.code);
    reasons.push(r);
  }
  return { risk: riskOf(reasons.map((r) => r.code)), reasons };
}

/** The whole judgement of a dialogue as the page shows it, after the user's preferences. */
export function judgePage(facts: PageFacts, prefs: ScamPrefs, extra?: Verdict): Verdict {
  const allowlisted = isAllowlisted(prefs.allowlist, { chatId: facts.chatId, senderName: facts.senderName });
  const verdict = judge(scamInputOf(facts, allowlisted));
  return withoutDisabled(mergeVerdicts(verdict, extra), prefs.disabledRules);
}

/** The codes as the contract's attribute wants them: separated by spaces, in the detector's order. */
export function reasonCodes(verdict: Verdict): string {
  return verdict.reasons.map((r) => r.code).join(' ');
}
