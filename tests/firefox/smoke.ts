// `npm run test:firefox`: the Firefox smoke test. Debian's firefox-esr with the production build
// .output/firefox-mv2 on the portal replica at https://seller.ozon.ru: exactly one <seller-sidekick> on the
// messenger and orders pages, also after client-side navigation and a re-render. Prints PASS/FAIL; exit code 0/1.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { MESSENGER_PATH, startSandbox } from '../../sandbox/main';
import { ensureBuild } from '../e2e/build';
import { en } from '../../lib/i18n/en';
import { ru } from '../../lib/i18n/ru';
import { countHosts, launchFirefoxWithExtension, waitForOneSidebar } from './firefox';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ORDERS_PATH = '/app/postings/fbs?tab=all';

interface Check {
  name: string;
  run(): Promise<void>;
}

function assertEqual(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`);
}

/** Exactly one host on `pathname`, its sidebar saying which page it is on (it followed the navigation). */
async function expectOne(page: Page, pathname: string, label: string): Promise<void> {
  await page.waitForFunction((p: string) => location.pathname === p, { timeout: 10_000 }, pathname);
  await waitForOneSidebar(page);
  await page.waitForFunction(
    (text: string) => (document.querySelector('seller-sidekick')?.shadowRoot?.textContent ?? '').includes(text),
    { timeout: 10_000 },
    label,
  );
  // A twin would come from a late second mount; give it the time a re-render takes.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  assertEqual(await countHosts(page), 1, `<seller-sidekick> elements on ${pathname}`);
}

async function main(): Promise<number> {
  const started = Date.now();
  if (process.env.SIDEKICK_E2E_SKIP_BUILD !== '1') ensureBuild(ROOT, 'firefox');
  const sandbox = await startSandbox({ validate: false });
  const results: { name: string; ok: boolean; error?: string; ms: number }[] = [];
  let session: Awaited<ReturnType<typeof launchFirefoxWithExtension>> | undefined;
  try {
    session = await launchFirefoxWithExtension(sandbox.port, path.join(ROOT, '.output', 'firefox-mv2'));
    const firefox = session;
    let page: Page | undefined;
    const pageErrors: string[] = [];
    const checks: Check[] = [
      {
        name: 'the add-on installs (temporary, over WebDriver BiDi)',
        run: async () => assertEqual(firefox.addonId, 'seller-sidekick@seller-sidekick.github.io', 'add-on id'),
      },
      {
        name: 'exactly one <seller-sidekick> on the messenger page',
        run: async () => {
          page = await firefox.openPortal(`${MESSENGER_PATH}&lang=en`);
          page.on('pageerror', (error) => pageErrors.push(String(error)));
          await expectOne(page, '/app/messenger', en.pageMessenger);
        },
      },
      {
        name: 'still exactly one after client-side navigation to the orders page (replica router)',
        run: async () => {
          if (!page) throw new Error('no page');
          await page.evaluate(() => {
            (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
          });
          await page.evaluate((url: string) => (window as unknown as { __replica: { navigate(u: string): void } }).__replica.navigate(url), ORDERS_PATH);
          await expectOne(page, '/app/postings/fbs', en.pageOrders);
        },
      },
      {
        name: 'still exactly one after clicking the portal\'s "Messages" link and back to "FBS"',
        run: async () => {
          if (!page) throw new Error('no page');
          const clickLink = (text: string) =>
            page!.evaluate((label: string) => {
              const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === label);
              if (!link) throw new Error(`no link "${label}"`);
              link.click();
            }, text);
          await clickLink('Messages');
          await expectOne(page, '/app/messenger', en.pageMessenger);
          await clickLink('FBS');
          await expectOne(page, '/app/postings/fbs', en.pageOrders);
          const same = await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
          assertEqual(same, true, 'navigation stayed client-side');
        },
      },
      {
        name: 'still exactly one after the portal re-renders',
        run: async () => {
          if (!page) throw new Error('no page');
          for (let i = 0; i < 3; i++) await page.evaluate(() => (window as unknown as { __replica: { rerender(): void } }).__replica.rerender());
          await expectOne(page, '/app/postings/fbs', en.pageOrders);
        },
      },
      {
        name: 'exactly one <seller-sidekick> on a freshly loaded orders page',
        run: async () => {
          const orders = await firefox.openPortal(`${ORDERS_PATH}&lang=ru`);
          orders.on('pageerror', (error) => pageErrors.push(String(error)));
          await expectOne(orders, '/app/postings/fbs', ru.pageOrders);
          await orders.close();
        },
      },
      {
        name: 'no uncaught page errors',
        run: async () => {
          if (pageErrors.length) throw new Error(pageErrors.join('\n'));
        },
      },
    ];
    for (const check of checks) {
      const t0 = Date.now();
      try {
        await check.run();
        results.push({ name: check.name, ok: true, ms: Date.now() - t0 });
      } catch (error) {
        results.push({ name: check.name, ok: false, error: error instanceof Error ? error.message : String(error), ms: Date.now() - t0 });
        break;
      }
    }
  } catch (error) {
    results.push({ name: 'launch Firefox with the add-on', ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error), ms: 0 });
  } finally {
    await session?.close().catch(() => undefined);
    await sandbox.close();
  }

  for (const r of results) {
    console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.ms} ms)${r.error ? `\n      ${r.error}` : ''}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  const ok = failed === 0 && results.length > 0;
  console.log(`\nFirefox smoke: ${ok ? 'PASS' : 'FAIL'} — ${results.length - failed} passed, ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('\nFirefox smoke: FAIL');
    process.exit(1);
  },
);
