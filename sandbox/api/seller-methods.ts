// /v1/seller/info: the company and its subscription (the extension checks `subscription.is_premium` up front).
import type { SeedSeller } from '../data/types';
import type { ApiMethod } from './method';

/** Subscriptions that open the chat methods (seller-api.md §1: Premium Plus or Premium Pro). */
export const CHAT_SUBSCRIPTIONS: ReadonlySet<SeedSeller['subscription']> = new Set(['PREMIUM_PLUS', 'PREMIUM_PRO']);

export const sellerInfo: ApiMethod = {
  path: '/v1/seller/info',
  chat: false,
  handle({ world }) {
    const seller = world.data.seller;
    return {
      company: {
        country: 'RU',
        currency: 'RUB',
        inn: '7700000000',
        legal_name: `Общество с ограниченной ответственностью ${seller.companyName.replace(/^ООО\s*/, '')}`,
        name: seller.companyName,
        ogrn: '1027700000000',
        ownership_form: 'ООО',
        tax_system: 'USN',
      },
      ratings: [],
      subscription: { is_premium: seller.subscription !== 'UNSPECIFIED', type: seller.subscription },
    };
  },
};
