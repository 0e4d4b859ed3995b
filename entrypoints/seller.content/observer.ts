// One MutationObserver for every feature of the content script: it watches added nodes and text edited in place
// (no polling) and hands each subscriber the new element roots once per frame — an edited text counts as its
// parent element added, so a preview the portal rewrites in place is read again. Our own additions are skipped,
// so a feature that adds a badge never wakes itself up. Features may also watch a few named attributes (e.g. the
// scam guard's data-sidekick-risk on a row) through the same observer.
/**
 * `roots`: elements added, or whose text or link target changed in place (re-read them and what they hold).
 * `removedFrom`: elements that lost a child (re-read the row around them; a list that lost rows only recounts).
 */
export type AddedCallback = (roots: readonly Element[], removedFrom: readonly Element[]) => void;
export type AttributesCallback = (elements: readonly Element[]) => void;

export interface PageObserver {
  /** Calls `callback` at once with `document.body`, then with the roots of elements added since the last call. */
  onAdded(callback: AddedCallback): () => void;
  /** Calls `callback` once per frame with the elements whose named attributes changed. */
  onAttributes(names: readonly string[], callback: AttributesCallback): () => void;
  disconnect(): void;
}

/** Elements the extension adds carry this attribute (or live inside <seller-sidekick>); the observer ignores them. */
export const OWNED_ATTRIBUTE = 'data-sidekick-owned';
/** The sidebar's shadow host (entrypoints/seller.content/sidebar/index.tsx). */
export const HOST_TAG = 'seller-sidekick';
/** Our host, our additions, and everything inside either. */
export const OURS_SELECTOR = `${HOST_TAG}, [${OWNED_ATTRIBUTE}]`;

function isOurs(node: Element): boolean {
  return node.localName === HOST_TAG || node.hasAttribute(OWNED_ATTRIBUTE);
}

/**
 * The element to hand on for a change inside `parent` (text edited, children added or removed): itself, unless it
 * is ours or inside ours, or an editable field (typing in the message box is no page content to read again).
 */
function changedRoot(parent: Element | null): Element | null {
  if (!parent) return null;
  return parent.closest(`${OURS_SELECTOR}, [contenteditable]:not([contenteditable="false"]), textarea`) ? null : parent;
}

/** Link targets are read (a row's chat id): a link pointed elsewhere in place is a changed row. */
const WATCHED_ALWAYS = ['href'];

function isOursNode(node: Node): boolean {
  return node.nodeType === 1 && isOurs(node as Element);
}

function safely(run: () => void): void {
  try {
    run();
  } catch (error) {
    // Fail soft: one feature's bug must not stop the others nor reach the page.
    console.warn('[seller-sidekick]', error);
  }
}

export function createPageObserver(
  root: HTMLElement = document.body,
  schedule: (run: () => void) => void = (run) => requestAnimationFrame(run),
): PageObserver {
  const callbacks = new Set<AddedCallback>();
  const attributeWatchers = new Map<AttributesCallback, ReadonlySet<string>>();
  let pending: Element[] = [];
  let removed: Element[] = [];
  const changed = new Map<AttributesCallback, Set<Element>>();
  let scheduled = false;
  let connected = true;

  const flush = () => {
    scheduled = false;
    const batch = pending.filter((el) => el.isConnected);
    const lost = [...new Set(removed)].filter((el) => el.isConnected);
    pending = [];
    removed = [];
    if (batch.length > 0 || lost.length > 0) {
      // Drop roots inside other roots of the same batch: subscribers query the subtree anyway. Sorting by depth
      // keeps this linear in practice (a whole list re-render adds one root per row, none inside another).
      // One text edited many times within a frame is one root.
      const set = new Set(batch);
      const roots = [...set].filter((el) => {
        for (let a = el.parentElement; a; a = a.parentElement) if (set.has(a)) return false;
        return true;
      });
      for (const callback of callbacks) safely(() => callback(roots, lost));
    }
    for (const [callback, elements] of [...changed]) {
      changed.delete(callback);
      const live = [...elements].filter((el) => el.isConnected);
      if (live.length > 0 && attributeWatchers.has(callback)) safely(() => callback(live));
    }
  };

  const request = () => {
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
  };

  const handle = (records: MutationRecord[]) => {
    let any = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        const el = record.target as Element;
        if (record.attributeName && WATCHED_ALWAYS.includes(record.attributeName)) {
          const root = changedRoot(el);
          if (root) {
            pending.push(root);
            any = true;
          }
        }
        for (const [callback, names] of attributeWatchers) {
          if (record.attributeName && names.has(record.attributeName)) {
            let set = changed.get(callback);
            if (!set) changed.set(callback, (set = new Set()));
            set.add(el);
            any = true;
          }
        }
        continue;
      }
      if (record.type === 'characterData') {
        const el = changedRoot(record.target.parentElement);
        if (el) {
          pending.push(el);
          any = true;
        }
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isOurs(node as Element)) {
          pending.push(node as Element);
          any = true;
        } else if (node.nodeType === Node.TEXT_NODE) {
          // `el.textContent = …` / `innerText = …` replace the text node: the element's text changed in place.
          const el = changedRoot(record.target as Element);
          if (el) {
            pending.push(el);
            any = true;
          }
        }
      }
      if ([...record.removedNodes].some((node) => !isOursNode(node))) {
        const el = changedRoot(record.target as Element);
        if (el) {
          removed.push(el);
          any = true;
        }
      }
    }
    if (any) request();
  };
  const observer = new MutationObserver(handle);

  const observe = () => {
    if (!connected) return;
    const names = new Set<string>();
    for (const set of attributeWatchers.values()) for (const name of set) names.add(name);
    // The attribute filter follows the subscribers: observe again with the new options, keeping pending records
    // (re-observing without a disconnect does not replace the options everywhere).
    const records = observer.takeRecords();
    observer.disconnect();
    if (records.length > 0) handle(records);
    for (const name of WATCHED_ALWAYS) names.add(name);
    observer.observe(root, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: [...names] });
  };
  observe();

  return {
    onAdded(callback) {
      callbacks.add(callback);
      safely(() => callback([root], []));
      return () => callbacks.delete(callback);
    },
    onAttributes(names, callback) {
      attributeWatchers.set(callback, new Set(names));
      observe();
      return () => {
        attributeWatchers.delete(callback);
        changed.delete(callback);
        observe();
      };
    },
    disconnect() {
      connected = false;
      observer.disconnect();
      callbacks.clear();
      attributeWatchers.clear();
      changed.clear();
      pending = [];
      removed = [];
    },
  };
}
