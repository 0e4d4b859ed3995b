// Delivery scheme: is a shipment realFBS (the seller delivers, alone or through an integrated or partner service)?
// Only realFBS shipments can have a chat started by the seller in the portal. From the list's delivery-method text
// or the API's `tpl_integration_type`.
import { normaliseText } from './status';

export type Scheme = 'rfbs' | 'not-rfbs';

/** tpl_integration_type values of realFBS (sandbox/portal/DOM.md, the delivery method cell). */
export const REAL_FBS_TPL: readonly string[] = ['non_integrated', '3pl_tracking', 'aggregator'];
/** Ozon delivers, or the hybrid Russian Post scheme: not realFBS. */
export const OTHER_TPL: readonly string[] = ['ozon', 'hybryd', 'hybrid'];

export function schemeOfTpl(tpl: string | null | undefined): Scheme | null {
  if (!tpl) return null;
  const value = tpl.toLowerCase();
  if (REAL_FBS_TPL.includes(value)) return 'rfbs';
  if (OTHER_TPL.includes(value)) return 'not-rfbs';
  return null;
}

/** Text markers of realFBS delivery methods (normalised: lower case, «ё» → «е»). Checked first, so a partner
 * delivery named after Ozon («Ozon 合作伙伴配送») is realFBS. */
export const RFBS_MARKERS: readonly RegExp[] = [
  /\br-?fbs\b/,
  /\brealfbs\b/,
  /\breal fbs\b/,
  /(^|[^\p{L}])rfbs/u,
  /доставка продавца/,
  /доставка силами продавца/,
  /интегрированная служба доставки/,
  /партнерская доставка/,
  /seller'?s delivery/,
  /delivery by (the )?seller/,
  /integrated delivery service/,
  /partner delivery/,
  // Chinese (assumed, docs/portal-reading.md): the seller's own, an integrated or non-integrated service, a partner.
  /卖家配送/,
  /卖家自行配送/,
  /卖家自配送/,
  /集成物流/,
  /集成配送/,
  /合作伙伴配送/,
  /合作配送/,
];

/** Markers of schemes that are not realFBS: Ozon's own delivery and the hybrid scheme. */
export const OTHER_MARKERS: readonly RegExp[] = [
  /доставка ozon/,
  /ozon delivery/,
  /delivery by ozon/,
  /гибрид/,
  /hybrid/,
  /^fbs$/,
  /ozon ?(?:配送|物流)/,
  /混合/,
];

/** The scheme a delivery-method text names, or null when it names none we know. */
export function schemeOfText(text: string): Scheme | null {
  const norm = normaliseText(text);
  if (!norm) return null;
  if (RFBS_MARKERS.some((re) => re.test(norm))) return 'rfbs';
  if (OTHER_MARKERS.some((re) => re.test(norm))) return 'not-rfbs';
  return null;
}
