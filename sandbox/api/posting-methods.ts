// The FBS/rFBS posting methods: /v4/posting/fbs/list, /v4/posting/fbs/unfulfilled/list, /v3/posting/fbs/get.
import type { SeedPosting } from '../data/types';
import { decodeCursor, pageAfter, sortByKey } from './cursor';
import { badRequest } from './errors';
import { postingOfBody, type ApiMethod } from './method';
import type { Body } from './request-fields';
import { limitOf, optBool, optDate, optInt64, optInt64Array, optObject, optString, optStringArray } from './request-fields';
import type { PostingWith } from './posting-json';
import { postingDetailJson, postingV4Json } from './posting-json';

const YEAR_MS = 366 * 24 * 3600 * 1000;
/** Statuses an unfulfilled posting can have (seller-api.md §2.6). */
const UNFULFILLED = new Set([
  'awaiting_registration',
  'acceptance_in_progress',
  'awaiting_approve',
  'awaiting_packaging',
  'awaiting_deliver',
  'arbitration',
  'client_arbitration',
  'delivering',
  'driver_pickup',
  'not_accepted',
]);

function withOf(body: Body): PostingWith {
  const w = optObject(body, 'with');
  const flags: PostingWith = {};
  for (const key of ['analytics_data', 'barcodes', 'financial_data', 'legal_info', 'product_exemplars', 'related_postings'] as const) {
    if (optBool(w, key) === true) flags[key] = true;
  }
  return flags;
}

function sortDirOf(body: Body): 'asc' | 'desc' {
  const dir = optString(body, 'sort_dir') ?? 'ASC';
  if (dir !== 'ASC' && dir !== 'DESC') throw badRequest(`sort_dir: invalid value "${dir}"`);
  return dir === 'ASC' ? 'asc' : 'desc';
}

const within = (iso: string | null, from: Date | undefined, to: Date | undefined): boolean => {
  if (from === undefined && to === undefined) return true;
  if (iso === null) return false;
  const t = Date.parse(iso);
  return (from === undefined || t >= from.getTime()) && (to === undefined || t <= to.getTime());
};

/** Page of postings sorted by `timeOf` then posting number; the answer's `{cursor, has_next, postings}`. */
function page(
  postings: SeedPosting[],
  body: Body,
  timeOf: (p: SeedPosting) => string,
  list: string,
  defaultLimit?: number,
): { cursor: string; has_next: boolean; postings: SeedPosting[] } {
  const limit = limitOf(body, 100, defaultLimit);
  const order = sortDirOf(body);
  const after = decodeCursor(optString(body, 'cursor'), list);
  const keyOf = (p: SeedPosting): { t: number; id: string } => ({ t: Date.parse(timeOf(p)), id: p.postingNumber });
  const sorted = sortByKey(postings, keyOf, order);
  const result = pageAfter(sorted, keyOf, after, limit, order, list);
  return { cursor: result.cursor, has_next: result.hasNext, postings: result.page };
}

export const fbsList: ApiMethod = {
  path: '/v4/posting/fbs/list',
  chat: false,
  handle({ world, body }) {
    if (!('filter' in body)) throw badRequest('filter: is required');
    const filter = optObject(body, 'filter');
    const since = optDate(filter, 'since');
    const to = optDate(filter, 'to');
    if (since === undefined || to === undefined) throw badRequest('filter.since and filter.to are required');
    if (since > to) throw badRequest('filter.since must not be later than filter.to');
    if (to.getTime() - since.getTime() > YEAR_MS) throw badRequest('the period between filter.since and filter.to must not exceed one year');
    const statuses = optStringArray(filter, 'statuses');
    const orderNumbers = optStringArray(filter, 'order_numbers');
    if (orderNumbers !== undefined && orderNumbers.length > 100) throw badRequest('filter.order_numbers: at most 100 values');
    const orderId = optInt64(filter, 'order_id');
    const flows = optStringArray(filter, 'integration_type_flow');
    optInt64Array(filter, 'delivery_method_ids');
    optInt64Array(filter, 'provider_ids');
    const warehouseIds = optInt64Array(filter, 'warehouse_ids');
    if (warehouseIds !== undefined && warehouseIds.length > 1000) throw badRequest('filter.warehouse_ids: at most 1000 values');

    const matching = world.data.postings.filter(
      (p) =>
        within(p.inProcessAt, since, to) &&
        (statuses === undefined || statuses.length === 0 || statuses.includes(p.status)) &&
        (orderNumbers === undefined || orderNumbers.length === 0 || orderNumbers.includes(p.orderNumber)) &&
        (orderId === undefined || orderId === '0' || p.orderId === orderId) &&
        (flows === undefined || flows.length === 0 || flows.includes(p.tplIntegrationType === 'hybryd' ? 'hybrid' : p.tplIntegrationType)),
    );
    const w = withOf(body);
    const result = page(matching, body, (p) => p.inProcessAt, 'fbs-list');
    return { cursor: result.cursor, has_next: result.has_next, postings: result.postings.map((p) => postingV4Json(p, w)) };
  },
};

export const fbsUnfulfilledList: ApiMethod = {
  path: '/v4/posting/fbs/unfulfilled/list',
  chat: false,
  handle({ world, body }) {
    const filter = optObject(body, 'filter');
    const cutoffFrom = optDate(filter, 'cutoff_from');
    const cutoffTo = optDate(filter, 'cutoff_to');
    const deliveringFrom = optDate(filter, 'delivering_date_from');
    const deliveringTo = optDate(filter, 'delivering_date_to');
    const statuses = optStringArray(filter, 'statuses');
    const unknown = statuses?.find((s) => !UNFULFILLED.has(s));
    if (unknown !== undefined) throw badRequest(`filter.statuses: "${unknown}" is not an unfulfilled status`);

    const matching = world.data.postings.filter(
      (p) =>
        UNFULFILLED.has(p.status) &&
        (statuses === undefined || statuses.length === 0 || statuses.includes(p.status)) &&
        within(p.shipmentDate, cutoffFrom, cutoffTo) &&
        within(p.deliveringDate, deliveringFrom, deliveringTo),
    );
    const w = withOf(body);
    const result = page(matching, body, (p) => p.shipmentDate, 'fbs-unfulfilled', 100);
    return {
      count: matching.length,
      cursor: result.cursor,
      has_next: result.has_next,
      postings: result.postings.map((p) => postingV4Json(p, w)),
    };
  },
};

export const fbsGet: ApiMethod = {
  path: '/v3/posting/fbs/get',
  chat: false,
  handle(ctx) {
    return { result: postingDetailJson(postingOfBody(ctx), withOf(ctx.body)) };
  },
};
