// The printed table (and results.json's `table`): one line per figure, next to its limit and the ratio.
import type { BenchResults } from './run';
import type { ListResult } from './annotate';
import { fmtBytes, fmtMs, fmtRatio } from './stats';

export interface Row {
  part: string;
  what: string;
  measured: string;
  limit: string;
  ratio: string;
  note: string;
}

const NA = 'n/a';

function listRows(part: string, label: string, list: ListResult | undefined): Row[] {
  if (!list) return [];
  const rows: Row[] = [];
  for (const s of list.sizes) {
    const note = s.error ? `n/a: ${s.error}` : '';
    rows.push({
      part,
      what: `${label}, ${s.rows.toLocaleString('en')} rows: re-render → all judged`,
      measured: fmtMs(s.rerenderLatencyMs),
      limit: fmtMs(s.limitMs),
      ratio: fmtRatio(s.ratio),
      note: note || `new row nodes via __replica.rerender(); of it, waiting for the next frame ${fmtMs(s.rerenderFrameWaitMs)}; n=${s.samples.rerender}`,
    });
    rows.push({
      part,
      what: `${label}, ${s.rows.toLocaleString('en')} rows: first load → all judged`,
      measured: fmtMs(s.firstLoadMs),
      limit: fmtMs(s.limitMs),
      ratio: fmtRatio(s.firstLoadRatio),
      note: note || `from the list in the DOM, incl. the content script's start; n=${s.samples.firstLoad}`,
    });
    rows.push({
      part,
      what: `${label}, ${s.rows.toLocaleString('en')} rows: +100 rows by scrolling`,
      measured: fmtMs(s.scrollPer100LatencyMs),
      limit: fmtMs(s.scrollLimitMs),
      ratio: fmtRatio(s.scrollRatio),
      note: note || `limit: setAttribute on the 100 new rows; n=${s.samples.scroll}`,
    });
  }
  return rows;
}

const mib = (b: number | null) => (b === null ? NA : `${(b / 1024 / 1024).toFixed(1)} MiB`);

export function tableRows(r: BenchResults): Row[] {
  const rows: Row[] = [];
  rows.push(...listRows('1', 'chat list', r.chats));
  rows.push(...listRows('2', 'orders', r.orders));
  if (r.scam) {
    rows.push({
      part: '3',
      what: `scam detector, ${r.scam.messages.toLocaleString('en')} messages (Node)`,
      measured: `${r.scam.perSecond.toLocaleString('en')} msg/s`,
      limit: `${r.scam.limitPerSecond.toLocaleString('en')} msg/s`,
      ratio: fmtRatio(r.scam.ratio),
      note: `limit: lower-case + 1 regex of all rule terms; ${r.scam.distinct} distinct, ${r.scam.avgChars} chars avg; n=${r.scam.runs}`,
    });
  }
  if (r.sync) {
    const { full, incremental, popup } = r.sync;
    const paths = (p: Record<string, number>) =>
      Object.entries(p)
        .map(([k, v]) => `${k.replace(/^\/v\d+\//, '')} ${v}`)
        .join(', ');
    rows.push({
      part: '4',
      what: `sync, ${r.sync.chats.toLocaleString('en')} chats (${r.sync.customerChats.toLocaleString('en')} customer): wall time`,
      measured: fmtMs(full.wallMs),
      limit: fmtMs(full.limitMs),
      ratio: fmtRatio(full.ratio),
      note: full.error ? `n/a: ${full.error}` : `${full.requests} requests (${paths(full.byPath)}), ${full.failed} failed; limit = requests at 50/s`,
    });
    rows.push({
      part: '4',
      what: 'sync: wall time less the replica\'s own handler time',
      measured: fmtMs(full.wallLessReplicaMs),
      limit: fmtMs(full.limitMs),
      ratio: fmtRatio(full.ratioLessReplica),
      note: `replica handlers ${fmtMs(full.replicaMs)} (${paths(full.replicaByPath)} ms) on the same cores`,
    });
    const slow = r.sync.withLatency;
    if (slow) {
      rows.push({
        part: '4',
        what: `sync, ${slow.chats} chats, every answer ${slow.delayMs} ms late: wall time`,
        measured: fmtMs(slow.wallMs),
        limit: fmtMs(slow.limitMs),
        ratio: fmtRatio(slow.ratio),
        note: slow.error
          ? `n/a: ${slow.error}`
          : `${slow.requests} requests at ${((slow.requests / slow.wallMs) * 1000).toFixed(1)}/s on average (peak ${slow.peakPerSecond}/s): a real network's round trip, replica 'slow' fault`,
      });
    }
    rows.push({
      part: '4',
      what: 'sync: most requests in any 1 s',
      measured: String(full.peakPerSecond),
      limit: '50',
      ratio: fmtRatio(full.peakPerSecond / 50),
      note: `server arrival times; shortest span of 51 requests ${fmtMs(full.shortestSpanOf51Ms)}`,
    });
    rows.push({
      part: '4',
      what: 'sync: background peak JS heap',
      measured: mib(full.peakHeapBytes),
      limit: mib(full.heapBeforeBytes),
      ratio: fmtRatio(full.peakHeapBytes !== null && full.heapBeforeBytes ? full.peakHeapBytes / full.heapBeforeBytes : null),
      note: `CDP Runtime.getHeapUsage on the service worker every 250 ms (${full.heapSamples} samples); limit = its heap before the sync`,
    });
    const minimum = (incremental.byPath['/v3/chat/list'] ?? 0) + (incremental.changedChats ?? 0);
    rows.push({
      part: '4',
      what: `incremental sync, ${incremental.changedChats ?? 0} chats changed (1 %)`,
      measured: fmtMs(incremental.wallMs),
      limit: fmtMs(incremental.limitMs),
      ratio: fmtRatio(incremental.ratio),
      note: incremental.error
        ? `n/a: ${incremental.error}`
        : `${incremental.requests} requests (${paths(incremental.byPath)}; minimum ${minimum} = list pages + changed chats); less replica time ${fmtMs(incremental.wallLessReplicaMs)} (${fmtRatio(incremental.ratioLessReplica)}); peak ${incremental.peakPerSecond}/s; heap peak ${mib(incremental.peakHeapBytes)}`,
    });
    rows.push({
      part: '5',
      what: `popup: open → first list, ${popup.unansweredInCache.toLocaleString('en')} unanswered cached`,
      measured: fmtMs(popup.firstListMs),
      limit: fmtMs(popup.limitMs),
      ratio: fmtRatio(popup.ratio),
      note: popup.error
        ? `n/a: ${popup.error}`
        : `${popup.shown ?? NA} rows in the first list; limit = page DOMContentLoaded ${fmtMs(popup.limitParts.domContentLoadedMs)} + message round trip ${fmtMs(popup.limitParts.pingMs)} + IndexedDB getAll(chats) ${fmtMs(popup.limitParts.idbGetAllMs)}; n=${popup.runs}`,
    });
  } else if (r.skipped.sync) {
    rows.push({ part: '4–5', what: 'sync and popup', measured: NA, limit: NA, ratio: NA, note: r.skipped.sync });
  }
  for (const s of r.sizes ?? []) {
    rows.push({ part: '6', what: `size: ${s.name}`, measured: `${fmtBytes(s.raw)} raw`, limit: '', ratio: '', note: `${fmtBytes(s.gzip)} gzip; ${s.files.length} file(s)` });
  }
  return rows;
}

export function renderTable(rows: readonly Row[]): string {
  const head: Row = { part: '#', what: 'figure', measured: 'measured', limit: 'limit', ratio: 'ratio', note: 'notes' };
  const all = [head, ...rows];
  const keys = ['part', 'what', 'measured', 'limit', 'ratio'] as const;
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(...all.map((r) => r[k].length))])) as Record<(typeof keys)[number], number>;
  const line = (r: Row) => `${r.part.padEnd(width.part)}  ${r.what.padEnd(width.what)}  ${r.measured.padStart(width.measured)}  ${r.limit.padStart(width.limit)}  ${r.ratio.padStart(width.ratio)}  ${r.note}`;
  return [line(head), '-'.repeat(line(head).length), ...rows.map(line)].join('\n');
}
