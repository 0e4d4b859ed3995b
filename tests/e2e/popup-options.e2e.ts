// Issue 7's "Done when": the options page and the popup of the production build, in Chromium, against the replicas.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../sandbox/main';
import { unansweredChats } from '../../sandbox/data/truth';
import type { FaultKind } from '../../sandbox/api/types';
import { en } from '../../lib/i18n/en';
import { ru } from '../../lib/i18n/ru';
import { launchExtension, readBackgroundRecord, ROOT, type ExtensionSession } from './harness';

const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');
const SYNC_TIMEOUT = 180_000;

type Ask = { ok: boolean; data?: unknown; error?: { code: string; message: string } };

/** Asks the background directly from an extension page (the protocol's envelope comes back). */
function ask(page: Page, request: Record<string, unknown>): Promise<Ask> {
  return page.evaluate(
    (r) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Ask> } } }).chrome.runtime.sendMessage(r),
    request,
  );
}

async function addStore(options: Page, sandbox: Sandbox): Promise<void> {
  const seller = sandbox.world.data.seller;
  await options.getByLabel('Store name').fill('Main store');
  await options.getByLabel('Client-Id').fill(seller.clientId);
  await options.getByLabel('Api-Key').fill(seller.apiKey);
  await options.getByRole('button', { name: 'Add store' }).click();
  await options.locator('[data-store-id]').first().waitFor();
  await options.getByRole('button', { name: 'Test connection' }).first().click();
  await options.getByText(/^Connected/).first().waitFor({ timeout: 30_000 });
}

/** Opens the popup (which starts a sync) and waits until that sync is over and the list reloaded. */
async function popupAfterSync(session: ExtensionSession): Promise<Page> {
  const popup = await session.openPopup();
  await popup.locator('main.popup[data-refreshed="1"]').waitFor({ timeout: SYNC_TIMEOUT });
  return popup;
}

async function listedIds(popup: Page): Promise<string[]> {
  return popup.locator('[data-sidekick-chat-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-sidekick-chat-id') ?? ''));
}

async function exportDocument(options: Page, includeKeys: boolean): Promise<Record<string, unknown>> {
  const box = options.getByLabel('Include API keys');
  if ((await box.isChecked()) !== includeKeys) await box.click();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-export-')), download.suggestedFilename());
  await download.saveAs(file);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function withoutTime(doc: Record<string, unknown>): Record<string, unknown> {
  const { exportedAt: _exportedAt, ...rest } = doc;
  return rest;
}

async function importDocument(options: Page, doc: unknown): Promise<void> {
  await options.getByLabel('Import settings from a file').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
}

describe('popup and options on the replicas', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let exported: Record<string, unknown>;

  beforeAll(async () => {
    sandbox = await startSandbox();
    session = await launchExtension(sandbox);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('before any store, the popup says so and offers the options', async () => {
    const popup = await session.openPopup();
    await popup.locator('[data-state="no-store"]').waitFor();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.locator('main.popup').screenshot({ path: path.join(SCREENSHOTS, 'popup-state-no-store.png') });
    expect(await popup.locator('[data-state="no-store"]').textContent()).toContain(en.popupNoStore);
    expect(await popup.locator('[data-sidekick-chat-id]').count()).toBe(0);
    await popup.close();
  });

  it('a store added through the options form syncs, and the popup lists exactly the unanswered chats, longest waiting first', async () => {
    const options = await session.openOptions();
    await addStore(options, sandbox);
    const result = await options.locator('[data-test-result]').first().textContent();
    expect(result).toContain(sandbox.world.data.seller.companyName);
    expect(result).toContain(en.featuresApi);
    expect(await options.content()).not.toContain(sandbox.world.data.seller.apiKey);
    await options.close();

    const popup = await popupAfterSync(session);
    const truth = unansweredChats(sandbox.world).map((c) => c.chatId);
    expect(truth.length).toBeGreaterThan(5);
    expect(await listedIds(popup)).toEqual(truth);
    expect(await popup.locator('#sync-line').textContent()).toMatch(/^Synced (just now|\d+ min ago)/);
    const width = await popup.evaluate(() => document.querySelector('main.popup')!.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(400);
    // The first chat's text is the customer's last message's first line, as text.
    const first = unansweredChats(sandbox.world)[0]!;
    const firstLine = first.text.split(/\r?\n/).find((l) => l.trim())?.trim() ?? '';
    if (firstLine) expect((await popup.locator('[data-sidekick-chat-id] .chat-line').first().textContent())?.slice(0, 40)).toBe(firstLine.slice(0, 40));
    await popup.close();
  });

  it('screenshots of the popup and the options, in English and Russian', async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    for (const lang of ['en', 'ru'] as const) {
      const options = await session.openOptions();
      await options.locator('#language-choice').waitFor();
      await ask(options, { type: 'setPrefs', patch: { language: lang } });
      await options.reload();
      await options.getByRole('heading', { level: 1, name: lang === 'en' ? en.optionsTitle : ru.optionsTitle }).waitFor();
      await options.setViewportSize({ width: 1000, height: 900 });
      await options.screenshot({ path: path.join(SCREENSHOTS, `options-${lang}.png`), fullPage: true });
      const popup = await session.openPopup();
      await popup.locator('main.popup[data-refreshed="1"]').waitFor({ timeout: SYNC_TIMEOUT });
      await popup.locator('[data-sidekick-chat-id]').first().waitFor();
      await popup.locator('h1', { hasText: lang === 'en' ? en.popupTitle : ru.popupTitle }).waitFor();
      await popup.locator('main.popup').screenshot({ path: path.join(SCREENSHOTS, `popup-${lang}.png`) });
      await popup.close();
      await options.close();
    }
    const options = await session.openOptions();
    await ask(options, { type: 'setPrefs', patch: { language: 'auto' } });
    await options.close();
    // Dark, following the system.
    const dark = await session.openPopup();
    await dark.emulateMedia({ colorScheme: 'dark' });
    await dark.locator('main.popup[data-refreshed="1"]').waitFor({ timeout: SYNC_TIMEOUT });
    const background = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 24, 29)');
    await dark.locator('main.popup').screenshot({ path: path.join(SCREENSHOTS, 'popup-en-dark.png') });
    await dark.close();
    for (const name of ['popup-en', 'popup-ru', 'popup-en-dark', 'options-en', 'options-ru']) expect(fs.statSync(path.join(SCREENSHOTS, `${name}.png`)).size).toBeGreaterThan(5_000);
  });

  const faults: [FaultKind, string][] = [
    ['reset', 'offline'],
    ['server-error', 'sync-error'],
    ['malformed-json', 'offline'],
    ['rate-limit', 'offline'],
    ['premium-required', 'dom-only'],
    ['invalid-key', 'invalid-key'],
  ];
  it.each(faults)('the replica switched to %s: the popup shows the %s state', async (fault, state) => {
    sandbox.api.faults.set({ kind: fault });
    try {
      const popup = await popupAfterSync(session);
      await popup.locator(`[data-state="${state}"]`).waitFor({ timeout: 30_000 });
      expect(await popup.locator(`[data-state="${state}"]`).textContent()).toContain('Main store');
      if (state === 'offline') expect(await popup.locator('[data-sidekick-chat-id]').count()).toBeGreaterThan(0);
      if (fault === 'reset' || fault === 'premium-required' || fault === 'invalid-key') {
        await popup.locator('main.popup').screenshot({ path: path.join(SCREENSHOTS, `popup-state-${state}.png`) });
      }
      await popup.close();
    } finally {
      sandbox.api.faults.clear();
    }
    // Back to normal: a test of the connection puts the store back in API mode.
    const options = await session.openOptions();
    await options.getByRole('button', { name: 'Test connection' }).first().click();
    await options.getByText(/^Connected/).first().waitFor({ timeout: 30_000 });
    await options.close();
    const popup = await popupAfterSync(session);
    expect(await popup.locator('[data-state="offline"], [data-state="dom-only"], [data-state="invalid-key"]').count()).toBe(0);
    await popup.close();
  });

  it('changes every kind of setting and exports them', async () => {
    const options = await session.openOptions();
    const interval = options.getByLabel('Sync interval (minutes)');
    await interval.fill('17');
    await interval.press('Tab');
    await options.locator('#sync [role="status"]', { hasText: en.saved }).waitFor();
    await options.getByLabel('The badge turns red').fill('90');
    await options.getByLabel('The badge turns red').press('Tab');
    await options.getByLabel('Notify me when a chat waits too long').check();
    await options.getByLabel('Notify after (minutes)').fill('45');
    await options.getByLabel('Notify after (minutes)').press('Tab');
    await options.getByLabel('Sidebar width (px)').fill('400');
    await options.getByLabel('Sidebar width (px)').press('Tab');
    await options.getByLabel('Contact Customer opens the chat in').selectOption('new-tab');
    await options.getByLabel(/Contains a link to another site/).uncheck();
    await options.getByLabel('Sender name to trust').fill('Trusted Courier');
    await options.getByRole('button', { name: 'Add to allowlist' }).click();
    await options.getByRole('button', { name: 'New template' }).click();
    await options.getByLabel('Template name').fill('Thanks');
    await options.getByLabel('Text', { exact: true }).fill('Thank you, {customer_name}!');
    await options.getByRole('button', { name: 'Save template' }).click();
    await options.getByRole('button', { name: 'New preset' }).click();
    await options.getByLabel('Preset name').fill('Unread orders');
    await options.getByLabel('Unread', { exact: true }).check();
    await options.getByLabel('By order', { exact: true }).check();
    await options.getByRole('button', { name: 'Save preset' }).click();
    await options.locator('[data-preset-id]', { hasText: 'Unread orders' }).waitFor();
    await expect
      .poll(() => readBackgroundRecord(session.worker, 'prefs', 'prefs'))
      .toMatchObject({ syncIntervalMinutes: 17, sidebar: { width: 400 }, contactOpensIn: 'new-tab', notifications: { enabled: true, afterMinutes: 45 }, badge: { redAfterMinutes: 90 } });

    exported = await exportDocument(options, true);
    expect(exported).toMatchObject({
      format: 'seller-sidekick-settings',
      prefs: { syncIntervalMinutes: 17, scamGuard: { disabledRules: ['external-link'], allowlist: [{ kind: 'sender', value: 'Trusted Courier' }] } },
      stores: [{ name: 'Main store', clientId: sandbox.world.data.seller.clientId, apiKey: sandbox.world.data.seller.apiKey }],
    });
    const withoutKeys = await exportDocument(options, false);
    expect(JSON.stringify(withoutKeys)).not.toContain(sandbox.world.data.seller.apiKey);
    await options.close();
  });

  it('the export, imported into a fresh profile, restores every setting; an invalid import changes nothing', async () => {
    expect(exported).toBeDefined();
    await session.close();
    session = await launchExtension(sandbox);
    const options = await session.openOptions();
    await options.getByLabel('Import settings from a file').waitFor();
    await importDocument(options, exported);
    await options.getByText(/^Imported: preferences, \d+ presets, 1 templates, 1 stores\.$/).waitFor({ timeout: 20_000 });
    const restored = await exportDocument(options, true);
    expect(withoutTime(restored)).toEqual(withoutTime(exported));
    // The form shows what was imported.
    expect(await options.getByLabel('Sync interval (minutes)').inputValue()).toBe('17');
    expect(await options.locator('[data-template-id]', { hasText: 'Thanks' }).count()).toBe(1);

    const broken = structuredClone(exported) as { prefs: { syncIntervalMinutes: number }; templates: unknown[] };
    broken.prefs.syncIntervalMinutes = 0;
    broken.templates = [];
    await importDocument(options, broken);
    const status = options.locator('#import-status');
    await status.locator('[role="status"]', { hasText: 'Nothing was changed' }).waitFor();
    expect(await status.getAttribute('data-import-field')).toBe('prefs.syncIntervalMinutes');
    // Also refused by the background itself, whatever the page checks first.
    const direct = await ask(options, { type: 'importSettings', document: broken });
    expect(direct).toMatchObject({ ok: false, error: { code: 'invalid-import' } });
    const after = await exportDocument(options, true);
    expect(withoutTime(after)).toEqual(withoutTime(exported));
    await options.close();
  });
});
