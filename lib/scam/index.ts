// Scam guard: a pure, explainable detector (no DOM, no storage, no network; safe in any context).
//
//   judge({ senderName, tag, list, chatType?, userType?, texts, allowlisted? }) → { risk, reasons }
//   judgeMessage(text, context?)  – one message in an open chat, with what is known of its sender.
//
// - `tag`: the tag seen on the page ('customer' | 'support'), null when none is shown, undefined when unknown.
// - `list`: the messenger list ('customers' = group customers_v2). Only the Customers list holds customers' chats.
// - `texts`: incoming message texts (or the row preview). Pass the customer's messages; the seller's own messages
//   are harmless to include but can only add noise.
// - API `chatType` / `userType` outrank the page (an API-verified support chat is never flagged by content).
// - Risk: any danger reason → danger; two different warn reasons → danger; else warn (rules.ts, WEIGHT).
//   `no-customer-tag` warns but does not escalate. Allowlisted → 'none' with the single reason `allowlisted`
//   (its evidence says what the verdict would have been).
// - Reason codes are the contract's (README, "The observable contract"); each reason has `en` / `ru` text and
//   often `evidence`.
export type { Reason, ReasonCode, Risk, ScamInput, Verdict } from './types';
export { judge, judgeMessage, riskOf } from './judge';
export { REASON_TEXT } from './texts';
export { GENUINE_OZON_DOMAINS, findDomains, isGenuineOzon, type FoundDomain, type DomainKind } from './domains';
export { normaliseText } from './normalise';
