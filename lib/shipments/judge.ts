// Can the seller start a chat for this shipment? The portal allows it for realFBS shipments that are neither
// delivered nor cancelled (docs/portal-reading.md). Judged from the page (status word + delivery-method text) or,
// when a store is connected, from the background's API data, which decides.
import { schemeOfTpl, type Scheme } from './scheme';
import { isStatusCode, type StatusCode } from './status';

/** Why a chat cannot be started for a shipment. */
export type EligibilityReason = 'delivered' | 'cancelled' | 'not-rfbs' | 'window-closed' | 'unknown';

/** The background's answer for one posting (getShipmentEligibility), judged with the Seller API's data. */
export interface ShipmentEligibility {
  postingNumber: string;
  eligible: boolean;
  reason?: EligibilityReason;
  status?: string;
  tplIntegrationType?: string;
}

export type Judgement = { eligible: true } | { eligible: false; reason: EligibilityReason };

export const ELIGIBLE: Judgement = { eligible: true };

/**
 * The rule, in the portal's order: a delivered or cancelled shipment says so whatever its scheme; then a shipment
 * that is not realFBS; an unread status or scheme is 'unknown' rather than a guess.
 */
export function judge(status: StatusCode | null, scheme: Scheme | null): Judgement {
  if (status === 'delivered') return { eligible: false, reason: 'delivered' };
  if (status === 'cancelled') return { eligible: false, reason: 'cancelled' };
  if (scheme === 'not-rfbs') return { eligible: false, reason: 'not-rfbs' };
  if (scheme === null || status === null) return { eligible: false, reason: 'unknown' };
  return ELIGIBLE;
}

/** Shipment data as the API gives it (posting/fbs/get or list). */
export interface PostingFacts {
  status?: string | null;
  tplIntegrationType?: string | null;
  /** `available_actions` where present: `can_create_chat` there means the chat can be started. */
  availableActions?: readonly string[] | null;
}

/** The API's data decides: status and tpl_integration_type, and `available_actions` when present. */
export function judgeFacts(facts: PostingFacts): Judgement {
  const status = facts.status && isStatusCode(facts.status) ? facts.status : null;
  const base = judge(status, schemeOfTpl(facts.tplIntegrationType));
  const actions = facts.availableActions;
  if (!actions || actions.length === 0) return base;
  if (actions.includes('can_create_chat')) return base.eligible || base.reason === 'unknown' ? ELIGIBLE : base;
  // Actions are listed but starting a chat is not among them: the window is closed unless the rule says why.
  return base.eligible ? { eligible: false, reason: 'window-closed' } : base;
}

/** The background's answer for one posting, as a judgement (it already applied the rule with the API's data). */
export function judgeEligibility(answer: ShipmentEligibility): Judgement {
  if (answer.eligible) return ELIGIBLE;
  return { eligible: false, reason: answer.reason ?? 'unknown' };
}
