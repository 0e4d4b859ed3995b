// @vitest-environment node
// The seeded world both replicas serve: deterministic, big and varied enough, filters and chat start as the
// portal defines them (portal.md §1.1, §3.4), and the ground truth end-to-end tests compare against.
import { describe, expect, it } from 'vitest';
import { DANGER_REASONS, WARN_REASONS, type ReasonCode } from './labels';
import { ALL_STATUSES, ALL_TPL } from './postings';
import { generateSeed } from './seed';
import { customerChats, unansweredChats, unreadCustomerChats, contactablePostings, chatOfPosting } from './truth';
import { WorldError, type PortalFilter, type SeedChat } from './types';
import { createWorld, FORBIDDEN_PAIRS } from './world';

const NOW = new Date('2026-11-20T09:00:00.000Z');
const DAY = 24 * 3600_000;
const SEED = generateSeed({ now: NOW });
const world = (): ReturnType<typeof createWorld> => createWorld(SEED, () => NOW);

const lastTalk = (chat: SeedChat): SeedChat['messages'][number] | undefined =>
  [...chat.messages].reverse().find((m) => m.author === 'customer' || m.author === 'seller');
const lastAt = (chat: SeedChat): number => Date.parse((chat.messages.at(-1) ?? chat).createdAt);
const inWindow = (chat: SeedChat): boolean => lastAt(chat) >= NOW.getTime() - 30 * DAY;
const ALL_REASONS: readonly ReasonCode[] = ['no-customer-tag', ...DANGER_REASONS, ...WARN_REASONS];

describe('seed', () => {
  it('is deterministic for the same seed and now, and differs for another seed', () => {
    expect(generateSeed({ now: NOW })).toEqual(SEED);
    expect(JSON.stringify(generateSeed({ now: NOW }))).toBe(JSON.stringify(SEED));
    const other = generateSeed({ now: NOW, seed: 42 });
    expect(other.chats.map((c) => c.chatId)).not.toEqual(SEED.chats.map((c) => c.chatId));
    expect(generateSeed({ now: NOW, seed: 42 })).toEqual(other);
  });

  it('has at least 300 chats over the last 30 days, in all three portal groups, and some older ones', () => {
    const recent = SEED.chats.filter(inWindow);
    expect(recent.length).toBeGreaterThanOrEqual(300);
    for (const group of ['customers_v2', 'support_v2', 'main'] as const) expect(recent.some((c) => c.group === group)).toBe(true);
    expect(SEED.chats.some((c) => !inWindow(c))).toBe(true);
    expect(SEED.chats.every((c) => lastAt(c) <= NOW.getTime())).toBe(true);
  });

  it('covers every scam kind of portal.md §3 with ground-truth labels, in the last 30 days', () => {
    const scams = SEED.chats.filter((c) => inWindow(c) && c.label.verdict !== 'none');
    const reasons = new Set(scams.flatMap((c) => c.label.reasons));
    for (const reason of ALL_REASONS) expect(reasons, reason).toContain(reason);
    expect(scams.some((c) => c.label.verdict === 'danger')).toBe(true);
    expect(scams.some((c) => c.label.verdict === 'warn')).toBe(true);
    // A Customer-tagged sender named like Ozon support.
    expect(scams.some((c) => c.tag === 'customer' && /ozon/i.test(c.senderName) && /поддержк|support|безопасност/i.test(c.senderName))).toBe(true);
    // Senders with no tag in the customers group.
    expect(SEED.chats.some((c) => c.group === 'customers_v2' && c.tag === null)).toBe(true);
    // Genuine support chats sound alarming but are not labelled.
    expect(SEED.chats.filter((c) => c.group === 'support_v2').every((c) => c.tag === 'support' && c.label.verdict === 'none')).toBe(true);
  });

  it('has senders and messages that are HTML/JS payloads', () => {
    const customers = SEED.chats.filter((c) => c.group === 'customers_v2' && inWindow(c));
    expect(customers.some((c) => c.senderName.includes('<script>'))).toBe(true);
    expect(customers.some((c) => /<img [^>]*onerror=/.test(c.senderName))).toBe(true);
    expect(customers.some((c) => c.messages.some((m) => m.text.includes('<script>')))).toBe(true);
  });

  it('has at least 150 postings over every status and delivery scheme, realFBS and not', () => {
    expect(SEED.postings.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SEED.postings.map((p) => p.status))).toEqual(new Set(ALL_STATUSES));
    expect(new Set(SEED.postings.map((p) => p.tplIntegrationType))).toEqual(new Set(ALL_TPL));
    for (const p of SEED.postings) {
      expect(p.postingNumber).toMatch(/^\d{10}-\d{4}-\d$/);
      expect(p.postingNumber.startsWith(`${p.orderNumber}-`)).toBe(true);
      const rfbs = ['non_integrated', '3pl_tracking', 'aggregator'].includes(p.tplIntegrationType);
      const eligible = rfbs && p.status !== 'delivered' && p.status !== 'cancelled';
      expect(p.contact.eligible, p.postingNumber).toBe(eligible);
      expect(p.availableActions.includes('can_create_chat'), p.postingNumber).toBe(eligible);
    }
    expect(SEED.postings.filter((p) => p.contact.eligible).length).toBeGreaterThan(10);
    for (const reason of ['delivered', 'cancelled', 'not-rfbs'] as const) expect(SEED.postings.some((p) => p.contact.reason === reason)).toBe(true);
  });

  it('message ids are unique uint64 values beyond 2^53, growing with time', () => {
    const all = SEED.chats.flatMap((c) => c.messages);
    expect(new Set(all.map((m) => m.messageId)).size).toBe(all.length);
    for (const chat of SEED.chats) {
      for (let i = 0; i < chat.messages.length; i++) {
        const id = BigInt(chat.messages[i]!.messageId);
        expect(id > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
        if (i > 0) expect(id > BigInt(chat.messages[i - 1]!.messageId)).toBe(true);
      }
    }
  });
});

describe('filterChats (portal.md §1.1)', () => {
  const w = world();
  const customers = SEED.chats.filter((c) => c.group === 'customers_v2' && inWindow(c));
  const unread = (c: SeedChat): boolean => c.messages.some((m) => m.author !== 'seller' && !m.isRead);
  const definitions: Record<PortalFilter, (c: SeedChat) => boolean> = {
    'without-my-reply': (c) => lastTalk(c)?.author === 'customer',
    'without-customer-reply': (c) => lastTalk(c)?.author === 'seller',
    'by-order': (c) => c.context?.kind === 'order',
    'by-products': (c) => c.context?.kind === 'product',
    unread,
    all: () => true,
  };
  const ids = (chats: readonly SeedChat[]): string[] => chats.map((c) => c.chatId).sort();

  it.each(FORBIDDEN_PAIRS.map(([a, b]) => [a, b]))('refuses %s + %s (either order)', (a, b) => {
    for (const filters of [[a, b], [b, a], [a, 'by-order', b]] as PortalFilter[][]) {
      expect(() => w.filterChats(filters)).toThrow(WorldError);
      try {
        w.filterChats(filters);
      } catch (err) {
        expect((err as WorldError).code).toBe('bad-request');
      }
    }
  });

  it.each(Object.keys(definitions) as PortalFilter[])('%s keeps exactly the customer chats of the last 30 days it defines', (filter) => {
    const got = w.filterChats([filter]);
    const expected = customers.filter(definitions[filter]);
    expect(ids(got)).toEqual(ids(expected));
    if (filter !== 'all') expect(got.length).toBeLessThan(customers.length);
    expect(got.length).toBeGreaterThan(0);
  });

  it('allowed combinations intersect; results are newest first and never older than 30 days', () => {
    const combos: PortalFilter[][] = [
      ['without-my-reply', 'by-order'],
      ['without-my-reply', 'unread'],
      ['without-customer-reply', 'by-products'],
      ['unread', 'by-products'],
      ['all', 'by-order'],
    ];
    for (const combo of combos) {
      const got = w.filterChats(combo);
      expect(ids(got), combo.join('+')).toEqual(ids(customers.filter((c) => combo.every((f) => definitions[f](c)))));
      for (let i = 1; i < got.length; i++) expect(lastAt(got[i]!)).toBeLessThanOrEqual(lastAt(got[i - 1]!));
    }
    expect(w.filterChats([]).length).toBe(customers.length);
    expect(w.filterChats(['all']).every(inWindow)).toBe(true);
  });
});

describe('startChat, send and read', () => {
  it.each([
    ['delivered', 'delivered'],
    ['cancelled', 'cancelled'],
    ['not realFBS', 'not-rfbs'],
  ] as const)('refuses a %s posting', (_label, reason) => {
    const w = world();
    const posting = SEED.postings.find((p) => p.contact.reason === reason)!;
    const before = w.data.chats.length;
    expect(() => w.startChat(posting.postingNumber)).toThrow(expect.objectContaining({ code: 'not-eligible' }) as unknown as Error);
    expect(w.data.chats.length).toBe(before);
  });

  it('refuses an unknown posting; starts one chat per eligible posting, shown in the customers group', () => {
    const w = world();
    expect(() => w.startChat('0000000000-0000-1')).toThrow(expect.objectContaining({ code: 'not-found' }) as unknown as Error);
    const posting = SEED.postings.find((p) => p.contact.eligible && p.chatId === null)!;
    const chat = w.startChat(posting.postingNumber);
    expect(chat).toMatchObject({ group: 'customers_v2', chatType: 'BUYER_SELLER', tag: 'customer', senderName: posting.customerName });
    expect(chat.context).toEqual({ kind: 'order', orderNumber: posting.orderNumber, postingNumber: posting.postingNumber });
    expect(w.startChat(posting.postingNumber).chatId).toBe(chat.chatId);
    expect(w.posting(posting.postingNumber)?.chatId).toBe(chat.chatId);
    // A started chat has no messages yet: it shows on the portal once written to.
    w.sendSellerMessage(chat.chatId, 'Здравствуйте!');
    expect(w.chatsOf('customers_v2')[0]?.chatId).toBe(chat.chatId);
    expect(chatOfPosting(w, posting.postingNumber)?.chatId).toBe(chat.chatId);
    // The caller's seed is untouched.
    expect(SEED.postings.find((p) => p.postingNumber === posting.postingNumber)?.chatId).toBeNull();
  });

  it('sendSellerMessage keeps the 1–1000 character rule and refuses closed chats', () => {
    const w = world();
    const chat = customerChats(w)[0]!;
    expect(() => w.sendSellerMessage(chat.chatId, '')).toThrow(WorldError);
    expect(() => w.sendSellerMessage(chat.chatId, 'x'.repeat(1001))).toThrow(WorldError);
    const sent = w.sendSellerMessage(chat.chatId, 'x'.repeat(1000));
    expect(BigInt(sent.messageId) > BigInt(chat.messages.at(-2)!.messageId)).toBe(true);
    const closed = SEED.chats.find((c) => c.chatStatus === 'CLOSED')!;
    expect(() => w.sendSellerMessage(closed.chatId, 'hi')).toThrow(expect.objectContaining({ code: 'window-closed' }) as unknown as Error);
  });
});

describe('ground truth (truth.ts)', () => {
  it('unansweredChats: customer chats of the last 30 days where the customer wrote last, longest waiting first', () => {
    const w = world();
    const truth = unansweredChats(w);
    const expected = SEED.chats.filter(
      (c) => c.group === 'customers_v2' && ['BUYER_SELLER', 'BUYER_SELLER_SELECT'].includes(c.chatType) && inWindow(c) && lastTalk(c)?.author === 'customer',
    );
    expect(truth.map((t) => t.chatId).sort()).toEqual(expected.map((c) => c.chatId).sort());
    expect(truth.length).toBeGreaterThan(50);
    for (let i = 1; i < truth.length; i++) expect(truth[i]!.waitingMs).toBeLessThanOrEqual(truth[i - 1]!.waitingMs);
    const first = truth[0]!;
    const chat = w.chat(first.chatId)!;
    expect(first.messageId).toBe(lastTalk(chat)!.messageId);
    expect(first.waitingMs).toBe(NOW.getTime() - Date.parse(first.lastMessageAt));
    if (chat.context?.kind === 'order') expect(first.orderNumber).toBe(chat.context.orderNumber);
  });

  it('a seller reply takes a chat out of the unanswered list', () => {
    const w = world();
    const before = unansweredChats(w);
    const target = before[3]!;
    w.sendSellerMessage(target.chatId, 'Ответили');
    const after = unansweredChats(w);
    expect(after.length).toBe(before.length - 1);
    expect(after.some((t) => t.chatId === target.chatId)).toBe(false);
  });

  it('a customer message puts a chat at the end of the unanswered list (it has waited least), unread', () => {
    const w = world();
    const answered = customerChats(w).find((c) => lastTalk(c)?.author === 'seller')!;
    const before = unansweredChats(w);
    const message = w.receiveCustomerMessage(answered.chatId, 'Есть новости?');
    const after = unansweredChats(w);
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ chatId: answered.chatId, messageId: message.messageId, waitingMs: 0, text: 'Есть новости?' });
    expect(w.unreadCount(w.chat(answered.chatId)!)).toBeGreaterThan(0);
    expect(() => w.receiveCustomerMessage(answered.chatId, ' ')).toThrow(WorldError);
  });

  it('unreadCustomerChats and contactablePostings match the world', () => {
    const w = world();
    const unread = unreadCustomerChats(w);
    expect(unread.length).toBeGreaterThan(0);
    expect(unread.every((c) => w.unreadCount(c) > 0 && c.group === 'customers_v2')).toBe(true);
    w.markRead(unread[0]!.chatId);
    expect(unreadCustomerChats(w).length).toBe(unread.length - 1);
    const contactable = contactablePostings(w);
    expect(contactable.map((p) => p.postingNumber)).toEqual(SEED.postings.filter((p) => p.contact.eligible).map((p) => p.postingNumber));
  });
});
