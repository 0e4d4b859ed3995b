// The messenger page's adapters: the chat list and its dialogue rows, the open chat, the filter controls and the
// message box, each found by stable cues only (link targets, visible English/Russian text, roles/ARIA, layout).
import type { PortalFilter } from '@/lib/presets/filters';
import { PORTAL_FILTERS } from '@/lib/presets/filters';
import { isPortalElement, labelOf, textLines } from '../dom-text';
import { commonAncestor, itemsFromSeeds, type Seed } from '../rows';
import { runTarget, type Target, type TargetResult } from '../targets';
import { filterOfLabel, isResetLabel, isYouLabel, tagOf, type ChatTag, type RowContext } from '../text-cues';
import { isTimeLike } from '../time-cues';
import { BASE_MODEL, readRowUnits, type ChatListModel } from './chat-row';
import { learnChatList } from './chat-list-model';
import { findChatPanel } from './chat-panel';
import { readChatHeader } from './chat-header';
import { hasLayout } from '../text-units';

// ---------------------------------------------------------------- links

/** Relative links ("?group=…&id=…") resolve against the page; outside a web page, against the messenger. */
function linkBase(): string {
  const href = typeof location !== 'undefined' ? location.href : '';
  return /^https?:/.test(href) ? href : 'https://seller.ozon.ru/app/messenger';
}

/** The chat id of a link to an open chat (`/app/messenger?…&id=<uuid>`, also relative), else null. */
export function chatIdOfHref(href: string | null | undefined, base: string = linkBase()): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    if (!/^\/app\/messenger\/?$/.test(url.pathname)) return null;
    const id = url.searchParams.get('id');
    return id && /^[0-9a-zA-Z-]{4,64}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** Links to a chat: absolute or relative, the id in any query position. */
const CHAT_LINK_SELECTOR = 'a[href*="id="]';

function chatLinks(scope: ParentNode): HTMLAnchorElement[] {
  return [...scope.querySelectorAll<HTMLAnchorElement>(CHAT_LINK_SELECTOR)].filter(
    (a) => chatIdOfHref(a.getAttribute('href')) !== null && isPortalElement(a),
  );
}

// ---------------------------------------------------------------- filter controls

export interface FilterControl {
  filter: PortalFilter;
  el: HTMLElement;
  pressed: boolean;
  disabled: boolean;
}

const CONTROL_SELECTOR = 'button, [role="button"], [role="switch"], [role="checkbox"], [role="tab"], [role="radio"], [role="option"]';

function isPressed(el: Element): boolean {
  for (const attr of ['aria-pressed', 'aria-checked', 'aria-selected']) if (el.getAttribute(attr) === 'true') return true;
  const input = el.querySelector('input[type="checkbox"], input[type="radio"]');
  return input instanceof HTMLInputElement && input.checked;
}

function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}

function controlOf(filter: PortalFilter, el: HTMLElement): FilterControl {
  return { filter, el, pressed: isPressed(el), disabled: isDisabled(el) };
}

/** The element that should receive a click for a line of text: the nearest clickable ancestor, else itself. */
function clickableOf(el: Element): HTMLElement {
  return (el.closest(`${CONTROL_SELECTOR}, label, a`) ?? el) as HTMLElement;
}

/**
 * Every control of the page with a filter label, found in one pass and reused by the six filter targets within
 * the same task (the page cannot change in between): a scan runs on every batch of added nodes.
 */
let labelledCache: { scope: ParentNode; controls: { filter: PortalFilter; el: HTMLElement }[] } | null = null;
function labelledControls(scope: ParentNode): { filter: PortalFilter; el: HTMLElement }[] {
  // A click may re-render the controls synchronously: a cache holding a detached control is not reused.
  if (labelledCache?.scope === scope && labelledCache.controls.every((c) => c.el.isConnected)) return labelledCache.controls;
  const controls: { filter: PortalFilter; el: HTMLElement }[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)) {
    const filter = filterOfLabel(labelOf(el));
    if (filter && isPortalElement(el)) controls.push({ filter, el });
  }
  labelledCache = { scope, controls };
  queueMicrotask(() => (labelledCache = null));
  return controls;
}

function filterTarget(filter: PortalFilter): Target<FilterControl> {
  return {
      name: `filter:${filter}`,
      expect: 'one',
      finders: [
        {
          cue: 'button or role=button/switch/tab with the exact label (en/ru)',
          find: (scope: ParentNode) => labelledControls(scope).filter((c) => c.filter === filter).map((c) => controlOf(filter, c.el)),
        },
        {
          cue: 'any element whose own text is the exact label (en/ru)',
          find: (scope: ParentNode) =>
            textLines(scopeElement(scope))
              .filter((line) => filterOfLabel(line.text) === filter && isPortalElement(line.el))
              .map((line) => controlOf(filter, clickableOf(line.el))),
        },
      ],
  };
}

export const filterTargets = Object.fromEntries(PORTAL_FILTERS.map((filter) => [filter, filterTarget(filter)])) as unknown as Record<
  PortalFilter,
  Target<FilterControl>
>;

export const resetTarget: Target<HTMLElement> = {
  name: 'reset-filters',
  expect: 'optional',
  finders: [
    {
      cue: 'button labelled Reset filters / Сбросить фильтры',
      find: (scope) => [...scope.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)].filter((el) => isPortalElement(el) && isResetLabel(labelOf(el))),
    },
    {
      cue: 'any element whose own text is Reset filters / Сбросить фильтры',
      find: (scope) => textLines(scopeElement(scope)).filter((l) => isResetLabel(l.text)).map((l) => clickableOf(l.el)),
    },
  ],
};

export interface FilterScan {
  controls: Partial<Record<PortalFilter, FilterControl>>;
  reset: HTMLElement | null;
  results: TargetResult<unknown>[];
}

export function findFilterControls(scope: ParentNode = document): FilterScan {
  const controls: Partial<Record<PortalFilter, FilterControl>> = {};
  const results: TargetResult<unknown>[] = [];
  for (const filter of PORTAL_FILTERS) {
    const result = runTarget(filterTargets[filter], scope);
    results.push(result);
    if (result.found[0]) controls[filter] = result.found[0];
  }
  const reset = runTarget(resetTarget, scope);
  results.push(reset);
  return { controls, reset: reset.found[0] ?? null, results };
}

/** The set of pressed portal filters, "All chats" counted as no filter. */
export function pressedFilters(scan: FilterScan): PortalFilter[] {
  return PORTAL_FILTERS.filter((f) => f !== 'all' && scan.controls[f]?.pressed);
}

// ---------------------------------------------------------------- open chat panel and message box

function scopeElement(scope: ParentNode): Element {
  // nodeType, not instanceof: the page's and the content script's globals may differ.
  if ((scope as Node).nodeType === 9) {
    const doc = scope as Document;
    return doc.body ?? doc.documentElement;
  }
  return scope as Element;
}

const BOX_SELECTOR = 'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]';

export const messageBoxTarget: Target<HTMLElement> = {
  name: 'message-box',
  expect: 'one',
  finders: [
    { cue: '<textarea>', find: (scope) => [...scope.querySelectorAll<HTMLElement>('textarea')].filter(isPortalElement) },
    {
      cue: '[contenteditable] / [role=textbox]',
      find: (scope) => [...scope.querySelectorAll<HTMLElement>('[contenteditable="true"], [contenteditable=""], [role="textbox"]')].filter(isPortalElement),
    },
  ],
};

export const chatPanelTarget: Target<Element> = {
  name: 'open-chat',
  expect: 'one',
  finders: [
    { cue: 'div[active-chat-id]', find: (scope) => [...scope.querySelectorAll('[active-chat-id]')].filter(isPortalElement) },
    {
      cue: 'the column around the message box (layout), else its largest ancestor holding no list parts',
      find: (scope) => {
        const box = [...scope.querySelectorAll(BOX_SELECTOR)].find(isPortalElement);
        return box ? [findChatPanel(box, holdsListParts)] : [];
      },
    },
  ],
};

/** Whether an element holds parts of the chat list or the filters (the open chat's panel never does). */
function holdsListParts(el: Element): boolean {
  return chatLinks(el).length > 0 || holdsFilterControls(el);
}

// ---------------------------------------------------------------- chat list

export interface ChatRow {
  /** The dialogue's element (gets our data-sidekick-* attributes). */
  el: Element;
  /** From the row's link; null when rows are not links. */
  chatId: string | null;
  tag: ChatTag | null;
  name: string | null;
  preview: string | null;
  time: string | null;
  unread: number;
  context: RowContext | null;
  /** Everything visible in the row, for text criteria. */
  text: string;
  /** The last activity's moment when the page states it exactly (`<time datetime>`), epoch ms. */
  timestamp: number | null;
}

export interface ChatListScan {
  list: Element | null;
  rows: ChatRow[];
  /** What this scan learnt of the list: the tag's and name's shapes, a learnt tag word, the fail-safe. */
  model: ChatListModel;
  results: TargetResult<unknown>[];
}

/** Elements never part of a row: the open chat and anything holding the filter controls or the message box. */
function excluded(panel: Element | null): (el: Element) => boolean {
  return (el) => (panel !== null && (panel === el || panel.contains(el) || el.contains(panel))) || el.querySelector(BOX_SELECTOR) !== null;
}

/** The page's top bar (e.g. its language links keep the open chat's `&id=`) holds no dialogue. */
const BANNER_SELECTOR = 'header, [role="banner"]';

function rowSeedsByLinks(scope: ParentNode, panel: Element | null): Seed[] {
  return chatLinks(scope)
    .filter((a) => !panel?.contains(a) && !a.closest(BANNER_SELECTOR))
    .map((a) => ({ el: a, key: chatIdOfHref(a.getAttribute('href'))! }));
}

function rowSeedsByLines(scope: ParentNode, panel: Element | null, test: (text: string) => boolean): Seed[] {
  return textLines(scopeElement(scope))
    .filter((l) => test(l.text) && !panel?.contains(l.el) && isPortalElement(l.el))
    .map((l, i) => ({ el: l.el, key: `line-${i}` }));
}

function rowsFinder(cue: string, seeds: (scope: ParentNode, panel: Element | null) => Seed[], repeated: boolean) {
  return {
    cue,
    find: (scope: ParentNode): Element[] => {
      const panel = runTarget(chatPanelTarget, scope).found[0] ?? null;
      const isExcluded = excluded(panel);
      const stop = (el: Element) => isExcluded(el) || holdsFilterControls(el);
      const items = itemsFromSeeds(seeds(scope, panel), stop)
        .map((item) => item.el)
        .filter((el) => !isExcluded(el));
      return repeated ? inRepeatedGroups(items) : items;
    },
  };
}

/**
 * Rows found by a line they show (a time, a tag) are rows only where they repeat: siblings under one list. A lone
 * time elsewhere on the page (a notice, a clock) is no dialogue.
 */
function inRepeatedGroups(items: readonly Element[]): Element[] {
  const byParent = new Map<Element | null, number>();
  for (const el of items) byParent.set(el.parentElement, (byParent.get(el.parentElement) ?? 0) + 1);
  return items.filter((el) => (byParent.get(el.parentElement) ?? 0) >= 2);
}

function holdsFilterControls(el: Element): boolean {
  return [...el.querySelectorAll(CONTROL_SELECTOR)].some((c) => filterOfLabel(labelOf(c)) !== null || isResetLabel(labelOf(c)));
}

export const chatRowsTarget: Target<Element> = {
  name: 'chat-rows',
  expect: 'many',
  finders: [
    rowsFinder('link to /app/messenger?id=<chat> (the row is the largest element around it holding no other chat)', rowSeedsByLinks, false),
    rowsFinder('a time or date per row, in any format (repeated siblings)', (scope, panel) => rowSeedsByLines(scope, panel, isTimeLike), true),
    rowsFinder('a Customer/Покупатель or Support/Поддержка tag per row (repeated siblings)', (scope, panel) => rowSeedsByLines(scope, panel, (t) => tagOf(t) !== null), true),
  ],
};

function timestampOf(el: Element): number | null {
  const stamp = el.querySelector('time[datetime]')?.getAttribute('datetime');
  const ms = stamp && /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(stamp) ? Date.parse(stamp) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

/** Reads one dialogue row (chat-row.ts): tag, name, preview, time, unread count, context, by what each is. */
export function readRow(el: Element, model: ChatListModel = BASE_MODEL): ChatRow {
  return rowOfReading(el, readRowUnits(el, model));
}

function rowOfReading(el: Element, reading: ReturnType<typeof readRowUnits>): ChatRow {
  const link = el.matches('a[href]') ? el : [...el.querySelectorAll(CHAT_LINK_SELECTOR)].find((a) => chatIdOfHref(a.getAttribute('href')) !== null);
  return {
    el,
    chatId: chatIdOfHref(link?.getAttribute('href')),
    tag: reading.tag,
    name: reading.name,
    preview: reading.preview,
    time: reading.time,
    unread: reading.unread,
    context: reading.context,
    text: reading.text,
    timestamp: timestampOf(el),
  };
}

/** Whether the page's list is the Customers list, where the portal shows a tag on every dialogue. */
function listGuaranteesTags(scope: ParentNode): boolean {
  const doc = (scope as Node).nodeType === 9 ? (scope as Document) : (scope as Node).ownerDocument;
  const href = doc?.location?.href ?? '';
  if (!/^https?:/.test(href)) return true;
  const url = new URL(href);
  if (!/^\/app\/messenger\/?$/.test(url.pathname)) return false;
  const group = url.searchParams.get('group');
  return group === null || group === '' || group === 'customers_v2';
}

export function scanChatList(scope: ParentNode = document): ChatListScan {
  const rowsResult = runTarget(chatRowsTarget, scope);
  const { model, readings } = learnChatList(rowsResult.found, listGuaranteesTags(scope));
  const rows = rowsResult.found.map((el, i) => rowOfReading(el, readings[i]!));
  const list = commonAncestor(rowsResult.found);
  const listResult: TargetResult<unknown> = {
    name: 'chat-list',
    found: list ? [list] : [],
    finder: rowsResult.finder && 'the common ancestor of the rows',
    finderIndex: rowsResult.finderIndex,
    ok: list !== null,
    ambiguous: false,
  };
  const named = rows.filter((r) => r.name !== null).length;
  const nameResult: TargetResult<unknown> = {
    name: 'row-names',
    found: rows.filter((r) => r.name !== null),
    finder: 'the first line of a row after its tag',
    finderIndex: 0,
    ok: rows.length === 0 || named * 2 >= rows.length,
    ambiguous: false,
  };
  return { list, rows, model, results: [listResult, rowsResult, nameResult] };
}

// ---------------------------------------------------------------- open chat

export type Side = 'left' | 'right' | 'centre' | 'unknown';

export interface ChatMessage {
  el: Element;
  side: Side;
  author: 'customer' | 'seller' | 'system' | 'unknown';
  text: string;
  time: string | null;
}

export interface OpenChat {
  panel: Element;
  chatId: string | null;
  name: string | null;
  tag: ChatTag | null;
  messages: ChatMessage[];
  box: HTMLElement | null;
}

/** Side from layout: the message's box against its list's box; else the computed alignment; else unknown. */
export function sideOfLayout(el: Element, container: Element): Side {
  const c = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (c.width > 0 && r.width > 0 && r.width < c.width * 0.95) {
    const left = r.left - c.left;
    const right = c.right - r.right;
    if (Math.abs(left - right) <= c.width * 0.08) return 'centre';
    return left < right ? 'left' : 'right';
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return 'unknown';
  for (let e: Element | null = el; e && e !== container; e = e.parentElement) {
    const s = view.getComputedStyle(e);
    const parent = e.parentElement ? view.getComputedStyle(e.parentElement) : null;
    if (['flex-end', 'end', 'self-end', 'right'].includes(s.alignSelf)) return 'right';
    if (s.alignSelf === 'center') return 'centre';
    if (['flex-start', 'start', 'self-start', 'left'].includes(s.alignSelf)) return 'left';
    if (s.marginLeft === 'auto' && s.marginRight === 'auto') return 'centre';
    if (s.marginLeft === 'auto') return 'right';
    if (s.marginRight === 'auto') return 'left';
    if (parent && parent.display.includes('flex')) {
      const axis = parent.flexDirection.startsWith('column') ? parent.alignItems : parent.justifyContent;
      if (['flex-end', 'end', 'right'].includes(axis)) return 'right';
      if (axis === 'center') return 'centre';
      if (['flex-start', 'start', 'left'].includes(axis)) return 'left';
    }
    if (s.textAlign === 'right' || s.textAlign === 'end') return 'right';
    if (s.textAlign === 'center') return 'centre';
  }
  return 'unknown';
}

const AUTHOR: Record<Side, ChatMessage['author']> = { left: 'customer', right: 'seller', centre: 'system', unknown: 'unknown' };

export interface OpenChatScan {
  chat: OpenChat | null;
  results: TargetResult<unknown>[];
}

/**
 * A chat of one message has no neighbour to bound the climb from its time (itemsFromSeeds then climbs only pure
 * wrappers, so it stays on the time line): its bubble is the nearest ancestor that also holds something besides
 * times (the text, or the «Вы»/"You" label). Climbing no further keeps it off the message list itself.
 */
function loneBubble(timeEl: Element, stop: (el: Element) => boolean): Element {
  for (let el: Element | null = timeEl; el && !stop(el); el = el.parentElement) {
    if (textLines(el).some((l) => !isTimeLike(l.text))) return el;
  }
  return timeEl;
}

export function readOpenChat(scope: ParentNode = document, urlChatId: string | null = null, model: ChatListModel = BASE_MODEL): OpenChatScan {
  const panelResult = runTarget(chatPanelTarget, scope);
  const panel = panelResult.found[0];
  if (!panel) return { chat: null, results: [panelResult] };
  const lines = textLines(panel);
  const header = readChatHeader(panel, hasLayout(panel), model);
  const { name, tag } = header;
  const headerEl = header.el;
  // Messages: one per bubble time; a message is the largest element around its time holding no other message.
  const timeSeeds = lines
    .filter((l) => isTimeLike(l.text) && !(headerEl && headerEl.contains(l.el)))
    .map((l, i) => ({ el: l.el, key: `m${i}` }));
  const box = runTarget(messageBoxTarget, panel).found[0] ?? null;
  const stop = (el: Element) => el === panel || (box !== null && el.contains(box)) || (headerEl !== null && el.contains(headerEl));
  const items = itemsFromSeeds(timeSeeds, stop);
  if (items.length === 1) items[0]!.el = loneBubble(items[0]!.el, stop);
  const container = commonAncestor(items.map((i) => i.el)) ?? panel;
  const messages = items.map(({ el }): ChatMessage => {
    const own = textLines(el);
    const you = own.some((l) => isYouLabel(l.text));
    const time = own.find((l) => isTimeLike(l.text))?.text ?? null;
    const body = own.filter((l) => !isYouLabel(l.text) && l.text !== time);
    const main = body.reduce<(typeof body)[number] | null>((best, l) => (!best || l.text.length > best.text.length ? l : best), null);
    let side: Side = you ? 'right' : sideOfLayout(main?.el ?? el, container);
    if (side === 'unknown' && main && main.el !== el) side = sideOfLayout(el, container);
    return { el, side, author: AUTHOR[side], text: body.map((l) => l.text).join('\n'), time };
  });
  const chatId = panel.getAttribute('active-chat-id') || urlChatId;
  const results: TargetResult<unknown>[] = [
    panelResult,
    { name: 'chat-header', found: name ? [name] : [], finder: tag ? 'the text left of the tag' : 'heading', finderIndex: tag ? 0 : 1, ok: name !== null, ambiguous: false },
    { name: 'messages', found: messages, finder: 'a time per message', finderIndex: 0, ok: true, ambiguous: false },
    { name: 'message-box', found: box ? [box] : [], finder: box ? 'textarea / textbox' : null, finderIndex: box ? 0 : -1, ok: box !== null, ambiguous: false },
  ];
  return { chat: { panel, chatId, name, tag, messages, box }, results };
}
