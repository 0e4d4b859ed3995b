// The FBS posting methods (/v4/posting/fbs/list, /v3/posting/fbs/get).
import type { DateInput, DecimalId, SortDir } from './common';

export interface PostingProduct {
  sku: DecimalId;
  name: string;
  offerId: string;
  quantity: number;
  /** Decimal string as Ozon sends it, e.g. "1234.00". */
  price: string;
  currency: string;
}

export interface PostingDeliveryMethod {
  id?: DecimalId;
  name: string;
  tplProvider: string;
  tplProviderId?: DecimalId;
  warehouse: string;
  warehouseId?: DecimalId;
}

export interface PostingCustomer {
  customerId?: DecimalId;
  name: string;
  /** Ozon's substitute number, when the posting allows it. */
  phone: string;
  email: string;
  address?: {
    addressTail: string;
    city: string;
    region: string;
    zipCode: string;
    country: string;
    comment: string;
    pvzCode?: DecimalId;
  };
}

export interface PostingCancellation {
  cancelReason: string;
  cancelReasonId?: DecimalId;
  cancellationInitiator: string;
  cancellationType: string;
  cancelledAfterShip: boolean;
}

export interface Posting {
  postingNumber: string;
  orderId?: DecimalId;
  orderNumber: string;
  parentPostingNumber: string;
  status: string;
  substatus: string;
  tplIntegrationType: string;
  integrationTypeFlow: string;
  deliverySchema: string;
  /** realFBS: tpl_integration_type is non_integrated, 3pl_tracking or aggregator (the seller delivers). */
  isRfbs: boolean;
  availableActions: string[];
  /** `available_actions` holds can_create_chat: /v1/chat/start will open a chat. */
  canCreateChat: boolean;
  inProcessAt?: string;
  shipmentDate?: string;
  deliveringDate?: string;
  trackingNumber: string;
  isExpress: boolean;
  deliveryMethod?: PostingDeliveryMethod;
  customer?: PostingCustomer;
  addresseeName: string;
  cancellation?: PostingCancellation;
  analytics?: { city: string; region: string; deliveryType: string; warehouseId?: DecimalId; warehouse: string };
  products: PostingProduct[];
}

export interface PostingDetail extends Posting {
  providerStatus: string;
  previousSubstatus: string;
  factDeliveryDate?: string;
  relatedPostingNumbers: string[];
  courier?: { name: string; phone: string; carModel: string; carNumber: string };
}

export interface PostingPage {
  postings: Posting[];
  cursor: string;
  hasNext: boolean;
}

export interface PostingWith {
  analyticsData?: boolean;
  barcodes?: boolean;
  financialData?: boolean;
  legalInfo?: boolean;
}

export interface PostingListFilter {
  since: DateInput;
  to: DateInput;
  statuses?: string[];
  orderId?: DecimalId;
  /** At most 100. */
  orderNumbers?: string[];
  deliveryMethodIds?: DecimalId[];
  providerIds?: DecimalId[];
  warehouseIds?: DecimalId[];
  integrationTypeFlow?: string[];
  lastChangedStatusDate?: { from?: DateInput; to?: DateInput };
}

export interface PostingListRequest {
  filter: PostingListFilter;
  /** 1..100. */
  limit?: number;
  cursor?: string;
  sortDir?: SortDir;
  translit?: boolean;
  with?: PostingWith;
}

export interface GetPostingRequest {
  postingNumber: string;
  with?: PostingWith & { productExemplars?: boolean; relatedPostings?: boolean; translit?: boolean };
}
