// The blocks of an FBS posting as Ozon sends them (v4 lists, v3 get), each field nullish where Ozon may leave it out.
// schemas/posting.ts turns them into the client's Posting.
import * as v from 'valibot';
import type { PostingProduct } from '../types';
import { CountSchema, FlagSchema, IdSchema, OptionalDateSchema, OptionalIdSchema, StringListSchema, TextSchema } from './common';

/** v4 sends `price: {amount, currency}`, v3 `price: "1234.00"` with `currency_code`. Numbers are tolerated. */
const PriceSchema = v.nullish(
  v.union([
    v.pipe(v.number(), v.transform((n) => ({ amount: String(n), currency: '' }))),
    v.pipe(v.string(), v.transform((s) => ({ amount: s, currency: '' }))),
    v.pipe(
      v.object({ amount: v.nullish(v.union([v.string(), v.number()])), currency: TextSchema, currency_code: TextSchema }),
      v.transform((p) => ({ amount: p.amount === null || p.amount === undefined ? '' : String(p.amount), currency: p.currency || p.currency_code })),
    ),
  ]),
);

const ProductSchema = v.pipe(
  v.object({
    sku: IdSchema,
    name: TextSchema,
    offer_id: TextSchema,
    quantity: CountSchema,
    price: PriceSchema,
    currency_code: TextSchema,
  }),
  v.transform(
    (p): PostingProduct => ({
      sku: p.sku,
      name: p.name,
      offerId: p.offer_id,
      quantity: p.quantity,
      price: p.price?.amount ?? '',
      currency: p.price?.currency || p.currency_code,
    }),
  ),
);

const DeliveryMethodSchema = v.object({
  id: OptionalIdSchema,
  name: TextSchema,
  tpl_provider: TextSchema,
  tpl_provider_id: OptionalIdSchema,
  warehouse: TextSchema,
  warehouse_id: OptionalIdSchema,
});

const AddressSchema = v.object({
  address_tail: TextSchema,
  city: TextSchema,
  region: TextSchema,
  zip_code: TextSchema,
  country: TextSchema,
  comment: TextSchema,
  pvz_code: OptionalIdSchema,
});

const CustomerSchema = v.object({
  customer_id: OptionalIdSchema,
  name: TextSchema,
  phone: TextSchema,
  customer_email: TextSchema,
  address: v.nullish(AddressSchema),
});

const CancellationSchema = v.object({
  cancel_reason: TextSchema,
  cancel_reason_id: OptionalIdSchema,
  cancellation_initiator: TextSchema,
  cancellation_type: TextSchema,
  cancelled_after_ship: FlagSchema,
});

const AnalyticsSchema = v.object({
  city: TextSchema,
  region: TextSchema,
  delivery_type: TextSchema,
  warehouse_id: OptionalIdSchema,
  warehouse: TextSchema,
});

/** The fields of a posting, shared by the v4 list and the v3 get. */
export const postingEntries = {
  posting_number: v.pipe(v.string(), v.minLength(1, 'A posting without posting_number')),
  order_id: OptionalIdSchema,
  order_number: TextSchema,
  parent_posting_number: TextSchema,
  status: TextSchema,
  substatus: TextSchema,
  tpl_integration_type: TextSchema,
  integration_type_flow: TextSchema,
  delivery_schema: TextSchema,
  available_actions: StringListSchema,
  in_process_at: OptionalDateSchema,
  shipment_date: OptionalDateSchema,
  delivering_date: OptionalDateSchema,
  tracking_number: TextSchema,
  is_express: FlagSchema,
  delivery_method: v.nullish(DeliveryMethodSchema),
  customer: v.nullish(CustomerSchema),
  addressee: v.nullish(v.object({ name: TextSchema })),
  cancellation: v.nullish(CancellationSchema),
  analytics_data: v.nullish(AnalyticsSchema),
  products: v.nullish(v.array(ProductSchema), () => []),
};

export type RawPosting = v.InferOutput<v.ObjectSchema<typeof postingEntries, undefined>>;
