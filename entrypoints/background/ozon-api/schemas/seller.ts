// Response schema of /v1/seller/info.
import * as v from 'valibot';
import { subscriptionOf } from '../enums';
import type { SellerInfo } from '../types';
import { FlagSchema, TextSchema } from './common';

export const SellerInfoResponseSchema = v.pipe(
  v.object({
    company: v.nullish(v.object({ name: TextSchema, legal_name: TextSchema })),
    subscription: v.nullish(v.object({ type: TextSchema, is_premium: FlagSchema })),
  }),
  v.transform((r): SellerInfo => {
    const raw = r.subscription?.type ?? '';
    const type = subscriptionOf(raw);
    return {
      companyName: r.company?.name ?? '',
      legalName: r.company?.legal_name ?? '',
      subscription: {
        type,
        raw,
        isPremium: r.subscription?.is_premium ?? false,
        hasChatApi: type === 'PREMIUM_PLUS' || type === 'PREMIUM_PRO',
      },
    };
  }),
);
