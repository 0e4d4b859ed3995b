// The seeded world: deterministic for (seed, now). Scale comes from counts, variety from the templates in
// conversations.ts and scams.ts; each chat carries its ground-truth scam label.
import { customerName, PRODUCTS } from './catalog';
import { NO_CONTEXT, NOTICES, ORDER_AFTER, ORDER_BEFORE, ORDER_TRANSIT, PRODUCT, SUPPORT, type Conversation, type Line, type Speaker } from './conversations';
import { labelOf, type ReasonCode } from './labels';
import { generatePostings } from './postings';
import { createRng, type Rng } from './prng';
import { NO_TAG, PAYLOADS, SCAMS } from './scams';
import type { ChatContext, MessageAuthor, PostingStatus, PortalTag, ScamLabel, SeedChat, SeedData, SeedMessage, SeedOptions, SeedPosting } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WINDOW = 30 * DAY;
/** Message ids: uint64 above 2^53, increasing with time (base + ms × 1000 + tie-breaker). */
export const MESSAGE_ID_BASE = 3_000_000_000_000_000_000n;

const AUTHOR: Record<Speaker, MessageAuthor> = { c: 'customer', s: 'seller', o: 'support', n: 'notification' };

interface ChatSpec {
  group: SeedChat['group'];
  chatType: SeedChat['chatType'];
  senderName: string;
  tag: PortalTag;
  context: ChatContext;
  lines: readonly Line[];
  label: ScamLabel;
  /** How long ago the conversation started. */
  ageMs: number;
  /** Chance that the trailing incoming messages are still unread. */
  unreadChance: number;
  closed?: boolean;
}

const NONE: ScamLabel = { verdict: 'none', reasons: [] };

/** Recent chats are more common than old ones, as in a real inbox. */
function recentAge(rng: Rng, maxMs = WINDOW - 12 * HOUR): number {
  return 20 * MINUTE + Math.floor(Math.pow(rng.next(), 1.6) * Math.max(0, maxMs - 20 * MINUTE));
}

function fill(text: string, product: string, order: string): string {
  return text.replace(/\{product\}/g, product).replace(/\{order\}/g, order);
}

function productContext(rng: Rng): { context: ChatContext; product: string } {
  const item = rng.pick(PRODUCTS);
  const sku = String(1_500_000_000 + PRODUCTS.indexOf(item) * 7919 + 13);
  return { context: { kind: 'product', sku, productName: item.name }, product: item.name };
}

function buildChat(rng: Rng, spec: ChatSpec, nowMs: number): SeedChat {
  const startMs = nowMs - spec.ageMs;
  const gaps = spec.lines.map((_, i) => (i === 0 ? 0 : rng.int(2, 240) * MINUTE));
  const span = gaps.reduce((a, b) => a + b, 0);
  const room = Math.max(0, spec.ageMs - MINUTE);
  const scale = span > room ? room / span : 1;
  let t = startMs;
  const lastSellerIndex = spec.lines.map(([who]) => who).lastIndexOf('s');
  const unreadTail = rng.chance(spec.unreadChance);
  const messages: SeedMessage[] = spec.lines.map(([who, text], i) => {
    t += Math.floor((gaps[i] ?? 0) * scale);
    const incoming = who !== 's';
    const isRead = incoming ? !(unreadTail && i > lastSellerIndex) : !(i === spec.lines.length - 1 && rng.chance(0.4));
    return { messageId: '', createdAt: new Date(t).toISOString(), author: AUTHOR[who], text, isRead };
  });
  return {
    chatId: rng.uuid(),
    group: spec.group,
    chatType: spec.chatType,
    chatStatus: spec.closed ? 'CLOSED' : 'OPENED',
    senderName: spec.senderName,
    tag: spec.tag,
    createdAt: new Date(startMs).toISOString(),
    context: spec.context,
    messages,
    label: spec.label,
  };
}

const BEFORE: readonly PostingStatus[] = ['awaiting_packaging', 'awaiting_deliver', 'awaiting_registration', 'acceptance_in_progress', 'awaiting_approve'];
const AFTER: readonly PostingStatus[] = ['delivered', 'cancelled'];

function orderConversations(status: PostingStatus): readonly Conversation[] {
  if (BEFORE.includes(status)) return ORDER_BEFORE;
  if (AFTER.includes(status)) return ORDER_AFTER;
  return ORDER_TRANSIT;
}

function customerChatType(rng: Rng): SeedChat['chatType'] {
  return rng.chance(0.1) ? 'BUYER_SELLER_SELECT' : 'BUYER_SELLER';
}

/** An ordinary customer chat about an order (when a posting is free), a product or nothing. */
function ordinarySpec(rng: Rng, postings: SeedPosting[], free: SeedPosting[], nowMs: number): ChatSpec {
  const roll = rng.next();
  if (roll < 0.55 && postings.length > 0) {
    // Prefer postings without a chat so the portal's Contact Customer opens a distinct one.
    const posting = free.length > 0 ? (free.splice(rng.int(0, free.length - 1), 1)[0] as SeedPosting) : rng.pick(postings);
    const conv = rng.pick(orderConversations(posting.status));
    const product = posting.products[0]?.name ?? '';
    const maxAge = Math.min(WINDOW - 12 * HOUR, nowMs - Date.parse(posting.inProcessAt));
    return {
      group: 'customers_v2',
      chatType: customerChatType(rng),
      senderName: posting.customerName,
      tag: 'customer',
      context: { kind: 'order', orderNumber: posting.orderNumber, postingNumber: posting.postingNumber },
      lines: conv.lines.map(([w, text]) => [w, fill(text, product, posting.orderNumber)] as const),
      label: NONE,
      ageMs: recentAge(rng, maxAge),
      unreadChance: 0.5,
    };
  }
  const { context, product } = roll < 0.95 ? productContext(rng) : { context: null, product: '' };
  const conv = rng.pick(context ? PRODUCT : NO_CONTEXT);
  return {
    group: 'customers_v2',
    chatType: customerChatType(rng),
    senderName: customerName(rng.pick, conv.lang),
    tag: 'customer',
    context,
    lines: conv.lines.map(([w, text]) => [w, fill(text, product, '')] as const),
    label: NONE,
    ageMs: recentAge(rng),
    unreadChance: 0.5,
  };
}

function scamSpec(rng: Rng, index: number): ChatSpec {
  const tpl = SCAMS[index % SCAMS.length] as (typeof SCAMS)[number];
  const { context } = tpl.context === 'product' ? productContext(rng) : { context: null };
  return {
    group: 'customers_v2',
    chatType: 'BUYER_SELLER',
    senderName: tpl.name ?? customerName(rng.pick, tpl.lang),
    tag: tpl.tag,
    context,
    lines: tpl.lines,
    label: labelOf(tpl.reasons),
    ageMs: recentAge(rng),
    unreadChance: 0.7,
  };
}

function noTagSpec(rng: Rng, index: number): ChatSpec {
  const tpl = NO_TAG[index % NO_TAG.length] as (typeof NO_TAG)[number];
  return {
    group: 'customers_v2',
    chatType: 'BUYER_SELLER',
    senderName: tpl.name ?? customerName(rng.pick, tpl.lang),
    tag: null,
    context: index % 2 === 0 ? null : productContext(rng).context,
    lines: [['c', tpl.text]],
    label: labelOf(['no-customer-tag'] satisfies ReasonCode[]),
    ageMs: recentAge(rng),
    unreadChance: 0.6,
  };
}

function payloadSpec(rng: Rng, index: number): ChatSpec {
  const tpl = PAYLOADS[index % PAYLOADS.length] as (typeof PAYLOADS)[number];
  return {
    group: 'customers_v2',
    chatType: 'BUYER_SELLER',
    senderName: tpl.name,
    tag: 'customer',
    context: productContext(rng).context,
    lines: [['c', tpl.text]],
    label: NONE,
    ageMs: recentAge(rng),
    unreadChance: 0.5,
  };
}

function supportSpec(rng: Rng, index: number): ChatSpec {
  const conv = SUPPORT[index % SUPPORT.length] as Conversation;
  const product = rng.pick(PRODUCTS).name;
  return {
    group: 'support_v2',
    chatType: 'SELLER_SUPPORT',
    senderName: conv.lang === 'ru' ? 'Поддержка Ozon' : 'Ozon Support',
    tag: 'support',
    context: null,
    lines: conv.lines.map(([w, text]) => [w, fill(text, product, '')] as const),
    label: NONE,
    ageMs: recentAge(rng),
    unreadChance: 0.4,
  };
}

function noticeSpec(rng: Rng, index: number, postings: SeedPosting[]): ChatSpec {
  const conv = NOTICES[index % NOTICES.length] as Conversation;
  const order = postings.length > 0 ? rng.pick(postings).postingNumber : '0128619527-0157-1';
  const logistics = index % NOTICES.length === 0;
  return {
    group: 'main',
    chatType: logistics ? 'SELLER_NOTIFICATION_LOGISTICS' : 'SELLER_API_UPDATES',
    senderName: logistics ? 'Ozon Логистика' : conv.lang === 'ru' ? 'Уведомления Ozon' : 'Ozon notifications',
    tag: null,
    context: null,
    lines: conv.lines.map(([w, text]) => [w, fill(text, '', order)] as const),
    label: NONE,
    ageMs: recentAge(rng),
    unreadChance: 0.3,
  };
}

/** Chats whose last message is older than 30 days: in the data (and the API), no longer on the portal. */
function oldSpec(rng: Rng, index: number): ChatSpec {
  const base = index % 3 === 2 ? supportSpec(rng, index) : { ...ordinarySpec(rng, [], [], 0) };
  return { ...base, ageMs: WINDOW + rng.int(2, 60) * DAY, unreadChance: 0, closed: index % 2 === 0 };
}

/** Assigns message ids in time order over the whole data set. */
function assignMessageIds(chats: SeedChat[]): void {
  const all = chats.flatMap((c) => c.messages).map((m, order) => ({ m, ms: Date.parse(m.createdAt), order }));
  all.sort((a, b) => a.ms - b.ms || a.order - b.order);
  let prevMs = -1;
  let tie = 0;
  for (const { m, ms } of all) {
    tie = ms === prevMs ? tie + 1 : 0;
    prevMs = ms;
    m.messageId = (MESSAGE_ID_BASE + BigInt(ms) * 1000n + BigInt(tie)).toString();
  }
}

export function generateSeed(opts: SeedOptions): SeedData {
  const nowMs = opts.now.getTime();
  const chatCount = opts.chats ?? 320;
  const postingCount = opts.postings ?? 180;
  const rng = createRng(opts.seed ?? 20260814);

  const postings = generatePostings(rng, postingCount, nowMs);
  const free = [...postings];

  const specs: ChatSpec[] = [];
  const add = (n: number, make: (i: number) => ChatSpec): void => {
    for (let i = 0; i < n && specs.length < chatCount; i++) specs.push(make(i));
  };
  add(Math.max(SCAMS.length, Math.round(chatCount * 0.08)), (i) => scamSpec(rng, i));
  add(PAYLOADS.length, (i) => payloadSpec(rng, i));
  add(Math.max(NO_TAG.length, Math.round(chatCount * 0.01)), (i) => noTagSpec(rng, i));
  add(Math.max(SUPPORT.length, Math.round(chatCount * 0.04)), (i) => supportSpec(rng, i));
  add(Math.max(NOTICES.length, Math.round(chatCount * 0.03)), (i) => noticeSpec(rng, i, postings));
  add(Math.max(6, Math.round(chatCount * 0.015)), (i) => oldSpec(rng, i));
  add(chatCount - specs.length, () => ordinarySpec(rng, postings, free, nowMs));

  const chats = specs.map((spec) => buildChat(rng, spec, nowMs));
  assignMessageIds(chats);
  const byNumber = new Map(postings.map((p) => [p.postingNumber, p]));
  for (const chat of chats) {
    if (chat.context?.kind !== 'order') continue;
    const posting = byNumber.get(chat.context.postingNumber);
    if (posting && posting.chatId === null) posting.chatId = chat.chatId;
  }

  return {
    now: opts.now.toISOString(),
    seller: {
      clientId: String(rng.int(100_000, 2_999_999)),
      apiKey: rng.uuid(),
      companyName: 'ООО «Тёплый дом»',
      subscription: 'PREMIUM_PLUS',
    },
    chats,
    postings,
  };
}
