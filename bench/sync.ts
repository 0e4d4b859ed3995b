// Parts 4 and 5: the background's sync against the Seller API replica with 10,000 chats (full, then incremental
// with 1 % of the chats changed), and the popup's first list from the cache with 1,000 unanswered chats.
// The replica's OpenAPI validation is off here: it is the replica's cost, and it would share the 2 cores with the
// extension. Requests are counted and timed from the replica's log (arrival times at the server).
import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../sandbox/main';
import { customerChats, unansweredChats } from '../sandbox/data/truth';
import type { RequestLogEntry } from '../sandbox/api/types';
import { launchBench, sampleWorkerHeap, type BenchBrowser } from './browser';
import { instrumentReplica, replicaMsSince, replicaTime } from './replica-time';
import { median, peakInWindow, ratio, shortestSpan } from './stats';

const RATE_LIMIT = 50;

export interface SyncRun {
  requests: number;
  byPath: Record<string, number>;
  failed: number;
  wallMs: number;
  /** Wall time if every request had gone out at exactly 50 per second (requests / 50). */
  limitMs: number;
  ratio: number | null;
  peakPerSecond: number;
  /** The shortest time in which 51 requests arrived (under 1000 ms means 51 in one second; a few ms under is arrival jitter). */
  shortestSpanOf51Ms: number | null;
  /** Time the replica spent in its own method handlers during the sync (same machine, same cores). */
  replicaMs: number;
  replicaByPath: Record<string, number>;
  /** Wall time less the replica's handler time: roughly the extension's share. */
  wallLessReplicaMs: number;
  ratioLessReplica: number | null;
  peakHeapBytes: number | null;
  heapBeforeBytes: number | null;
  heapSamples: number;
  changedChats?: number;
  error?: string;
}

export interface PopupResult {
  unansweredInCache: number;
  runs: number;
  /** Median ms from navigation start to the first [data-sidekick-chat-id] shown. */
  firstListMs: number | null;
  /** How many chats that first list showed (median). */
  shown: number | null;
  /** The limit: the page's own DOMContentLoaded + one message round trip + reading the chats from IndexedDB. */
  limitMs: number | null;
  limitParts: { domContentLoadedMs: number | null; pingMs: number | null; idbGetAllMs: number | null };
  ratio: number | null;
  error?: string;
}

export interface SyncBenchResult {
  chats: number;
  customerChats: number;
  full: SyncRun;
  incremental: SyncRun;
  popup: PopupResult;
  /** A smaller full sync with every answer delayed, as over a real network: does the sync keep 50/s busy? */
  withLatency?: SyncRun & { chats: number; customerChats: number; delayMs: number };
}

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

async function ask(page: Page, message: object): Promise<Reply> {
  return page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`) as Promise<Reply>;
}

async function data<T>(page: Page, message: object): Promise<T> {
  const reply = await ask(page, message);
  if (!reply.ok) throw new Error(`${(message as { type: string }).type} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.data as T;
}

function byPath(entries: readonly RequestLogEntry[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) out[e.path] = (out[e.path] ?? 0) + 1;
  return out;
}

async function measureSync(browser: BenchBrowser, sandbox: Sandbox, page: Page, before: number): Promise<SyncRun> {
  const heap = sampleWorkerHeap(browser.debugPort, browser.extensionId);
  await new Promise((r) => setTimeout(r, 600));
  const replicaBefore = replicaTime();
  const started = Date.now();
  let error: string | undefined;
  const reply = await ask(page, { type: 'syncNow' });
  const wallMs = Date.now() - started;
  const replica = replicaMsSince(replicaBefore);
  const memory = await heap.stop();
  if (!reply.ok) error = `syncNow: ${reply.error.code} ${reply.error.message}`;
  else {
    const progress = reply.data as { phase: string; error: unknown }[];
    const bad = progress.find((p) => p.phase !== 'done' || p.error);
    if (bad) error = `sync ended in ${JSON.stringify(bad)}`;
  }
  const entries = sandbox.api.log.slice(before);
  const limitMs = (entries.length / RATE_LIMIT) * 1000;
  return {
    requests: entries.length,
    byPath: byPath(entries),
    failed: entries.filter((e) => e.status !== 200).length,
    wallMs,
    limitMs,
    ratio: ratio(wallMs, limitMs),
    replicaMs: replica.total,
    replicaByPath: replica.byPath,
    wallLessReplicaMs: wallMs - replica.total,
    ratioLessReplica: ratio(wallMs - replica.total, limitMs),
    peakPerSecond: peakInWindow(entries.map((e) => e.at)),
    shortestSpanOf51Ms: shortestSpan(entries.map((e) => e.at), RATE_LIMIT + 1),
    peakHeapBytes: memory.samples > 0 ? memory.peak : null,
    heapBeforeBytes: memory.first,
    heapSamples: memory.samples,
    ...(error ? { error } : {}),
  };
}

const POPUP_PROBE = `(() => {
  window.__popupBench = { tFirst: null, shownAtFirst: 0 };
  const mo = new MutationObserver(() => {
    const b = window.__popupBench;
    if (b.tFirst !== null) return;
    const n = document.querySelectorAll('[data-sidekick-chat-id]').length;
    if (n > 0) { b.tFirst = performance.now(); b.shownAtFirst = n; mo.disconnect(); }
  });
  mo.observe(document, { subtree: true, childList: true });
})();`;

const IDB_GET_ALL = `(async () => {
  const t = performance.now();
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('seller-sidekick');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const n = await new Promise((resolve, reject) => {
    const req = db.transaction('chats', 'readonly').objectStore('chats').getAll();
    req.onsuccess = () => resolve(req.result.length);
    req.onerror = () => reject(req.error);
  });
  db.close();
  return { ms: performance.now() - t, n };
})()`;

async function syncIdle(page: Page, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const reply = await ask(page, { type: 'getSyncState' });
    if (reply.ok && (reply.data as { phase: string }[]).every((p) => p.phase === 'done' || p.phase === 'idle')) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function measurePopup(browser: BenchBrowser, control: Page, runs: number): Promise<PopupResult> {
  const report = await data<{ chats: unknown[] }>(control, { type: 'getUnanswered' });
  const first: number[] = [];
  const shown: number[] = [];
  const dcl: number[] = [];
  const pings: number[] = [];
  const idb: number[] = [];
  let error: string | undefined;
  for (let i = 0; i < runs; i++) {
    await syncIdle(control);
    const page = await browser.newPage(POPUP_PROBE, { width: 400, height: 600 });
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`, { waitUntil: 'load' });
      // Polled with evaluate: waitForFunction compiles its string with eval, which the extension's CSP forbids.
      for (let waited = 0; waited < 30_000; waited += 50) {
        if (await page.evaluate('window.__popupBench.tFirst !== null')) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const r = (await page.evaluate(
        `({ ...window.__popupBench, dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null })`,
      )) as { tFirst: number | null; shownAtFirst: number; dcl: number | null };
      if (r.tFirst === null) {
        const text = (await page.evaluate('document.body.innerText.slice(0, 200)')) as string;
        error = `no [data-sidekick-chat-id] within 30 s of opening the popup (page: ${JSON.stringify(text)})`;
        break;
      }
      first.push(r.tFirst);
      shown.push(r.shownAtFirst);
      if (r.dcl !== null) dcl.push(r.dcl);
      pings.push((await page.evaluate(`(async () => { const t = performance.now(); await chrome.runtime.sendMessage({ type: 'ping' }); return performance.now() - t; })()`)) as number);
    } finally {
      await page.close();
    }
    const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`)) ?? browser.worker;
    idb.push(((await worker.evaluate(IDB_GET_ALL)) as { ms: number }).ms);
  }
  const parts = { domContentLoadedMs: median(dcl), pingMs: median(pings), idbGetAllMs: median(idb) };
  const limitMs = parts.domContentLoadedMs !== null && parts.pingMs !== null && parts.idbGetAllMs !== null ? parts.domContentLoadedMs + parts.pingMs + parts.idbGetAllMs : null;
  const firstListMs = median(first);
  return {
    unansweredInCache: report.chats.length,
    runs: first.length,
    firstListMs,
    shown: median(shown),
    limitMs,
    limitParts: parts,
    ratio: ratio(firstListMs, limitMs),
    ...(error ? { error } : {}),
  };
}

/** A full sync of a small world whose every API answer is delayed by `delayMs` (the replica's 'slow' fault). */
export async function benchLatencySync(opts: { chats: number; delayMs: number; log: (line: string) => void }): Promise<NonNullable<SyncBenchResult['withLatency']>> {
  instrumentReplica();
  const sandbox = await startSandbox({ chats: opts.chats, postings: 400, validate: false });
  const browser = await launchBench(sandbox);
  try {
    const control = await browser.newPage();
    await control.goto(`chrome-extension://${browser.extensionId}/options.html`, { waitUntil: 'load' });
    await data(control, { type: 'setPrefs', patch: { syncIntervalMinutes: 1440 } });
    const { seller } = sandbox.world.data;
    sandbox.api.faults.setFor('*', { kind: 'slow', delayMs: opts.delayMs });
    const before = sandbox.api.log.length;
    await data(control, { type: 'saveStore', name: 'Bench store', clientId: seller.clientId, apiKey: seller.apiKey });
    const run = await measureSync(browser, sandbox, control, before);
    const result = { ...run, chats: opts.chats, customerChats: customerChats(sandbox.world).length, delayMs: opts.delayMs };
    opts.log(`  full sync with ${opts.delayMs} ms latency: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

export async function benchSync(opts: { chats: number; unanswered: number; popupRuns: number; log: (line: string) => void }): Promise<SyncBenchResult> {
  instrumentReplica();
  const sandbox = await startSandbox({ chats: opts.chats, postings: 2000, validate: false });
  const { world } = sandbox;
  // The popup's case: the seller has answered all but `unanswered` of the waiting chats (before the sync).
  let answered = 0;
  for (const chat of unansweredChats(world).slice(opts.unanswered)) {
    try {
      world.sendSellerMessage(chat.chatId, 'Спасибо, всё отправили.');
      answered++;
    } catch {
      // A closed chat cannot be answered; it stays unanswered.
    }
  }
  opts.log(`  world: ${opts.chats} chats, ${customerChats(world).length} customer chats, answered ${answered}, ${unansweredChats(world).length} unanswered`);
  const browser = await launchBench(sandbox);
  try {
    const control = await browser.newPage();
    await control.goto(`chrome-extension://${browser.extensionId}/options.html`, { waitUntil: 'load' });
    await data(control, { type: 'setPrefs', patch: { syncIntervalMinutes: 1440 } });
    const before = sandbox.api.log.length;
    const { seller } = world.data;
    await data(control, { type: 'saveStore', name: 'Bench store', clientId: seller.clientId, apiKey: seller.apiKey });
    const full = await measureSync(browser, sandbox, control, before);
    opts.log(`  full sync: ${JSON.stringify(full)}`);

    const customers = customerChats(world);
    const step = 100;
    let changed = 0;
    for (let i = 0; i < customers.length; i += step) {
      world.receiveCustomerMessage(customers[i]!.chatId, 'Подскажите, когда отправите?');
      changed++;
    }
    const incremental = { ...(await measureSync(browser, sandbox, control, sandbox.api.log.length)), changedChats: changed };
    opts.log(`  incremental sync: ${JSON.stringify(incremental)}`);

    const popup = await measurePopup(browser, control, opts.popupRuns);
    opts.log(`  popup: ${JSON.stringify(popup)}`);
    return { chats: opts.chats, customerChats: customers.length, full, incremental, popup };
  } finally {
    await browser.close();
    await sandbox.close();
  }
}
