// The in-page probe (JS source, run in the portal page's main world before its scripts). It
// - sets the replica's first list page to `initialRows` and its periodic refresh out of the way (the boot object is
//   assigned by the shell; a setter catches it), so one load shows N rows and nothing re-renders behind the bench;
// - counts rows added (`rowSelector`) and rows marked for the first time (`attr` set) in one MutationObserver,
//   created before the content script's, so its callback runs first in each microtask checkpoint;
// - per armed epoch records: tAdded (all expected rows are in the DOM), tFrame (the first animation frame after
//   that: the content script's observer batches per frame and registers its frame callback after ours, so
//   tDone − tFrame is the extension's own work, without the frame wait) and tDone (every new row marked).
// Plain JS source (not a serialised function), so no bundler helper can leak into the page.

export interface ProbeConfig {
  rowSelector: string;
  attr: string;
  initialRows: number;
}

export interface EpochResult {
  expected: number;
  added: number;
  marked: number;
  tAdded: number | null;
  tFrame: number | null;
  tDone: number | null;
}

export function probeSource(cfg: ProbeConfig): string {
  return `(() => {
  const CFG = ${JSON.stringify(cfg)};
  let boot;
  Object.defineProperty(window, '__REPLICA_BOOT__', {
    configurable: true,
    get() { return boot; },
    set(v) {
      if (v && typeof v === 'object') { v.refreshMs = 1e9; v.pageSize = CFG.initialRows; }
      boot = v;
    },
  });
  const seen = new WeakSet();
  let epoch = null;
  function arm(expected) {
    let resolve;
    const done = new Promise((r) => (resolve = r));
    epoch = { expected, added: 0, marked: 0, tAdded: null, tFrame: null, tDone: null, resolve, done };
    return epoch;
  }
  function view(e) {
    return { expected: e.expected, added: e.added, marked: e.marked, tAdded: e.tAdded, tFrame: e.tFrame, tDone: e.tDone };
  }
  const mo = new MutationObserver((records) => {
    const e = epoch;
    if (!e) return;
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1) continue;
          let k = n.matches(CFG.rowSelector) ? 1 : 0;
          if (n.firstElementChild) k += n.querySelectorAll(CFG.rowSelector).length;
          e.added += k;
        }
      } else {
        const t = r.target;
        if (!seen.has(t) && t.hasAttribute(CFG.attr) && t.isConnected && t.matches(CFG.rowSelector)) {
          seen.add(t);
          e.marked++;
        }
      }
    }
    if (e.tAdded === null && e.added >= e.expected) {
      e.tAdded = performance.now();
      requestAnimationFrame(() => { if (e.tFrame === null) e.tFrame = performance.now(); });
    }
    if (e.tDone === null && e.tAdded !== null && e.marked >= e.expected) {
      e.tDone = performance.now();
      e.resolve();
    }
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: [CFG.attr] });
  arm(CFG.initialRows);
  window.__bench = {
    arm(expected) { arm(expected); },
    async wait(timeoutMs) {
      const e = epoch;
      await Promise.race([e.done, new Promise((r) => setTimeout(r, timeoutMs))]);
      return view(e);
    },
    current() { return epoch && view(epoch); },
    rowCount() { return document.querySelectorAll(CFG.rowSelector).length; },
    /** The limit: a bare querySelectorAll over the rows and one setAttribute each (an attribute nobody observes). */
    /** (Each run repeats the pass 10 times and reports the mean: the page's clock ticks in 0.1 ms.) */
    limit(runs) {
      const out = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        for (let k = 0; k < 10; k++) {
          const rows = document.querySelectorAll(CFG.rowSelector);
          for (const row of rows) row.setAttribute('data-bench-limit', String(i * 10 + k));
        }
        out.push((performance.now() - t) / 10);
      }
      return out;
    },
    /** The limit for one scroll page: one setAttribute on each of the n rows just added. */
    limitLast(n, runs) {
      const out = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        for (let k = 0; k < 10; k++) {
          // The new rows are the list's last children: reached from its end, not by a query over the whole list.
          const first = document.querySelector(CFG.rowSelector);
          let row = first && first.parentElement.lastElementChild;
          for (let j = 0; j < n && row; j++, row = row.previousElementSibling) row.setAttribute('data-bench-limit-last', String(i * 10 + k));
        }
        out.push((performance.now() - t) / 10);
      }
      return out;
    },
    /** Loads the next page of n rows as a seller's scroll does. */
    scrollMore(n) {
      window.__REPLICA_BOOT__.pageSize = n;
      const first = document.querySelector(CFG.rowSelector);
      let scroller = first && first.parentElement;
      while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement;
      if (!scroller) return false;
      scroller.scrollTop = scroller.scrollHeight;
      scroller.dispatchEvent(new Event('scroll'));
      return true;
    },
  };
})();`;
}
