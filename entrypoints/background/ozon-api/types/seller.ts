// /v1/seller/info, normalised.

export type SubscriptionType = 'UNKNOWN' | 'UNSPECIFIED' | 'PREMIUM' | 'PREMIUM_LITE' | 'PREMIUM_PLUS' | 'PREMIUM_PRO';

export interface SellerInfo {
  companyName: string;
  legalName: string;
  subscription: {
    /** Unknown values become 'UNKNOWN'; `raw` keeps what Ozon sent. */
    type: SubscriptionType;
    raw: string;
    isPremium: boolean;
    /** True for Premium Plus and Premium Pro, the subscriptions that open the chat methods. */
    hasChatApi: boolean;
  };
}
