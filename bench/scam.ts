// Part 3: the scam detector's throughput in Node on the project's labelled corpus (tests/scam), repeated to
// 100,000 messages, each judged as one message with its item's context (as the open chat does). The limit it is
// compared with: one pass per text — lower-case, then one precompiled regex holding every term of the same rule
// table (rules.ts) — i.e. what a detector with no normalisation, sentence split or per-rule logic would cost.
import { judgeMessage } from '../lib/scam';
import { compileTerms } from '../lib/scam/compile';
import { CONTENT_RULES, IMPERSONATION_PATTERNS } from '../lib/scam/rules';
import { FULL_CORPUS } from '../tests/scam/eval';
import { median } from './stats';

export interface ScamResult {
  messages: number;
  distinct: number;
  avgChars: number;
  runs: number;
  /** Median messages per second of judgeMessage. */
  perSecond: number;
  /** Median messages per second of the limit (lower-case + one combined regex test). */
  limitPerSecond: number;
  /** How many times slower than the limit (limit rate / detector rate). */
  ratio: number;
  flagged: number;
}

export function benchScam(total = 100_000, runs = 5): ScamResult {
  const messages = FULL_CORPUS.flatMap((item) => item.input.texts.map((text) => ({ text, ctx: { ...item.input, texts: undefined } })));
  const terms = [...CONTENT_RULES.flatMap((r) => r.patterns), ...IMPERSONATION_PATTERNS].flatMap((p) => p.all.flat());
  const combined = compileTerms([...new Set(terms)]);

  const detector = (n: number): number => {
    let flagged = 0;
    for (let i = 0; i < n; i++) {
      const m = messages[i % messages.length]!;
      if (judgeMessage(m.text, m.ctx).risk !== 'none') flagged++;
    }
    return flagged;
  };
  const limit = (n: number): number => {
    let hits = 0;
    for (let i = 0; i < n; i++) {
      const m = messages[i % messages.length]!;
      if (combined.test(m.text.toLowerCase())) hits++;
    }
    return hits;
  };

  // Warm-up (JIT), then alternate the two so that machine noise hits both alike.
  detector(5_000);
  limit(5_000);
  const rates: number[] = [];
  const limitRates: number[] = [];
  let flagged = 0;
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    flagged = detector(total);
    rates.push((total / (performance.now() - t)) * 1000);
    t = performance.now();
    limit(total);
    limitRates.push((total / (performance.now() - t)) * 1000);
  }
  const perSecond = median(rates) ?? 0;
  const limitPerSecond = median(limitRates) ?? 0;
  return {
    messages: total,
    distinct: messages.length,
    avgChars: Math.round(messages.reduce((a, m) => a + m.text.length, 0) / messages.length),
    runs,
    perSecond: Math.round(perSecond),
    limitPerSecond: Math.round(limitPerSecond),
    ratio: limitPerSecond / perSecond,
    flagged,
  };
}
