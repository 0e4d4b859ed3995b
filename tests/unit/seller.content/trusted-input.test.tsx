// Issue 12, items 1 and 3: only a person's input makes the extension act. Every way a page script can press our
// buttons (el.click(), dispatched mouse events, Enter/Space keydowns, form.requestSubmit()) must start, send, save,
// delete or navigate nothing; a person's click (isTrusted, set here by ./person-input) still does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { isPersonInput, personOnly } from '@/entrypoints/seller.content/trusted-input';
import { Sidebar } from '@/components/page/Sidebar';
import { TemplatePicker } from '@/components/page/quick-replies/TemplatePicker';
import { createBanner } from '@/components/page/scam/banner';
import { judgeMessage } from '@/lib/scam';
import { startContactButtons } from '@/entrypoints/seller.content/features/contact-customer/index';
import { createPageObserver, type PageObserver } from '@/entrypoints/seller.content/observer';
import { createPageState, type PresetsBridge } from '@/entrypoints/seller.content/page-state';
import { pageKindOf } from '@/entrypoints/seller.content/portal/page-kind';
import { cancelPortalFlow } from '@/entrypoints/seller.content/portal/orders/flow';
import { createSendGuard } from '@/entrypoints/seller.content/features/quick-replies/guard';
import { BUILTIN_PRESETS } from '@/lib/presets/model';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import { loadSettings } from '@/entrypoints/seller.content/env';
import { listElement, matrixRows, rowElement, tabsElement } from '../../fixtures/orders/matrix';
import { asPerson, personClick } from '../support/person-input';
import { sharedBackground as background } from '../support/fake-background';

vi.mock('@/lib/protocol/send', async () => (await import('../support/fake-background')).fakeSendModule());

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await tick();
}

/** Every way a page script can press an element. */
function scriptPresses(el: Element): void {
  (el as HTMLElement).click();
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
  for (const key of ['Enter', ' ']) el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

describe('the helper', () => {
  it('tells a person’s input from a script’s, and cancels the default action of a script’s', () => {
    const handler = vi.fn();
    const guarded = personOnly(handler);
    const scripted = new MouseEvent('click', { cancelable: true });
    guarded(scripted);
    expect(handler).not.toHaveBeenCalled();
    expect(scripted.defaultPrevented).toBe(true);
    const person = asPerson(new MouseEvent('click', { cancelable: true }));
    guarded(person);
    expect(handler).toHaveBeenCalledWith(person);
    expect(person.defaultPrevented).toBe(false);
    expect(isPersonInput(null)).toBe(false);
    expect(isPersonInput(new KeyboardEvent('keydown'))).toBe(false);
  });
});

describe('Contact Customer and "Contact with template" on a row', () => {
  let observer: PageObserver;
  let stop: (() => void) | null = null;
  beforeEach(() => {
    document.documentElement.lang = 'ru';
    observer = createPageObserver(document.body, (run) => run());
  });
  afterEach(() => {
    stop?.();
    observer.disconnect();
    cancelPortalFlow();
  });

  it('a script’s presses start no chat, send nothing and navigate nowhere; the person’s confirm sends once', async () => {
    const rows = matrixRows();
    const { root, body } = listElement(document, 'ru', 'table');
    for (const row of rows) body.append(rowElement(document, row, 'ru', 'all', 'table'));
    document.body.replaceChildren(tabsElement(document, 'ru'), root);
    background.reset({
      getPrefs: DEFAULT_PREFS,
      getStatus: { stores: [], apiAvailable: true },
      getShipmentEligibility: {},
      listTemplates: [{ id: 'hello', name: 'Hello', text: 'Здравствуйте! Заказ {posting_number} собираем.' }],
      startChat: { chatId: '2f1c1a9e-0000-4000-8000-00000000abcd' },
      sendMessage: { sent: true },
    });
    /** The request types the background received, in order. */
    const calls = () => background.received.map((r) => r.type);
    const assign = vi.fn();
    const openTab = vi.fn();
    const state = createPageState();
    stop = startContactButtons({ doc: document, observer, state, tab: 'all', send: background.send, assign, openTab, guard: createSendGuard() });
    await settle();
    const eligible = rows.find((r) => r.expected.contact === 'available')!;
    const row = [...document.querySelectorAll('[data-sidekick-contact="available"]')].find((el) => el.textContent?.includes(eligible.postingNumber))!;
    const contact = row.querySelector('button[data-sidekick-action="contact-customer"]')!;
    const menu = row.querySelector('button[data-sidekick-action="contact-with-template"]')!;

    scriptPresses(contact);
    scriptPresses(menu);
    await settle();
    expect(calls().filter((c) => ['startChat', 'sendMessage', 'listTemplates'].includes(c))).toEqual([]);
    expect(assign).not.toHaveBeenCalled();
    expect(openTab).not.toHaveBeenCalled();
    expect(row.querySelector('[data-sidekick-popover]')).toBeNull();

    // The person opens the menu; the script presses the template and the confirm.
    personClick(menu);
    await settle();
    const popover = row.querySelector('[data-sidekick-popover]')!;
    expect(popover).not.toBeNull();
    scriptPresses(popover.querySelector('[data-sidekick-template]')!);
    scriptPresses(popover.querySelector('[data-sidekick-template-confirm]')!);
    await settle();
    expect(calls().filter((c) => c === 'startChat' || c === 'sendMessage')).toEqual([]);
    expect(assign).not.toHaveBeenCalled();

    // The person confirms: one start, one message, and the chat opens.
    personClick(popover.querySelector('[data-sidekick-template-confirm]')!);
    await settle();
    expect(calls().filter((c) => c === 'startChat' || c === 'sendMessage')).toEqual(['startChat', 'sendMessage']);
    expect(assign).toHaveBeenCalledTimes(1);
  });
});

describe('the template picker', () => {
  it('chooses and confirms only on a person’s click', async () => {
    const onPick = vi.fn();
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const templates = [
      { id: 'a', name: 'A', text: 'First text' },
      { id: 'b', name: 'B', text: 'Second text' },
    ];
    render(<TemplatePicker templates={templates} values={{}} lang="en" action="send" chatKey="c1" guard={createSendGuard()} onPick={onPick} />, root);
    await settle();
    scriptPresses(root.querySelector('[data-sidekick-template="b"]')!);
    await settle();
    expect(root.querySelector('[data-sidekick-template-preview]')).toBeNull();
    personClick(root.querySelector('[data-sidekick-template="b"]')!);
    await settle();
    expect(root.querySelector('[data-sidekick-template-preview]')?.textContent).toBe('Second text');
    scriptPresses(root.querySelector('[data-sidekick-template-confirm]')!);
    await settle();
    expect(onPick).not.toHaveBeenCalled();
    personClick(root.querySelector('[data-sidekick-template-confirm]')!);
    await settle();
    expect(onPick).toHaveBeenCalledWith('Second text', templates[1]);
    render(null, root);
  });
});

describe('the sidebar and its presets', () => {
  let prefs: Prefs;
  /** The request types the background received since the sidebar was rendered (the navigation loads before). */
  let requests: () => string[];
  let applied: string[];
  let container: HTMLElement;
  let navigation: AbortController;

  beforeEach(() => {
    prefs = structuredClone(DEFAULT_PREFS);
    applied = [];
    navigation = new AbortController();
    background.reset({
      getPrefs: () => prefs,
      setPrefs: (request) => (prefs = { ...prefs, ...request.patch }),
      savePreset: () => BUILTIN_PRESETS.map((p) => ({ ...p })),
      deletePreset: () => BUILTIN_PRESETS.map((p) => ({ ...p })),
      reorderPresets: () => BUILTIN_PRESETS.map((p) => ({ ...p })),
    });
    container = document.createElement('div');
    document.body.replaceChildren(container);
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    render(null, container);
    navigation.abort();
  });

  it('a script’s clicks, submits and keys delete, reorder, save, apply and collapse nothing; the person’s click does', async () => {
    const state = createPageState();
    const bridge: PresetsBridge = {
      async apply(p) {
        applied.push(p.id);
        return { missing: [], stuck: [], rows: 0, matching: 0 };
      },
      clear() {},
      async replace(list) {
        state.set({ presets: list });
      },
    };
    state.set({ presets: BUILTIN_PRESETS.map((p) => ({ ...p })), presetsBridge: bridge });
    const settings = loadSettings({ signal: navigation.signal, send: background.send });
    await settings.ready;
    const loaded = background.received.length;
    requests = () => background.received.slice(loaded).map((r) => r.type);
    render(<Sidebar page={pageKindOf('https://seller.ozon.ru/app/messenger?group=customers_v2')} state={state} settings={settings} />, container);
    await settle();
    const buttons = (prefix: string) => [...container.querySelectorAll('button')].filter((b) => (b.getAttribute('aria-label') ?? '').startsWith(prefix));
    expect(buttons('Delete:').length).toBe(BUILTIN_PRESETS.length);

    for (const b of buttons('Delete:')) {
      scriptPresses(b);
      scriptPresses(b);
    }
    for (const b of buttons('Move down:')) scriptPresses(b);
    for (const b of container.querySelectorAll('.sk-preset-apply')) scriptPresses(b);
    scriptPresses(buttons('Edit:')[0]!);
    scriptPresses([...container.querySelectorAll('button')].find((b) => b.textContent?.includes('New preset'))!);
    await settle();
    expect(container.querySelector('form')).toBeNull();
    scriptPresses(container.querySelector('[role="separator"]')!);
    container.querySelector('[role="separator"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    scriptPresses(buttons('Collapse the sidebar')[0]!);
    await settle();
    expect(requests().filter((r) => r !== 'getPrefs')).toEqual([]);
    expect(applied).toEqual([]);
    expect(container.querySelector('aside')).not.toBeNull();

    // The editor, opened by the person: a script's submit (requestSubmit fires a trusted `submit` in browsers) saves nothing.
    personClick(buttons('Edit:')[0]!);
    await settle();
    const form = container.querySelector('form')!;
    form.dispatchEvent(asPerson(new Event('submit', { bubbles: true, cancelable: true })));
    scriptPresses(form.querySelector('button[type="submit"]')!);
    await settle();
    expect(requests()).not.toContain('savePreset');
    personClick(form.querySelector('button[type="submit"]')!);
    await settle();
    expect(requests()).toContain('savePreset');

    personClick(buttons('Collapse the sidebar')[0]!);
    await settle();
    expect(requests()).toContain('setPrefs');
    expect(container.querySelector('aside')).toBeNull();
  });
});

describe('the scam banner', () => {
  it('copies the complaint and follows the support link only on a person’s click', async () => {
    const writeText = vi.fn(async () => {});
    const banner = createBanner(document, { chatId: 'c1', senderName: 'Anna', verdict: judgeMessage('Назовите код из СМС') }, 'en', { writeText });
    document.body.replaceChildren(banner);
    const copy = banner.querySelector('[data-sidekick-action="copy-complaint"]')!;
    scriptPresses(copy);
    await settle();
    expect(writeText).not.toHaveBeenCalled();
    personClick(copy);
    await settle();
    expect(writeText).toHaveBeenCalledTimes(1);
    const link = banner.querySelector('[data-sidekick-action="open-support"]')!;
    const scripted = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(scripted);
    expect(scripted.defaultPrevented).toBe(true);
    // A person's click reaches the link untouched (this listener runs after ours, then stops happy-dom navigating).
    let preventedByUs: boolean | null = null;
    link.addEventListener('click', (e) => {
      preventedByUs = e.defaultPrevented;
      e.preventDefault();
    });
    link.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(preventedByUs).toBe(false);
  });
});
