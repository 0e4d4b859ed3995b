// `npm start`: builds the Chrome production build, starts both replicas and opens Chromium with the extension on
// the replica's messenger page (at https://seller.ozon.ru). Without a display, `npm start -- --screenshots <dir>`
// runs headless, saves screenshots of the popup and the options page in every UI language and of the sidebar
// (messenger and orders) in each language the replica serves (REPLICA_LANGS), and exits.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describeSandbox, MESSENGER_PATH, startSandbox, type Sandbox } from '../sandbox/main';
import { en } from '../lib/i18n/en';
import { LANGS, t, type Lang } from '../lib/i18n';
import { CHROME_BUILD, launchExtension, readBackgroundRecord, waitForOneSidebar, type ExtensionSession } from '../tests/e2e/harness';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ORDERS_PATH = '/app/postings/fbs?tab=all';

/** The languages the replica's portal is shot in (tests/e2e/harness.ts's openPortal takes them). */
type ReplicaLang = NonNullable<Parameters<ExtensionSession['openPortal']>[1]>;
const REPLICA_LANGS: readonly ReplicaLang[] = ['en', 'ru'];
const servedByReplica = (lang: Lang): lang is ReplicaLang => (REPLICA_LANGS as readonly string[]).includes(lang);

function build(): void {
  console.log('Building the Chrome production build (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('wxt build failed');
}

async function setLanguage(session: ExtensionSession, lang: Lang | 'auto'): Promise<void> {
  const options = await session.openOptions();
  const labels = LANGS.map((l) => t(l, 'languageLabel'));
  const select = options.getByRole('combobox', { name: new RegExp(`^(${labels.join('|')})$`) });
  await select.selectOption(lang);
  for (let i = 0; i < 50; i++) {
    const prefs = (await readBackgroundRecord(session.worker, 'prefs', 'prefs')) as { language?: string } | undefined;
    if (prefs?.language === lang) break;
    await options.waitForTimeout(100);
  }
  await options.close();
}

async function addStore(session: ExtensionSession, sandbox: Sandbox): Promise<void> {
  const { seller } = sandbox.world.data;
  const options = await session.openOptions();
  await options.getByLabel(en.storeName, { exact: true }).fill(seller.companyName);
  await options.getByLabel(en.clientId, { exact: true }).fill(seller.clientId);
  await options.getByLabel(en.apiKey, { exact: true }).fill(seller.apiKey);
  await options.getByRole('button', { name: en.addStore, exact: true }).click();
  await options.getByRole('button', { name: en.testConnection, exact: true }).first().click();
  await options.getByText(/^Connected/).first().waitFor({ timeout: 20_000 });
  // Screenshots show a finished sync (counts, unanswered chats), not one in progress.
  const ask = (type: 'syncNow' | 'getSyncState') =>
    options.evaluate(
      (t) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t }),
      type,
    ) as Promise<{ ok: boolean; data?: { phase: string }[] }>;
  await ask('syncNow');
  for (let i = 0; i < 240; i++) {
    const phases = ((await ask('getSyncState')).data ?? []).map((p) => p.phase);
    if (phases.length && phases.every((p) => p === 'done' || p === 'error')) break;
    await options.waitForTimeout(500);
  }
  await options.close();
}

async function shoot(page: Page, file: string): Promise<void> {
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
  console.log(`  ${path.relative(ROOT, file)}`);
}

async function screenshots(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  // A share of Chinese-speaking customers, so the Chinese screenshots show the chats a Chinese seller would get.
  const sandbox = await startSandbox({ zhChats: 24 });
  const session = await launchExtension(sandbox, { viewport: { width: 1440, height: 900 } });
  try {
    await addStore(session, sandbox);
    for (const lang of LANGS) {
      if (servedByReplica(lang)) await shootPortal(session, sandbox, dir, lang);
      await setLanguage(session, lang);
      const popup = await session.openPopup();
      await shoot(popup, path.join(dir, `popup-${lang}.png`));
      await popup.close();
      const options = await session.openOptions();
      await shoot(options, path.join(dir, `options-${lang}.png`));
      await options.close();
    }
    await setLanguage(session, 'auto');
    if (session.pageErrors.length) console.warn('Page errors while taking screenshots:', session.pageErrors);
  } finally {
    await session.close();
    await sandbox.close();
  }
}

/** The sidebar on the messenger (all chats, the "Suspicious" preset, a dangerous chat) and on the orders page. */
async function shootPortal(session: ExtensionSession, sandbox: Sandbox, dir: string, lang: ReplicaLang): Promise<void> {
  // The sidebar follows the portal's language (preference "auto"); the extension pages follow the preference.
  await setLanguage(session, 'auto');
  const portal = await session.openPortal(MESSENGER_PATH, lang);
  await waitForOneSidebar(portal);
  await shoot(portal, path.join(dir, `messenger-${lang}.png`));
  // The scam guard at work: the "Suspicious" preset dims every other row; a dangerous chat shows the banner.
  await portal.locator('seller-sidekick').getByRole('button', { name: new RegExp(`^(6\\s*)?${t(lang, 'presetBuiltin:suspicious')}`) }).first().click();
  const firstMatch = portal.locator('[data-sidekick-preset="match"]').first();
  await firstMatch.waitFor({ timeout: 10_000 });
  await firstMatch.evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await shoot(portal, path.join(dir, `messenger-suspicious-${lang}.png`));
  const danger = sandbox.world.data.chats.find((c) => c.group === 'customers_v2' && c.label.verdict === 'danger');
  if (danger) {
    await portal.evaluate((url) => (window as unknown as { __replica: { navigate(u: string): void } }).__replica.navigate(url), `${MESSENGER_PATH}&id=${danger.chatId}`);
    await portal.locator('[data-sidekick-scam-banner]').first().waitFor({ timeout: 10_000 });
    await shoot(portal, path.join(dir, `chat-danger-${lang}.png`));
  }
  await portal.evaluate((url) => (window as unknown as { __replica: { navigate(u: string): void } }).__replica.navigate(url), ORDERS_PATH);
  await waitForOneSidebar(portal);
  await shoot(portal, path.join(dir, `orders-${lang}.png`));
  await portal.close();
}

async function interactive(): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display: use `npm start -- --screenshots <dir>` to run headless and save screenshots.');
  }
  const sandbox = await startSandbox();
  console.log(describeSandbox(sandbox, CHROME_BUILD));
  const session = await launchExtension(sandbox, { headless: false, viewport: null });
  await session.openPortal(MESSENGER_PATH);
  console.log('\nChromium is open on the messenger page. Close the window or press Ctrl-C to stop.');
  const stop = async () => {
    await session.close().catch(() => undefined);
    await sandbox.close();
    process.exit(0);
  };
  session.context.on('close', () => void stop());
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--screenshots');
  if (at < 0 && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display: use `npm start -- --screenshots <dir>` to run headless and save screenshots.');
  }
  build();
  if (at >= 0) {
    const dir = process.argv[at + 1];
    if (!dir || dir.startsWith('--')) throw new Error('--screenshots needs a directory');
    console.log(`Saving screenshots to ${dir}:`);
    await screenshots(path.resolve(dir));
    return;
  }
  await interactive();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
