// Firefox ESR (Debian's) with the production Firefox build installed as a temporary add-on over WebDriver BiDi
// (puppeteer-core; geckodriver is not available here), reaching the replicas at the real Ozon host names.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { API_HOST, PORTAL_HOST } from '../../sandbox/tls';
import { snapshotBuild } from '../e2e/harness';
import { firefoxProxyPrefs, startTunnelProxy, type TunnelProxy } from './proxy';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const HOST_TAG = 'seller-sidekick';

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  proxy: TunnelProxy;
  openPortal(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(sandboxPort: number, extensionDir: string): Promise<FirefoxSession> {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`No Firefox build at ${extensionDir}`);
  // A private copy: another `wxt build -b firefox` in this shared tree must not empty it under the browser.
  const addonDir = await snapshotBuild(extensionDir, 'sidekick-firefox-build-');
  const proxy = await startTunnelProxy(sandboxPort, [PORTAL_HOST, API_HOST]);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocol: 'webDriverBiDi',
      // The sandbox's certificate is self-signed and made at every start.
      acceptInsecureCerts: true,
      extraPrefsFirefox: firefoxProxyPrefs(proxy.port),
      defaultViewport: { width: 1366, height: 900 },
    });
    const addonId = await browser.installExtension(addonDir);
    const opened = browser;
    return {
      browser: opened,
      addonId,
      proxy,
      openPortal: async (pathAndQuery) => {
        const page = await opened.newPage();
        await page.goto(new URL(pathAndQuery, `https://${PORTAL_HOST}`).href, { waitUntil: 'load' });
        return page;
      },
      close: async () => {
        await opened.close();
        await proxy.close();
        fs.rmSync(addonDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await proxy.close();
    fs.rmSync(addonDir, { recursive: true, force: true });
    throw error;
  }
}

export function countHosts(page: Page): Promise<number> {
  return page.evaluate((tag) => document.querySelectorAll(tag).length, HOST_TAG);
}

/** Exactly one host, and (shadow root open to the page in Firefox too) something rendered in it. */
export async function waitForOneSidebar(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (tag: string) => {
      const hosts = document.querySelectorAll(tag);
      const root = hosts[0]?.shadowRoot;
      return hosts.length === 1 && (!root || !!root.querySelector('aside, button'));
    },
    { timeout },
    HOST_TAG,
  );
}
