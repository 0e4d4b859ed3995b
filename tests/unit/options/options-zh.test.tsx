// The options page in Simplified Chinese (issue #15): every section, its forms, checks, confirmations and results,
// with every text a person meets Chinese but names, data and brand words (tests/unit/support/untranslated.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';

vi.mock('@/lib/protocol/send', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/protocol/send')>()), send: vi.fn() }));

import { send } from '@/lib/protocol/send';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import { t, type MessageKey, type Params } from '@/lib/i18n';
import type { ConnectionReport, StoreSummary } from '@/lib/protocol/messages';
import { buildSettingsDocument } from '@/lib/settings-io';
import type { PortalFilter } from '@/lib/presets/filters';
import { filterLabel } from '@/lib/presets/filter-label';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { buttonNamed, byLabel, change, click, settle, type } from '../support/extension-pages';
import { fakeOptionsBackground, type OptionsStart } from '../support/options-background';
import { untranslated } from '../support/untranslated';

const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;
const zh = (key: MessageKey, params?: Params) => t('zh', key, params);
const ZH: Prefs = { ...DEFAULT_PREFS, language: 'zh', scamGuard: { ...DEFAULT_PREFS.scamGuard, allowlist: [{ kind: 'sender', value: '李娜' }] } };

const STORES: StoreSummary[] = [
  { id: 'store-1', name: '义乌小商品店', clientId: '1', apiKeyMasked: '••••abcd', mode: 'api' },
  { id: 'store-2', name: '深圳电子店', clientId: '2', apiKeyMasked: '••••efgh', mode: 'dom-only' },
  { id: 'store-3', name: '杭州服装店', clientId: '3', apiKeyMasked: '••••ijkl', mode: 'unknown', modeReason: 'invalid-key' },
  { id: 'store-4', name: '广州家居店', clientId: '4', apiKeyMasked: '••••mnop', mode: 'unknown' },
];
/** Data a seller typed or Ozon sent: shown as it is. */
const DATA = ['••••abcd', '••••efgh', '••••ijkl', '••••mnop', 'PREMIUM_PLUS', 'PREMIUM'];

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

async function mount(start: OptionsStart = {}, browserLanguage = 'en-US'): Promise<HTMLElement> {
  fakeOptionsBackground(sendMock, { prefs: ZH, stores: STORES, templates: [{ id: 'thanks', name: '感谢', text: '谢谢您，{customer_name}！' }], ...start });
  await act(() => {
    render(<OptionsApp browserLanguage={browserLanguage} />, container);
  });
  await settle();
  return container;
}

const section = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`#${id}`)!;
const expectChinese = (root: HTMLElement) => expect(untranslated(root, DATA)).toEqual([]);

describe('the options page in Chinese', () => {
  it('every section, the stores in each mode, the editors open', async () => {
    const root = await mount();
    expect(root.querySelector('h1')?.textContent).toBe('Seller Sidekick 设置');
    expect(document.documentElement.lang).toBe('zh');
    await click(buttonNamed(root, zh('newPreset')));
    await click(buttonNamed(root, zh('newTemplate')));
    await change(byLabel(root, zh('badgeScope')) as HTMLSelectElement, 'current-store');
    for (const id of ['stores', 'presets', 'scam-guard', 'templates', 'sync', 'badge', 'language', 'sidebar', 'settings-file']) {
      expect(section(root, id), id).not.toBeNull();
    }
    expectChinese(root);
  });

  it('the language menu offers 中文 and names each language in its own words', async () => {
    const root = await mount();
    const options = [...(byLabel(root, zh('languageLabel')) as HTMLSelectElement).options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ['auto', '跟随个人中心'],
      ['en', 'English'],
      ['ru', 'Русский'],
      ['zh', '中文'],
    ]);
  });

  it('"auto" follows the browser’s Chinese; choosing 中文 is saved and spoken at once', async () => {
    const root = await mount({ prefs: DEFAULT_PREFS }, 'zh-CN');
    expect(root.querySelector('h1')?.textContent).toBe('Seller Sidekick 设置');
    render(null, container);
    const english = await mount({ prefs: DEFAULT_PREFS });
    await change(byLabel(english, 'Language') as HTMLSelectElement, 'zh');
    expect(english.querySelector('h1')?.textContent).toBe('Seller Sidekick 设置');
    expect(section(english, 'language').querySelector('[role="status"]')?.textContent).toBe('已保存');
    expectChinese(english);
  });

  it('the store form: its checks, the key kept, the removal asked first', async () => {
    const root = await mount({ stores: [] });
    await click(buttonNamed(root, zh('addStore')));
    await type(byLabel(root, 'Client-Id'), '12ab');
    await type(byLabel(root, zh('storeName')), '店'.repeat(101));
    await type(byLabel(root, 'Api-Key'), 'k'.repeat(201));
    await click(buttonNamed(root, zh('addStore')));
    expect(root.textContent).toContain(zh('clientIdInvalid'));
    expect(root.textContent).toContain(zh('storeNameTooLong'));
    expectChinese(root);

    await type(byLabel(root, zh('storeName')), '义乌小商品店');
    await type(byLabel(root, 'Client-Id'), '123456');
    await type(byLabel(root, 'Api-Key'), 'a1b2c3d4-secret-9f8e');
    await click(buttonNamed(root, zh('addStore')));
    await click(buttonNamed(root, zh('editStoreNamed', { name: '义乌小商品店' })));
    expect(root.textContent).toContain(zh('apiKeyKeepHint', { masked: '••••9f8e' }));
    await click(buttonNamed(root, zh('cancel')));
    await click(buttonNamed(root, zh('removeStoreNamed', { name: '义乌小商品店' })));
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain(zh('removeStoreConfirm', { name: '义乌小商品店' }));
    expect(untranslated(root, [...DATA, '••••9f8e'])).toEqual([]);
    await click(buttonNamed(root, zh('removeConfirmYes')));
    expect(root.textContent).toContain(zh('storeRemoved'));
    expectChinese(root);
  });

  it.each<[string, ConnectionReport]>([
    ['connected, chats available', { ok: true, sellerName: '义乌贸易有限公司', subscription: 'PREMIUM_PLUS', chatApi: 'available' }],
    ['connected, chats need a subscription', { ok: true, sellerName: '义乌贸易有限公司', subscription: 'PREMIUM', chatApi: 'premium-required' }],
    ['connected, chats not checked', { ok: true, sellerName: '义乌贸易有限公司', subscription: 'PREMIUM', chatApi: 'unknown' }],
    ['a refused key', { ok: false, chatApi: 'unknown', error: { code: 'invalid-key', message: 'Invalid' } }],
    ['no subscription', { ok: false, chatApi: 'unknown', error: { code: 'premium-required', message: 'Forbidden' } }],
    ['too many requests', { ok: false, chatApi: 'unknown', error: { code: 'rate-limited', message: 'Too many' } }],
    ['no connection', { ok: false, chatApi: 'unknown', error: { code: 'network', message: 'Failed to fetch' } }],
    ['Ozon’s server error', { ok: false, chatApi: 'unknown', error: { code: 'server', message: 'HTTP 502' } }],
  ])('the connection test: %s', async (_name, report) => {
    const root = await mount({ stores: [STORES[3]!], report });
    await click(buttonNamed(root, zh('testConnection')));
    expect(root.querySelector('[data-test-result]')).not.toBeNull();
    expectChinese(root);
  });

  it('presets: the portal’s refusal, a wrong value, a deletion asked first', async () => {
    const root = await mount();
    await click(buttonNamed(root, zh('newPreset')));
    await type(byLabel(root, zh('presetName')), '新订单');
    await change(byLabel(root, filterLabel('all', 'zh')) as HTMLInputElement, true);
    await change(byLabel(root, filterLabel('unread', 'zh')) as HTMLInputElement, true);
    const quoted = (f: PortalFilter) => zh('quoted', { text: filterLabel(f, 'zh') });
    expect(root.querySelector('#preset-filters-error')?.textContent).toBe(zh('presetConflict', { a: quoted('all'), b: quoted('unread') }));
    expectChinese(root);
    await change(byLabel(root, filterLabel('all', 'zh')) as HTMLInputElement, false);
    await type(byLabel(root, 'SKU'), 'abc');
    await click(buttonNamed(root, zh('savePreset')));
    expect(root.textContent).toContain(zh('presetInvalidValue', { field: 'extra.sku' }));
    expect(untranslated(root, [...DATA, 'extra.sku', 'abc'])).toEqual([]);
    await click(buttonNamed(root, zh('cancel')));
    await click(buttonNamed(root, zh('deleteNamed', { name: zh('presetBuiltin:suspicious') })));
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain(zh('deletePresetConfirm', { name: zh('presetBuiltin:suspicious') }));
    expectChinese(root);
  });

  it('the scam guard: rules, the allowlist and its checks', async () => {
    const root = await mount();
    await change(byLabel(root, zh('allowlistKind')) as HTMLSelectElement, 'chat');
    await type(byLabel(root, zh('allowlistChatId')), 'not a chat');
    await click(buttonNamed(root, zh('allowlistAdd')));
    expect(root.textContent).toContain(zh('allowlistChatInvalid'));
    expect(untranslated(root, [...DATA, 'not a chat'])).toEqual([]);
    await change(byLabel(root, zh('allowlistKind')) as HTMLSelectElement, 'sender');
    await type(byLabel(root, zh('allowlistSenderName')), '李娜');
    await click(buttonNamed(root, zh('allowlistAdd')));
    expect(root.textContent).toContain(zh('allowlistDuplicate'));
    expectChinese(root);
  });

  it('templates: placeholders, checks, deletion asked first', async () => {
    const root = await mount();
    await click(buttonNamed(root, zh('newTemplate')));
    await click(buttonNamed(root, zh('saveTemplate')));
    expect(root.textContent).toContain(zh('fieldRequired'));
    await type(byLabel(root, zh('templateName')), '模'.repeat(61));
    await type(byLabel(root, zh('templateText')), '字'.repeat(1201));
    await click(buttonNamed(root, zh('saveTemplate')));
    expect(root.textContent).toContain(zh('templateTextTooLong'));
    expect(root.textContent).toContain(zh('templateNameTooLong'));
    expectChinese(root);
    await click(buttonNamed(root, zh('cancel')));
    await click(buttonNamed(root, zh('deleteNamed', { name: '感谢' })));
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain(zh('deleteTemplateConfirm', { name: '感谢' }));
    expectChinese(root);
  });

  it('numbers out of range, saving and saved', async () => {
    const root = await mount();
    await change(byLabel(root, zh('syncInterval')) as HTMLInputElement, '0');
    expect(root.textContent).toContain(zh('rangeError', { min: 1, max: 1440 }));
    await change(byLabel(root, zh('sidebarWidth')) as HTMLInputElement, '9999');
    expect(root.textContent).toContain(zh('rangeError', { min: 240, max: 640 }));
    expectChinese(root);
    await change(byLabel(root, zh('syncInterval')) as HTMLInputElement, '15');
    expect(section(root, 'sync').querySelector('[role="status"]')?.textContent).toBe('已保存');
    expectChinese(root);
  });

  it('the settings file: export, an invalid file, a file that is not JSON, an import, a reset', async () => {
    // A Chinese browser: after the reset the page follows it ("auto").
    const root = await mount({}, 'zh-CN');
    URL.createObjectURL = () => 'blob:settings';
    URL.revokeObjectURL = () => undefined;
    await change(byLabel(root, zh('includeApiKeys')) as HTMLInputElement, true);
    expect(root.textContent).toContain(zh('includeApiKeysWarning'));
    await click(buttonNamed(root, zh('exportButton')));
    expect(root.textContent).toContain(zh('exportedWithKeys'));
    expectChinese(root);

    const importFile = async (text: string) => {
      const input = byLabel(root, zh('importLabel')) as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File([text], 'settings.json', { type: 'application/json' })], configurable: true });
      await act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await settle(10);
    };
    const status = () => section(root, 'settings-file').querySelector('#import-status')!;
    await importFile(JSON.stringify(buildSettingsDocument({ prefs: { ...DEFAULT_PREFS, syncIntervalMinutes: 0 }, presets: [], templates: [], stores: [] }, false)));
    expect(status().textContent).toContain(zh('ioInvalidField', { field: 'prefs.syncIntervalMinutes' }));
    expect(untranslated(root, [...DATA, 'prefs.syncIntervalMinutes'])).toEqual([]);
    await importFile('{ not json');
    expect(status().textContent).toContain(zh('importNotJson'));
    // The wrong field is named as the file has it ("file" for the file itself).
    expect(untranslated(root, [...DATA, 'file'])).toEqual([]);
    await importFile(JSON.stringify(buildSettingsDocument({ prefs: DEFAULT_PREFS, presets: [], templates: [], stores: [] }, false)));
    expect(section(root, 'settings-file').textContent).toContain(zh('importDone', { presets: 2, templates: 1, stores: 1 }));
    expectChinese(root);

    await click(buttonNamed(root, zh('resetButton')));
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain(zh('resetConfirm'));
    await click(buttonNamed(root, zh('resetConfirmYes')));
    expect(root.textContent).toContain(zh('resetDone'));
    expectChinese(root);
  });

  it('loading, and the background not answering, in the browser’s Chinese', async () => {
    let fail: (error: Error) => void = () => undefined;
    sendMock.mockImplementation(() => new Promise((_resolve, reject) => (fail = reject)));
    await act(() => {
      render(<OptionsApp browserLanguage="zh-CN" />, container);
    });
    expect(container.textContent).toContain(zh('loading'));
    expectChinese(container);
    await act(() => fail(new Error('Could not establish connection')));
    await settle();
    expect(container.textContent).toContain(zh('loadError', { message: 'Could not establish connection' }));
    expect(untranslated(container, ['Could not establish connection'])).toEqual([]);
  });
});
