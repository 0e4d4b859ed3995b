import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { RequestError } from '@/lib/protocol/send';
import { partLabel, Sidebar } from '@/components/page/Sidebar';
import { BUILTIN_PRESETS, type Preset } from '@/lib/presets/model';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import { createPageState, type ApplyReport, type PageStateStore, type PresetsBridge } from '@/entrypoints/seller.content/page-state';
import { pageKindOf } from '@/entrypoints/seller.content/portal/page-kind';
import { emitCommand } from '@/entrypoints/seller.content/commands';
import { loadSettings } from '@/entrypoints/seller.content/env';
import { personClick, personKey } from '../../support/person-input';
import { sharedBackground as background } from '../../support/fake-background';

vi.mock('@/lib/protocol/send', async () => (await import('../../support/fake-background')).fakeSendModule());
const wait = (ms = 50) => new Promise((r) => setTimeout(r, ms));

let container: HTMLElement;
let state: PageStateStore;
let prefs: Prefs;
let presets: Preset[];
let bridge: PresetsBridge & { applied: string[]; cleared: number };
/** What the fake background received, in order. */
const requests = background.received as readonly { type: string; [k: string]: unknown }[];
/** The navigations' settings: aborted after each test. */
let navigation = new AbortController();

/** Renders the sidebar for `href` with a navigation's settings, as the content script does on each navigation. */
function mount(lang: string, href = 'https://seller.ozon.ru/app/messenger?group=customers_v2'): void {
  document.documentElement.lang = lang;
  const settings = loadSettings({ signal: navigation.signal, send: background.send });
  render(<Sidebar page={pageKindOf(href)} state={state} settings={settings} />, container);
}

const buttons = () => [...container.querySelectorAll('button')];
const byText = (text: string) => buttons().find((b) => b.textContent?.includes(text));
const byLabel = (label: string) => container.querySelector<HTMLElement>(`[aria-label="${label}"]`);

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.replaceChildren(container);
  prefs = structuredClone(DEFAULT_PREFS);
  presets = BUILTIN_PRESETS.map((p) => ({ ...p }));
  navigation = new AbortController();
  state = createPageState();
  bridge = {
    applied: [],
    cleared: 0,
    async apply(p): Promise<ApplyReport> {
      bridge.applied.push(p.id);
      state.set({ appliedPresetId: p.id });
      return { missing: [], stuck: [], rows: 0, matching: 0 };
    },
    clear() {
      bridge.cleared++;
      state.set({ appliedPresetId: null });
    },
    async replace(list) {
      state.set({ presets: list });
    },
  };
  state.set({ presets, presetsBridge: bridge, presetCounts: { 'needs-my-reply': 7 }, countsSource: 'page' });
  background.reset({
    getPrefs: () => prefs,
    setPrefs: (request) => (prefs = { ...prefs, ...request.patch }),
    savePreset: (request) => {
      const p = request.preset as Preset;
      if (p.name === 'Taken') throw new RequestError('preset-conflict', 'refused', { en: 'Server says: refused', ru: 'Сервер: отказ', zh: '服务器：拒绝' });
      presets = presets.some((x) => x.id === p.id) ? presets.map((x) => (x.id === p.id ? p : x)) : [...presets, p];
      return presets;
    },
    deletePreset: (request) => (presets = presets.filter((x) => x.id !== request.id)),
    reorderPresets: (request) => (presets = request.ids.map((id) => presets.find((x) => x.id === id)!)),
  });
});

afterEach(() => {
  render(null, container);
  navigation.abort();
});

describe('the sidebar', () => {
  it('follows the portal language: Russian names of built-in presets, counts, shortcuts', async () => {
    mount('ru');
    await wait();
    const names = [...container.querySelectorAll('.sk-preset-name')].map((n) => n.textContent);
    expect(names).toEqual(['Нужен мой ответ', 'Вопросы по заказам ждут меня', 'Вопросы о товарах, новые', 'Ждём ответа покупателя', 'Ждут больше 24 ч', 'Подозрительные']);
    expect(container.querySelector('[data-preset-id="needs-my-reply"] .sk-count')?.textContent).toBe('7');
    expect(container.querySelector('[data-preset-id="needs-my-reply"] kbd')?.textContent).toBe('1');
    expect(container.textContent).toContain('Наборы фильтров');
  });

  it('follows the user’s language choice over the page’s', async () => {
    prefs.language = 'en';
    mount('ru');
    await wait();
    expect(container.querySelector('.sk-preset-name')?.textContent).toBe('Needs my reply');
  });

  it('applies a preset on click and clears it', async () => {
    mount('en');
    await wait();
    personClick(byText('Order questions waiting for me')!);
    await wait();
    expect(bridge.applied).toEqual(['order-questions']);
    expect(container.querySelector('[data-preset-id="order-questions"]')?.className).toContain('sk-applied');
    personClick(byText('Show all rows')!);
    expect(bridge.cleared).toBe(1);
  });

  it('refuses a forbidden pair before sending, naming the conflict', async () => {
    mount('en');
    await wait();
    personClick(byText('New preset')!);
    await wait();
    const form = container.querySelector('form')!;
    const check = (label: string) => [...form.querySelectorAll('label')].find((l) => l.textContent === label)!.querySelector('input')!;
    for (const label of ['Without your reply', "Without customer's reply"]) {
      const box = check(label);
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await wait();
    expect(form.textContent).toContain('does not combine «Without your reply» with «Without customer\'s reply»');
    expect(form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);
    expect(requests.some((r) => r.type === 'savePreset')).toBe(false);
  });

  it('creates a preset with extra criteria and shows the background’s refusal', async () => {
    mount('en');
    await wait();
    personClick(byText('New preset')!);
    await wait();
    const form = container.querySelector('form')!;
    type(form.querySelector<HTMLInputElement>('input[id$="-name"]')!, 'Warranty, old');
    type(form.querySelector<HTMLInputElement>('input[id$="-waiting"]')!, '48');
    type(form.querySelector<HTMLInputElement>('input[id$="-text"]')!, 'warranty');
    await wait();
    personClick(form.querySelector('button[type="submit"]')!);
    await wait();
    const saved = requests.find((r) => r.type === 'savePreset')!.preset as Preset;
    expect(saved).toMatchObject({ name: 'Warranty, old', filters: [], extra: { waitingOverHours: 48, textContains: 'warranty' } });
    expect(saved.id).toMatch(/^user-/);
    expect([...container.querySelectorAll('.sk-preset-name')].map((n) => n.textContent)).toContain('Warranty, old');

    const edit = byLabel('Edit: Warranty, old')!;
    personClick(edit);
    await wait();
    const form2 = container.querySelector('form')!;
    type(form2.querySelector<HTMLInputElement>('input[id$="-sku"]')!, 'abc');
    await wait();
    personClick(form2.querySelector('button[type="submit"]')!);
    await wait();
    expect(form2.textContent).toContain('Invalid value: extra.sku');
    expect(requests.filter((r) => r.type === 'savePreset')).toHaveLength(1);
    type(form2.querySelector<HTMLInputElement>('input[id$="-sku"]')!, '');
    type(form2.querySelector<HTMLInputElement>('input[id$="-name"]')!, 'Taken');
    await wait();
    personClick(form2.querySelector('button[type="submit"]')!);
    await wait();
    // The background's refusal is shown in the sidebar's language.
    expect(form2.textContent).toContain('Server says: refused');
  });

  it('renames a built-in preset and keeps the translated name when left as is', async () => {
    mount('ru');
    await wait();
    personClick(byLabel('Изменить: Подозрительные')!);
    await wait();
    let form = container.querySelector('form')!;
    personClick(form.querySelector('button[type="submit"]')!);
    await wait();
    expect((requests.find((r) => r.type === 'savePreset')!.preset as Preset).name).toBe('Suspicious');
    personClick(byLabel('Изменить: Подозрительные')!);
    await wait();
    form = container.querySelector('form')!;
    type(form.querySelector<HTMLInputElement>('input[id$="-name"]')!, 'Мошенники');
    await wait();
    personClick(form.querySelector('button[type="submit"]')!);
    await wait();
    expect((requests.filter((r) => r.type === 'savePreset')[1]!.preset as Preset)).toMatchObject({ id: 'suspicious', name: 'Мошенники', builtin: true });
  });

  it('reorders and deletes (after a confirming second click)', async () => {
    mount('en');
    await wait();
    personClick(byLabel('Move down: Needs my reply')!);
    await wait();
    expect(requests.find((r) => r.type === 'reorderPresets')!.ids).toEqual(['order-questions', 'needs-my-reply', 'product-questions-new', 'waiting-on-customer', 'waiting-over-24h', 'suspicious']);
    expect(container.querySelector('.sk-preset-name')?.textContent).toBe('Order questions waiting for me');
    personClick(byLabel('Delete: Suspicious')!);
    await wait();
    expect(requests.some((r) => r.type === 'deletePreset')).toBe(false);
    personClick(byLabel('Delete: Suspicious')!);
    await wait();
    expect(requests.find((r) => r.type === 'deletePreset')).toMatchObject({ id: 'suspicious' });
    expect(container.querySelectorAll('.sk-preset')).toHaveLength(5);
  });

  it('collapses and opens (kept through setPrefs), also by the toggle command', async () => {
    mount('en');
    await wait();
    personClick(byLabel('Collapse the sidebar')!);
    await wait();
    expect(requests.find((r) => r.type === 'setPrefs')).toMatchObject({ patch: { sidebar: { open: false, width: 320 } } });
    expect(container.querySelector('aside')).toBeNull();
    emitCommand('toggle-sidebar');
    await wait();
    expect(container.querySelector('aside')).not.toBeNull();
    expect(prefs.sidebar.open).toBe(true);
  });

  it('resizes with the keyboard and keeps the width', async () => {
    mount('en');
    // The first render waits for the prefs; on a busy machine that can take longer than one short wait.
    for (let i = 0; i < 40 && !container.querySelector('[role="separator"]'); i++) await wait(25);
    const handle = container.querySelector<HTMLElement>('[role="separator"]')!;
    personKey(handle, { key: 'ArrowLeft' });
    await wait();
    expect(prefs.sidebar.width).toBe(340);
    expect(container.querySelector<HTMLElement>('aside')!.style.width).toBe('340px');
  });

  it('shows the unrecognised parts in words and the suspicious count', async () => {
    mount('ru');
    await wait();
    state.reportUnrecognised('presets', ['chat-list', 'filter:by-order']);
    state.set({ suspicious: 3 });
    await wait();
    const note = container.querySelector('[data-sidekick-note="unrecognised"]')!;
    expect(note.textContent).toContain('список чатов');
    expect(note.textContent).toContain('фильтр «По заказу»');
    expect(container.textContent).toContain('Подозрительных диалогов на странице: 3');
  });

  it('shows no presets section off the customers messenger', async () => {
    state.set({ presetsBridge: null });
    mount('en', 'https://seller.ozon.ru/app/dashboard/main');
    await wait();
    expect(container.querySelector('.sk-presets')).toBeNull();
    expect(container.textContent).toContain('This page is not one Seller Sidekick works on.');
  });
});

describe('names of the page parts the adapters could not find', () => {
  it('in both languages; a filter by its portal label; an unknown part as it is', () => {
    expect(partLabel('en', 'chat-rows')).toBe('the dialogues in the list');
    expect(partLabel('ru', 'chat-rows')).toBe('диалоги в списке');
    expect(partLabel('en', 'filter:unread')).toBe('the filter «Unread»');
    expect(partLabel('ru', 'filter:unread')).toBe('фильтр «Только новые»');
    for (const part of ['chat-list', 'row-names', 'open-chat', 'chat-header', 'message-box']) {
      for (const lang of ['en', 'ru'] as const) {
        expect(partLabel(lang, part)).not.toBe(part);
        expect(partLabel(lang, part)).not.toBe('');
      }
    }
    expect(partLabel('en', 'something-else')).toBe('something-else');
    expect(partLabel('en', 'filter:nonsense')).toBe('filter:nonsense');
  });
});

// ---------------------------------------------------------------- layout report and the tag fail-safe (issue #11)

/** A click as a person's: happy-dom's events are never trusted, so the flag is set on this one event. */
function trustedClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

describe('the tag-unreadable notice', () => {
  it('says, in the user’s language, that the Customer tag check is paused and the others keep running', async () => {
    state.set({ tagUnreadable: true });
    mount('en');
    await wait();
    const notice = container.querySelector('[data-sidekick-notice="tag-unreadable"]');
    expect(notice?.textContent).toContain('could not read the Customer tag');
    expect(notice?.textContent).toContain('“no Customer tag” check is paused');
    expect(notice?.textContent).toContain('requests for codes, moves to other messengers, links');
    expect(notice?.textContent).toContain('copy the layout report');

    render(null, container);
    mount('ru');
    await wait();
    const ru = container.querySelector('[data-sidekick-notice="tag-unreadable"]');
    expect(ru?.textContent).toContain('не смог прочитать метку «Покупатель»');
    expect(ru?.textContent).toContain('приостановлена');
    expect(ru?.textContent).toContain('продолжают работать');
  });

  it('is absent while the tag can be read, and follows the page state', async () => {
    mount('en');
    await wait();
    expect(container.querySelector('[data-sidekick-notice="tag-unreadable"]')).toBeNull();
    state.set({ tagUnreadable: true });
    await wait();
    expect(container.querySelector('[data-sidekick-notice="tag-unreadable"]')).not.toBeNull();
    state.set({ tagUnreadable: false });
    await wait();
    expect(container.querySelector('[data-sidekick-notice="tag-unreadable"]')).toBeNull();
  });

  it('stays visible as a mark on the collapsed sidebar', async () => {
    prefs.sidebar = { ...prefs.sidebar, open: false };
    state.set({ tagUnreadable: true });
    mount('en');
    await wait();
    expect(container.querySelector('.sk-tab [data-sidekick-notice="tag-unreadable"]')).not.toBeNull();
  });
});

describe('copy layout report', () => {
  let writeText: ReturnType<typeof vi.fn>;
  const copyButton = () => container.querySelector<HTMLButtonElement>('button[data-sidekick-action="copy-layout-report"]');

  beforeEach(() => {
    // A portal page around the sidebar, with a name, a message, a chat id and a posting number on it.
    const page = document.createElement('main');
    const row = document.createElement('a');
    row.setAttribute('href', '/app/messenger?group=customers_v2&id=0c8f6f3e-1111-4a1b-9c1d-000000000001');
    for (const text of ['Customer', 'Anna Karenina', 'Call me at +79161234567', '12:30', 'Order № 0128619527-0157']) {
      const line = document.createElement('div');
      line.textContent = text;
      row.append(line);
    }
    page.append(row);
    // The sidebar mounts in its own host, as in the content script: the report leaves it out.
    const host = document.createElement('seller-sidekick');
    host.append(container);
    document.body.replaceChildren(page, host);
    writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });

  it('is offered on every portal page', async () => {
    for (const href of ['https://seller.ozon.ru/app/messenger?group=customers_v2', 'https://seller.ozon.ru/app/postings/fbs?tab=all', 'https://seller.ozon.ru/app/dashboard/main']) {
      mount('en', href);
      await wait();
      expect(copyButton()?.textContent).toBe('Copy layout report');
      render(null, container);
    }
    mount('ru');
    await wait();
    expect(copyButton()?.textContent).toBe('Скопировать отчёт о разметке');
  });

  it('does nothing on a page script’s synthetic click', async () => {
    mount('en');
    await wait();
    copyButton()!.click();
    copyButton()!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await wait();
    expect(writeText).not.toHaveBeenCalled();
    expect(container.querySelector('[data-sidekick-layout-report]')).toBeNull();
  });

  it('on a person’s click copies the page’s report (no names, messages or numbers) and says so', async () => {
    state.set({ tagUnreadable: true });
    mount('en');
    await wait();
    trustedClick(copyButton()!);
    await wait();
    expect(writeText).toHaveBeenCalledTimes(1);
    const json = writeText.mock.calls[0]![0] as string;
    const report = JSON.parse(json) as { format: string; findings: Record<string, unknown>; root: unknown };
    expect(report.format).toBe('seller-sidekick/layout-report');
    expect(report.findings).toMatchObject({ chatRows: 1, chatRowsWithTag: 1, tagUnreadable: true });
    for (const secret of ['Anna', 'Karenina', '79161234567', '0c8f6f3e', '0128619527', 'Copy layout report']) expect(json).not.toContain(secret);
    expect(json).toContain('"tag:customer"');
    const status = container.querySelector('[data-sidekick-layout-report="copied"]');
    expect(status?.textContent).toMatch(/^Layout report copied \(\d+ KB\)/);
    expect(status?.textContent).toContain('no names, no messages, no numbers');
  });

  it('when the clipboard is refused, shows the JSON read-only and offers it as a .json download', async () => {
    writeText.mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    mount('ru');
    await wait();
    trustedClick(copyButton()!);
    await wait();
    const manual = container.querySelector('[data-sidekick-layout-report="manual"]');
    expect(manual?.textContent).toContain('Браузер не разрешил копирование');
    expect(manual?.textContent).toContain('нет имён, сообщений и чисел');
    const field = manual?.querySelector('textarea');
    expect(field?.readOnly).toBe(true);
    expect(JSON.parse(field?.value ?? '')).toMatchObject({ format: 'seller-sidekick/layout-report' });
    expect(field?.value).not.toContain('Anna');
    expect(field?.closest('label')?.textContent).toContain('Отчёт о разметке (JSON)');
    const download = manual?.querySelector<HTMLAnchorElement>('a[data-sidekick-action="download-layout-report"]');
    expect(download?.getAttribute('download')).toMatch(/\.json$/);
    expect(download?.getAttribute('href')).toMatch(/^blob:/);
  });
});
