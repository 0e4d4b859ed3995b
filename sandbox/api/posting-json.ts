// SeedPosting → the posting JSON of /v4/posting/fbs/list, /v4/posting/fbs/unfulfilled/list (v4 shape) and
// /v3/posting/fbs/get (v3 detail shape). int64 ids (order_id, sku, warehouse ids…) are LosslessNumber.
import { LosslessNumber } from 'lossless-json';
import type { SeedPosting, SeedProduct } from '../data/types';
import { derivedId } from './derive';

const int64 = (decimal: string): LosslessNumber => new LosslessNumber(decimal);

/** The delivery schemes where the seller delivers and Ozon hands the customer's details over (realFBS). */
const RFBS = new Set(['non_integrated', '3pl_tracking', 'aggregator']);
export const isRfbs = (posting: SeedPosting): boolean => RFBS.has(posting.tplIntegrationType);

export interface PostingWith {
  analytics_data?: boolean;
  barcodes?: boolean;
  financial_data?: boolean;
  legal_info?: boolean;
  product_exemplars?: boolean;
  related_postings?: boolean;
}

function deliveryMethod(p: SeedPosting): Record<string, unknown> {
  const ozon = p.tplIntegrationType === 'ozon' || p.tplIntegrationType === 'hybryd';
  return {
    id: int64(derivedId(`method:${p.deliveryMethodName}`, 14)),
    name: p.deliveryMethodName,
    tpl_provider: ozon ? 'Ozon Логистика' : p.deliveryMethodName,
    tpl_provider_id: int64(ozon ? '24' : derivedId(`provider:${p.deliveryMethodName}`, 4)),
    warehouse: p.warehouseName,
    warehouse_id: int64(derivedId(`warehouse:${p.warehouseName}`, 16)),
  };
}

function cancellation(p: SeedPosting): Record<string, unknown> {
  const cancelled = p.status === 'cancelled';
  // Ozon sends the object for every posting, zero-valued unless cancelled.
  return {
    cancel_reason_id: cancelled ? 352 : 0,
    cancel_reason: cancelled ? 'Покупатель отменил заказ' : '',
    cancellation_type: cancelled ? 'customer' : '',
    cancelled_after_ship: false,
    affect_cancellation_rating: false,
    cancellation_initiator: cancelled ? 'Покупатель' : '',
  };
}

/** The v4 lists carry `customer_email`; the v3 detail's customer has no such field. */
function customer(p: SeedPosting, detail: boolean): Record<string, unknown> {
  const phoneShown = detail && p.availableActions.includes('customer_phone_available');
  return {
    customer_id: int64(derivedId(`customer:${p.orderId}`, 9)),
    name: p.customerName,
    phone: phoneShown ? `+7${derivedId(`phone:${p.postingNumber}`, 10)}` : '',
    ...(detail ? {} : { customer_email: '' }),
    address: {
      address_tail: 'ул. Ленина, д. 1, кв. 1',
      city: 'Москва',
      comment: '',
      country: 'Россия',
      district: '',
      region: 'Москва',
      zip_code: '101000',
      latitude: 55.7558,
      longitude: 37.6173,
      provider_pvz_code: '',
      pvz_code: 0,
    },
  };
}

function productV4(product: SeedProduct): Record<string, unknown> {
  return {
    sku: int64(product.sku),
    name: product.name,
    offer_id: product.offerId,
    quantity: product.quantity,
    price: { amount: product.price, currency: 'RUB' },
    imei: [],
    is_blr_traceable: false,
    is_marketplace_buyout: false,
  };
}

function productV3(product: SeedProduct): Record<string, unknown> {
  return {
    sku: int64(product.sku),
    name: product.name,
    offer_id: product.offerId,
    quantity: product.quantity,
    price: product.price,
    currency_code: 'RUB',
    is_blr_traceable: false,
    is_marketplace_buyout: false,
    mandatory_mark: [],
    dimensions: { height: '100.00', length: '150.00', weight: '300', width: '80.00' },
    is_weight_needed: false,
    has_imei: false,
  };
}

function optionalBlocks(p: SeedPosting, w: PostingWith): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (w.analytics_data === true) {
    out.analytics_data = {
      city: isRfbs(p) ? 'Москва' : '',
      region: isRfbs(p) ? 'Москва' : '',
      delivery_type: p.tplIntegrationType === 'ozon' ? 'PVZ' : 'Courier',
      is_premium: false,
      is_legal: false,
      payment_type_group_name: 'Карты оплаты',
      warehouse: p.warehouseName,
      warehouse_id: int64(derivedId(`warehouse:${p.warehouseName}`, 16)),
    };
  }
  if (w.barcodes === true) {
    out.barcodes = { upper_barcode: `%101%${derivedId(p.postingNumber, 9)}`, lower_barcode: derivedId(`lb:${p.postingNumber}`, 14) };
  }
  if (w.legal_info === true) out.legal_info = { company_name: '', inn: '', kpp: '' };
  if (w.financial_data === true) {
    out.financial_data = {
      cluster_from: 'Москва, МО и Дальние регионы',
      cluster_to: 'Москва, МО и Дальние регионы',
      products: p.products.map((product) => ({
        product_id: int64(product.sku),
        price: Number(product.price),
        old_price: Number(product.price),
        payout: Math.round(Number(product.price) * 85) / 100,
        quantity: product.quantity,
        total_discount_percent: 0,
        total_discount_value: 0,
        actions: [],
      })),
    };
  }
  return out;
}

function common(p: SeedPosting): Record<string, unknown> {
  const rfbs = isRfbs(p);
  return {
    posting_number: p.postingNumber,
    order_id: int64(p.orderId),
    order_number: p.orderNumber,
    parent_posting_number: '',
    status: p.status,
    substatus: p.substatus,
    tpl_integration_type: p.tplIntegrationType,
    integration_type_flow: p.tplIntegrationType === 'hybryd' ? 'hybrid' : p.tplIntegrationType,
    delivery_method: deliveryMethod(p),
    tracking_number: '',
    in_process_at: p.inProcessAt,
    shipment_date: p.shipmentDate,
    ...(p.deliveringDate === null ? {} : { delivering_date: p.deliveringDate }),
    available_actions: [...p.availableActions],
    cancellation: cancellation(p),
    ...(rfbs ? { addressee: { name: p.customerName } } : {}),
    is_express: false,
    is_multibox: false,
    multi_box_qty: 1,
  };
}

/** The v4 list posting. Lists never show the customer's phone (get it from /v3/posting/fbs/get). */
export function postingV4Json(p: SeedPosting, w: PostingWith = {}): Record<string, unknown> {
  return {
    ...common(p),
    ...(isRfbs(p) ? { customer: customer(p, false) } : {}),
    products: p.products.map(productV4),
    is_presortable: false,
    is_click_and_collect: false,
    ...optionalBlocks(p, w),
  };
}

/** The v3 detail (`result` of /v3/posting/fbs/get). */
export function postingDetailJson(p: SeedPosting, w: PostingWith = {}): Record<string, unknown> {
  return {
    ...common(p),
    ...(isRfbs(p) ? { customer: customer(p, true) } : {}),
    products: p.products.map(productV3),
    additional_data: [],
    delivery_price: '',
    provider_status: '',
    previous_substatus: '',
    ...(p.deliveredAt === null ? {} : { fact_delivery_date: p.deliveredAt }),
    ...(w.related_postings === true ? { related_postings: { related_posting_numbers: [] } } : {}),
    ...(w.product_exemplars === true
      ? { product_exemplars: { products: p.products.map((product) => ({ sku: int64(product.sku), exemplars: [] })) } }
      : {}),
    ...optionalBlocks(p, w),
  };
}
