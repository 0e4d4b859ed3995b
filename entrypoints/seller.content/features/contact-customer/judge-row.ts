// Whether a chat can be started for one row: the background's API answer decides when there is one, else the page.
import type { ShipmentEligibility } from '@/lib/protocol/messages';
import { judge, judgeEligibility, type Judgement } from '@/lib/shipments/judge';
import type { StatusCode } from '@/lib/shipments/status';
import type { ShipmentFacts } from '../../portal/orders';

/** The orders tabs that say the status of every row they list. */
const TAB_STATUS: Record<string, StatusCode> = { delivered: 'delivered', cancelled: 'cancelled' };

/** The API's answer when there is one; else the page's status word and delivery method (the tab when the status is unread). */
export function judgeRow(facts: ShipmentFacts, tab: string, answer: ShipmentEligibility | undefined): Judgement {
  if (answer) return judgeEligibility(answer);
  return judge(facts.status ?? TAB_STATUS[tab] ?? null, facts.scheme);
}
