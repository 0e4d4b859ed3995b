// The verdict: sender role → rules → reasons → risk. Pure and synchronous; every regex is compiled at load.
import { REASON_CODES } from './reason-codes';
import { compilePattern, compileTerms, matchPattern, type CompiledPattern } from './compile';
import { extractEmails, findDomains } from './domains';
import { basicNormalise, displayOrder, normaliseBasic, normaliseText, splitSentences, visibleText } from './normalise';
import { CONTENT_RULES, IMPERSONATING_NAME, IMPERSONATION_PATTERNS, WEIGHT } from './rules';
import { senderRole } from './sender';
import { REASON_TEXT } from './texts';
import type { Reason, ReasonCode, Risk, ScamInput, Verdict } from './types';

const RULES: readonly { code: ReasonCode; patterns: readonly CompiledPattern[] }[] = CONTENT_RULES.map((r) => ({
  code: r.code,
  patterns: r.patterns.map(compilePattern),
}));
const IMPERSONATION: readonly CompiledPattern[] = IMPERSONATION_PATTERNS.map(compilePattern);
const NAME_IMPERSONATES = compileTerms(IMPERSONATING_NAME);
const EVIDENCE_MAX = 80;
/** A link with a path (scheme optional): group 1 is the host. */
const LINK_PATH = /(?<![\p{L}\p{N}.-])(?:(?:https?|hxxps?|ftp):\/\/)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)(?::\d+)?\/[^\s<>"'«»]*/gu;
/**
 * Ozon caps a chat message at 1000 characters, but a page can hold any text: a longer one is judged in overlapping
 * windows of TEXT_MAX characters, so judging stays linear in the text's length and no length hides a scam.
 */
export const TEXT_MAX = 4000;
/** Windows overlap by more than any phrase a rule matches, so each such phrase lies whole in some window. */
export const WINDOW_OVERLAP = 1000;
/** Where a window may start after its nominal start: the first sentence end or line break, else a space. */
const WINDOW_START = /[.!?…]\s|\n/g;

/** The text itself when short; else windows of TEXT_MAX characters, each starting at a sentence or word boundary. */
export function textWindows(text: string): string[] {
  if (text.length <= TEXT_MAX) return [text];
  const windows: string[] = [];
  const step = TEXT_MAX - WINDOW_OVERLAP;
  for (let nominal = 0; ; nominal += step) {
    let start = nominal;
    if (nominal > 0) {
      // Start at a boundary within the first half of the overlap, so a window never begins mid-word.
      WINDOW_START.lastIndex = nominal;
      const sentence = WINDOW_START.exec(text);
      const space = text.indexOf(' ', nominal);
      if (sentence && sentence.index < nominal + WINDOW_OVERLAP / 2) start = sentence.index + sentence[0].length;
      else if (space >= 0 && space < nominal + WINDOW_OVERLAP / 2) start = space + 1;
    }
    windows.push(text.slice(start, start + TEXT_MAX));
    if (start + TEXT_MAX >= text.length) return windows;
  }
}

/** Reason codes in the contract's order (the order reasons are listed in). */
const ORDER: readonly ReasonCode[] = REASON_CODES;

type Found = Map<ReasonCode, string | undefined>;

function note(found: Found, code: ReasonCode, evidence?: string): void {
  if (!found.has(code)) found.set(code, evidence === undefined ? undefined : evidence.slice(0, EVIDENCE_MAX));
}

function firstMatch(patterns: readonly CompiledPattern[], message: string, sentences: readonly string[]): string | null {
  for (const p of patterns) {
    if (p.scope === 'message') {
      const m = matchPattern(p, message);
      if (m !== null) return m;
      continue;
    }
    // Every group must match somewhere in the message before sentences are worth looking at (one pass, usually no).
    if (p.precheck && !p.all.every((re) => re.test(message))) continue;
    for (const s of sentences) {
      // The whole (normalised) sentence is the better evidence for a tooltip than the matched word.
      if (matchPattern(p, s) !== null) return s;
    }
  }
  return null;
}

function checkLinks(text: string, basic: string, found: Found): void {
  for (const d of findDomains(text, basic)) {
    if (d.kind === 'ozon') continue;
    note(found, 'external-link', d.unicode);
    if (d.kind === 'lookalike') note(found, 'lookalike-domain', d.unicode);
    if (d.kind === 'messenger') note(found, 'messenger-move', d.unicode);
  }
}

function checkContent(text: string, basic: string, found: Found, impersonation: boolean): void {
  // Link paths are not prose ("/app/messenger", "/verify-code"): content rules see only the host.
  const message = normaliseBasic(basic.includes('/') ? basic.replace(LINK_PATH, ' $1 ') : basic);
  const sentences = splitSentences(message);
  for (const rule of RULES) {
    if (found.has(rule.code)) continue;
    const m = firstMatch(rule.patterns, message, sentences);
    if (m !== null) note(found, rule.code, m);
  }
  if (!found.has('messenger-move')) {
    const email = extractEmails(text, basic)[0];
    if (email !== undefined) note(found, 'messenger-move', email);
  }
  if (impersonation && !found.has('impersonates-support')) {
    const m = firstMatch(IMPERSONATION, message, sentences);
    if (m !== null) note(found, 'impersonates-support', m);
  }
}

/** Combines reasons into a risk (documented with WEIGHT in rules.ts; the same as the seed's labels). */
export function riskOf(codes: readonly ReasonCode[]): Risk {
  let warns = 0;
  let any = false;
  for (const code of new Set(codes)) {
    if (code === 'allowlisted') continue;
    any = true;
    const w = WEIGHT[code];
    if (w === 'danger') return 'danger';
    if (w === 'warn') warns++;
  }
  if (warns >= 2) return 'danger';
  return any ? 'warn' : 'none';
}

function toReasons(found: Found): Reason[] {
  return ORDER.filter((c) => found.has(c)).map((code) => {
    const evidence = found.get(code);
    return evidence === undefined ? { code, ...REASON_TEXT[code] } : { code, ...REASON_TEXT[code], evidence };
  });
}

export function judge(input: ScamInput): Verdict {
  const role = senderRole(input);
  const found: Found = new Map();
  if (role !== 'self') {
    if (input.list === 'customers' && input.tag === null && role !== 'ozon') note(found, 'no-customer-tag');
    const customer = role === 'customer';
    // The whole name, as displayed: invisible padding or a right-to-left override cannot push "support" out of view.
    const shownName = typeof input.senderName === 'string' ? visibleText(input.senderName) : '';
    const name = shownName === '' ? '' : normaliseText(shownName);
    if (customer && name !== '') {
      const m = NAME_IMPERSONATES.exec(name);
      if (m) note(found, 'impersonates-support', shownName.slice(0, EVIDENCE_MAX));
    }
    for (const text of input.texts) {
      if (typeof text !== 'string' || text.length === 0) continue;
      // Overrides are resolved on the whole text before it is cut into windows (a run may span a window's edge).
      for (const window of textWindows(text.length > TEXT_MAX ? displayOrder(text) : text)) {
        const basic = basicNormalise(window);
        checkLinks(window, basic, found);
        // A message that introduces itself as Ozon is only ever sent by a non-Ozon sender, since Ozon's own chats are
        // recognised above; so the text check runs when the sender is unknown too (the name check needs to know).
        if (role !== 'ozon') checkContent(window, basic, found, true);
      }
    }
  }
  const reasons = toReasons(found);
  const risk = riskOf(reasons.map((r) => r.code));
  if (input.allowlisted) {
    const would = risk === 'none' ? 'none' : `${risk}: ${reasons.map((r) => r.code).join(' ')}`;
    return { risk: 'none', reasons: [{ code: 'allowlisted', ...REASON_TEXT.allowlisted, evidence: `would be ${would}` }] };
  }
  return { risk, reasons };
}

/** One message in an open chat, with what is known of its sender and chat. */
export function judgeMessage(text: string, context: Omit<ScamInput, 'texts'> = {}): Verdict {
  return judge({ ...context, texts: [text] });
}
