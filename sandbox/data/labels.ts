// Ground-truth labels for the scam guard, with the risk rule of the project's brief applied in one place so every
// seeded chat's verdict follows from its reasons (reason codes: README, "The observable contract").
import type { ReasonCode as ScamReasonCode } from '../../lib/scam/types';
import type { ScamLabel } from './types';

/**
 * The contract's reason codes a seeded chat can carry (never "allowlisted": that is the seller's choice, not a
 * fact of the chat). Only the detector's TYPE is shared: the labels themselves stay independent of its logic.
 */
export type ReasonCode = Exclude<ScamReasonCode, 'allowlisted'>;

/** Any one of these alone makes a chat dangerous. */
export const DANGER_REASONS: readonly ReasonCode[] = [
  'impersonates-support',
  'asks-code',
  'asks-card',
  'add-employee',
  'lookalike-domain',
  'off-platform-payment',
];

/** Each alone is a warning; two or more together are dangerous. */
export const WARN_REASONS: readonly ReasonCode[] = ['messenger-move', 'external-link', 'asks-personal-data', 'threat-urgency'];

export function labelOf(reasons: readonly ReasonCode[]): ScamLabel {
  const unique = [...new Set(reasons)];
  if (unique.length === 0) return { verdict: 'none', reasons: [] };
  const danger = unique.some((r) => DANGER_REASONS.includes(r));
  const warnCount = unique.filter((r) => WARN_REASONS.includes(r)).length;
  return { verdict: danger || warnCount >= 2 ? 'danger' : 'warn', reasons: unique };
}
