// The sidebar in Simplified Chinese (issue #15), as it follows the portal's <html lang="zh-Hans">: the presets and
// their editor, every note and notice, the collapsed tab, the layout report's outcomes. Every text a person meets is
// Chinese but names, data and brand words (tests/unit/support/untranslated.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { RequestError } from '@/lib/protocol/send';
import { Sidebar } from '@/components/page/Sidebar';
import { BUILTIN_PRESETS, type Preset } from '@/lib/presets/model';
import { filterLabel } from '@/lib/presets/filter-label';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import { t, textsOf, type MessageKey, type Params } from '@/lib/i18n';
import { createPageState, type PageStateStore, type PresetsBridge } from '@/entrypoints/seller.content/page-state';
import { pageKindOf } from '@/entrypoints/seller.content/portal/page-kind';
import { loadSettings } from '@/entrypoints/seller.content/env';
import { personClick } from '../../support/person-input';
import { sharedBackground as background } from '../../support/fake-background';
import { untranslated } from '../../support/untranslated';

vi.mock('@/lib/protocol/send', async () => (await import('../../support/fake-background')).fakeSendModule());
const wait = (ms = 50) => new Promise((r) => setTimeout(r, ms));
const zh = (key: MessageKey, params?: Params) => t('zh', key, params);
const MESSENGER = 'https://seller.ozon.ru/app/messenger?group=customers_v2';
const ORDERS = 'https://seller.ozon.ru/app/postings/fbs?tab=all';

let container: HTMLElement;
let state: PageStateStore;
let prefs: Prefs;
let presets: Preset[];
let navigation = new AbortController();

function mount(href = MESSENGER, lang = 'zh-Hans'): void {
  document.documentElement.lang = lang;
  const settings = loadSettings({ signal: navigation.signal, send: background.send });
  render(<Sidebar page={pageKindOf(href)} state={state} settings={settings} />, container);
}

const button = (text: string) => [...container.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
const expectChinese = () => expect(untranslated(container)).toEqual([]);

beforeEach(() => {
  container = document.createElement('div');
  document.body.replaceChildren(container);
  prefs = structuredClone(DEFAULT_PREFS);
  presets = BUILTIN_PRESETS.map((p) => ({ ...p }));
  navigation = new AbortController();
  state = createPageState();
  const bridge: PresetsBridge = {
    apply: async (p) => (state.set({ appliedPresetId: p.id }), { missing: [], stuck: [], rows: 0, matching: 0 }),
    clear: () => state.set({ appliedPresetId: null }),
    replace: async (list) => state.set({ presets: list }),
  };
  state.set({ presets, presetsBridge: bridge, presetCounts: { 'needs-my-reply': 7, suspicious: 2 }, countsSource: 'api' });
  background.reset({
    getPrefs: () => prefs,
    setPrefs: (request) => (prefs = { ...prefs, ...request.patch }),
    savePreset: () => {
      throw new RequestError('preset-conflict', 'refused', textsOf('presetConflict', { a: '“甲”', b: '“乙”' }));
    },
  });
});

afterEach(() => {
  render(null, container);
  navigation.abort();
});

describe('the sidebar in Chinese', () => {
  it.each(['zh-Hans', 'zh-CN', 'zh'])('follows the portal’s <html lang="%s">: built-in presets, counts, notes and notices', async (lang) => {
    mount(MESSENGER, lang);
    await wait();
    state.reportUnrecognised('presets', ['chat-list', 'chat-rows', 'row-names', 'open-chat', 'chat-header', 'message-box', 'filter:by-order']);
    state.set({ suspicious: 3, tagUnreadable: true, appliedPresetId: 'needs-my-reply', presetsProblem: textsOf('presetFiltersNotSet', { names: '“甲”' }), quickReplies: { open: () => undefined } });
    await wait();
    const names = [...container.querySelectorAll('.sk-preset-name')].map((n) => n.textContent);
    expect(names).toEqual(['待我回复', '待我回复的订单问题', '新的商品问题', '等待买家回复', '等待超过 24 小时', '可疑']);
    expect(container.querySelector('[data-sidekick-note="unrecognised"]')?.textContent).toContain(zh('partFilter', { label: filterLabel('by-order', 'zh') }));
    expect(container.querySelector('[data-sidekick-notice="tag-unreadable"]')?.textContent).toBe(zh('noticeTagUnreadable'));
    expect(container.querySelector('aside')?.getAttribute('lang')).toBe('zh');
    expectChinese();
  });

  it('the orders page: its name and the shipments summary', async () => {
    state.set({ presetsBridge: null, shipments: { available: 4, unavailable: 2 } });
    mount(ORDERS);
    await wait();
    expect(container.textContent).toContain(zh('pageOrders'));
    expect(container.querySelector('[data-sidekick-summary="shipments"]')?.textContent).toBe(zh('shipmentsSummary', { available: 4, unavailable: 2 }));
    expectChinese();
  });

  it('a page it does not work on, the presets loading, none yet', async () => {
    state.set({ presetsBridge: null });
    mount('https://seller.ozon.ru/app/dashboard/main');
    await wait();
    expect(container.textContent).toContain(zh('pageUnknown'));
    expectChinese();
    render(null, container);
    state.set({ presetsBridge: { apply: async () => ({ missing: [], stuck: [], rows: 0, matching: 0 }), clear: () => undefined, replace: async () => undefined }, presets: null });
    mount();
    await wait();
    expect(container.textContent).toContain(zh('presetsLoading'));
    state.set({ presets: [] });
    await wait();
    expect(container.textContent).toContain(zh('presetsNoneYet'));
    expectChinese();
  });

  it('the preset editor: a new preset, the portal’s refusal, the background’s, a deletion asked first', async () => {
    mount();
    await wait();
    personClick(button(zh('presetNew'))!);
    await wait();
    const form = container.querySelector('form')!;
    const box = (filter: 'without-my-reply' | 'without-customer-reply') =>
      [...form.querySelectorAll('label')].find((l) => l.textContent === filterLabel(filter, 'zh'))!.querySelector('input')!;
    for (const filter of ['without-my-reply', 'without-customer-reply'] as const) {
      box(filter).checked = true;
      box(filter).dispatchEvent(new Event('change', { bubbles: true }));
    }
    await wait();
    expect(form.textContent).toContain(zh('presetConflict', { a: zh('quoted', { text: filterLabel('without-my-reply', 'zh') }), b: zh('quoted', { text: filterLabel('without-customer-reply', 'zh') }) }));
    expectChinese();
    box('without-customer-reply').checked = false;
    box('without-customer-reply').dispatchEvent(new Event('change', { bubbles: true }));
    await wait();
    personClick(form.querySelector('button[type="submit"]')!);
    await wait();
    expect(container.textContent).toContain(zh('presetConflict', { a: '“甲”', b: '“乙”' }));
    expectChinese();
    personClick(button(zh('cancel'))!);
    await wait();
    personClick(container.querySelector(`[aria-label="${zh('delete')}: 可疑"]`)!);
    await wait();
    expect(container.textContent).toContain(zh('presetDeleteConfirm', { name: '可疑' }));
    expectChinese();
  });

  it('collapsed: the tab with its marks', async () => {
    prefs.sidebar = { ...prefs.sidebar, open: false };
    state.set({ suspicious: 2, tagUnreadable: true });
    mount();
    await wait();
    expect(container.querySelector('.sk-tab')?.getAttribute('aria-label')).toBe(zh('sidebarExpand'));
    expectChinese();
  });

  it('the background not answering', async () => {
    // Refused a moment later, as a background that does not answer is.
    background.reset({ getPrefs: () => wait(20).then(() => Promise.reject(new RequestError('no-background', 'No answer from the background'))) });
    mount();
    await wait(150);
    expect(container.textContent).toContain(zh('errorBackground'));
    expectChinese();
  });
});

describe('the layout report in Chinese', () => {
  const copy = () => container.querySelector<HTMLButtonElement>('button[data-sidekick-action="copy-layout-report"]')!;

  const copied = async (): Promise<void> => undefined;
  const refused = async (): Promise<void> => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  it.each([
    ['copied', copied],
    ['manual', refused],
  ] as const)('%s', async (outcome, writeText) => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    mount();
    await wait();
    personClick(copy());
    await wait();
    expect(container.querySelector(`[data-sidekick-layout-report="${outcome}"]`)).not.toBeNull();
    expectChinese();
  });
});
