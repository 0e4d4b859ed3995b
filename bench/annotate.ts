// Parts 1 and 2: how long the content script takes to judge every row of a long list, against the limit measured in
// the same page and run (a bare querySelectorAll over the rows plus one setAttribute each).
// Per list size, `loads` fresh page loads; in each: the first load (list present → every row marked, including the
// content script's start), `rerenders` whole re-renders of the list (window.__replica.rerender(): new row nodes, as
// after a filter change or the portal's periodic refresh) and `scrolls` scroll pages of 100 rows.
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser';
import { probeSource, type EpochResult } from './page-probe';
import { median, ratio } from './stats';

export interface ListCase {
  /** What is judged, for the table. */
  name: string;
  path: string;
  rowSelector: string;
  attr: string;
}

export const CHAT_LIST: ListCase = {
  name: 'chat list (scam-badges, data-sidekick-risk)',
  path: '/app/messenger?group=customers_v2',
  rowSelector: 'a[href*="/app/messenger"][href*="id="]',
  attr: 'data-sidekick-risk',
};

export const ORDERS_LIST: ListCase = {
  name: 'orders list (contact-buttons, data-sidekick-contact)',
  path: '/app/postings/fbs?tab=all',
  rowSelector: 'tbody > tr',
  attr: 'data-sidekick-contact',
};

export interface SizeResult {
  rows: number;
  /** Medians in ms; null when not measured (see `error`). */
  firstLoadMs: number | null;
  rerenderWorkMs: number | null;
  rerenderLatencyMs: number | null;
  /** Of the re-render latency, the wait for the next animation frame (the content script batches per frame). */
  rerenderFrameWaitMs: number | null;
  limitMs: number | null;
  /** Re-render latency (list present → all marked) / limit. */
  ratio: number | null;
  firstLoadRatio: number | null;
  scrollPer100WorkMs: number | null;
  scrollPer100LatencyMs: number | null;
  scrollLimitMs: number | null;
  scrollRatio: number | null;
  samples: { firstLoad: number; rerender: number; scroll: number };
  error?: string;
}

export interface ListResult {
  name: string;
  sizes: SizeResult[];
}

const SETTLE_MS = 400;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const work = (e: EpochResult): number | null => (e.tDone !== null && e.tFrame !== null ? Math.max(0, e.tDone - e.tFrame) : null);
const frameWait = (e: EpochResult): number | null => (e.tFrame !== null && e.tAdded !== null && e.tDone !== null && e.tFrame <= e.tDone ? e.tFrame - e.tAdded : null);
const latency = (e: EpochResult): number | null => (e.tDone !== null && e.tAdded !== null ? e.tDone - e.tAdded : null);

function complete(e: EpochResult | null): boolean {
  return !!e && e.tDone !== null;
}

async function epoch(page: Page, action: string, timeoutMs: number): Promise<EpochResult | null> {
  return page.evaluate(`(async () => { ${action} return window.__bench.wait(${timeoutMs}); })()`) as Promise<EpochResult | null>;
}

export async function benchList(
  browser: BenchBrowser,
  list: ListCase,
  sizes: readonly number[],
  opts: { loads: number; rerenders: number; scrolls: number; log: (line: string) => void },
): Promise<ListResult> {
  const out: SizeResult[] = [];
  for (const rows of sizes) {
    const first: number[] = [];
    const rerenderWork: number[] = [];
    const rerenderLatency: number[] = [];
    const frameWaits: number[] = [];
    const limits: number[] = [];
    const scrollWork: number[] = [];
    const scrollLatency: number[] = [];
    const scrollLimits: number[] = [];
    let error: string | undefined;
    for (let load = 0; load < opts.loads && !error; load++) {
      const page = await browser.newPage(probeSource({ rowSelector: list.rowSelector, attr: list.attr, initialRows: rows }));
      try {
        await page.goto(browser.portalUrl(list.path, 'en'), { waitUntil: 'load' });
        const cold = (await page.evaluate('window.__bench.wait(60000)')) as EpochResult;
        if (!complete(cold)) {
          error = `first load: ${cold.marked} of ${cold.expected} rows marked ${list.attr} within 60 s (${cold.added} rows added)`;
          break;
        }
        first.push(latency(cold) as number);
        await sleep(SETTLE_MS);
        for (let i = 0; i < opts.rerenders; i++) {
          const e = await epoch(page, 'window.__bench.arm(window.__bench.rowCount()); window.__replica.rerender();', 30_000);
          if (!complete(e)) {
            error = `re-render: ${e?.marked ?? 0} of ${e?.expected ?? rows} rows marked within 30 s`;
            break;
          }
          const w = work(e as EpochResult);
          if (w !== null) rerenderWork.push(w);
          const f = frameWait(e as EpochResult);
          if (f !== null) frameWaits.push(f);
          rerenderLatency.push(latency(e as EpochResult) as number);
          await sleep(SETTLE_MS / 2);
        }
        limits.push(...((await page.evaluate('window.__bench.limit(5)')) as number[]));
        for (let i = 0; i < opts.scrolls && !error; i++) {
          const e = await epoch(page, 'window.__bench.arm(100); if (!window.__bench.scrollMore(100)) return null;', 30_000);
          if (!complete(e)) {
            error = e ? `scroll: ${e.marked} of 100 new rows marked within 30 s (${e.added} added)` : 'scroll: no scrollable list';
            break;
          }
          const w = work(e as EpochResult);
          if (w !== null) scrollWork.push(w);
          scrollLatency.push(latency(e as EpochResult) as number);
          scrollLimits.push(...((await page.evaluate('window.__bench.limitLast(100, 3)')) as number[]));
          await sleep(SETTLE_MS / 2);
        }
      } finally {
        await page.close();
      }
    }
    const limitMs = median(limits);
    const rerenderWorkMs = median(rerenderWork);
    const firstLoadMs = median(first);
    const scrollPer100WorkMs = median(scrollWork);
    const scrollLimitMs = median(scrollLimits);
    const result: SizeResult = {
      rows,
      firstLoadMs,
      rerenderWorkMs,
      rerenderLatencyMs: median(rerenderLatency),
      rerenderFrameWaitMs: median(frameWaits),
      limitMs,
      ratio: ratio(median(rerenderLatency), limitMs),
      firstLoadRatio: ratio(firstLoadMs, limitMs),
      scrollPer100WorkMs,
      scrollPer100LatencyMs: median(scrollLatency),
      scrollLimitMs,
      scrollRatio: ratio(median(scrollLatency), scrollLimitMs),
      samples: { firstLoad: first.length, rerender: rerenderLatency.length, scroll: scrollLatency.length },
      ...(error ? { error } : {}),
    };
    opts.log(`  ${list.name}, ${rows} rows: ${JSON.stringify(result)}`);
    out.push(result);
  }
  return { name: list.name, sizes: out };
}
