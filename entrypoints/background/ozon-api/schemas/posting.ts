// Response schemas of the FBS posting methods (v4 lists, v3 get), normalised to the client's types.
// Everything but posting_number is treated as optional: Ozon leaves blocks out by scheme (customer is empty for
// Ozon-delivered FBS) and by the `with` flags.
import * as v from 'valibot';
import { isRfbsTpl } from '../enums';
import type { Posting, PostingDetail, PostingPage } from '../types';
import { FlagSchema, OptionalDateSchema, StringListSchema, TextSchema } from './common';
import { postingEntries, type RawPosting } from './posting-fields';

function toPosting(p: RawPosting): Posting {
  const d = p.delivery_method;
  const c = p.customer;
  const x = p.cancellation;
  const a = p.analytics_data;
  const hasCustomer = c && (c.customer_id || c.name || c.phone);
  return {
    postingNumber: p.posting_number,
    ...(p.order_id ? { orderId: p.order_id } : {}),
    orderNumber: p.order_number,
    parentPostingNumber: p.parent_posting_number,
    status: p.status,
    substatus: p.substatus,
    tplIntegrationType: p.tpl_integration_type,
    integrationTypeFlow: p.integration_type_flow,
    deliverySchema: p.delivery_schema,
    isRfbs: isRfbsTpl(p.tpl_integration_type),
    availableActions: p.available_actions,
    canCreateChat: p.available_actions.includes('can_create_chat'),
    ...(p.in_process_at ? { inProcessAt: p.in_process_at } : {}),
    ...(p.shipment_date ? { shipmentDate: p.shipment_date } : {}),
    ...(p.delivering_date ? { deliveringDate: p.delivering_date } : {}),
    trackingNumber: p.tracking_number,
    isExpress: p.is_express,
    ...(d
      ? {
          deliveryMethod: {
            ...(d.id ? { id: d.id } : {}),
            name: d.name,
            tplProvider: d.tpl_provider,
            ...(d.tpl_provider_id ? { tplProviderId: d.tpl_provider_id } : {}),
            warehouse: d.warehouse,
            ...(d.warehouse_id ? { warehouseId: d.warehouse_id } : {}),
          },
        }
      : {}),
    ...(c && hasCustomer
      ? {
          customer: {
            ...(c.customer_id ? { customerId: c.customer_id } : {}),
            name: c.name,
            phone: c.phone,
            email: c.customer_email,
            ...(c.address
              ? {
                  address: {
                    addressTail: c.address.address_tail,
                    city: c.address.city,
                    region: c.address.region,
                    zipCode: c.address.zip_code,
                    country: c.address.country,
                    comment: c.address.comment,
                    ...(c.address.pvz_code ? { pvzCode: c.address.pvz_code } : {}),
                  },
                }
              : {}),
          },
        }
      : {}),
    addresseeName: p.addressee?.name ?? '',
    ...(x && (x.cancel_reason || x.cancellation_type)
      ? {
          cancellation: {
            cancelReason: x.cancel_reason,
            ...(x.cancel_reason_id ? { cancelReasonId: x.cancel_reason_id } : {}),
            cancellationInitiator: x.cancellation_initiator,
            cancellationType: x.cancellation_type,
            cancelledAfterShip: x.cancelled_after_ship,
          },
        }
      : {}),
    ...(a
      ? {
          analytics: {
            city: a.city,
            region: a.region,
            deliveryType: a.delivery_type,
            ...(a.warehouse_id ? { warehouseId: a.warehouse_id } : {}),
            warehouse: a.warehouse,
          },
        }
      : {}),
    products: p.products,
  };
}

const PostingSchema = v.pipe(v.object(postingEntries), v.transform(toPosting));

export const PostingListResponseSchema = v.pipe(
  v.object({ postings: v.nullish(v.array(PostingSchema), () => []), cursor: TextSchema, has_next: FlagSchema }),
  v.transform((r): PostingPage => ({ postings: r.postings, cursor: r.cursor, hasNext: r.has_next })),
);

const PostingDetailSchema = v.pipe(
  v.object({
    ...postingEntries,
    provider_status: TextSchema,
    previous_substatus: TextSchema,
    fact_delivery_date: OptionalDateSchema,
    related_postings: v.nullish(v.object({ related_posting_numbers: StringListSchema })),
    courier: v.nullish(v.object({ name: TextSchema, phone: TextSchema, car_model: TextSchema, car_number: TextSchema })),
  }),
  v.transform(
    (p): PostingDetail => ({
      ...toPosting(p),
      providerStatus: p.provider_status,
      previousSubstatus: p.previous_substatus,
      ...(p.fact_delivery_date ? { factDeliveryDate: p.fact_delivery_date } : {}),
      relatedPostingNumbers: p.related_postings?.related_posting_numbers ?? [],
      ...(p.courier && (p.courier.name || p.courier.phone)
        ? { courier: { name: p.courier.name, phone: p.courier.phone, carModel: p.courier.car_model, carNumber: p.courier.car_number } }
        : {}),
    }),
  ),
);

export const PostingGetResponseSchema = v.pipe(
  v.object({ result: PostingDetailSchema }),
  v.transform((r): PostingDetail => r.result),
);
