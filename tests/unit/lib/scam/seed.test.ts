import { describe, expect, it } from 'vitest';
import { judge, type ScamInput } from '@/lib/scam';
import { generateSeed } from '../../../../sandbox/data/seed';
import type { SeedChat } from '../../../../sandbox/data/types';

const LIST: Record<SeedChat['group'], ScamInput['list']> = { customers_v2: 'customers', support_v2: 'support', main: 'main' };

/** What the page shows of a chat: name, tag, the list it is in, the message texts. */
const fromPage = (chat: SeedChat): ScamInput => ({ senderName: chat.senderName, tag: chat.tag, list: LIST[chat.group], texts: chat.messages.map((m) => m.text) });

describe('scam guard on the seeded world', () => {
  const seed = generateSeed({ now: new Date('2026-11-25T12:00:00Z') });

  it('gives every chat its label verdict and at least the label reasons', () => {
    const wrong: string[] = [];
    for (const chat of seed.chats) {
      const v = judge(fromPage(chat));
      const got = v.reasons.map((r) => r.code as string);
      const missing = chat.label.reasons.filter((r) => !got.includes(r));
      if (v.risk !== chat.label.verdict || missing.length > 0) wrong.push(`${chat.chatId} ${chat.senderName}: ${chat.label.verdict} [${chat.label.reasons.join(' ')}] ≠ ${v.risk} [${got.join(' ')}]`);
    }
    expect(wrong).toEqual([]);
    expect(seed.chats.filter((c) => c.label.verdict === 'danger').length).toBeGreaterThan(10);
  });

  it('flags no support or notice chat, from the page or with the API context', () => {
    const ozon = seed.chats.filter((c) => c.group !== 'customers_v2');
    expect(ozon.length).toBeGreaterThan(5);
    for (const chat of ozon) {
      expect(judge(fromPage(chat)).risk, chat.senderName).toBe('none');
      expect(judge({ ...fromPage(chat), chatType: chat.chatType }).risk).toBe('none');
    }
  });
});
