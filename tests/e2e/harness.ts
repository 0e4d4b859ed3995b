// The real-browser harness: Debian's Chromium with the PRODUCTION build (.output/chrome-mv3, manifest unchanged)
// loaded as an unpacked extension, reaching the sandbox at the real Ozon host names through resolver rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Sandbox } from '../../sandbox/main';
import { PORTAL_HOST } from '../../sandbox/tls';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CHROME_BUILD = path.join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The shadow host the content script adds: the contract says exactly one per page. */
export const HOST_TAG = 'seller-sidekick';

export interface LaunchOptions {
  /** Default true; `npm start` opens a window. */
  headless?: boolean;
  /** Viewport of new pages (default 1366×900). */
  viewport?: { width: number; height: number } | null;
  /** The browser's own language (Accept-Language, navigator.language). */
  locale?: string;
}

export interface PageError {
  url: string;
  message: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens https://seller.ozon.ru<path> (with `lang=` added when given) in a new tab, once it has loaded. */
  openPortal(pathAndQuery: string, lang?: PortalLang): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The popup as a tab, in a popup-sized viewport. */
  openPopup(): Promise<Page>;
  /** Uncaught exceptions of every page opened in this session (portal and extension pages alike). */
  pageErrors: PageError[];
  /** console.error lines of those pages, for diagnosis (not every one is a failure: a 404 favicon logs one). */
  consoleErrors: PageError[];
  close(): Promise<void>;
}

/** Console errors the extension caused: its resources, its scripts, or its own log prefix. */
export function extensionConsoleErrors(errors: readonly PageError[]): PageError[] {
  return errors.filter((e) => /chrome-extension:\/\/|\[seller-sidekick\]/.test(e.message));
}

/** The portal replica's languages: English, Russian and Chinese (zh-Hans). */
export type PortalLang = 'en' | 'ru' | 'zh';

export function portalUrl(pathAndQuery: string, lang?: PortalLang): string {
  const url = new URL(pathAndQuery, `https://${PORTAL_HOST}`);
  if (lang) url.searchParams.set('lang', lang);
  return url.href;
}

/** Refuses to run against a missing build: the e2e suite tests what ships, so it never builds a variant itself. */
export function assertChromeBuild(dir = CHROME_BUILD): void {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No production build at ${dir}: run \`npm run build:chrome\` (the e2e global setup does it).`);
  }
}

/**
 * A private, byte-identical copy of a build for one browser session. Several helpers share this work tree and a
 * `wxt build` elsewhere empties .output/ while it writes; a browser loading from .output/ directly would then lose
 * its pages mid-test. The copy is checked complete (its manifest parses and names files that exist).
 */
export async function snapshotBuild(dir: string, prefix = 'sidekick-build-'): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    try {
      fs.cpSync(dir, copy, { recursive: true });
      const manifest = JSON.parse(fs.readFileSync(path.join(copy, 'manifest.json'), 'utf8')) as {
        content_scripts?: { js?: string[] }[];
        background?: { service_worker?: string; scripts?: string[] };
      };
      const named = [
        ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
        ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
        ...(manifest.background?.scripts ?? []),
      ];
      const missing = named.filter((file) => !fs.existsSync(path.join(copy, file)));
      if (missing.length) throw new Error(`incomplete build: ${missing.join(', ')} missing`);
      return copy;
    } catch (error) {
      fs.rmSync(copy, { recursive: true, force: true });
      if (attempt >= 10) throw new Error(`No complete production build at ${dir}: ${(error as Error).message}`);
      // A build in progress finishes within seconds.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

export function chromiumArgs(sandbox: Pick<Sandbox, 'hostResolverRules'>, extensionDir = CHROME_BUILD): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${sandbox.hostResolverRules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
}

export async function launchExtension(sandbox: Pick<Sandbox, 'hostResolverRules'>, opts: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = await snapshotBuild(CHROME_BUILD);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-chromium-'));
  const cleanUp = () => {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    fs.rmSync(extensionDir, { recursive: true, force: true });
  };
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: opts.headless ?? true,
      viewport: opts.viewport === undefined ? { width: 1366, height: 900 } : opts.viewport,
      locale: opts.locale ?? 'en-US',
      // A seller in Moscow, where the portal prints its times (the replica does so too): list dates such as "28.11"
      // are then read in the zone they were written in, whatever this machine's clock zone is.
      env: { ...process.env, TZ: 'Europe/Moscow' },
      // Playwright's default list disables extensions; the flags above are the whole intended set.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
      args: chromiumArgs(sandbox, extensionDir),
      ignoreHTTPSErrors: true,
    })
    .catch((error: unknown) => {
      cleanUp();
      throw error;
    });

  const pageErrors: PageError[] = [];
  const consoleErrors: PageError[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push({ url: page.url(), message: error.stack ?? error.message }));
    page.on('console', (message) => {
      // Where the line came from: an error of the extension's own (a chrome-extension:// resource or script) names it.
      const from = message.location().url;
      if (message.type() === 'error') consoleErrors.push({ url: page.url(), message: from ? `${message.text()} @ ${from}` : message.text() });
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  try {
    const worker = context.serviceWorkers().find(isExtensionWorker) ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;

    const open = async (url: string, viewport?: { width: number; height: number }): Promise<Page> => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };

    return {
      context,
      extensionId,
      worker,
      pageErrors,
      consoleErrors,
      openPortal: (pathAndQuery, lang) => open(portalUrl(pathAndQuery, lang)),
      openOptions: () => open(`chrome-extension://${extensionId}/options.html`),
      openPopup: () => open(`chrome-extension://${extensionId}/popup.html`, { width: 400, height: 600 }),
      close: async () => {
        await context.close();
        cleanUp();
      },
    };
  } catch (error) {
    await context.close();
    cleanUp();
    throw error;
  }
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://') && worker.url().endsWith('/background.js');
}

/** How many sidebar hosts the page has right now. */
export function countHosts(page: Page): Promise<number> {
  return page.evaluate((tag) => document.querySelectorAll(tag).length, HOST_TAG);
}

/** Waits until the page holds exactly one sidebar host with rendered content in its shadow root. */
export async function waitForOneSidebar(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (tag) => {
      const hosts = document.querySelectorAll(tag);
      const root = hosts[0]?.shadowRoot;
      return hosts.length === 1 && !!root && !!root.querySelector('aside, button');
    },
    HOST_TAG,
    { timeout },
  );
}

/**
 * Reads the background's IndexedDB from inside the service worker: the record at `key` of `storeName`, or every
 * record of it when no key is given. Undefined / [] while the database does not exist yet.
 */
export function readBackgroundRecord(worker: Worker, storeName: string, key?: string, dbName = 'seller-sidekick'): Promise<unknown> {
  return worker.evaluate(
    ([db, store, recordKey]) =>
      new Promise<unknown>((resolve, reject) => {
        // Opening a database that does not exist yet would create it at version 1 behind the background's back.
        indexedDB.databases().then((list) => {
          if (!list.some((d) => d.name === db)) return resolve(recordKey === null ? [] : undefined);
          const open = indexedDB.open(db);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const conn = open.result;
            const objects = conn.transaction(store, 'readonly').objectStore(store);
            const request = recordKey === null ? objects.getAll() : objects.get(recordKey);
            request.onsuccess = () => {
              resolve(request.result as unknown);
              conn.close();
            };
            request.onerror = () => reject(request.error);
          };
        }, reject);
      }),
    [dbName, storeName, key ?? null] as const,
  );
}
