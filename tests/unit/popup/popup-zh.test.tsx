// The popup in Simplified Chinese, state by state (issue #15): every text a person meets is Chinese but names,
// data and brand words (tests/unit/support/untranslated.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';

vi.mock('@/lib/protocol/send', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/protocol/send')>()), send: vi.fn() }));

import { send } from '@/lib/protocol/send';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import type { StoreSummary, UnansweredChat, UnansweredReport } from '@/lib/protocol/messages';
import type { SyncProgress } from '@/lib/protocol/sync';
import { textsOf } from '@/lib/i18n';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { backend, settle, type Handlers } from '../support/extension-pages';
import { untranslated } from '../support/untranslated';

const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;
const NOW = Date.parse('2026-11-25T12:00:00Z');
const MIN = 60_000;
const ZH: Prefs = { ...DEFAULT_PREFS, language: 'zh' };
const STORE = '义乌小商品店';

const store = (over: Partial<StoreSummary> = {}): StoreSummary => ({ id: 'store-a', name: STORE, clientId: '123456', apiKeyMasked: '••••abcd', mode: 'api', ...over });
const chat = (over: Partial<UnansweredChat>): UnansweredChat => ({
  chatId: '00000000-0000-4000-8000-000000000001',
  storeId: 'store-a',
  storeName: STORE,
  lastLine: '你好，我的包裹到哪里了？',
  since: NOW,
  waitingMs: 5 * MIN,
  risk: 'none',
  reasons: [],
  ...over,
});
const progress = (over: Partial<SyncProgress> = {}): SyncProgress => ({
  storeId: 'store-a',
  phase: 'done',
  done: 0,
  total: 0,
  listed: 0,
  startedAt: NOW - 2 * MIN,
  finishedAt: NOW - MIN,
  lastSuccessAt: NOW - MIN,
  error: null,
  ...over,
});
const report = (chats: UnansweredChat[], syncedAt: Record<string, number | null> = { 'store-a': NOW - 75 * MIN }, stale = false): UnansweredReport => ({ chats, syncedAt, stale });

let container: HTMLElement;

async function mount(handlers: Handlers): Promise<HTMLElement> {
  backend(sendMock, { getPrefs: ZH, getSyncState: [], syncNow: [], ...handlers });
  await act(() => {
    render(<PopupApp autoRefresh={false} now={() => NOW} open={() => undefined} />, container);
  });
  await settle();
  return container;
}

beforeEach(() => {
  fakeBrowser.reset();
  sendMock.mockReset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

const STATES: [string, Handlers, string][] = [
  [
    'the list: risks, shipment, order, product, no text; synced over an hour ago and out of date',
    {
      listStores: [store()],
      getUnanswered: report(
        [
          chat({ chatId: 'aaaaaaaa-0000-4000-8000-000000000001', customerName: '王伟', postingNumber: '0128619527-0157-1', waitingMs: 2 * 1440 * MIN, risk: 'danger', reasons: ['asks-card', 'external-link'] }),
          chat({ chatId: 'bbbbbbbb-0000-4000-8000-000000000002', orderNumber: '0128619527-0157', waitingMs: 192 * MIN, risk: 'warn', reasons: ['messenger-move'] }),
          chat({ chatId: 'cccccccc-0000-4000-8000-000000000003', sku: '998877', lastLine: '', waitingMs: 3 * MIN }),
        ],
        { 'store-a': NOW - 75 * MIN },
        true,
      ),
    },
    '[data-state="stale"]',
  ],
  ['no store yet', { listStores: [], getUnanswered: report([], {}) }, '[data-state="no-store"]'],
  ['a DOM-only store', { listStores: [store({ mode: 'dom-only', modeReason: 'premium-required' })], getUnanswered: report([], { 'store-a': null }) }, '[data-state="dom-only"]'],
  ['a refused key', { listStores: [store({ mode: 'unknown', modeReason: 'invalid-key' })], getUnanswered: report([], {}) }, '[data-state="invalid-key"]'],
  [
    'offline, the saved chats below',
    { listStores: [store()], getUnanswered: report([chat({})]), getSyncState: [progress({ phase: 'history', error: { code: 'network', message: 'Could not reach', text: textsOf('apiError:network') } })] },
    '[data-state="offline"]',
  ],
  [
    'a failed sync in the background’s words',
    { listStores: [store()], getUnanswered: report([]), getSyncState: [progress({ error: { code: 'server', message: "Ozon's server error", text: textsOf('apiErrorServerStatus', { status: 502 }) } })] },
    '[data-state="sync-error"]',
  ],
  ['nothing unanswered, synced just now', { listStores: [store()], getUnanswered: report([], { 'store-a': NOW - 20_000 }) }, '[data-state="nothing"]'],
  ['never synced', { listStores: [store({ mode: 'unknown' })], getUnanswered: report([], {}) }, '#sync-line'],
  ['syncing: chats fetched of all', { listStores: [store()], getUnanswered: report([]), getSyncState: [progress({ phase: 'history', done: 120, total: 300, finishedAt: null })] }, '[data-state="syncing"]'],
  ['syncing: listing the chats', { listStores: [store()], getUnanswered: report([]), getSyncState: [progress({ phase: 'listing', listed: 40, finishedAt: null })] }, '[data-state="syncing"]'],
];

describe('the popup in Chinese', () => {
  it.each(STATES)('%s', async (_name, handlers, marker) => {
    const root = await mount(handlers);
    expect(root.querySelector(marker), marker).not.toBeNull();
    expect(untranslated(root, [STORE])).toEqual([]);
    expect(document.documentElement.lang).toBe('zh');
    expect(document.title).toBe('未回复的聊天');
  });

  it('the list says who, what and how long in Chinese, with the time by Intl', async () => {
    const root = await mount(STATES[0]![1]);
    expect(root.querySelector('h1')?.textContent).toBe('未回复的聊天 (3)');
    const rows = [...root.querySelectorAll('[data-sidekick-chat-id]')];
    expect(rows[0]!.querySelector('.chat-waiting')?.textContent).toBe('已等待 2天0小时');
    expect(rows[1]!.querySelector('.chat-waiting')?.textContent).toBe('已等待 3小时12分钟');
    expect(rows[0]!.querySelector('.chat-meta')?.textContent).toBe(`${STORE} · 货件 0128619527-0157-1`);
    expect(rows[0]!.querySelector('.risk')?.getAttribute('title')).toBe('索要银行卡信息; 含有指向其他网站的链接');
    expect(rows[2]!.querySelector('.chat-customer')?.textContent).toBe('买家');
    expect(root.querySelector('#sync-line')?.textContent).toContain('1小时15分钟前已同步');
  });

  it('the background not answering: the alert is Chinese around the browser’s own words', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
    sendMock.mockRejectedValue(new Error('Could not establish connection'));
    await act(() => {
      render(<PopupApp autoRefresh={false} now={() => NOW} open={() => undefined} />, container);
    });
    await settle();
    // Before the preferences arrive the popup speaks the browser's language: Chinese here.
    expect(container.querySelector('[data-state="load-error"]')?.textContent).toContain('无法加载聊天');
    expect(untranslated(container, ['Could not establish connection'])).toEqual([]);
  });

  it('"auto" speaks the browser’s Chinese', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
    const root = await mount({ getPrefs: DEFAULT_PREFS, listStores: [store()], getUnanswered: report([]) });
    expect(root.querySelector('[data-state="nothing"]')?.textContent).toBe('没有未回复的聊天：每位买家都已得到回复。');
    expect(untranslated(root, [STORE])).toEqual([]);
  });
});
