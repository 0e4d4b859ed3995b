// The replicas' shared world: one seeded data set that both the portal replica and the Seller API replica serve,
// so a chat seen on the page and the same chat fetched from the API agree. Deterministic for a given seed and `now`.

export type Lang = 'en' | 'ru' | 'zh';

/** The tag the portal shows above the sender's name (none for some senders, the case the scam guard warns on). */
export type PortalTag = 'customer' | 'support' | null;

export type MessageAuthor = 'customer' | 'seller' | 'support' | 'notification' | 'crm' | 'chatbot';

export interface SeedMessage {
  /** uint64 as a decimal string (> 2^53): the API sends it as a JSON number, as Ozon does. */
  messageId: string;
  createdAt: string; // ISO
  author: MessageAuthor;
  text: string;
  isRead: boolean;
}

export type ChatContext =
  | { kind: 'order'; orderNumber: string; postingNumber: string }
  | { kind: 'product'; sku: string; productName: string }
  | null;

/** Ground truth for the scam guard's tests (never shown by the replica). */
export interface ScamLabel {
  verdict: 'none' | 'warn' | 'danger';
  reasons: string[]; // reason codes of README, "The observable contract"
}

export interface SeedChat {
  chatId: string; // UUID
  group: 'customers_v2' | 'support_v2' | 'main';
  /** The API's chat_type (v3 spelling). */
  chatType: 'BUYER_SELLER' | 'BUYER_SELLER_SELECT' | 'SELLER_SUPPORT' | 'SELLER_NOTIFICATION_LOGISTICS' | 'SELLER_API_UPDATES' | 'UNSPECIFIED';
  chatStatus: 'OPENED' | 'CLOSED';
  senderName: string;
  tag: PortalTag;
  createdAt: string;
  context: ChatContext;
  messages: SeedMessage[]; // oldest first
  label: ScamLabel;
}

export type PostingStatus =
  | 'awaiting_packaging'
  | 'awaiting_deliver'
  | 'delivering'
  | 'arbitration'
  | 'delivered'
  | 'cancelled'
  | 'awaiting_registration'
  | 'acceptance_in_progress'
  | 'awaiting_approve'
  | 'driver_pickup'
  | 'sent_by_seller';

export type TplIntegrationType = 'ozon' | 'non_integrated' | '3pl_tracking' | 'aggregator' | 'hybryd';

export interface SeedProduct {
  sku: string; // int64 as decimal string
  name: string;
  offerId: string;
  quantity: number;
  price: string; // "1234.00"
}

export interface SeedPosting {
  postingNumber: string; // NNNNNNNNNN-NNNN-N
  orderNumber: string; // NNNNNNNNNN-NNNN
  orderId: string; // int64 as decimal string
  status: PostingStatus;
  substatus: string;
  tplIntegrationType: TplIntegrationType;
  deliveryMethodName: string;
  warehouseName: string;
  inProcessAt: string;
  shipmentDate: string;
  deliveringDate: string | null;
  deliveredAt: string | null;
  customerName: string;
  products: SeedProduct[];
  availableActions: string[];
  /** Ground truth for Contact Customer: eligible when realFBS and not delivered or cancelled. */
  contact: { eligible: boolean; reason: 'delivered' | 'cancelled' | 'not-rfbs' | null };
  /** The chat the portal's own Contact Customer button opens (created on first use in the replica). */
  chatId: string | null;
}

export interface SeedSeller {
  clientId: string;
  apiKey: string;
  companyName: string;
  subscription: 'PREMIUM_PLUS' | 'PREMIUM_PRO' | 'PREMIUM' | 'PREMIUM_LITE' | 'UNSPECIFIED';
}

export interface SeedData {
  now: string;
  seller: SeedSeller;
  chats: SeedChat[];
  postings: SeedPosting[];
}

export interface SeedOptions {
  now: Date;
  /** Defaults: 320 chats, 180 postings. Benchmarks ask for thousands. */
  chats?: number;
  postings?: number;
  seed?: number;
  /**
   * Chats from Chinese-speaking customers added to the customers group (sandbox/data/chinese.ts), for the portal in
   * Chinese. Default 0: the world of a seed without them is unchanged.
   */
  zhChats?: number;
}

/** The portal's chat filters (codes used by the replica; labels in sandbox/portal/DOM.md). */
export type PortalFilter = 'without-my-reply' | 'without-customer-reply' | 'by-order' | 'by-products' | 'unread' | 'all';

export class WorldError extends Error {
  constructor(
    readonly code: 'not-found' | 'not-eligible' | 'window-closed' | 'bad-request',
    message: string,
  ) {
    super(message);
    this.name = 'WorldError';
  }
}

/**
 * The live state both replicas serve and change (a chat started from the portal's Contact Customer button is
 * then listed by /v3/chat/list, and so on). Implemented in sandbox/data/world.ts.
 */
export interface World {
  readonly data: SeedData;
  now(): Date;
  chat(chatId: string): SeedChat | undefined;
  posting(postingNumber: string): SeedPosting | undefined;
  /** Chats of a portal group kept by the portal (last message within 30 days), newest activity first. */
  chatsOf(group: SeedChat['group']): SeedChat[];
  /** The customers group filtered as the portal does; throws WorldError('bad-request') for a forbidden pair. */
  filterChats(filters: readonly PortalFilter[]): SeedChat[];
  /** Starts, or returns the existing, chat for a posting; WorldError('not-eligible') when the portal would refuse. */
  startChat(postingNumber: string): SeedChat;
  /** Appends a seller message (1–1000 characters). */
  sendSellerMessage(chatId: string, text: string): SeedMessage;
  /** Appends an unread customer message (a customer writes; for tests of incremental sync and notifications). */
  receiveCustomerMessage(chatId: string, text: string): SeedMessage;
  /** Marks the customer's messages up to `upToMessageId` (all when omitted) read; returns the unread count left. */
  markRead(chatId: string, upToMessageId?: string): number;
  /** Unread incoming messages of a chat. */
  unreadCount(chat: SeedChat): number;
}
