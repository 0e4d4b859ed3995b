// The seeded world: deterministic for (seed, now). Scale comes from counts, variety from the templates in
// conversations.ts and scams.ts; each chat carries its ground-truth scam label.
import { customerName, PRODUCTS } from './catalog';
import { chineseSpec } from './chinese';
import { buildChat, DAY, fill, HOUR, NONE, productContext, recentAge, WINDOW, type ChatSpec } from './chat-spec';
import { NO_CONTEXT, NOTICES, ORDER_AFTER, ORDER_BEFORE, ORDER_TRANSIT, PRODUCT, SUPPORT, type Conversation } from './conversations';
import { labelOf, type ReasonCode } from './labels';
import { generatePostings } from './postings';
import { createRng, type Rng } from './prng';
import { NO_TAG, PAYLOADS, SCAMS } from './scams';
import type { PostingStatus, SeedChat, SeedData, SeedOptions, SeedPosting } from './types';

const DEFAULT_SEED = 20260814;
/** Message ids: uint64 above 2^53, increasing with time (base + ms × 1000 + tie-breaker). */
export const MESSAGE_ID_BASE = 3_000_000_000_000_000_000n;

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

/** The Chinese-speaking customers' chats asked for, from a random stream of their own (none by default). */
function chineseShare(opts: SeedOptions, nowMs: number): SeedChat[] {
  const count = opts.zhChats ?? 0;
  const rng = createRng(((opts.seed ?? DEFAULT_SEED) ^ 0x7a68) >>> 0);
  return Array.from({ length: count }, (_, i) => buildChat(rng, chineseSpec(rng, i), nowMs));
}

export function generateSeed(opts: SeedOptions): SeedData {
  const nowMs = opts.now.getTime();
  const chatCount = opts.chats ?? 320;
  const postingCount = opts.postings ?? 180;
  const rng = createRng(opts.seed ?? DEFAULT_SEED);

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
  chats.push(...chineseShare(opts, nowMs));
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
