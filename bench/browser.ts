// Debian's Chromium with a private copy of the production build, as tests/e2e/harness.ts launches it, plus a
// DevTools port so the bench can read the service worker's heap over CDP (Playwright gives no CDP session on a
// worker). The build is copied first (snapshotBuild): another helper's `wxt build` may empty .output/ meanwhile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { Connection } from 'puppeteer-core';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import type { Sandbox } from '../sandbox/main';
import { CHROME_BUILD, CHROMIUM, chromiumArgs, portalUrl, snapshotBuild } from '../tests/e2e/harness';

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  debugPort: number;
  /** A new tab; `init` (JS source) runs in the page's main world before its own scripts. */
  newPage(init?: string, viewport?: { width: number; height: number }): Promise<Page>;
  portalUrl: typeof portalUrl;
  close(): Promise<void>;
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://') && worker.url().endsWith('/background.js');
}

export async function launchBench(sandbox: Pick<Sandbox, 'hostResolverRules'>): Promise<BenchBrowser> {
  const extensionDir = await snapshotBuild(CHROME_BUILD, 'sidekick-bench-build-');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidekick-bench-chromium-'));
  const cleanUp = () => {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    fs.rmSync(extensionDir, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1366, height: 900 },
      locale: 'en-US',
      ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
      args: [...chromiumArgs(sandbox, extensionDir), '--remote-debugging-port=0'],
      ignoreHTTPSErrors: true,
    });
  } catch (error) {
    cleanUp();
    throw error;
  }
  try {
    const worker = context.serviceWorkers().find(isExtensionWorker) ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    const portFile = path.join(userDataDir, 'DevToolsActivePort');
    for (let i = 0; i < 100 && !fs.existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 100));
    const debugPort = Number(fs.readFileSync(portFile, 'utf8').split('\n')[0]);
    return {
      context,
      extensionId,
      worker,
      debugPort,
      portalUrl,
      async newPage(init, viewport) {
        const page = await context.newPage();
        if (viewport) await page.setViewportSize(viewport);
        if (init) await page.addInitScript({ content: init });
        return page;
      },
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

/**
 * Samples the extension service worker's JS heap (Runtime.getHeapUsage) over its own DevTools connection; follows
 * the worker if it restarts. `stop()` answers the peak and the last sample, in bytes.
 */
export function sampleWorkerHeap(debugPort: number, extensionId: string, everyMs = 250): { stop(): Promise<{ peak: number; samples: number; first: number | null }> } {
  let stopped = false;
  let peak = 0;
  let samples = 0;
  let first: number | null = null;
  let connection: Connection | null = null;
  let targetId = '';

  async function connect(): Promise<Connection | null> {
    const list = (await (await fetch(`http://127.0.0.1:${debugPort}/json/list`)).json()) as { id: string; type: string; url: string; webSocketDebuggerUrl?: string }[];
    const target = list.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`) && t.webSocketDebuggerUrl);
    if (!target?.webSocketDebuggerUrl) return null;
    if (connection && target.id === targetId) return connection;
    connection?.dispose();
    const transport = await NodeWebSocketTransport.create(target.webSocketDebuggerUrl);
    targetId = target.id;
    connection = new Connection(target.webSocketDebuggerUrl, transport);
    return connection;
  }

  const loop = (async () => {
    while (!stopped) {
      try {
        const conn = connection ?? (await connect());
        if (conn) {
          const usage = (await conn.send('Runtime.getHeapUsage')) as { usedSize: number };
          peak = Math.max(peak, usage.usedSize);
          first ??= usage.usedSize;
          samples++;
        }
      } catch {
        // The worker stopped or restarted: find it again on the next sample.
        (connection as Connection | null)?.dispose();
        connection = null;
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();

  return {
    async stop() {
      stopped = true;
      await loop;
      connection?.dispose();
      return { peak, samples, first };
    },
  };
}
