import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';

vi.mock('@/lib/protocol/send', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/protocol/send')>()), send: vi.fn() }));

import { RequestError, send } from '@/lib/protocol/send';
import { DEFAULT_PREFS } from '@/lib/prefs';
import { BUILTIN_PRESETS, type Preset } from '@/lib/presets';
import type { ConnectionReport, RequestOf } from '@/lib/protocol/messages';
import { buildSettingsDocument } from '@/lib/settings-io';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { SettingsFileSection } from '@/components/options/SettingsFileSection';
import { buttonNamed, byLabel, change, click, requestsOf, settle, type } from '../support/extension-pages';
import { fakeOptionsBackground, type OptionsStart } from '../support/options-background';

const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

const fakeBackground = (start: OptionsStart = {}) => fakeOptionsBackground(sendMock, start);

let container: HTMLElement;
beforeEach(() => {
  sendMock.mockReset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(browserLanguage = 'en-US'): Promise<HTMLElement> {
  await act(() => {
    render(<OptionsApp browserLanguage={browserLanguage} />, container);
  });
  await settle();
  return container;
}

const section = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`#${id}`)!;
const errorOf = (root: HTMLElement, control: Element) => {
  const id = control.getAttribute('aria-describedby');
  return id ? root.querySelector(`#${CSS.escape(id)}`)?.textContent : undefined;
};

describe('options: labels', () => {
  it('every input, select and textarea has a visible label', async () => {
    fakeBackground({ stores: [{ id: 'store-1', name: 'Main', clientId: '1', apiKeyMasked: '••••abcd', mode: 'api' }] });
    const root = await mount();
    // Open the editors too, so their fields are checked as well.
    await click(buttonNamed(root, 'New preset'));
    await click(buttonNamed(root, 'New template'));
    const controls = [...root.querySelectorAll('input, select, textarea')];
    expect(controls.length).toBeGreaterThan(30);
    for (const control of controls) {
      const label = control.closest('label') ?? root.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent?.trim(), `label of #${control.id}`).toBeTruthy();
    }
    for (const text of ['Store name', 'Client-Id', 'Api-Key', 'Sync interval (minutes)', 'Language', 'Include API keys', 'Import settings from a file']) {
      expect(byLabel(root, text)).toBeTruthy();
    }
    // Only the store form's field answers to "Api-Key" (Playwright's getByLabel matches substrings).
    const apiKeyLabels = [...root.querySelectorAll('label')].filter((l) => /api-key/i.test(l.textContent ?? ''));
    expect(apiKeyLabels).toHaveLength(1);
  });
});

describe('options: stores', () => {
  it('refuses an empty or malformed store form, with the errors next to the fields', async () => {
    fakeBackground();
    const root = await mount();
    await click(buttonNamed(root, 'Add store'));
    expect(errorOf(root, byLabel(root, 'Store name'))).toBe('Required');
    expect(errorOf(root, byLabel(root, 'Api-Key'))).toBe('Required');
    await type(byLabel(root, 'Client-Id'), '12ab');
    await click(buttonNamed(root, 'Add store'));
    expect(byLabel(root, 'Client-Id').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(root, byLabel(root, 'Client-Id'))).toBe('Client-Id is a number, as shown in Settings → API keys');
    expect(requestsOf(sendMock, 'saveStore')).toHaveLength(0);
  });

  it('adds a store, then shows the key masked and never fills it back', async () => {
    fakeBackground();
    const root = await mount();
    await type(byLabel(root, 'Store name'), '  Main store ');
    await type(byLabel(root, 'Client-Id'), '123456');
    await type(byLabel(root, 'Api-Key'), 'a1b2c3d4-secret-9f8e');
    expect((byLabel(root, 'Api-Key') as HTMLInputElement).type).toBe('password');
    await click(buttonNamed(root, 'Add store'));
    expect(requestsOf(sendMock, 'saveStore')).toEqual([{ type: 'saveStore', name: 'Main store', clientId: '123456', apiKey: 'a1b2c3d4-secret-9f8e' }]);
    const card = root.querySelector('[data-store-id="store-1"]')!;
    expect(card.querySelector('[data-api-key-masked]')?.textContent).toBe('••••9f8e');
    expect(root.textContent).not.toContain('a1b2c3d4-secret');
    expect(byLabel(root, 'Api-Key').value).toBe('');
    expect(section(root, 'stores').querySelector('[role="status"]')?.textContent).toBe('Saved');

    // Editing: the key field stays empty and an empty key is not sent (the saved one is kept).
    await click(buttonNamed(root, 'Edit store “Main store”'));
    expect(byLabel(root, 'Store name').value).toBe('Main store');
    expect(byLabel(root, 'Client-Id').value).toBe('123456');
    expect(byLabel(root, 'Api-Key').value).toBe('');
    await type(byLabel(root, 'Store name'), 'Renamed');
    await click(buttonNamed(root, 'Save store'));
    expect(requestsOf(sendMock, 'saveStore').at(-1)).toEqual({ type: 'saveStore', id: 'store-1', name: 'Renamed', clientId: '123456' });
    expect(root.textContent).not.toContain('a1b2c3d4-secret');
  });

  it('removes a store only after confirmation', async () => {
    fakeBackground({ stores: [{ id: 'store-1', name: 'Main', clientId: '1', apiKeyMasked: '••••abcd', mode: 'api' }] });
    const root = await mount();
    await click(buttonNamed(root, 'Remove store “Main”'));
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain('Remove “Main”?');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await act(() => {
      root.querySelector('[role="alertdialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    await click(buttonNamed(root, 'Remove store “Main”'));
    await click(buttonNamed(root, 'Cancel'));
    expect(requestsOf(sendMock, 'deleteStore')).toHaveLength(0);
    await click(buttonNamed(root, 'Remove store “Main”'));
    await click(buttonNamed(root, 'Yes, remove'));
    expect(requestsOf(sendMock, 'deleteStore')).toEqual([{ type: 'deleteStore', id: 'store-1' }]);
    expect(root.querySelector('[data-store-id]')).toBeNull();
  });

  it.each([
    [{ ok: true, sellerName: 'ООО Ромашка', subscription: 'PREMIUM_PLUS', chatApi: 'available' } as ConnectionReport, 'Connected: ООО Ромашка. Subscription: PREMIUM_PLUS.', 'Chat API available'],
    [{ ok: true, sellerName: 'ИП Петров', subscription: 'PREMIUM', chatApi: 'premium-required' } as ConnectionReport, 'Connected: ИП Петров. Subscription: PREMIUM.', 'DOM-only'],
    [{ ok: false, chatApi: 'unknown', error: { code: 'invalid-key', message: 'Invalid' } } as ConnectionReport, 'Ozon did not accept this Client-Id and Api-Key', null],
  ])('test connection shows the subscription and which features work (%#)', async (report, first, features) => {
    fakeBackground({ stores: [{ id: 'store-1', name: 'Main', clientId: '1', apiKeyMasked: '••••abcd', mode: 'unknown' }], report });
    const root = await mount();
    await click(buttonNamed(root, 'Test connection'));
    const result = root.querySelector('[data-test-result]')!;
    expect(result.textContent).toContain(first);
    if (features) expect(result.textContent).toContain(features);
    expect(result.getAttribute('data-test-result')).toBe(report.ok ? 'ok' : 'error');
  });
});

describe('options: presets', () => {
  it('shows the portal’s conflict message and does not save a forbidden pair', async () => {
    fakeBackground();
    const root = await mount();
    await click(buttonNamed(root, 'New preset'));
    await type(byLabel(root, 'Preset name'), 'Fresh');
    await change(byLabel(root, 'All chats') as HTMLInputElement, true);
    await change(byLabel(root, 'Unread') as HTMLInputElement, true);
    const message = root.querySelector('#preset-filters-error')?.textContent;
    expect(message).toBe('The Ozon portal does not combine «All chats» with «Unread»: keep one of them.');
    await click(buttonNamed(root, 'Save preset'));
    expect(requestsOf(sendMock, 'savePreset')).toHaveLength(0);

    await change(byLabel(root, 'All chats') as HTMLInputElement, false);
    await type(byLabel(root, 'SKU'), 'abc');
    await click(buttonNamed(root, 'Save preset'));
    expect(errorOf(root, byLabel(root, 'SKU'))).toBe('Invalid value: extra.sku');
    expect(requestsOf(sendMock, 'savePreset')).toHaveLength(0);

    await type(byLabel(root, 'SKU'), '123456');
    await click(buttonNamed(root, 'Save preset'));
    const saved = (requestsOf(sendMock, 'savePreset')[0] as RequestOf<'savePreset'>).preset as Preset;
    expect(saved).toMatchObject({ name: 'Fresh', filters: ['unread'], extra: { sku: '123456' } });
    expect(saved.id).toMatch(/^[a-z0-9-]{1,64}$/);
    expect(section(root, 'presets').textContent).toContain('Fresh');
  });

  it('renames, reorders and deletes (with confirmation)', async () => {
    fakeBackground();
    const root = await mount();
    await click(buttonNamed(root, 'Move “Needs my reply” down'));
    expect((requestsOf(sendMock, 'reorderPresets')[0] as RequestOf<'reorderPresets'>).ids.slice(0, 2)).toEqual(['order-questions', 'needs-my-reply']);
    await click(buttonNamed(root, 'Edit “Suspicious”'));
    await type(byLabel(root, 'Preset name'), 'Scams');
    await click(buttonNamed(root, 'Save preset'));
    expect((requestsOf(sendMock, 'savePreset')[0] as RequestOf<'savePreset'>).preset).toMatchObject({ id: 'suspicious', name: 'Scams', extra: { hasScamWarning: true } });
    await click(buttonNamed(root, 'Delete “Scams”'));
    await click(buttonNamed(root, 'Yes, delete'));
    expect(requestsOf(sendMock, 'deletePreset')).toEqual([{ type: 'deletePreset', id: 'suspicious' }]);
  });

  it('shows built-in names in Russian and keeps the stored name when saved untouched', async () => {
    fakeBackground({ prefs: { ...DEFAULT_PREFS, language: 'ru' } });
    const root = await mount();
    expect(section(root, 'presets').textContent).toContain('Нужен мой ответ');
    await click(buttonNamed(root, 'Изменить «Нужен мой ответ»'));
    await click(buttonNamed(root, 'Сохранить набор'));
    expect((requestsOf(sendMock, 'savePreset')[0] as RequestOf<'savePreset'>).preset).toMatchObject({ id: 'needs-my-reply', name: 'Needs my reply' });
  });
});

describe('options: scam guard, templates, preferences', () => {
  it('switches a rule off and edits the allowlist, confirming "Saved"', async () => {
    const db = fakeBackground();
    const root = await mount();
    await change(byLabel(root, 'Contains a link to another site external-link') as HTMLInputElement, false);
    expect(db.prefs.scamGuard.disabledRules).toEqual(['external-link']);
    expect(section(root, 'scam-guard').querySelector('[role="status"]')?.textContent).toBe('Saved');

    await click(buttonNamed(root, 'Add to allowlist'));
    expect(errorOf(root, byLabel(root, 'Sender name to trust'))).toBe('Required');
    await type(byLabel(root, 'Sender name to trust'), 'Ozon Bot');
    await click(buttonNamed(root, 'Add to allowlist'));
    expect(db.prefs.scamGuard.allowlist).toEqual([{ kind: 'sender', value: 'Ozon Bot' }]);
    await change(byLabel(root, 'Kind') as HTMLSelectElement, 'chat');
    await type(byLabel(root, 'Chat id to trust'), 'not a chat');
    await click(buttonNamed(root, 'Add to allowlist'));
    expect(errorOf(root, byLabel(root, 'Chat id to trust'))).toContain('A chat id looks like');
    await click(buttonNamed(root, 'Remove “Ozon Bot”'));
    expect(db.prefs.scamGuard.allowlist).toEqual([]);
  });

  it('templates: lists the placeholders, validates and saves', async () => {
    fakeBackground();
    const root = await mount();
    await click(buttonNamed(root, 'New template'));
    const list = section(root, 'templates').querySelector('.placeholders')!.textContent!;
    for (const ph of ['{posting_number}', '{order_number}', '{customer_name}', '{product}', '{seller_name}']) expect(list).toContain(ph);
    await click(buttonNamed(root, 'Save template'));
    expect(errorOf(root, byLabel(root, 'Template name'))).toBe('Required');
    expect(errorOf(root, byLabel(root, 'Text'))).toBe('Required');
    await type(byLabel(root, 'Template name'), 'Thanks');
    await type(byLabel(root, 'Text'), 'Thank you, ');
    await click(buttonNamed(root, 'Insert the placeholder for the customer’s name'));
    expect(byLabel(root, 'Text').value).toContain('{customer_name}');
    await click(buttonNamed(root, 'Save template'));
    expect((requestsOf(sendMock, 'saveTemplate')[0] as RequestOf<'saveTemplate'>).template).toMatchObject({ name: 'Thanks' });
    expect(section(root, 'templates').textContent).toContain('Thanks');
  });

  it('number fields refuse out-of-range values next to the field and save valid ones', async () => {
    const db = fakeBackground();
    const root = await mount();
    const interval = byLabel(root, 'Sync interval (minutes)') as HTMLInputElement;
    await change(interval, '0');
    expect(errorOf(root, interval)).toBe('Enter a whole number from 1 to 1440');
    await change(interval, '1441');
    expect(errorOf(root, interval)).toBe('Enter a whole number from 1 to 1440');
    expect(requestsOf(sendMock, 'setPrefs')).toHaveLength(0);
    await change(interval, '15');
    expect(db.prefs.syncIntervalMinutes).toBe(15);
    expect(section(root, 'sync').querySelector('[role="status"]')?.textContent).toBe('Saved');
    expect(requestsOf(sendMock, 'setPrefs')).toHaveLength(1);

    await change(byLabel(root, 'Notify me when a chat waits too long') as HTMLInputElement, true);
    expect(db.prefs.notifications).toEqual({ enabled: true, afterMinutes: 60 });
    await change(byLabel(root, 'Notify after (minutes)') as HTMLInputElement, '4');
    expect(errorOf(root, byLabel(root, 'Notify after (minutes)'))).toBe('Enter a whole number from 5 to 10080');

    await change(byLabel(root, 'Sidebar width (px)') as HTMLInputElement, '420');
    await change(byLabel(root, 'Contact Customer opens the chat in') as HTMLSelectElement, 'new-tab');
    await change(byLabel(root, 'Rows that do not match a preset') as HTMLSelectElement, 'hide');
    expect(db.prefs).toMatchObject({ sidebar: { width: 420, open: true }, contactOpensIn: 'new-tab', nonMatchingRows: 'hide' });
  });

  it('badge: one store, with the store chosen', async () => {
    const db = fakeBackground({
      stores: [
        { id: 'store-1', name: 'Main', clientId: '1', apiKeyMasked: '••••abcd', mode: 'api' },
        { id: 'store-2', name: 'Second', clientId: '2', apiKeyMasked: '••••efgh', mode: 'api' },
      ],
    });
    const root = await mount();
    await change(byLabel(root, 'The badge counts unanswered chats of') as HTMLSelectElement, 'current-store');
    expect(db.prefs.badge).toMatchObject({ scope: 'current-store', currentStoreId: 'store-1' });
    await change(byLabel(root, 'Store for the badge') as HTMLSelectElement, 'store-2');
    expect(db.prefs.badge.currentStoreId).toBe('store-2');
  });

  it('speaks the language chosen, or the browser’s when following', async () => {
    fakeBackground();
    const root = await mount('ru-RU');
    expect(root.querySelector('h1')?.textContent).toBe('Настройки Seller Sidekick');
    expect(document.documentElement.lang).toBe('ru');
    await change(byLabel(root, 'Язык') as HTMLSelectElement, 'en');
    expect(root.querySelector('h1')?.textContent).toBe('Seller Sidekick settings');
    expect(section(root, 'language').querySelector('[role="status"]')?.textContent).toBe('Saved');
  });
});

describe('options: export, import, reset', () => {
  it('exports without keys by default, with them when asked', async () => {
    fakeBackground();
    const downloads: { doc: unknown; name: string }[] = [];
    await act(() => {
      render(<SettingsFileSection lang="en" onChanged={() => undefined} download={(doc, name) => downloads.push({ doc, name })} />, container);
    });
    expect((byLabel(container, 'Include API keys') as HTMLInputElement).checked).toBe(false);
    await click(buttonNamed(container, 'Export settings'));
    expect(requestsOf(sendMock, 'exportSettings')).toEqual([{ type: 'exportSettings', includeApiKeys: false }]);
    expect(downloads[0]!.name).toMatch(/^seller-sidekick-settings-\d{4}-\d{2}-\d{2}\.json$/);
    await change(byLabel(container, 'Include API keys') as HTMLInputElement, true);
    await click(buttonNamed(container, 'Export settings'));
    expect(requestsOf(sendMock, 'exportSettings').at(-1)).toEqual({ type: 'exportSettings', includeApiKeys: true });
  });

  async function importFile(root: HTMLElement, text: string) {
    const input = byLabel(root, 'Import settings from a file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'settings.json', { type: 'application/json' })], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle(10);
  }

  it('an invalid file changes nothing and names the wrong field', async () => {
    fakeBackground();
    const root = await mount();
    const doc = buildSettingsDocument({ prefs: { ...DEFAULT_PREFS, syncIntervalMinutes: 0 }, presets: [], templates: [], stores: [] }, false);
    await importFile(root, JSON.stringify(doc));
    const status = section(root, 'settings-file').querySelector('#import-status')!;
    expect(status.getAttribute('data-import-field')).toBe('prefs.syncIntervalMinutes');
    expect(status.textContent).toContain('Nothing was changed. Wrong field: prefs.syncIntervalMinutes.');
    await importFile(root, '{ not json');
    expect(status.getAttribute('data-import-field')).toBe('file');
    expect(status.textContent).toContain('the file is not JSON');
    expect(requestsOf(sendMock, 'importSettings')).toHaveLength(0);
  });

  it('a valid file is imported, with a summary, and the page reloads its state', async () => {
    fakeBackground();
    const root = await mount();
    const getPrefsBefore = requestsOf(sendMock, 'getPrefs').length;
    const doc = buildSettingsDocument({ prefs: DEFAULT_PREFS, presets: BUILTIN_PRESETS.slice(0, 2), templates: [{ id: 't', name: 'T', text: 'Hi' }], stores: [{ name: 'S', clientId: '5', apiKey: 'k' }] }, true);
    await importFile(root, JSON.stringify(doc));
    expect(requestsOf(sendMock, 'importSettings')).toHaveLength(1);
    expect(section(root, 'settings-file').textContent).toContain('Imported: preferences, 2 presets, 1 templates, 1 stores.');
    expect(requestsOf(sendMock, 'getPrefs').length).toBeGreaterThan(getPrefsBefore);
  });

  it('a refusal from the background is shown with its field', async () => {
    fakeBackground();
    const root = await mount();
    const base = sendMock.getMockImplementation() as (request: unknown) => Promise<unknown>;
    sendMock.mockImplementation(async (request: { type: string }) => {
      if (request.type === 'importSettings') throw new RequestError('invalid-import', 'Invalid value at stores.0.name.', { en: 'Invalid value at stores.0.name.', ru: 'Неверное значение в поле stores.0.name.', zh: 'stores.0.name 处的值无效。' }, 'stores.0.name');
      return base(request);
    });
    await importFile(root, JSON.stringify(buildSettingsDocument({ prefs: DEFAULT_PREFS, presets: [], templates: [], stores: [] }, false)));
    expect(section(root, 'settings-file').querySelector('#import-status')?.getAttribute('data-import-field')).toBe('stores.0.name');
  });

  it('resets only after confirmation', async () => {
    const db = fakeBackground({ prefs: { ...DEFAULT_PREFS, syncIntervalMinutes: 30 } });
    const root = await mount();
    await click(buttonNamed(root, 'Reset to defaults'));
    await click(buttonNamed(root, 'Cancel'));
    expect(requestsOf(sendMock, 'resetSettings')).toHaveLength(0);
    await click(buttonNamed(root, 'Reset to defaults'));
    await click(buttonNamed(root, 'Yes, reset'));
    expect(requestsOf(sendMock, 'resetSettings')).toHaveLength(1);
    expect(db.prefs.syncIntervalMinutes).toBe(5);
    expect((byLabel(root, 'Sync interval (minutes)') as HTMLInputElement).value).toBe('5');
  });
});

describe('options: saving feedback', () => {
  it('a checkbox shows its new state at once and springs back when the background refuses', async () => {
    const db = fakeBackground();
    const root = await mount();
    let release: () => void = () => undefined;
    const base = sendMock.getMockImplementation() as (request: unknown) => Promise<unknown>;
    sendMock.mockImplementation(async (request: { type: string }) => {
      if (request.type === 'setPrefs') {
        await new Promise<void>((resolve) => (release = resolve));
        throw new RequestError('bad-request', 'Refused', { en: 'Refused by the background', ru: 'Отклонено', zh: '已拒绝' });
      }
      return base(request);
    });
    const box = byLabel(root, 'Notify me when a chat waits too long') as HTMLInputElement;
    await change(box, true);
    expect(box.checked).toBe(true);
    expect(section(root, 'badge').textContent).toContain('Saving…');
    await act(() => release());
    await settle();
    expect(box.checked).toBe(false);
    expect(db.prefs.notifications.enabled).toBe(false);
    expect(section(root, 'badge').textContent).toContain('Refused by the background');
  });
});
