// Ground-truth labels for the scam guard, with the risk rule of the project's brief applied in one place so every
// seeded chat's verdict follows from its reasons (reason codes: ../shared/contract.md).
import type { ScamLabel } from './types';

export type ReasonCode =
  | 'no-customer-tag'
  | 'impersonates-support'
  | 'messenger-move'
  | 'asks-code'
  | 'asks-card'
  | 'asks-personal-data'
  | 'off-platform-payment'
  | 'external-link'
  | 'lookalike-domain'
  | 'add-employee'
  | 'threat-urgency';

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
