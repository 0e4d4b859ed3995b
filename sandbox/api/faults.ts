// Switchable faults for exercising the extension's error handling: one global fault, plus per-path rules with an
// optional count and probability. Probabilities draw from a seeded PRNG so a run can be replayed exactly.
import { createRng } from '../data/prng';
import type { Fault, FaultController, FaultKind, FaultRuleOptions, FaultSpec } from './types';

export const FAULT_KINDS: readonly FaultKind[] = [
  'invalid-key',
  'premium-required',
  'rate-limit',
  'server-error',
  'slow',
  'malformed-json',
  'reset',
];

interface Rule {
  matches: (path: string) => boolean;
  fault: Fault;
  remaining: number; // Infinity when unlimited
  probability: number;
}

/** `*` matches any run of characters; everything else literally. */
function patternMatcher(pattern: string | RegExp): (path: string) => boolean {
  if (pattern instanceof RegExp) return (path) => pattern.test(path);
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const re = new RegExp(`^${source}$`);
  return (path) => re.test(path);
}

export function createFaultController(seed = 1): FaultController {
  const rng = createRng(seed);
  let global: Fault | undefined;
  let rules: Rule[] = [];

  return {
    set(fault) {
      global = { ...fault };
    },
    clear() {
      global = undefined;
      rules = [];
    },
    setFor(pathPattern, fault, opts: FaultRuleOptions = {}) {
      rules.push({
        matches: patternMatcher(pathPattern),
        fault: { ...fault },
        remaining: opts.times ?? Infinity,
        probability: opts.probability ?? 1,
      });
    },
    pick(path, target = { chat: true }) {
      // 'premium-required' is what chat methods answer in practice; other methods never get it.
      const applies = (fault: Fault): boolean => fault.kind !== 'premium-required' || target.chat;
      // Latest rule first, so a narrower rule added later overrides an earlier broad one.
      for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (rule === undefined || !rule.matches(path) || !applies(rule.fault)) continue;
        if (rule.probability < 1 && rng.next() >= rule.probability) continue;
        rule.remaining -= 1;
        if (rule.remaining <= 0) rules.splice(i, 1);
        return rule.fault;
      }
      return global !== undefined && applies(global) ? global : undefined;
    },
  };
}

/** Applies a control-surface spec (`POST /__replica/faults`); `{}` clears. Throws on an invalid spec. */
export function applyFaultSpec(faults: FaultController, spec: FaultSpec): void {
  if (spec.kind === undefined) {
    if (Object.keys(spec).length > 0) throw new Error('a fault spec needs a kind (or send {} to clear)');
    faults.clear();
    return;
  }
  if (!FAULT_KINDS.includes(spec.kind)) throw new Error(`unknown fault kind "${String(spec.kind)}"`);
  if (spec.delayMs !== undefined && !(Number.isFinite(spec.delayMs) && spec.delayMs >= 0)) throw new Error('delayMs must be ≥ 0');
  if (spec.times !== undefined && !(Number.isInteger(spec.times) && spec.times > 0)) throw new Error('times must be a positive integer');
  if (spec.probability !== undefined && !(spec.probability >= 0 && spec.probability <= 1)) throw new Error('probability must be within [0, 1]');
  const fault: Fault = spec.delayMs === undefined ? { kind: spec.kind } : { kind: spec.kind, delayMs: spec.delayMs };
  if (spec.path === undefined && spec.times === undefined && spec.probability === undefined) {
    faults.set(fault);
  } else {
    faults.setFor(spec.path ?? '*', fault, { times: spec.times, probability: spec.probability });
  }
}
