import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { Sidebar } from '@/components/page/Sidebar';
import { loadSettings } from '@/entrypoints/seller.content/env';
import { BUILTIN_PRESETS, type Preset } from '@/lib/presets/model';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import type { ChatMeta, StatusReport } from '@/lib/protocol/messages';
import { createPageObserver, type PageObserver } from '@/entrypoints/seller.content/observer';
import { createPageState, type PageStateStore } from '@/entrypoints/seller.content/page-state';
import { pageKindOf } from '@/entrypoints/seller.content/portal/page-kind';
import { PRESET_ATTRIBUTE, setPortalFilters } from '@/entrypoints/seller.content/features/presets/apply-preset';
import { emitCommand } from '@/entrypoints/seller.content/commands';
import presetsFeature, { forgetRemembered, REPORT_DELAY_MS } from '@/entrypoints/seller.content/features/presets/index';
import type { SeedChat } from '../../../../../sandbox/data/types';
import { previewOf, renderReplicaMessenger, replicaChats, type Lang, type ReplicaMessenger } from '../../../../fixtures/portal/replica-messenger';
import { personClick, personKey } from '../../../support/person-input';
import { sharedBackground as background } from '../../../support/fake-background';
import { testFeatureEnv } from '../../../support/feature-env';

vi.mock('@/lib/protocol/send', async () => (await import('../../../support/fake-background')).fakeSendModule());

const wait = (ms = 50) => new Promise((r) => setTimeout(r, ms));

interface World {
  presets: Preset[];
  prefs: Prefs;
  status: StatusReport;
  counts: { presetId: string; count: number }[];
  meta: Record<string, ChatMeta>;
}

let world: World;
let observer: PageObserver;
let state: PageStateStore;
let stop: (() => void) | null;
let replica: ReplicaMessenger;

/** Starts the feature on `href` with a fresh navigation's settings, on the page and page state as they are. */
function start(href: string): void {
  const env = testFeatureEnv(background, { href, observer, state });
  presetsFeature.start(env);
  stop = env.stop;
}

async function setup(chats: SeedChat[], lang: Lang = 'en', href = 'https://seller.ozon.ru/app/messenger?group=customers_v2'): Promise<void> {
  document.documentElement.lang = lang;
  document.head.replaceChildren();
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  replica = await renderReplicaMessenger(root, chats, lang);
  observer = createPageObserver(document.body, (run) => setTimeout(run, 0));
  state = createPageState();
  expect(presetsFeature.appliesTo(pageKindOf(href))).toBe(true);
  start(href);
}

const rowsOnPage = () => [...document.querySelectorAll('a[href*="id="]')];
const marks = () => rowsOnPage().map((el) => el.getAttribute(PRESET_ATTRIBUTE));
const shownIds = () => rowsOnPage().map((a) => new URL(a.getAttribute('href')!, 'https://x').searchParams.get('id'));
const builtin = (id: string) => BUILTIN_PRESETS.find((p) => p.id === id)!;

beforeEach(() => {
  forgetRemembered();
  world = {
    presets: BUILTIN_PRESETS.map((p) => ({ ...p })),
    prefs: { ...DEFAULT_PREFS },
    status: { stores: [], apiAvailable: false },
    counts: [],
    meta: {},
  };
  background.reset({
    listPresets: () => world.presets,
    getPrefs: () => world.prefs,
    getStatus: () => world.status,
    presetCounts: () => world.counts,
    getChatMeta: () => world.meta,
  });
});

afterEach(() => {
  stop?.();
  stop = null;
  observer?.disconnect();
  vi.unstubAllGlobals();
});

describe.each(['en', 'ru'] as Lang[])('applying built-in presets (%s)', (lang) => {
  const chats = replicaChats(60);
  it.each(BUILTIN_PRESETS.map((p) => p.id))('%s drives the portal filters and marks exactly the right rows', async (id) => {
    await setup(chats, lang);
    await wait();
    const preset = builtin(id);
    const report = await state.get().presetsBridge!.apply(preset);
    await wait();
    expect(report.missing).toEqual([]);
    expect(report.stuck).toEqual([]);
    expect([...replica.pressed()].sort()).toEqual([...preset.filters].sort());
    expect(replica.forbiddenSeen).toEqual([]);
    // The list shown is the portal's own answer for those filters.
    const expected = await replica.answer(preset.filters);
    expect(shownIds()).toEqual(expected.map((c) => c.id));
    // Extra criteria: waiting > 24 h matches only rows older than yesterday (dates); the others match all.
    const want = expected.map((c) => (id === 'waiting-over-24h' ? (/^\d\d\.\d\d$/.test(c.time) ? 'match' : 'dim') : id === 'suspicious' ? 'dim' : 'match'));
    expect(marks()).toEqual(want);
    expect(state.get().appliedPresetId).toBe(id);
  });
});

describe('the portal filters are set in a safe order', () => {
  it('releases unwanted filters before pressing wanted ones, never forming a forbidden pair', async () => {
    await setup(replicaChats(20));
    await wait();
    // Start from every combination the portal allows that conflicts with some preset.
    const starts: Preset['filters'][] = [['without-customer-reply'], ['by-products', 'unread'], ['all'], ['by-order', 'without-customer-reply']];
    for (const start of starts) {
      for (const preset of BUILTIN_PRESETS) {
        await setPortalFilters(start);
        await wait(5);
        expect([...replica.pressed()].sort()).toEqual([...start].sort());
        await state.get().presetsBridge!.apply(preset);
        // With no filter wanted, a pressed "All chats" is the same list and may stay.
        const shown = [...replica.pressed()].filter((f) => !(f === 'all' && preset.filters.length === 0));
        expect(shown.sort()).toEqual([...preset.filters].sort());
        expect((await replica.answer(replica.pressed())).map((c) => c.id)).toEqual((await replica.answer(preset.filters)).map((c) => c.id));
      }
    }
    expect(replica.forbiddenSeen).toEqual([]);
  });
});

describe('extra criteria and stale state', () => {
  it('text and order criteria dim, or hide per prefs, exactly the non-matching rows', async () => {
    world.prefs = { ...DEFAULT_PREFS, nonMatchingRows: 'hide' };
    const chats = replicaChats(40);
    await setup(chats);
    await wait();
    const text: Preset = { id: 'warranty', name: 'Warranty', filters: [], extra: { textContains: 'WARRANTY' } };
    await state.get().presetsBridge!.apply(text);
    await wait();
    expect(marks()).toEqual(chats.map((c) => (previewOf(c).includes('warranty') ? 'match' : 'hide')));
    const order: Preset = { id: 'order', name: 'Order', filters: ['by-order'], extra: { orderNumber: '0128600008-0157' } };
    await state.get().presetsBridge!.apply(order);
    await wait();
    const shown = await replica.answer(['by-order']);
    expect(marks()).toEqual(shown.map((c) => (c.chat.context?.kind === 'order' && c.chat.context.orderNumber === '0128600008-0157' ? 'match' : 'hide')));
    expect(marks().filter((m) => m === 'match')).toHaveLength(1);
  });

  it('applying another preset or clearing leaves no stale marks', async () => {
    await setup(replicaChats(30));
    await wait();
    const bridge = state.get().presetsBridge!;
    await bridge.apply(builtin('suspicious'));
    await wait();
    expect(marks().every((m) => m === 'dim')).toBe(true);
    await bridge.apply(builtin('needs-my-reply'));
    await wait();
    expect(marks().every((m) => m === 'match')).toBe(true);
    expect(document.querySelectorAll(`[${PRESET_ATTRIBUTE}="dim"]`)).toHaveLength(0);
    bridge.clear();
    expect(document.querySelectorAll(`[${PRESET_ATTRIBUTE}]`)).toHaveLength(0);
    expect(state.get().appliedPresetId).toBeNull();
  });

  it('follows the scam guard: rows marked warn/danger later match "Suspicious"', async () => {
    await setup(replicaChats(12));
    await wait();
    await state.get().presetsBridge!.apply(builtin('suspicious'));
    await wait();
    const rows = rowsOnPage();
    rows[2]!.setAttribute('data-sidekick-risk', 'warn');
    rows[5]!.setAttribute('data-sidekick-risk', 'danger');
    rows[7]!.setAttribute('data-sidekick-risk', 'none');
    await wait();
    expect(marks()).toEqual(rows.map((_, i) => (i === 2 || i === 5 ? 'match' : 'dim')));
  });

  it('200 re-renders of the list leave no duplicate and every new row judged', async () => {
    const chats = replicaChats(50);
    await setup(chats);
    await wait();
    await state.get().presetsBridge!.apply({ id: 'warranty', name: 'W', filters: [], extra: { textContains: 'warranty' } });
    for (let i = 0; i < 200; i++) {
      replica.rerender();
      if (i % 20 === 0) await wait(1);
    }
    await wait();
    expect(document.querySelectorAll('style[data-sidekick-owned]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-sidekick-owned]')).toHaveLength(1);
    expect(rowsOnPage()).toHaveLength(50);
    expect(marks()).toEqual(chats.map((c) => (previewOf(c).includes('warranty') ? 'match' : 'dim')));
    // The replica's client re-renders its whole page (tabs, filters, list, chat pane) in happy-dom: ~70 ms a time.
  }, 120_000);

  it('stopping removes everything the feature added', async () => {
    await setup(replicaChats(10));
    await wait();
    await state.get().presetsBridge!.apply(builtin('suspicious'));
    await wait();
    stop!();
    stop = null;
    expect(document.querySelectorAll(`[${PRESET_ATTRIBUTE}], [data-sidekick-owned]`)).toHaveLength(0);
    expect(state.get().presetsBridge).toBeNull();
    expect(state.get().unrecognised.presets ?? []).toEqual([]);
  });
});

describe('counts', () => {
  it('without a store: rows on the page for presets with the pressed filters, unknown for the others', async () => {
    await setup(replicaChats(40));
    await wait();
    await state.get().presetsBridge!.apply(builtin('needs-my-reply'));
    await wait();
    const counts = state.get().presetCounts;
    const shown = await replica.answer(['without-my-reply']);
    expect(state.get().countsSource).toBe('page');
    expect(counts['needs-my-reply']).toBe(shown.length);
    expect(counts['waiting-over-24h']).toBe(shown.filter((c) => /^\d\d\.\d\d$/.test(c.time)).length);
    expect(counts['order-questions']).toBeNull();
    expect(counts['suspicious']).toBeNull();
  });

  it('with a store: counts from the background, waiting time from the synced chats', async () => {
    world.status = { stores: [{ id: 's1', name: 'S', mode: 'api' }], apiAvailable: true };
    world.counts = [{ presetId: 'needs-my-reply', count: 17 }];
    const chats = replicaChats(10);
    world.meta = Object.fromEntries(
      chats.map((c, i) => [c.chatId, { chatId: c.chatId, storeId: 's1', chatType: 'Buyer_Seller', isBuyerChat: true, lastAuthor: 'customer', waitingMs: i === 4 ? 30 * 3_600_000 : 3_600_000 } satisfies ChatMeta]),
    );
    await setup(chats);
    await wait();
    expect(state.get().countsSource).toBe('api');
    expect(state.get().presetCounts['needs-my-reply']).toBe(17);
    await state.get().presetsBridge!.apply({ id: 'w', name: 'W', filters: [], extra: { waitingOverHours: 24 } });
    await wait(30);
    expect(background.received).toContainEqual(expect.objectContaining({ type: 'getChatMeta' }));
    expect(marks()).toEqual(chats.map((_, i) => (i === 4 ? 'match' : 'dim')));
  });
});

describe('keyboard, commands, restart and unknown pages', () => {
  it('Alt+2 and the apply-preset-3 command apply the 2nd and 3rd presets', async () => {
    await setup(replicaChats(10));
    await wait(30);
    personKey(window, { code: 'Digit2', key: '2', altKey: true });
    await wait(30);
    expect(state.get().appliedPresetId).toBe(world.presets[1]!.id);
    emitCommand('apply-preset-3');
    await wait(30);
    expect(state.get().appliedPresetId).toBe(world.presets[2]!.id);
  });

  it('keeps the applied preset across a navigation inside the messenger', async () => {
    await setup(replicaChats(20));
    await wait();
    await state.get().presetsBridge!.apply(builtin('waiting-over-24h'));
    await wait();
    stop!();
    // The portal keeps its filters when a chat opens; the feature restarts on the new URL.
    start('https://seller.ozon.ru/app/messenger?group=customers_v2&id=00000000-0000-4000-8000-000000000002');
    await wait();
    expect(state.get().appliedPresetId).toBe('waiting-over-24h');
    expect(marks().some((m) => m === 'dim')).toBe(true);
  });

  it('does not apply on the support group or the orders page', () => {
    expect(presetsFeature.appliesTo(pageKindOf('https://seller.ozon.ru/app/messenger?group=support_v2'))).toBe(false);
    expect(presetsFeature.appliesTo(pageKindOf('https://seller.ozon.ru/app/postings/fbs'))).toBe(false);
  });

  it('a page with nothing recognisable reports the missing parts after a short delay, and throws nothing', async () => {
    document.body.replaceChildren();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Maintenance' }));
    observer = createPageObserver(document.body, (run) => setTimeout(run, 0));
    state = createPageState();
    start('https://seller.ozon.ru/app/messenger');
    await wait(REPORT_DELAY_MS + 100);
    const parts = state.get().unrecognised.presets ?? [];
    expect(parts).toEqual(expect.arrayContaining(['chat-list', 'chat-rows', 'filter:without-my-reply', 'filter:all']));
    const report = await state.get().presetsBridge!.apply(builtin('needs-my-reply'));
    expect(report.missing).toEqual(['without-my-reply']);
    expect(state.get().presetsProblem?.en).toContain('Without your reply');
  });
});

describe('saving a preset in the sidebar', () => {
  it('sends one savePreset, writes the list once, and the sidebar shows the background’s answer', async () => {
    await setup(replicaChats(10));
    await wait();
    background.reply({ savePreset: (request) => (world.presets = [...world.presets, request.preset as Preset]) });
    // The sidebar in its own host, as the content script mounts it.
    const host = document.createElement('seller-sidekick');
    const container = document.createElement('div');
    host.append(container);
    document.body.append(host);
    const navigation = new AbortController();
    const settings = loadSettings({ signal: navigation.signal, send: background.send });
    await settings.ready;
    render(h(Sidebar, { page: pageKindOf('https://seller.ozon.ru/app/messenger?group=customers_v2'), state, settings }), container);
    await wait();
    personClick([...container.querySelectorAll('button')].find((b) => b.textContent?.includes('New preset'))!);
    await wait();
    const name = container.querySelector<HTMLInputElement>('form input[id$="-name"]')!;
    name.value = 'Warranty';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await wait();

    const before = background.received.length;
    let writes = 0;
    let shown = state.get().presets;
    const unsubscribe = state.subscribe((next) => {
      if (next.presets !== shown) writes++;
      shown = next.presets;
    });
    personClick(container.querySelector<HTMLButtonElement>('form button[type="submit"]')!);
    await wait();
    expect(background.received.slice(before).map((r) => r.type)).toEqual(['savePreset']);
    expect(writes).toBe(1);
    expect(state.get().presets?.map((p) => p.name)).toContain('Warranty');
    expect([...container.querySelectorAll('.sk-preset-name')].map((n) => n.textContent)).toContain('Warranty');
    unsubscribe();
    render(null, container);
    navigation.abort();
  });
});
