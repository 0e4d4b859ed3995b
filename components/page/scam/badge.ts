// The scam guard's badge on a list row or a message: colour, icon and words (never colour alone), with the
// reasons in the tooltip. Built with textContent only: nothing of the chat's text is ever parsed as HTML.
import { t, type Lang } from '@/lib/i18n';
import type { Verdict } from '@/lib/scam';
import { OWNED_ATTRIBUTE } from '../../../entrypoints/seller.content/observer';
import { reasonCodes } from '../../../entrypoints/seller.content/features/scam-guard/verdict';
import { REASONS_ATTR, RISK_ATTR, TAG_ATTR } from '../../../entrypoints/seller.content/features/scam-guard/attributes';

export { REASONS_ATTR, RISK_ATTR, TAG_ATTR };

/** Marks our badges (besides data-sidekick-owned) so a row's own badge is found and counted. */
export const BADGE_ATTRIBUTE = 'data-sidekick-scam-badge';

export type BadgeKind = 'warn' | 'danger' | 'allowlisted';

const BASE =
  'display:inline-block;margin:2px 0 2px 6px;padding:0 6px;border-radius:4px;font:600 11px/16px system-ui,sans-serif;white-space:nowrap;vertical-align:middle;border:1px solid;cursor:help';
const STYLE: Record<BadgeKind, string> = {
  warn: `${BASE};color:#6b4200;background:#fff3d1;border-color:#e0a100`,
  danger: `${BASE};color:#fff;background:#c4001d;border-color:#8f0015`,
  allowlisted: `${BASE};font-weight:400;color:#4d5866;background:#f0f2f5;border-color:#c6cdd6`,
};

/** Which badge a verdict gets: none for a clean verdict. */
export function badgeKindOf(verdict: Verdict): BadgeKind | null {
  if (verdict.risk === 'danger') return 'danger';
  if (verdict.risk === 'warn') return 'warn';
  return verdict.reasons.some((r) => r.code === 'allowlisted') ? 'allowlisted' : null;
}

/** The tooltip: a first line saying what the badge means, then one line per reason in the user's language. */
export function tooltipOf(verdict: Verdict, lang: Lang): string {
  const kind = badgeKindOf(verdict);
  const head = kind ? t(lang, `scamTooltip:${kind}`) : '';
  // An allowlisted verdict keeps its reason (with what the verdict would have been): trusted, never silent.
  const lines = verdict.reasons.map((r) => `• ${t(lang, `reasonWhy:${r.code}`)}${r.evidence ? ` («${r.evidence}»)` : ''}`);
  return [head, ...lines].filter(Boolean).join('\n');
}

export function createBadge(doc: Document, verdict: Verdict, lang: Lang): HTMLElement | null {
  const kind = badgeKindOf(verdict);
  if (!kind) return null;
  const badge = doc.createElement('span');
  badge.setAttribute(OWNED_ATTRIBUTE, '');
  badge.setAttribute(BADGE_ATTRIBUTE, kind);
  badge.setAttribute('style', STYLE[kind]);
  badge.textContent = t(lang, `scamBadge:${kind}`);
  const tip = tooltipOf(verdict, lang);
  badge.title = tip;
  badge.setAttribute('aria-label', `${badge.textContent}. ${tip.replace(/\n/g, ' ')}`);
  return badge;
}

/** Our badges directly belonging to `el` (not those of a nested row or message). */
export function ownBadges(el: Element): Element[] {
  return [...el.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)];
}

/** Puts a verdict on a row or message: the contract's attributes, its old badges gone (the caller places a new one). */
export function writeVerdict(el: Element, verdict: Verdict): void {
  for (const badge of el.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)) badge.remove();
  el.setAttribute(RISK_ATTR, verdict.risk);
  el.setAttribute(REASONS_ATTR, reasonCodes(verdict));
}

/** Takes our verdict off a row or message: its badges and the contract's attributes. */
export function clearVerdict(el: Element): void {
  for (const badge of el.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)) badge.remove();
  el.removeAttribute(RISK_ATTR);
  el.removeAttribute(REASONS_ATTR);
  el.removeAttribute(TAG_ATTR);
}
