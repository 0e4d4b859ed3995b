// A quick-reply template: text with placeholders, filled per chat. Written in the seller's language: the portal
// translates outgoing messages into the customer's.
import * as v from 'valibot';

export const PLACEHOLDERS = ['posting_number', 'order_number', 'customer_name', 'product', 'seller_name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const TemplateSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
  /** 1–1000 characters once filled (the portal's limit); the raw text may be a little longer. */
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(1200)),
});
export type Template = v.InferOutput<typeof TemplateSchema>;

export const MAX_MESSAGE_LENGTH = 1000;
