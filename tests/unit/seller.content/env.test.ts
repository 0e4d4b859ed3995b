// The navigation's settings (entrypoints/seller.content/env.ts): asked once, pushed after, accepted only from the
// extension itself and only whole.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import type { StatusReport } from '@/lib/protocol/messages';
import { settingsEvent } from '@/lib/protocol/page-events';
import { listenForSettings, loadSettings } from '@/entrypoints/seller.content/env';
import { createLifecycle, type OwnLifecycle } from '@/entrypoints/seller.content/lifecycle';
import { createFakeBackground } from '../support/fake-background';

const background = createFakeBackground();
const API: StatusReport = { stores: [{ id: 's1', name: 'Main', mode: 'api' }], apiAvailable: true };
const RU: Prefs = { ...DEFAULT_PREFS, language: 'ru' };
let navigation: AbortController;
let lifecycle: OwnLifecycle;

beforeEach(() => {
  background.reset();
  navigation = new AbortController();
  lifecycle = createLifecycle(() => true);
});

afterEach(() => {
  navigation.abort();
  lifecycle.end();
  fakeBrowser.reset();
});

describe('the settings of a navigation', () => {
  it('are asked once (getPrefs and getStatus), exposed, and announced when they come', async () => {
    background.reply({ getPrefs: RU, getStatus: API });
    const settings = loadSettings({ signal: navigation.signal, send: background.send });
    const changed = vi.fn();
    settings.onChange(changed, navigation.signal);
    expect(settings.prefs).toBeNull();
    await settings.ready;
    expect(background.received.map((r) => r.type)).toEqual(['getPrefs', 'getStatus']);
    expect(settings.prefs?.language).toBe('ru');
    expect(settings.status?.apiAvailable).toBe(true);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('start from what the previous navigation knew, and say when the background cannot be reached', async () => {
    background.reply({
      getPrefs: () => Promise.reject(new Error('gone')),
      getStatus: () => Promise.reject(new Error('gone')),
    });
    const fresh = loadSettings({ signal: navigation.signal, send: background.send });
    await fresh.ready;
    expect(fresh.prefs).toBeNull();
    expect(fresh.unreachable).toBe(true);
    const seeded = loadSettings({ signal: navigation.signal, send: background.send, previous: { prefs: RU, status: API } });
    expect(seeded.prefs?.language).toBe('ru');
    await seeded.ready;
    expect(seeded.prefs?.language).toBe('ru');
    expect(seeded.status).toEqual(API);
    expect(seeded.unreachable).toBe(false);
  });

  it('take a push over an answer to a question asked before it', async () => {
    let answer: (prefs: Prefs) => void = () => undefined;
    background.reply({ getPrefs: () => new Promise<Prefs>((resolve) => (answer = resolve)) });
    const settings = loadSettings({ signal: navigation.signal, send: background.send });
    settings.receive({ prefs: RU, status: API });
    answer(DEFAULT_PREFS);
    await settings.ready;
    expect(settings.prefs?.language).toBe('ru');
    expect(settings.status).toEqual(API);
  });

  it('show a preference saved here at once and send it once', async () => {
    background.reply({ setPrefs: (request) => ({ ...DEFAULT_PREFS, ...request.patch }) });
    const settings = loadSettings({ signal: navigation.signal, send: background.send });
    await settings.ready;
    const changed = vi.fn();
    settings.onChange(changed, navigation.signal);
    const saved = settings.savePrefs({ sidebar: { open: false, width: 320 } });
    expect(settings.prefs?.sidebar.open).toBe(false);
    expect(changed).toHaveBeenCalledTimes(1);
    await saved;
    expect(background.requestsOf('setPrefs')).toEqual([{ type: 'setPrefs', patch: { sidebar: { open: false, width: 320 } } }]);
  });

  it('tell nobody after the navigation ended', async () => {
    const settings = loadSettings({ signal: navigation.signal, send: background.send });
    const changed = vi.fn();
    settings.onChange(changed, navigation.signal);
    navigation.abort();
    await settings.ready;
    settings.receive({ prefs: RU, status: API });
    expect(changed).not.toHaveBeenCalled();
  });
});

describe('pushes from the background', () => {
  it('reach the settings while the content script lives', async () => {
    const settings = loadSettings({ signal: navigation.signal, send: background.send });
    await settings.ready;
    listenForSettings(lifecycle, (values) => settings.receive(values));
    await background.push(settingsEvent(RU, API));
    expect(settings.prefs?.language).toBe('ru');
    expect(settings.status?.apiAvailable).toBe(true);
    lifecycle.end();
    await background.push(settingsEvent(DEFAULT_PREFS, API));
    expect(settings.prefs?.language).toBe('ru');
  });

  it('are taken only from the extension itself, and only whole', async () => {
    const received = vi.fn();
    listenForSettings(lifecycle, received);
    const event = settingsEvent(RU, API);
    type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
    const trigger = (raw: unknown, sender: Sender) => fakeBrowser.runtime.onMessage.trigger(raw, sender);
    const self = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };
    // A page script, a tab's content script, another extension, a sender without a URL.
    await trigger(event, {});
    await trigger(event, { id: fakeBrowser.runtime.id, url: 'https://seller.ozon.ru/app/messenger', tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false } });
    await trigger(event, { id: 'another-extension', url: 'chrome-extension://another-extension/background.js' });
    await trigger(event, { id: fakeBrowser.runtime.id });
    // Broken or foreign events from the extension.
    await trigger({ ...event, prefs: { ...RU, language: 'de' } }, self);
    await trigger({ ...event, status: { apiAvailable: 'yes' } }, self);
    await trigger({ type: 'sidekick:command', command: 'toggle-sidebar' }, self);
    await trigger('sidekick:settings', self);
    expect(received).not.toHaveBeenCalled();
    await trigger(event, self);
    expect(received).toHaveBeenCalledWith({ prefs: RU, status: API });
  });
});
