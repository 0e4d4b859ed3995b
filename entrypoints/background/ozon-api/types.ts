// The client's public types: requests as the extension writes them (camelCase), results after normalisation.
// Every 64-bit id (message, order, sku, customer, warehouse…) is a decimal string: JS numbers lose digits past 2^53.

/** A uint64/int64 id as a decimal string, e.g. "3000000000817031942". */
export type DecimalId = string;

// ---------- Seller ----------

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

// ---------- Chats ----------

export type ChatStatus = 'OPENED' | 'CLOSED' | 'UNSPECIFIED';
export type ChatStatusFilter = 'ALL' | 'OPENED' | 'CLOSED';

export interface ChatSummary {
  chatId: string;
  /** Upper-cased with underscores, e.g. 'BUYER_SELLER'; unknown types are kept as sent (upper-cased). */
  chatType: string;
  /** BUYER_SELLER or BUYER_SELLER_SELECT, in any case, with or without underscores. Unknown types: false. */
  isBuyerChat: boolean;
  chatStatus: ChatStatus;
  createdAt: string;
  firstUnreadMessageId?: DecimalId;
  lastMessageId?: DecimalId;
  unreadCount: number;
}

export interface ChatListPage {
  chats: ChatSummary[];
  totalUnreadCount: number;
  cursor: string;
  hasNext: boolean;
}

export interface ChatListFilter {
  chatStatus?: ChatStatusFilter;
  unreadOnly?: boolean;
  /** Page size, 1..100 (Ozon's default 30). */
  limit?: number;
}

export interface ChatListRequest extends ChatListFilter {
  cursor?: string;
}

/** Who wrote a message. 'system' is anything Ozon did not document (and what we cannot tell apart). */
export type MessageAuthor = 'customer' | 'seller' | 'support' | 'courier' | 'crm' | 'notification' | 'chatbot' | 'system';

export interface ChatMessage {
  messageId: DecimalId;
  createdAt: string;
  author: MessageAuthor;
  /** `user.type` as Ozon sent it (e.g. 'Сustomer' with a Cyrillic С). */
  userType: string;
  userId: string;
  isRead: boolean;
  isImage: boolean;
  moderateImageStatus?: string;
  /** Markdown paragraphs as sent. Untrusted: render as text. */
  data: string[];
  /** `data` joined with newlines. */
  text: string;
  orderNumber?: string;
  sku?: DecimalId;
}

export interface ChatHistoryPage {
  messages: ChatMessage[];
  hasNext: boolean;
}

export type HistoryDirection = 'Forward' | 'Backward';

export type ChatHistoryRequest = {
  chatId: string;
  /** 1..1000 (Ozon's default 50). */
  limit?: number;
  messageIds?: DecimalId[];
} & (
  | { direction?: 'Backward'; fromMessageId?: DecimalId }
  /** Ozon requires a starting message when reading forward. */
  | { direction: 'Forward'; fromMessageId: DecimalId }
);

export interface StartChatRequest {
  postingNumber: string;
}

export interface StartChatResult {
  chatId: string;
}

export interface SendMessageRequest {
  chatId: string;
  /** Plain text, 1–1000 characters. */
  text: string;
}

export interface SendMessageResult {
  /** Ozon's `result`, "success" when sent. */
  result: string;
}

export interface ReadChatRequest {
  chatId: string;
  /** Marks this message and every earlier one as read; all when omitted. */
  fromMessageId?: DecimalId;
}

export interface ReadChatResult {
  unreadCount: number;
}

// ---------- Postings ----------

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

export interface UnfulfilledPostingPage extends PostingPage {
  count: number;
}

export type SortDir = 'ASC' | 'DESC';
/** A date-time: a Date or an ISO 8601 string. */
export type DateInput = Date | string;

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

export interface UnfulfilledFilter {
  cutoffFrom?: DateInput;
  cutoffTo?: DateInput;
  deliveringDateFrom?: DateInput;
  deliveringDateTo?: DateInput;
  statuses?: string[];
  deliveryMethodIds?: DecimalId[];
  providerIds?: DecimalId[];
  warehouseIds?: DecimalId[];
  lastChangedStatusDate?: { from?: DateInput; to?: DateInput };
}

export interface UnfulfilledListRequest {
  filter?: UnfulfilledFilter;
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
