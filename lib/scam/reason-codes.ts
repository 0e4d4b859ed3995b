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
