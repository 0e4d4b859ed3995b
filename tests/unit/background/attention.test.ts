import { describe, expect, it } from 'vitest';
import { BADGE_CALM, BADGE_URGENT, badgeOf } from '@/entrypoints/background/badge';
import { afterNotify, chatToNotify, EMPTY_NOTIFY_STATE, NOTIFY_GAP_MS } from '@/entrypoints/background/notify';
import { chatUrl } from '@/lib/portal-links';
import type { UnansweredChat } from '@/lib/protocol/messages';
import { DEFAULT_PREFS } from '@/lib/prefs';

const MIN = 60_000;

function chat(chatId: string, storeId: string, waitingMin: number): UnansweredChat {
  return { chatId, storeId, storeName: storeId, lastLine: 'hi', since: 1_000_000 - waitingMin * MIN, waitingMs: waitingMin * MIN, risk: 'none', reasons: [] };
}

const chats = [chat('a', 's1', 90), chat('b', 's2', 30), chat('c', 's1', 5)];

describe('the toolbar badge', () => {
  it('counts every store, red once a chat waits past the threshold', () => {
    expect(badgeOf(chats, { badge: { scope: 'all-stores', redAfterMinutes: 60 } })).toMatchObject({ text: '3', color: BADGE_URGENT });
    expect(badgeOf(chats, { badge: { scope: 'all-stores', redAfterMinutes: 120 } })).toMatchObject({ text: '3', color: BADGE_CALM });
  });

  it('counts only the chosen store when asked', () => {
    const view = badgeOf(chats, { badge: { scope: 'current-store', currentStoreId: 's2', redAfterMinutes: 60 } });
    expect(view).toMatchObject({ text: '1', color: BADGE_CALM });
    expect(view.title.ru).toContain('1');
  });

  it('titles the toolbar button in every UI language, Chinese too', () => {
    const view = badgeOf(chats, DEFAULT_PREFS);
    expect(view.title).toEqual({ en: 'Seller Sidekick: 3 unanswered chats', ru: 'Seller Sidekick: чатов без ответа — 3', zh: 'Seller Sidekick：3 个未回复的聊天' });
    expect(badgeOf([], DEFAULT_PREFS).title.zh).toBe('Seller Sidekick：没有未回复的聊天');
  });

  it('is empty with nothing unanswered and caps at 999+', () => {
    expect(badgeOf([], DEFAULT_PREFS).text).toBe('');
    const many = Array.from({ length: 1200 }, (_, i) => chat(`c${i}`, 's1', 1));
    expect(badgeOf(many, DEFAULT_PREFS).text).toBe('999+');
  });
});

describe('notifications', () => {
  const on = { notifications: { enabled: true, afterMinutes: 60 } };

  it('are opt-in', () => {
    expect(chatToNotify(chats, { notifications: { enabled: false, afterMinutes: 60 } }, EMPTY_NOTIFY_STATE, 0)).toBeNull();
  });

  it('announce the longest wait past the threshold, at most one per 10 minutes, each wait once', () => {
    const first = chatToNotify(chats, on, EMPTY_NOTIFY_STATE, 0);
    expect(first?.chatId).toBe('a');
    const state = afterNotify(EMPTY_NOTIFY_STATE, first!, chats, 0);
    expect(chatToNotify(chats, on, state, NOTIFY_GAP_MS - 1)).toBeNull();
    // Ten minutes later nothing else waits past the hour: 'a' was announced already.
    expect(chatToNotify(chats, on, state, NOTIFY_GAP_MS)).toBeNull();
    // A new customer message starts a new wait, announced again.
    const again = [{ ...chats[0]!, since: chats[0]!.since + 1 }];
    expect(chatToNotify(again, on, state, NOTIFY_GAP_MS)?.chatId).toBe('a');
  });

  it('forgets waits that ended and open the chat on the portal', () => {
    const state = afterNotify({ lastAt: 0, notified: ['gone@1'] }, chats[0]!, chats, 5);
    expect(state.notified).toEqual([`a@${chats[0]!.since}`]);
    expect(chatUrl('a b')).toBe('https://seller.ozon.ru/app/messenger?group=customers_v2&id=a%20b');
  });
});
