import { describe, expect, it } from 'vitest';
import { evaluate, FULL_CORPUS } from '../../../scam/eval';

describe('scam guard on the labelled corpus', () => {
  const e = evaluate();
  it('is big enough and covers both languages and every reason', () => {
    expect(e.size).toBeGreaterThanOrEqual(220);
    const all = FULL_CORPUS.flatMap((i) => i.input.texts).join(' ');
    expect(all).toMatch(/[а-я]/);
    expect(all).toMatch(/\b(the|please)\b/i);
    const codes = new Set(FULL_CORPUS.flatMap((i) => i.reasons));
    for (const c of ['no-customer-tag', 'impersonates-support', 'messenger-move', 'asks-code', 'asks-card', 'asks-personal-data', 'off-platform-payment', 'external-link', 'lookalike-domain', 'add-employee', 'threat-urgency', 'allowlisted']) {
      expect(codes.has(c as never), c).toBe(true);
    }
    expect(new Set(FULL_CORPUS.map((i) => i.id)).size).toBe(FULL_CORPUS.length);
  });
  it('recall ≥ 95 % and false-positive rate ≤ 2 % overall', () => {
    expect(e.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(e.overall.fpr).toBeLessThanOrEqual(0.02);
  });
  it('the evaluation counts what it should', () => {
    const fake = evaluate(FULL_CORPUS.slice(0, 20), () => ({ risk: 'none', reasons: [] }));
    expect(fake.overall.tp).toBe(0);
    expect(fake.overall.fn).toBe(FULL_CORPUS.slice(0, 20).filter((i) => i.risk !== 'none').length);
  });
});
