// @vitest-environment node
// The Chinese share of the world: added only when asked for, leaving the rest exactly as it was; its labels true of
// its texts as the scam guard reads them (signs of any language only).
import { describe, expect, it } from 'vitest';
import { judge } from '../../lib/scam';
import { ZH_NAMES } from './catalog';
import { ZH_SPECIAL } from './chinese';
import { generateSeed } from './seed';
import type { SeedChat } from './types';

const NOW = new Date('2026-11-20T09:00:00.000Z');
const CJK = /[\u4e00-\u9fff]/;
const content = (c: SeedChat) => ({ ...c, messages: c.messages.map((m) => ({ ...m, messageId: '' })) });

describe('the Chinese share of the seeded world', () => {
  const plain = generateSeed({ now: NOW });
  const mixed = generateSeed({ now: NOW, zhChats: 24 });
  const share = mixed.chats.slice(plain.chats.length);

  it('is none by default, and adds the chats asked for after the rest, which stay as they were', () => {
    expect(generateSeed({ now: NOW, zhChats: 0 })).toEqual(plain);
    expect(mixed.chats).toHaveLength(plain.chats.length + 24);
    expect(mixed.postings).toEqual(plain.postings);
    expect(mixed.seller).toEqual(plain.seller);
    // Message ids are numbered over the whole world by time: only they may move.
    expect(mixed.chats.slice(0, plain.chats.length).map(content)).toEqual(plain.chats.map(content));
    expect(generateSeed({ now: NOW, zhChats: 24 })).toEqual(mixed);
  });

  it('holds Chinese-speaking customers in the customers group, ordinary dialogues and every special kind', () => {
    expect(share.every((c) => c.group === 'customers_v2' && c.messages.some((m) => CJK.test(m.text)))).toBe(true);
    expect(share.filter((c) => c.tag === 'customer' && ZH_NAMES.includes(c.senderName)).length).toBeGreaterThan(12);
    expect(share.filter((c) => c.label.verdict === 'none').length).toBeGreaterThan(12);
    for (const special of ZH_SPECIAL) expect(share.some((c) => c.messages[0]?.text === special.text), special.text).toBe(true);
    const ids = new Set(mixed.chats.flatMap((c) => c.messages.map((m) => m.messageId)));
    expect(ids.size).toBe(mixed.chats.reduce((n, c) => n + c.messages.length, 0));
  });

  it('gives every chat of the share the label the scam guard reads from the page', () => {
    for (const chat of share) {
      const verdict = judge({ senderName: chat.senderName, tag: chat.tag, list: 'customers', texts: chat.messages.map((m) => m.text) });
      expect(verdict.risk, chat.messages[0]?.text).toBe(chat.label.verdict);
      expect(verdict.reasons.map((r) => r.code).sort(), chat.messages[0]?.text).toEqual([...chat.label.reasons].sort());
    }
  });
});
