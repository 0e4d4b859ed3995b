// Applying a preset on the messenger page: the portal's own filter controls are set to match (the portal's list
// stays the source), then the extension's extra criteria mark each row `data-sidekick-preset="match|dim|hide"`.
// A single <style> we add once does the dimming/hiding; clearing removes every mark, so nothing stale remains.
import type { ChatMeta } from '@/lib/protocol/messages';
import { hasExtraCriteria, matchesExtra, type DialogueFacts } from '@/lib/presets/match';
import type { Preset } from '@/lib/presets/model';
import { PORTAL_FILTERS, type PortalFilter } from '@/lib/presets/filters';
import { findFilterControls, waitingHoursFromListTime, type ChatRow, type FilterScan } from '../../portal/messenger';
import { OWNED_ATTRIBUTE } from '../../observer';
import { RISK_ATTR } from '../scam-guard/attributes';

export const PRESET_ATTRIBUTE = 'data-sidekick-preset';
/** The scam guard's verdict on a row, which a "has a scam warning" preset follows. */
export const RISK_ATTRIBUTE = RISK_ATTR;
const STYLE_MARK = 'presets-style';

export type NonMatching = 'dim' | 'hide';

// ---------------------------------------------------------------- the portal's filters

export interface FilterResult {
  missing: PortalFilter[];
  stuck: PortalFilter[];
}

export interface FilterOptions {
  scope?: ParentNode;
  /** How long to wait for the portal to show a click's result. */
  timeoutMs?: number;
  /** Returns false once a newer apply started: this one stops clicking. */
  stillWanted?: () => boolean;
}

const nextFrame = (): Promise<void> =>
  new Promise((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 16)));

/** Waits (frame by frame, bounded) until the portal shows `filter` pressed or released as asked. */
async function settled(filter: PortalFilter, pressed: boolean, scope: ParentNode, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const control = findFilterControls(scope).controls[filter];
    if (control && control.pressed === pressed) return true;
    if (Date.now() > until) return false;
    await nextFrame();
  }
}

/**
 * Releases the pressed filters the preset does not want, then presses the wanted ones: an order that never asks
 * the portal for a forbidden pair (the preset itself has none). Each click waits for the portal's re-render and
 * the controls are found again, since a re-render replaces them.
 */
export async function setPortalFilters(wanted: readonly PortalFilter[], opts: FilterOptions = {}): Promise<FilterResult> {
  const scope = opts.scope ?? document;
  const timeoutMs = opts.timeoutMs ?? 3000;
  const stillWanted = opts.stillWanted ?? (() => true);
  // "All chats" means no filter, and pressing any other releases it: it is only pressed when wanted alone.
  const target = new Set(wanted.length > 1 ? wanted.filter((f) => f !== 'all') : wanted);
  const pressOrder = [...target];

  // With no filter wanted, a pressed "All chats" is the same list (and the live portal may not let it go).
  const acceptable = (filter: PortalFilter, pressed: boolean) => pressed === target.has(filter) || (filter === 'all' && target.size === 0);
  const tried = new Set<PortalFilter>();

  for (let step = 0; step < 16 && stillWanted(); step++) {
    const scan: FilterScan = findFilterControls(scope);
    const missing = [...target].filter((f) => !scan.controls[f]);
    if (missing.length > 0) return { missing, stuck: [] };
    const controls = Object.values(scan.controls);
    const release = controls.find((c) => c.pressed && !acceptable(c.filter, true) && !tried.has(c.filter));
    const press = pressOrder.map((f) => scan.controls[f]!).find((c) => !c.pressed && !tried.has(c.filter));
    const next = release ?? press;
    if (!next) break;
    if (next.disabled) {
      tried.add(next.filter);
      continue;
    }
    next.el.click();
    if (!(await settled(next.filter, !next.pressed, scope, timeoutMs))) tried.add(next.filter);
  }
  // Judge by the end state: a filter the portal released by itself (e.g. "All chats") is not a failure.
  const end = findFilterControls(scope);
  const stuck = PORTAL_FILTERS.filter((f) => end.controls[f] && !acceptable(f, end.controls[f]!.pressed));
  return { missing: [], stuck };
}

// ---------------------------------------------------------------- the extra criteria

/** What is known of a row, from the page and (when a store is connected) from the synced chat. */
export function factsOf(row: ChatRow, meta: ChatMeta | undefined, now: Date): DialogueFacts {
  const risk = row.el.getAttribute(RISK_ATTRIBUTE);
  let waitingHours: number | null;
  if (meta) waitingHours = meta.waitingMs === undefined ? null : meta.waitingMs / 3_600_000;
  else if (row.timestamp !== null) waitingHours = (now.getTime() - row.timestamp) / 3_600_000;
  else waitingHours = row.time ? waitingHoursFromListTime(row.time, now) : null;
  return {
    waitingHours,
    risk: risk === 'warn' || risk === 'danger' || risk === 'none' ? risk : undefined,
    text: row.text,
    sku: meta?.sku ?? null,
    orderNumber: row.context?.kind === 'order' ? row.context.orderNumber : (meta?.orderNumber ?? null),
  };
}

export interface JudgeOptions {
  mode: NonMatching;
  meta?: ReadonlyMap<string, ChatMeta>;
  now?: Date;
}

/** Marks each row for the preset; returns how many match. Only changed attributes are written. */
export function judgeRows(rows: readonly ChatRow[], preset: Preset, opts: JudgeOptions): number {
  const now = opts.now ?? new Date();
  const extra = hasExtraCriteria(preset);
  let matching = 0;
  for (const row of rows) {
    const ok = !extra || matchesExtra(preset, factsOf(row, row.chatId ? opts.meta?.get(row.chatId) : undefined, now));
    if (ok) matching++;
    const value = ok ? 'match' : opts.mode;
    if (row.el.getAttribute(PRESET_ATTRIBUTE) !== value) row.el.setAttribute(PRESET_ATTRIBUTE, value);
  }
  return matching;
}

/** How many rows would match a preset's extra criteria (for counts; writes nothing). */
export function countMatching(rows: readonly ChatRow[], preset: Preset, meta?: ReadonlyMap<string, ChatMeta>, now = new Date()): number {
  if (!hasExtraCriteria(preset)) return rows.length;
  return rows.filter((row) => matchesExtra(preset, factsOf(row, row.chatId ? meta?.get(row.chatId) : undefined, now))).length;
}

/** Removes every mark we put on rows. */
export function clearMarks(doc: Document = document): void {
  for (const el of doc.querySelectorAll(`[${PRESET_ATTRIBUTE}]`)) el.removeAttribute(PRESET_ATTRIBUTE);
}

/** The one style element that dims or hides non-matching rows (added once, found again rather than duplicated). */
export function ensureStyle(doc: Document = document): HTMLStyleElement {
  const existing = doc.querySelector<HTMLStyleElement>(`style[${OWNED_ATTRIBUTE}="${STYLE_MARK}"]`);
  if (existing) return existing;
  const style = doc.createElement('style');
  style.setAttribute(OWNED_ATTRIBUTE, STYLE_MARK);
  style.textContent =
    `[${PRESET_ATTRIBUTE}="dim"]{opacity:.35!important;transition:opacity .15s}` +
    `[${PRESET_ATTRIBUTE}="dim"]:hover{opacity:.8!important}` +
    `[${PRESET_ATTRIBUTE}="hide"]{display:none!important}`;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}

export function removeStyle(doc: Document = document): void {
  for (const el of doc.querySelectorAll(`style[${OWNED_ATTRIBUTE}="${STYLE_MARK}"]`)) el.remove();
}

/** Same set of portal filters, "All chats" and no filter being the same list. */
export function sameFilters(a: readonly PortalFilter[], b: readonly PortalFilter[]): boolean {
  const norm = (x: readonly PortalFilter[]) => [...new Set(x.filter((f) => f !== 'all'))].sort().join(',');
  return norm(a) === norm(b);
}
