// Seeded FBS / realFBS postings: every status and delivery scheme, with the portal's Contact Customer ground truth.
import { customerName, DELIVERY_METHODS, PRODUCTS, WAREHOUSES } from './catalog';
import type { Rng } from './prng';
import type { PostingStatus, SeedPosting, SeedProduct, TplIntegrationType } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const ALL_STATUSES: readonly PostingStatus[] = [
  'awaiting_packaging', 'awaiting_deliver', 'delivering', 'arbitration', 'delivered', 'cancelled',
  'awaiting_registration', 'acceptance_in_progress', 'awaiting_approve', 'driver_pickup', 'sent_by_seller',
];
const STATUS_WEIGHTS: readonly [PostingStatus, number][] = [
  ['awaiting_packaging', 18], ['awaiting_deliver', 14], ['delivering', 18], ['arbitration', 4], ['delivered', 28],
  ['cancelled', 12], ['awaiting_registration', 1], ['acceptance_in_progress', 1], ['awaiting_approve', 2],
  ['driver_pickup', 1], ['sent_by_seller', 1],
];
export const ALL_TPL: readonly TplIntegrationType[] = ['ozon', 'non_integrated', '3pl_tracking', 'aggregator', 'hybryd'];
const TPL_WEIGHTS: readonly [TplIntegrationType, number][] = [
  ['non_integrated', 30], ['3pl_tracking', 15], ['aggregator', 10], ['ozon', 35], ['hybryd', 10],
];

const REAL_FBS: readonly TplIntegrationType[] = ['non_integrated', '3pl_tracking', 'aggregator'];
export const isRealFbs = (tpl: TplIntegrationType): boolean => REAL_FBS.includes(tpl);

const SUBSTATUS: Record<PostingStatus, string> = {
  awaiting_packaging: 'posting_created',
  awaiting_deliver: 'posting_awaiting_registration',
  delivering: 'posting_in_carriage',
  arbitration: 'posting_in_arbitration',
  delivered: 'posting_delivered',
  cancelled: 'posting_canceled',
  awaiting_registration: 'posting_awaiting_registration',
  acceptance_in_progress: 'posting_acceptance_in_progress',
  awaiting_approve: 'posting_created',
  driver_pickup: 'posting_driver_pick_up',
  sent_by_seller: 'posting_transferred_to_courier_service',
};

/** Statuses after which the parcel is (or was) on its way: they carry a delivering date. */
const SHIPPED: readonly PostingStatus[] = ['delivering', 'arbitration', 'delivered', 'driver_pickup', 'sent_by_seller'];

function weighted<T>(rng: Rng, table: readonly [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [v, w] of table) {
    r -= w;
    if (r < 0) return v;
  }
  return (table[table.length - 1] as [T, number])[0];
}

export function contactOf(status: PostingStatus, tpl: TplIntegrationType): SeedPosting['contact'] {
  if (status === 'delivered') return { eligible: false, reason: 'delivered' };
  if (status === 'cancelled') return { eligible: false, reason: 'cancelled' };
  if (!isRealFbs(tpl)) return { eligible: false, reason: 'not-rfbs' };
  return { eligible: true, reason: null };
}

function actionsOf(status: PostingStatus, tpl: TplIntegrationType, eligible: boolean): string[] {
  const out: string[] = [];
  if (status === 'awaiting_packaging' || status === 'awaiting_approve') out.push('cancel', 'product_cancel', 'ship', 'ship_async');
  if (status === 'awaiting_deliver') out.push('cancel', 'label_download', 'label_download_big', 'label_download_small');
  if (isRealFbs(tpl) && (status === 'awaiting_deliver' || status === 'sent_by_seller')) out.push('set_track_number', 'non_int_delivering');
  if (status === 'delivering' || status === 'driver_pickup') out.push('arbitration', 'click_track_number');
  if (isRealFbs(tpl) && status === 'delivering') out.push('non_int_last_mile', 'non_int_delivered');
  if (status === 'delivered') out.push('invoice_get');
  if (eligible) out.push('can_create_chat', 'customer_phone_available');
  return out;
}

function productsOf(rng: Rng): SeedProduct[] {
  const count = rng.pick([1, 1, 1, 2, 2, 3]);
  const out: SeedProduct[] = [];
  for (let i = 0; i < count; i++) {
    const item = rng.pick(PRODUCTS);
    const index = PRODUCTS.indexOf(item);
    out.push({
      sku: String(1_500_000_000 + index * 7919 + 13),
      name: item.name,
      offerId: item.offerId,
      quantity: rng.pick([1, 1, 1, 2, 3]),
      price: `${item.price}.00`,
    });
  }
  return out;
}

export function generatePostings(rng: Rng, count: number, nowMs: number): SeedPosting[] {
  const out: SeedPosting[] = [];
  const usedOrders = new Set<string>();
  while (out.length < count) {
    let orderNumber: string;
    do orderNumber = `0${rng.int(100_000_000, 199_999_999)}-${rng.digits(4)}`;
    while (usedOrders.has(orderNumber));
    usedOrders.add(orderNumber);
    const orderId = String(rng.int(30_000_000, 89_999_999) * 1000 + rng.int(0, 999));
    const parts = Math.min(count - out.length, rng.chance(0.18) ? 2 : 1);
    const name = customerName(rng.pick, rng.chance(0.9) ? 'ru' : 'en');
    const inProcessMs = nowMs - rng.int(2 * HOUR, 28 * DAY);
    for (let part = 1; part <= parts; part++) {
      const i = out.length;
      // The first postings walk every status and scheme, so even a small seed covers them all.
      const status = i < ALL_STATUSES.length ? (ALL_STATUSES[i] as PostingStatus) : weighted(rng, STATUS_WEIGHTS);
      const tpl = i < ALL_TPL.length * 3 ? (ALL_TPL[i % ALL_TPL.length] as TplIntegrationType) : weighted(rng, TPL_WEIGHTS);
      const shipmentMs = inProcessMs + rng.int(1, 3) * DAY;
      const deliveringMs = SHIPPED.includes(status) ? Math.min(shipmentMs + rng.int(1, 20) * HOUR, nowMs - HOUR) : null;
      const deliveredMs = status === 'delivered' && deliveringMs !== null ? Math.min(deliveringMs + rng.int(1, 4) * DAY, nowMs - 30 * 60_000) : null;
      const contact = contactOf(status, tpl);
      out.push({
        postingNumber: `${orderNumber}-${part}`,
        orderNumber,
        orderId,
        status,
        substatus: SUBSTATUS[status],
        tplIntegrationType: tpl,
        deliveryMethodName: rng.pick(DELIVERY_METHODS[tpl]),
        warehouseName: rng.pick(WAREHOUSES),
        inProcessAt: new Date(inProcessMs).toISOString(),
        shipmentDate: new Date(shipmentMs).toISOString(),
        deliveringDate: deliveringMs === null ? null : new Date(deliveringMs).toISOString(),
        deliveredAt: deliveredMs === null ? null : new Date(deliveredMs).toISOString(),
        customerName: name,
        products: productsOf(rng),
        availableActions: actionsOf(status, tpl, contact.eligible),
        contact,
        chatId: null,
      });
    }
  }
  return out;
}
