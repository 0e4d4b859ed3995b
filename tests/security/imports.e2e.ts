// Issue 12, item 8, end to end: a crafted settings file is refused whole, naming what is wrong — a prototype key
// (once silently dropped), a field the format does not know, a file far larger than any real settings file (a
// 40 MB file was once read for seconds and accepted) — and nothing the seller configured changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../sandbox/main';
import { en } from '../../lib/i18n/en';
import { launchExtension, type ExtensionSession } from '../e2e/harness';

interface ChromeLike {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

async function exportText(options: Page): Promise<string> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: en.exportButton }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-export-')), download.suggestedFilename());
  await download.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}

async function importText(options: Page, text: string): Promise<void> {
  await options.getByLabel(en.importLabel).setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

const prefsOf = (options: Page) => options.evaluate(() => (globalThis as unknown as ChromeLike).chrome.runtime.sendMessage({ type: 'getPrefs' }));

describe('crafted settings files, production build in Chromium', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let options: Page;
  let exported: string;

  beforeAll(async () => {
    sandbox = await startSandbox();
    session = await launchExtension(sandbox);
    options = await session.openOptions();
    exported = await exportText(options);
  });
  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it.each([
    ['a __proto__ key', (doc: string) => doc.replace('"prefs":{', '"prefs":{"__proto__":{"polluted":true},'), 'prefs.__proto__'],
    ['a constructor key', (doc: string) => doc.replace('"prefs":{', '"prefs":{"constructor":{"prototype":{"polluted":true}},'), 'prefs.constructor'],
    ['a field the format does not know', (doc: string) => doc.replace('"prefs":{', '"prefs":{"html":"<img src=x onerror=alert(1)>",'), 'prefs.html'],
  ])('%s is refused by name and changes nothing', async (_what, craft, field) => {
    const before = await prefsOf(options);
    const crafted = craft(exported.replace(/\s+(?=["{}[\]])/g, ''));
    expect(crafted).not.toBe(exported);
    await importText(options, crafted);
    await expect.poll(() => options.getByText(field, { exact: false }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(options.getByText(en.importRefused.split('{field}')[0]!.trim(), { exact: false }).count()).resolves.toBeGreaterThan(0);
    expect(await prefsOf(options)).toEqual(before);
    expect(await options.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();
  });

  it('a 40 MB file is refused before it is read, saying the size, and changes nothing', async () => {
    const before = await prefsOf(options);
    const big = exported.replace(/\}\s*$/, `,"padding":"${'x'.repeat(40 * 1024 * 1024)}"}`);
    const started = Date.now();
    await importText(options, big);
    await expect.poll(() => options.getByText('at most 5 MB', { exact: false }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await prefsOf(options)).toEqual(before);
  });

  it('had no uncaught error in any page', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
