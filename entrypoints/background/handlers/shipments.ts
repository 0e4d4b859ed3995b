// Contact Customer eligibility from the Seller API's data (the page judges from its own text when there is none):
// the portal lets a seller start a chat only for realFBS shipments not yet delivered or cancelled; where Ozon lists
// `available_actions` without `can_create_chat`, the window has closed.
import type { RequestOf } from '../../../lib/protocol/messages';
import { judgeFacts, type ShipmentEligibility } from '../../../lib/shipments/judge';
import type { PostingRecord } from '../db/schema';
import { listStores } from '../db/repo';
import type { HandlerContext } from '../context';

const POSTING_TTL_MS = 10 * 60_000;

/** The same rule as the page's (lib/shipments), fed with the API's status, scheme and available actions. */
export function judgePosting(posting: Pick<PostingRecord, 'postingNumber' | 'status' | 'tplIntegrationType' | 'availableActions'>): ShipmentEligibility {
  const judgement = judgeFacts(posting);
  return {
    postingNumber: posting.postingNumber,
    status: posting.status,
    tplIntegrationType: posting.tplIntegrationType,
    ...judgement,
  };
}

export async function getShipmentEligibility(ctx: HandlerContext, request: RequestOf<'getShipmentEligibility'>): Promise<Record<string, ShipmentEligibility>> {
  const { db, deps, now } = ctx;
  const result: Record<string, ShipmentEligibility> = {};
  const stores = (await listStores(db)).filter((s) => s.mode === 'api');
  let missing = [...new Set(request.postingNumbers)];
  for (const store of stores) {
    if (missing.length === 0) break;
    const stale: string[] = [];
    for (const number of missing) {
      const cached = await db.get('postings', [store.id, number]);
      if (cached && now() - cached.fetchedAt < POSTING_TTL_MS) result[number] = judgePosting(cached);
      else stale.push(number);
    }
    if (stale.length > 0) {
      const fetched = await deps.apiFor(store).postings(stale);
      const tx = db.transaction('postings', 'readwrite');
      for (const posting of fetched) {
        const record: PostingRecord = { storeId: store.id, ...posting, fetchedAt: now() };
        await tx.store.put(record);
        result[posting.postingNumber] = judgePosting(record);
      }
      await tx.done;
    }
    missing = missing.filter((n) => !result[n]);
  }
  return result;
}
