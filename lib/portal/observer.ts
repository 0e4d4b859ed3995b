// One MutationObserver for every feature of the content script: it watches added nodes only (no attribute or text
// noise, no polling) and hands each subscriber the new element roots once per frame. Our own additions are skipped,
// so a feature that adds a badge never wakes itself up.
export type AddedCallback = (roots: readonly Element[]) => void;

export interface PageObserver {
  /** Calls `callback` at once with `document.body`, then with the roots of elements added since the last call. */
  onAdded(callback: AddedCallback): () => void;
  disconnect(): void;
}

/** Elements the extension adds carry this attribute (or live inside <seller-sidekick>); the observer ignores them. */
export const OWNED_ATTRIBUTE = 'data-sidekick-owned';
const HOST_TAG = 'SELLER-SIDEKICK';

function isOurs(node: Element): boolean {
  return node.tagName === HOST_TAG || node.hasAttribute(OWNED_ATTRIBUTE);
}

export function createPageObserver(
  root: HTMLElement = document.body,
  schedule: (run: () => void) => void = (run) => requestAnimationFrame(run),
): PageObserver {
  const callbacks = new Set<AddedCallback>();
  let pending: Element[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = pending.filter((el) => el.isConnected);
    pending = [];
    if (batch.length === 0) return;
    // Drop roots inside other roots of the same batch: subscribers query the subtree anyway.
    const roots = batch.filter((el) => !batch.some((other) => other !== el && other.contains(el)));
    for (const callback of callbacks) {
      try {
        callback(roots);
      } catch (error) {
        // Fail soft: one feature's bug must not stop the others nor reach the page.
        console.warn('[seller-sidekick]', error);
      }
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isOurs(node as Element)) pending.push(node as Element);
      }
    }
    if (pending.length > 0 && !scheduled) {
      scheduled = true;
      schedule(flush);
    }
  });
  observer.observe(root, { childList: true, subtree: true });

  return {
    onAdded(callback) {
      callbacks.add(callback);
      try {
        callback([root]);
      } catch (error) {
        console.warn('[seller-sidekick]', error);
      }
      return () => callbacks.delete(callback);
    },
    disconnect() {
      observer.disconnect();
      callbacks.clear();
      pending = [];
    },
  };
}
