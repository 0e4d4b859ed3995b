// The messenger's filter controls (Without your reply, Unread, All chats…) and the Reset button, found by their
// exact labels (words.ts) or, on a Chinese page whose labels we do not know, by their key words
// (filter-keywords.ts), and which of them are pressed.
import { PORTAL_FILTERS, type PortalFilter } from '@/lib/presets/filters';
import { isPortalElement, labelOf, scopeElement, textLines } from '../dom-text';
import { runTarget, type Target, type TargetResult } from '../targets';
import { CHECK_INPUT_SELECTOR, CONTROL_SELECTOR, PRESSED_ATTRIBUTES } from './cues';
import { keywordControls } from './filter-keywords';
import { filterOfLabel, isResetLabel } from './words';

export interface FilterControl {
  filter: PortalFilter;
  el: HTMLElement;
  pressed: boolean;
  disabled: boolean;
}

function isPressed(el: Element): boolean {
  for (const attr of PRESSED_ATTRIBUTES) if (el.getAttribute(attr) === 'true') return true;
  const input = el.querySelector(CHECK_INPUT_SELECTOR);
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
        cue: 'button or role=button/switch/tab with the exact label (en/ru/zh)',
        find: (scope: ParentNode) => labelledControls(scope).filter((c) => c.filter === filter).map((c) => controlOf(filter, c.el)),
      },
      {
        cue: 'any element whose own text is the exact label (en/ru/zh)',
        find: (scope: ParentNode) =>
          textLines(scopeElement(scope))
            .filter((line) => filterOfLabel(line.text) === filter && isPortalElement(line.el))
            .map((line) => controlOf(filter, clickableOf(line.el))),
      },
      {
        cue: 'a control of the Chinese filter bar whose label has the filter’s key words',
        find: (scope: ParentNode) => keywordControls(scope).filter((c) => c.filter === filter).map((c) => controlOf(filter, c.el)),
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
      cue: 'button labelled Reset filters / Сбросить фильтры / 重置筛选',
      find: (scope) => [...scope.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)].filter((el) => isPortalElement(el) && isResetLabel(labelOf(el))),
    },
    {
      cue: 'any element whose own text is Reset filters / Сбросить фильтры / 重置筛选',
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

/** Whether an element holds the filter controls or the Reset button (no dialogue row or open chat does). */
export function holdsFilterControls(el: Element): boolean {
  return [...el.querySelectorAll(CONTROL_SELECTOR)].some((c) => filterOfLabel(labelOf(c)) !== null || isResetLabel(labelOf(c)));
}
