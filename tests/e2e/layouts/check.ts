// Reads what the extension wrote on a generated page (through the page runtime's keyed nodes, in the page's world)
// and compares it with the truth. Polls: the extension writes asynchronously.
import type { Page } from 'playwright-core';
import type { ChatFacts } from './chat-list';
import type { ChatMessage } from './open-chat';
import type { ContactTruth } from './orders';
import { atLeast, expectMessage, type RowExpect } from './truth';

export interface RowMark {
  key: string;
  /** `row`: the row element holds the marks; `inner`: one element inside that wraps name and preview; `part`: an
   *  element that does not wrap them; `multiple`: more than one marked element; `unmarked`. */
  where: 'row' | 'inner' | 'part' | 'multiple' | 'unmarked';
  tag: string | null;
  risk: string | null;
  reasons: string[];
}

/** Marks of the given chat rows (keys of the page runtime). */
export function readChatRows(page: Page, keys: readonly string[]): Promise<RowMark[]> {
  return page.evaluate((rowKeys) => {
    const gen = window.__gen!;
    return rowKeys.map((key) => {
      const row = gen.el(key)!;
      const marked = [row, ...row.querySelectorAll('[data-sidekick-risk], [data-sidekick-tag]')].filter(
        (el) => el.hasAttribute('data-sidekick-risk') || el.hasAttribute('data-sidekick-tag'),
      );
      const name = gen.el(`${key}/name#t`);
      const preview = gen.el(`${key}/preview#t`);
      const el = marked[0];
      const where = marked.length === 0 ? 'unmarked' : marked.length > 1 ? 'multiple' : el === row ? 'row' : el!.contains(name) && el!.contains(preview) ? 'inner' : 'part';
      return {
        key,
        where,
        tag: el?.getAttribute('data-sidekick-tag') ?? null,
        risk: el?.getAttribute('data-sidekick-risk') ?? null,
        reasons: (el?.getAttribute('data-sidekick-reasons') ?? '').split(' ').filter(Boolean).sort(),
      } as const;
    });
  }, keys);
}

/** Elements marked outside the dialogue rows and the open chat (nothing else may be judged as a row). */
export function readStrayMarks(page: Page, keys: readonly string[]): Promise<string[]> {
  return page.evaluate((rowKeys) => {
    const gen = window.__gen!;
    const rows = rowKeys.map((k) => gen.el(k)!);
    const chat = gen.el('chat');
    return [...document.querySelectorAll('[data-sidekick-risk], [data-sidekick-tag]')]
      .filter((el) => !rows.some((r) => r.contains(el)) && !chat?.contains(el))
      .map((el) => el.outerHTML.slice(0, 160));
  }, keys);
}

const RISK_RANK: Record<string, number> = { none: 0, warn: 1, danger: 2 };

/**
 * `openDialogue`: the row of the chat open beside the list. The product shows on it what its open dialogue revealed
 * (README: a row whose preview is harmless shows what its dialogue revealed), so its reasons may only grow.
 */
export function rowProblem(mark: RowMark, want: RowExpect, facts: ChatFacts, openDialogue = false): string | null {
  const problems: string[] = [];
  if (mark.where === 'unmarked') problems.push('not judged (no data-sidekick-* attribute on the row)');
  if (mark.where === 'part' || mark.where === 'multiple') problems.push(`marks on ${mark.where === 'part' ? 'a part of the row, not the row' : 'several elements of the row'}`);
  if (mark.tag !== want.tag) problems.push(`tag want ${want.tag} got ${mark.tag}`);
  if (openDialogue) {
    if ((RISK_RANK[mark.risk ?? ''] ?? -1) < (RISK_RANK[want.risk] ?? 0)) problems.push(`risk want at least ${want.risk} got ${mark.risk}`);
    const missing = want.reasons.filter((r) => !mark.reasons.includes(r));
    const wrongTag = mark.reasons.includes('no-customer-tag') && !want.reasons.includes('no-customer-tag');
    if (missing.length > 0 || wrongTag) problems.push(`reasons want [${want.reasons.join(' ')}] (or more from the dialogue) got [${mark.reasons.join(' ')}]`);
  } else {
    if (mark.risk !== want.risk) problems.push(`risk want ${want.risk} got ${mark.risk}`);
    if (mark.reasons.join(' ') !== want.reasons.join(' ')) problems.push(`reasons want [${want.reasons.join(' ')}] got [${mark.reasons.join(' ')}]`);
  }
  if (problems.length === 0) return null;
  return `row ${mark.key} {tag: ${facts.tag ?? 'none'}, name: ${JSON.stringify(facts.name)}, preview: ${JSON.stringify(facts.preview.slice(0, 60))}}: ${problems.join('; ')}`;
}

export interface MessageMark {
  index: number;
  risk: string | null;
  reasons: string[];
}

export function readMessages(page: Page, count: number): Promise<MessageMark[]> {
  return page.evaluate((n) => {
    const gen = window.__gen!;
    return Array.from({ length: n }, (_, index) => {
      const line = gen.el(`msg:${index}`)!;
      const el = line.hasAttribute('data-sidekick-risk') ? line : line.querySelector('[data-sidekick-risk]');
      return { index, risk: el?.getAttribute('data-sidekick-risk') ?? null, reasons: (el?.getAttribute('data-sidekick-reasons') ?? '').split(' ').filter(Boolean).sort() };
    });
  }, count);
}

/** A flagged customer message carries at least its content's risk and reasons; honest or seller messages none. */
export function messageProblem(mark: MessageMark, msg: ChatMessage, senderHonest: boolean, sender: Pick<ChatFacts, 'tag'>): string | null {
  const where = `message ${mark.index} (${msg.author}: ${JSON.stringify(msg.text.slice(0, 60))})`;
  if (msg.author === 'seller') return mark.risk !== null && mark.risk !== 'none' ? `${where}: the seller's own message flagged ${mark.risk} [${mark.reasons.join(' ')}]` : null;
  const want = expectMessage(msg.text, sender);
  if (want.risk === 'none') return senderHonest && mark.risk !== null && mark.risk !== 'none' ? `${where}: honest message flagged ${mark.risk} [${mark.reasons.join(' ')}]` : null;
  const missing = want.reasons.filter((r) => !mark.reasons.includes(r));
  if (atLeast(mark.risk, want.risk) && missing.length === 0) return null;
  return `${where}: want ≥${want.risk} [${want.reasons.join(' ')}] got ${mark.risk} [${mark.reasons.join(' ')}]`;
}

export interface ShipmentMark {
  key: string;
  contact: string | null;
  reason: string | null;
  title: string | null;
  buttons: number;
}

export function readShipments(page: Page, keys: readonly string[]): Promise<ShipmentMark[]> {
  return page.evaluate((rowKeys) => {
    const gen = window.__gen!;
    return rowKeys.map((key) => {
      const row = gen.el(key)!;
      return {
        key,
        contact: row.getAttribute('data-sidekick-contact'),
        reason: row.getAttribute('data-sidekick-contact-reason'),
        title: row.getAttribute('title'),
        buttons: row.querySelectorAll('button[data-sidekick-action="contact-customer"]').length,
      };
    });
  }, keys);
}

export function shipmentProblem(mark: ShipmentMark, want: ContactTruth, label: string): string | null {
  const problems: string[] = [];
  if (mark.contact !== want.contact) problems.push(`contact want ${want.contact} got ${mark.contact}`);
  if ((mark.reason ?? null) !== want.reason) problems.push(`reason want ${want.reason} got ${mark.reason}`);
  if (want.contact === 'available' && mark.buttons !== 1) problems.push(`${mark.buttons} contact buttons, want 1`);
  if (want.contact === 'unavailable' && mark.buttons !== 0) problems.push(`${mark.buttons} contact buttons on an unavailable row`);
  if (want.contact === 'unavailable' && !mark.title) problems.push('no title saying why');
  return problems.length ? `row ${mark.key} ${label}: ${problems.join('; ')}` : null;
}

/**
 * Polls `read` until `problems` is empty; gives up when everything is marked and nothing changed for `quietMs`
 * (the extension has settled on a wrong answer) or after `timeoutMs`. Returns the last problems.
 */
export async function settle<T>(read: () => Promise<T>, problems: (state: T) => string[], opts: { timeoutMs?: number; quietMs?: number; complete?: (state: T) => boolean } = {}): Promise<string[]> {
  const timeout = opts.timeoutMs ?? 5_000;
  const quiet = opts.quietMs ?? 1_000;
  const started = Date.now();
  let last = '';
  let since = Date.now();
  for (;;) {
    const state = await read();
    const found = problems(state);
    if (found.length === 0) return [];
    const sig = JSON.stringify(state);
    if (sig !== last) {
      last = sig;
      since = Date.now();
    }
    const complete = opts.complete ? opts.complete(state) : true;
    if ((complete && Date.now() - since >= quiet) || Date.now() - started >= timeout) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Generator self-check: every shown part has a box, and the tag sits above the name (not the product's job). */
export function readGeometry(page: Page, keys: readonly string[]): Promise<string[]> {
  return page.evaluate((rowKeys) => {
    const gen = window.__gen!;
    const out: string[] = [];
    for (const key of rowKeys) {
      const box = (part: string) => {
        const el = gen.el(`${key}/${part}#t`);
        return el && gen.attached(`${key}/${part}`) ? el.getBoundingClientRect() : null;
      };
      const tag = box('tag');
      const name = box('name');
      if (!name || name.width === 0 || name.height === 0) out.push(`${key}: name has no box`);
      if (tag && (tag.width === 0 || tag.height === 0)) out.push(`${key}: tag has no box`);
      if (tag && name && tag.bottom > name.top + 1) out.push(`${key}: tag (bottom ${tag.bottom.toFixed(0)}) not above name (top ${name.top.toFixed(0)})`);
    }
    return out;
  }, keys);
}

/** The suspicious-dialogue count the sidebar shows (null when it shows none), from its shadow root's text. */
export function readSidebarCount(page: Page, templates: readonly string[]): Promise<number | null> {
  return page.evaluate((sources) => {
    const text = (document.querySelector('seller-sidekick')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
    for (const source of sources) {
      const m = new RegExp(source).exec(text);
      if (m) return Number(m[1]);
    }
    return null;
  }, templates.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{count\\}', '(\\d+)')));
}
