// One browser and one tab for every generated layout: each page is served at a real portal URL by fulfilling the
// request (so the content script, matched on https://seller.ozon.ru/*, runs on it), and the errors of each layout
// are told apart from the others'.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, waitForOneSidebar, type ExtensionSession } from '../harness';

export const OUT_DIR = path.join(import.meta.dirname, 'out');

/** Seed and runs: SIDEKICK_LAYOUT_SEED replays, SIDEKICK_LAYOUT_RUNS scales every property (default 1). */
export function layoutConfig(): { seed: number; scale: number; survey: boolean; shrink: boolean } {
  const seed = Number(process.env.SIDEKICK_LAYOUT_SEED ?? 20251111);
  const runs = Number(process.env.SIDEKICK_LAYOUT_RUNS ?? 1);
  return {
    seed: Number.isFinite(seed) ? seed : 20251111,
    scale: Number.isFinite(runs) && runs > 0 ? runs : 1,
    // Survey: run every layout and tally failures instead of stopping at the first (for the numbers).
    survey: process.env.SIDEKICK_LAYOUT_SURVEY === '1',
    // Shrink: let fast-check shrink a failure to a minimal layout (slow: each failing try waits for the marks).
    shrink: process.env.SIDEKICK_LAYOUT_SHRINK === '1',
  };
}

export interface LayoutSession {
  page: Page;
  session: ExtensionSession;
  /** Serves `html` at `pathAndQuery` and opens it; resolves once the app rendered and the sidebar is there. */
  show(pathAndQuery: string, html: string): Promise<void>;
  /** Console and page errors since the last show(): every one fails the layout. */
  errors(): string[];
  close(): Promise<void>;
}

export async function openLayoutSession(): Promise<LayoutSession> {
  // No replica is needed: every portal request is answered by the route below; nothing else may resolve.
  const session = await launchExtension({ hostResolverRules: 'MAP * ~NOTFOUND' });
  const served = new Map<string, string>();
  await session.context.route('https://seller.ozon.ru/**', async (route) => {
    const url = new URL(route.request().url());
    const html = served.get(url.pathname + url.search);
    if (html !== undefined && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      await route.fulfill({ status: 204, body: '' });
    }
  });
  const page = await session.context.newPage();
  let errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  return {
    page,
    session,
    async show(pathAndQuery, html) {
      served.clear();
      served.set(pathAndQuery, html);
      errors = [];
      await page.goto(`https://seller.ozon.ru${pathAndQuery}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__gen?.rendered === true, undefined, { timeout: 5_000 });
      await waitForOneSidebar(page);
    },
    errors: () => [...errors],
    close: () => session.close(),
  };
}

/** Writes a failing layout for inspection: the generated document (opens in any browser) and the page as the
 *  extension left it. Returns the paths. */
export function writeFailure(name: string, html: string, dom: string, details: unknown): string[] {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const base = path.join(OUT_DIR, name);
  fs.writeFileSync(`${base}.html`, html);
  fs.writeFileSync(`${base}.after.html`, dom);
  fs.writeFileSync(`${base}.json`, JSON.stringify(details, null, 2));
  return [`${base}.html`, `${base}.after.html`, `${base}.json`];
}

export interface SurveyEntry {
  property: string;
  run: number;
  problems: string[];
  features: Record<string, unknown>;
}

export function writeSurvey(property: string, runs: number, entries: SurveyEntry[]): string {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `survey-${property}.json`);
  fs.writeFileSync(file, JSON.stringify({ property, runs, failed: entries.length, entries }, null, 2));
  return file;
}
