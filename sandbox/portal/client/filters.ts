// The customers group's filter toggles and their rules (DOM.md): forbidden pairs disable each other while one is
// pressed; "All chats" means no filter and is released by pressing any other.
import { FORBIDDEN_PAIRS } from '../../data/filters';
import type { PortalFilter } from '../../data/types';
import { FILTER_LABEL, FILTERS } from '../labels';
import { h } from './dom';
import { lang, t } from './env';

export function blockedBy(filter: PortalFilter, pressed: ReadonlySet<PortalFilter>): boolean {
  return FORBIDDEN_PAIRS.some(([a, b]) => (a === filter && pressed.has(b)) || (b === filter && pressed.has(a)));
}

/** The pressed set after a click on `filter` (a disabled button is never clicked). */
export function toggle(filter: PortalFilter, pressed: ReadonlySet<PortalFilter>): Set<PortalFilter> {
  const next = new Set(pressed);
  if (next.has(filter)) next.delete(filter);
  else if (filter === 'all') return new Set<PortalFilter>(['all']);
  else {
    next.delete('all');
    next.add(filter);
  }
  return next;
}

export function filterBar(pressed: ReadonlySet<PortalFilter>, onChange: (next: Set<PortalFilter>) => void): HTMLElement {
  const buttons = FILTERS.map((filter) => {
    const disabled = blockedBy(filter, pressed);
    return h(
      'button',
      {
        class: 'filterBtn',
        attrs: { type: 'button', 'aria-pressed': String(pressed.has(filter)), disabled: disabled ? '' : undefined, 'aria-disabled': disabled ? 'true' : undefined },
        on: { click: () => onChange(toggle(filter, pressed)) },
      },
      FILTER_LABEL[filter][lang],
    );
  });
  const reset = h('button', { class: 'resetBtn', attrs: { type: 'button' }, on: { click: () => onChange(new Set()) } }, t('resetFilters'));
  return h('div', { class: 'filters' }, ...buttons, reset);
}
