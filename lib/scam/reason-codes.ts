// The scam guard's reason codes (README, "The observable contract"); 'allowlisted' is a verdict, not a rule one can
// switch off.
export const REASON_CODES = [
  'no-customer-tag',
  'impersonates-support',
  'messenger-move',
  'asks-code',
  'asks-card',
  'asks-personal-data',
  'off-platform-payment',
  'external-link',
  'lookalike-domain',
  'add-employee',
  'threat-urgency',
  'allowlisted',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const SWITCHABLE_RULES = REASON_CODES.filter((code) => code !== 'allowlisted');

/** For codes that arrive as plain strings (a stored verdict, a message): is it one we know? */
export function isReasonCode(code: string): code is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(code);
}
