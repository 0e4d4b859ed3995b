import { describe, expect, it } from 'vitest';
import {
  BUILTIN_PRESETS,
  FORBIDDEN_PAIRS,
  PORTAL_FILTERS,
  conflictsIn,
  describeProblem,
  matchesExtra,
  presetProblems,
  type PortalFilter,
  type Preset,
} from '@/lib/presets';

const preset = (filters: PortalFilter[], extra: Preset['extra'] = {}): Preset => ({ id: 'p', name: 'P', filters, extra });

const isForbidden = (a: PortalFilter, b: PortalFilter) =>
  FORBIDDEN_PAIRS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

describe('the portal’s forbidden filter pairs', () => {
  it('lists exactly the four pairs of portal.md', () => {
    expect(FORBIDDEN_PAIRS.map((p) => [...p].sort().join('+')).sort()).toEqual(
      ['without-customer-reply+without-my-reply', 'by-order+by-products', 'unread+without-customer-reply', 'all+unread'].sort(),
    );
  });

  const pairs: [PortalFilter, PortalFilter][] = [];
  for (const [i, a] of PORTAL_FILTERS.entries()) for (const b of PORTAL_FILTERS.slice(i + 1)) pairs.push([a, b]);

  it.each(pairs)('%s + %s is refused exactly when forbidden, with a message naming both', (a, b) => {
    const problems = presetProblems(preset([a, b]));
    if (isForbidden(a, b)) {
      expect(problems).toHaveLength(1);
      const en = describeProblem(problems[0]!, 'en');
      const ru = describeProblem(problems[0]!, 'ru');
      expect(en).toMatch(/does not combine/);
      expect(ru).toMatch(/не сочетает/);
      expect(conflictsIn([a, b])).toHaveLength(1);
    } else {
      expect(problems).toEqual([]);
    }
  });

  it('names the portal labels in the message', () => {
    const [problem] = presetProblems(preset(['by-order', 'by-products']));
    expect(describeProblem(problem!, 'en')).toContain('«By order»');
    expect(describeProblem(problem!, 'ru')).toContain('«По товару»');
  });

  it('refuses malformed presets with the field named', () => {
    expect(presetProblems({ id: 'x', name: '', filters: [], extra: {} })).toEqual([{ kind: 'invalid', field: 'name' }]);
    expect(presetProblems({ id: 'x', name: 'n', filters: ['bogus'], extra: {} })[0]).toMatchObject({ kind: 'invalid' });
  });

  it('accepts every built-in preset', () => {
    for (const p of BUILTIN_PRESETS) expect(presetProblems(p)).toEqual([]);
  });
});

describe('extra criteria', () => {
  it('waiting time, scam warning, text, sku and order', () => {
    const facts = { waitingHours: 30, risk: 'warn' as const, text: 'Иван · Где мой заказ? · Заказ № 0128619527-0157', orderNumber: '0128619527-0157' };
    expect(matchesExtra(preset([], { waitingOverHours: 24 }), facts)).toBe(true);
    expect(matchesExtra(preset([], { waitingOverHours: 48 }), facts)).toBe(false);
    expect(matchesExtra(preset([], { waitingOverHours: 1 }), { ...facts, waitingHours: null })).toBe(false);
    expect(matchesExtra(preset([], { hasScamWarning: true }), facts)).toBe(true);
    expect(matchesExtra(preset([], { hasScamWarning: true }), { ...facts, risk: 'none' })).toBe(false);
    expect(matchesExtra(preset([], { textContains: 'ЗАКАЗ' }), facts)).toBe(true);
    expect(matchesExtra(preset([], { textContains: 'возврат' }), facts)).toBe(false);
    expect(matchesExtra(preset([], { orderNumber: '0128619527-0157-1' }), facts)).toBe(true);
    expect(matchesExtra(preset([], { orderNumber: '0000000000-0000' }), facts)).toBe(false);
    expect(matchesExtra(preset([], { sku: '123456' }), { ...facts, sku: '123456' })).toBe(true);
    expect(matchesExtra(preset([], { sku: '123456' }), facts)).toBe(false);
  });
});
