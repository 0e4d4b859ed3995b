// `npm run bench`: every figure of issue 8 in one run, in Debian's Chromium with the production build, each next
// to its limit (the physical floor for the same job on the same machine, measured in the same run where it can be).
// Prints a table and writes bench/results.json. Benchmarks report; they never fail the tests.
//   --no-build        use .output/chrome-mv3 as it is (default: rebuild it when older than its sources)
//   --only=a,b        run some parts only: sizes, scam, chats, orders, sync (sync includes the popup)
//   --quick           fewer runs and a smaller sync world, for trying the bench itself (not for the README)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startSandbox } from '../sandbox/main';
import { ensureBuild } from '../tests/e2e/build';
import { CHROME_BUILD, ROOT } from '../tests/e2e/harness';
import { benchList, CHAT_LIST, ORDERS_LIST, type ListResult } from './annotate';
import { launchBench } from './browser';
import { describeMachine } from './machine';
import { benchScam, type ScamResult } from './scam';
import { measureSizes, type SizeEntry } from './sizes';
import { benchLatencySync, benchSync, type SyncBenchResult } from './sync';
import { renderTable, tableRows } from './table';

export interface BenchResults {
  takenAt: string;
  durationS: number;
  machine: ReturnType<typeof describeMachine>;
  quick: boolean;
  sizes?: SizeEntry[];
  scam?: ScamResult;
  chats?: ListResult;
  orders?: ListResult;
  sync?: SyncBenchResult;
  /** Parts that could not run, with the reason. */
  skipped: Record<string, string>;
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wants = (part: string) => !only || only.includes(part);
const log = (line: string) => console.log(line);

function waitForOtherBuilds(): void {
  // Several helpers share this tree: a `wxt build` of theirs rewrites .output/ (one build at a time).
  for (let i = 0; i < 120; i++) {
    let running = '';
    try {
      running = execFileSync('pgrep', ['-f', 'wxt build'], { encoding: 'utf8' }).trim();
    } catch {
      return; // pgrep exits 1 when nothing matches
    }
    if (!running) return;
    if (i === 0) log('[bench] another `wxt build` is running; waiting for it');
    execFileSync('sleep', ['2']);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const machine = describeMachine();
  log(`[bench] ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage1m}, ${machine.memoryGiB} GiB; ${machine.chromium}; Node ${machine.node}`);
  if (!args.includes('--no-build')) {
    waitForOtherBuilds();
    ensureBuild(ROOT, 'chrome', log);
  }
  const results: BenchResults = { takenAt: new Date().toISOString(), durationS: 0, machine, quick, skipped: {} };

  if (wants('sizes')) {
    log('[bench] 6. sizes');
    results.sizes = measureSizes(CHROME_BUILD);
  }
  if (wants('scam')) {
    log('[bench] 3. scam detector (Node)');
    results.scam = benchScam(100_000, quick ? 2 : 5);
    log(`  ${JSON.stringify(results.scam)}`);
  }
  if (wants('chats') || wants('orders')) {
    // One world for both lists: 5,000 chat rows and 2,000 shipments, plus room for the scroll pages after them.
    const loads = quick ? 1 : 3;
    const sandbox = await startSandbox({ chats: 6_200, postings: 2_400, validate: false });
    const browser = await launchBench(sandbox);
    try {
      if (wants('chats')) {
        log('[bench] 1. chat list');
        results.chats = await benchList(browser, CHAT_LIST, quick ? [500, 2_000] : [500, 2_000, 5_000], { loads, rerenders: 3, scrolls: 3, log });
      }
      if (wants('orders')) {
        log('[bench] 2. orders list');
        results.orders = await benchList(browser, ORDERS_LIST, [500, 2_000], { loads, rerenders: 3, scrolls: 3, log });
      }
    } finally {
      await browser.close();
      await sandbox.close();
    }
  }
  if (wants('sync')) {
    log('[bench] 4–5. sync and popup');
    try {
      results.sync = await benchSync({ chats: quick ? 2_000 : 10_000, unanswered: quick ? 300 : 1_000, popupRuns: quick ? 2 : 5, log });
      results.sync.withLatency = await benchLatencySync({ chats: quick ? 300 : 600, delayMs: 50, log });
    } catch (error) {
      results.skipped.sync = (error as Error).message;
    }
  }

  results.durationS = Math.round((Date.now() - started) / 1000);
  const rows = tableRows(results);
  console.log('');
  console.log(`Seller Sidekick bench — ${results.takenAt}${quick ? ' (--quick: not for the README)' : ''}`);
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores (load ${machine.loadAverage1m} at start), ${machine.memoryGiB} GiB; ${machine.chromium}; Node ${machine.node}`);
  console.log(renderTable(rows));
  console.log(`(${results.durationS} s in all; medians of several runs; ratio = measured / limit, 1.00× is the floor)`);
  for (const [part, reason] of Object.entries(results.skipped)) console.log(`n/a ${part}: ${reason}`);
  const file = path.join(import.meta.dirname, 'results.json');
  fs.writeFileSync(file, `${JSON.stringify({ ...results, table: rows }, null, 2)}\n`);
  console.log(`Wrote ${path.relative(ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
