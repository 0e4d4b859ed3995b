import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';

vi.mock('@/lib/protocol/send', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/protocol/send')>()), send: vi.fn() }));

import { send } from '@/lib/protocol/send';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import type { StoreSummary, UnansweredChat, UnansweredReport } from '@/lib/protocol/messages';
import type { SyncProgress } from '@/lib/protocol/sync';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { chatUrl, openChat, type TabsApi } from '@/components/popup/open-chat';
import { backend, requestsOf, settle, waitFor, type Handlers } from '../support/extension-pages';

const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;
const NOW = Date.parse('2026-11-25T12:00:00Z');
const MIN = 60_000;

const store = (over: Partial<StoreSummary> = {}): StoreSummary => ({
  id: 'store-a',
  name: 'Main store',
  clientId: '123456',
  apiKeyMasked: '••••abcd',
  mode: 'api',
  ...over,
});

const chat = (over: Partial<UnansweredChat>): UnansweredChat => ({
  chatId: '00000000-0000-4000-8000-000000000001',
  storeId: 'store-a',
  storeName: 'Main store',
  lastLine: 'Hello',
  since: NOW,
  waitingMs: 5 * MIN,
  risk: 'none',
  reasons: [],
  ...over,
});

const idle = (storeId: string, over: Partial<SyncProgress> = {}): SyncProgress => ({
  storeId,
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

function report(chats: UnansweredChat[], syncedAt: Record<string, number | null> = { 'store-a': NOW - 2 * MIN }, stale = false): UnansweredReport {
  return { chats, syncedAt, stale };
}

let container: HTMLElement;
const opened: string[] = [];

async function mount(handlers: Handlers, props: { autoRefresh?: boolean } = {}): Promise<HTMLElement> {
  backend(sendMock, { getPrefs: DEFAULT_PREFS, getSyncState: [], syncNow: [], ...handlers });
  await act(() => {
    render(<PopupApp autoRefresh={props.autoRefresh ?? false} now={() => NOW} open={(id) => opened.push(id)} />, container);
  });
  await settle();
  return container;
}

const ids = (root: HTMLElement) => [...root.querySelectorAll('[data-sidekick-chat-id]')].map((el) => el.getAttribute('data-sidekick-chat-id'));
const state = (root: HTMLElement, name: string) => root.querySelector(`[data-state="${name}"]`);

beforeEach(() => {
  fakeBrowser.reset();
  sendMock.mockReset();
  opened.length = 0;
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('popup: the list', () => {
  it('lists every unanswered chat, longest waiting first, each a [data-sidekick-chat-id] element', async () => {
    const chats = [
      chat({ chatId: 'aaaaaaaa-0000-4000-8000-000000000001', waitingMs: 10 * MIN }),
      chat({ chatId: 'bbbbbbbb-0000-4000-8000-000000000002', waitingMs: 192 * MIN }),
      chat({ chatId: 'cccccccc-0000-4000-8000-000000000003', waitingMs: 2 * 1440 * MIN }),
    ];
    const root = await mount({ listStores: [store()], getUnanswered: report(chats) });
    expect(ids(root)).toEqual(['cccccccc-0000-4000-8000-000000000003', 'bbbbbbbb-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000001']);
    expect(root.querySelector('h1')?.textContent).toBe('Unanswered chats (3)');
  });

  it('shows customer, store, shipment, the first line as text, the waiting time and a risk badge with words', async () => {
    const root = await mount({
      listStores: [store()],
      getUnanswered: report([
        chat({
          chatId: 'dddddddd-0000-4000-8000-000000000004',
          customerName: 'Ivan P.',
          postingNumber: '0128619527-0157-1',
          lastLine: '<img src=x onerror="alert(1)"> Pay by card here\nsecond line',
          waitingMs: 192 * MIN,
          risk: 'danger',
          reasons: ['asks-card', 'external-link'],
        }),
        chat({ chatId: 'eeeeeeee-0000-4000-8000-000000000005', sku: '998877', lastLine: '', waitingMs: MIN }),
      ]),
    });
    const [first, second] = [...root.querySelectorAll<HTMLAnchorElement>('[data-sidekick-chat-id]')];
    expect(first!.querySelector('.chat-customer')?.textContent).toBe('Ivan P.');
    expect(first!.querySelector('.chat-meta')?.textContent).toBe('Main store · Shipment 0128619527-0157-1');
    expect(first!.querySelector('.chat-line')?.textContent).toBe('<img src=x onerror="alert(1)"> Pay by card here');
    expect(first!.querySelector('img')).toBeNull();
    expect(first!.querySelector('.chat-waiting')?.textContent).toBe('waiting 3 hr 12 min');
    const badge = first!.querySelector('.risk')!;
    expect(badge.textContent).toContain('Likely scam');
    expect(badge.textContent).toContain('✖');
    expect(badge.getAttribute('title')).toBe('Asks for bank card details; Contains a link to another site');
    expect(first!.getAttribute('href')).toBe('https://seller.ozon.ru/app/messenger?group=customers_v2&id=dddddddd-0000-4000-8000-000000000004');

    expect(second!.querySelector('.chat-customer')?.textContent).toBe('Customer');
    expect(second!.querySelector('.chat-meta')?.textContent).toBe('Main store · Product, SKU 998877');
    expect(second!.querySelector('.risk')).toBeNull();
  });

  it('opens the chat on a click, and the arrow keys move between chats', async () => {
    const root = await mount({
      listStores: [store()],
      getUnanswered: report([chat({ chatId: 'aaaaaaaa-0000-4000-8000-000000000001', waitingMs: 9 * MIN }), chat({ chatId: 'bbbbbbbb-0000-4000-8000-000000000002', waitingMs: MIN })]),
    });
    const items = [...root.querySelectorAll<HTMLElement>('[data-sidekick-chat-id]')];
    items[0]!.click();
    expect(opened).toEqual(['aaaaaaaa-0000-4000-8000-000000000001']);
    items[0]!.focus();
    items[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(items[1]);
    items[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(document.activeElement).toBe(items[0]);
  });
});

describe('popup: states with a way forward', () => {
  it('no store yet: says so and links to the options', async () => {
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const root = await mount({ listStores: [], getUnanswered: report([], {}) });
    expect(state(root, 'no-store')?.textContent).toContain('No store connected yet');
    expect(root.querySelector('.refresh')).toBeNull();
    (state(root, 'no-store')!.querySelector('button') as HTMLButtonElement).click();
    expect(openOptions).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalled();
  });

  it('DOM-only store: explains the subscription and what still works', async () => {
    const root = await mount({ listStores: [store({ mode: 'dom-only', modeReason: 'premium-required' })], getUnanswered: report([], { 'store-a': null }) });
    const notice = state(root, 'dom-only')!;
    expect(notice.textContent).toContain('Main store');
    expect(notice.textContent).toContain('Premium Plus or Premium Pro');
    expect(notice.textContent).toContain('still work');
    expect(state(root, 'nothing')).toBeNull();
    // A sync would skip the store: no refresh, no "not synced yet".
    expect(root.querySelector('.refresh')).toBeNull();
    expect(root.querySelector('#sync-line')).toBeNull();
  });

  it('invalid key: says which store and links to the options', async () => {
    const root = await mount({
      listStores: [store()],
      getUnanswered: report([]),
      getSyncState: [idle('store-a', { phase: 'listing', error: { code: 'invalid-key', message: 'Ozon did not accept…' } })],
    });
    const notice = state(root, 'invalid-key')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('Main store');
    expect(notice.querySelector('button')?.textContent).toBe('Check the key');
    expect(state(root, 'nothing')).toBeNull();
  });

  it('invalid key recorded on the store (sync stopped for it): the same notice', async () => {
    const root = await mount({ listStores: [store({ mode: 'unknown', modeReason: 'invalid-key' })], getUnanswered: report([], {}) });
    expect(state(root, 'invalid-key')?.textContent).toContain('Main store');
  });

  it('offline: the cached chats are still shown under the notice', async () => {
    const root = await mount({
      listStores: [store()],
      getUnanswered: report([chat({})]),
      getSyncState: [idle('store-a', { phase: 'history', error: { code: 'network', message: 'Could not reach' } })],
    });
    expect(state(root, 'offline')?.textContent).toContain('Showing the chats saved at the last sync');
    expect(ids(root)).toHaveLength(1);
  });

  it('the premium fault met during a sync shows the DOM-only explanation', async () => {
    const root = await mount({
      listStores: [store({ mode: 'api' })],
      getUnanswered: report([]),
      getSyncState: [idle('store-a', { error: { code: 'premium-required', message: 'refused' } })],
    });
    expect(state(root, 'dom-only')).not.toBeNull();
  });

  it('nothing unanswered: says every customer has an answer', async () => {
    const root = await mount({ listStores: [store()], getUnanswered: report([]) });
    expect(state(root, 'nothing')?.textContent).toBe('No unanswered chats: every customer has an answer.');
    expect(ids(root)).toEqual([]);
  });

  it('a store that never synced does not claim there is nothing to answer', async () => {
    const root = await mount({ listStores: [store({ mode: 'unknown' })], getUnanswered: report([], {}) });
    expect(state(root, 'nothing')).toBeNull();
    expect(root.querySelector('#sync-line')?.textContent).toBe('Not synced yet');
  });

  it('the background not answering: an alert, not a blank popup', async () => {
    sendMock.mockReset();
    const root = await mount({ listStores: [store()] });
    expect(state(root, 'load-error')?.textContent).toContain('Could not load the chats');
  });
});

describe('popup: sync line', () => {
  it('says when the data was synced and marks it stale past twice the interval', async () => {
    const fresh = await mount({ listStores: [store()], getUnanswered: report([], { 'store-a': NOW - 3 * MIN }) });
    expect(fresh.querySelector('#sync-line')?.textContent).toBe('Synced 3 min ago');
    expect(state(fresh, 'stale')).toBeNull();
    render(null, container);

    const old = await mount({ listStores: [store()], getUnanswered: report([], { 'store-a': NOW - 11 * MIN }) });
    expect(old.querySelector('#sync-line')?.textContent).toContain('Synced 11 min ago');
    expect(state(old, 'stale')?.textContent).toContain('Out of date');
    render(null, container);

    const flagged = await mount({ listStores: [store()], getUnanswered: report([], { 'store-a': NOW - MIN }, true) });
    expect(state(flagged, 'stale')).not.toBeNull();
  });

  it('refreshes on open: progress "120 of 300 chats", then the new list', async () => {
    let polls = 0;
    let synced = false;
    const root = await mount(
      {
        listStores: [store()],
        getUnanswered: () => (synced ? report([chat({ chatId: 'ffffffff-0000-4000-8000-000000000006' })], { 'store-a': NOW }) : report([], { 'store-a': NOW - 30 * MIN })),
        syncNow: () => [idle('store-a', { phase: 'history', done: 0, total: 300, listed: 300, finishedAt: null })],
        getSyncState: () => {
          polls += 1;
          if (polls === 1) return [];
          if (polls <= 3) return [idle('store-a', { phase: 'history', done: 120, total: 300, listed: 300, finishedAt: null })];
          synced = true;
          return [idle('store-a', { finishedAt: NOW })];
        },
      },
      { autoRefresh: true },
    );
    await waitFor(() => root.querySelector('[data-state="syncing"]')?.textContent === '120 of 300 chats');
    expect(root.querySelector<HTMLButtonElement>('.refresh')?.disabled).toBe(true);
    await waitFor(() => ids(root).length === 1);
    expect(requestsOf(sendMock, 'syncNow')).toHaveLength(1);
    expect(root.querySelector('#sync-line')?.textContent).toBe('Synced just now');
    expect(root.querySelector<HTMLButtonElement>('.refresh')?.disabled).toBe(false);
    expect(root.querySelector('main')?.getAttribute('data-refreshed')).toBe('1');
  });

  it('takes progress pushed by the background', async () => {
    const root = await mount({ listStores: [store()], getUnanswered: report([]) });
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'sidekick:syncProgress', progress: [idle('store-a', { phase: 'history', done: 7, total: 40, finishedAt: null })] }, {});
    });
    expect(root.querySelector('[data-state="syncing"]')?.textContent).toBe('7 of 40 chats');
  });

  it('does not start a sync when every store is DOM-only', async () => {
    await mount({ listStores: [store({ mode: 'dom-only' })], getUnanswered: report([]) }, { autoRefresh: true });
    expect(requestsOf(sendMock, 'syncNow')).toHaveLength(0);
  });
});

describe('popup: Russian', () => {
  it('speaks Russian when the user chose it', async () => {
    const prefs: Prefs = { ...DEFAULT_PREFS, language: 'ru' };
    const root = await mount({
      getPrefs: prefs,
      listStores: [store()],
      getUnanswered: report([chat({ waitingMs: 192 * MIN, orderNumber: '0128619527-0157', risk: 'warn', reasons: ['messenger-move'] })], { 'store-a': NOW - 3 * MIN }),
    });
    expect(root.querySelector('h1')?.textContent).toBe('Чаты без ответа (1)');
    expect(root.querySelector('.chat-waiting')?.textContent).toBe('ждёт 3 ч 12 мин');
    expect(root.querySelector('.chat-meta')?.textContent).toBe('Main store · Заказ 0128619527-0157');
    expect(root.querySelector('.risk')?.textContent).toContain('Подозрительно');
    expect(root.querySelector('#sync-line')?.textContent).toBe('Обновлено 3 мин назад');
    expect(root.querySelector('.refresh')?.textContent).toContain('Обновить');
  });
});

describe('opening a chat', () => {
  function fakeTabs(tabs: { id?: number; windowId?: number; active?: boolean; lastAccessed?: number }[]) {
    const calls: string[] = [];
    const api: TabsApi = {
      tabs: {
        query: async (q) => (calls.push(`query ${q.url}`), tabs),
        update: async (id, props) => calls.push(`update ${id} ${props.url} ${props.active}`),
        create: async (props) => calls.push(`create ${props.url}`),
      },
      windows: { update: async (id, props) => calls.push(`focus ${id} ${props.focused}`) },
    };
    return { api, calls };
  }

  it('reuses the portal tab used last and focuses its window, then closes the popup', async () => {
    const { api, calls } = fakeTabs([
      { id: 3, windowId: 1, active: false, lastAccessed: 100 },
      { id: 5, windowId: 2, active: false, lastAccessed: 900 },
    ]);
    const close = vi.fn();
    await openChat('aaaaaaaa-0000-4000-8000-000000000001', api, close);
    const url = chatUrl('aaaaaaaa-0000-4000-8000-000000000001');
    expect(url).toBe('https://seller.ozon.ru/app/messenger?group=customers_v2&id=aaaaaaaa-0000-4000-8000-000000000001');
    expect(calls).toEqual(['query https://seller.ozon.ru/*', `update 5 ${url} true`, 'focus 2 true']);
    expect(close).toHaveBeenCalledOnce();
  });

  it('opens a new tab when no portal tab is open', async () => {
    const { api, calls } = fakeTabs([]);
    const close = vi.fn();
    await openChat('bbbbbbbb-0000-4000-8000-000000000002', api, close);
    expect(calls).toEqual(['query https://seller.ozon.ru/*', `create ${chatUrl('bbbbbbbb-0000-4000-8000-000000000002')}`]);
    expect(close).toHaveBeenCalledOnce();
  });
});
