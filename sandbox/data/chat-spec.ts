// One seeded chat from its description: the shape every kind of seeded chat is described in (seed.ts, chinese.ts)
// and how its messages are laid out in time. Shared so the Chinese share is built exactly as the rest.
import { PRODUCTS } from './catalog';
import type { Line, Speaker } from './conversations';
import type { Rng } from './prng';
import type { ChatContext, MessageAuthor, PortalTag, ScamLabel, SeedChat, SeedMessage } from './types';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WINDOW = 30 * DAY;

const AUTHOR: Record<Speaker, MessageAuthor> = { c: 'customer', s: 'seller', o: 'support', n: 'notification' };

export interface ChatSpec {
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

export const NONE: ScamLabel = { verdict: 'none', reasons: [] };

/** Recent chats are more common than old ones, as in a real inbox. */
export function recentAge(rng: Rng, maxMs = WINDOW - 12 * HOUR): number {
  return 20 * MINUTE + Math.floor(Math.pow(rng.next(), 1.6) * Math.max(0, maxMs - 20 * MINUTE));
}

export function fill(text: string, product: string, order: string): string {
  return text.replace(/\{product\}/g, product).replace(/\{order\}/g, order);
}

export function productContext(rng: Rng): { context: ChatContext; product: string } {
  const item = rng.pick(PRODUCTS);
  const sku = String(1_500_000_000 + PRODUCTS.indexOf(item) * 7919 + 13);
  return { context: { kind: 'product', sku, productName: item.name }, product: item.name };
}

export function buildChat(rng: Rng, spec: ChatSpec, nowMs: number): SeedChat {
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
