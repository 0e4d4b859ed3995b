// Scam guard: a pure, explainable detector (no DOM, no storage). See rules.ts for the rule table and how reasons
// combine into a risk.
export type { Reason, ReasonCode, Risk, ScamInput, Verdict } from './types';
export { judge, judgeMessage, riskOf } from './judge';
export { REASON_TEXT } from './texts';
export { GENUINE_OZON_DOMAINS, findDomains, isGenuineOzon, type FoundDomain, type DomainKind } from './domains';
export { normaliseText } from './normalise';
