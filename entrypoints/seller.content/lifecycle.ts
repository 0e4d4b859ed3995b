// The content script's own lifecycle, which no page script can drive. WXT's ContentScriptContext stops itself when
// a "<id>:seller:wxt:content-script-started" CustomEvent reaches the page's `document`, and reports navigation with a
// "<id>:seller:wxt:locationchange" event on the page's `window`: the DOM is shared with the page, so a page script
// can dispatch both (the first switched the extension off, the second threw in our listeners). So we register
// nothing on WXT's context (its signal, its events, its UI helpers): our lifetime is an AbortController that ends
// only when the extension itself is gone (reloaded, updated, removed: `browser.runtime.id` disappears), and
// navigation is read from `location.href` in our isolated world. Events are only hints to look again; a forged
// one finds the same URL and does nothing. README, Security, says more.
import { browser } from 'wxt/browser';

export interface Lifecycle {
  readonly signal: AbortSignal;
  readonly isValid: boolean;
  /** Runs `cb` once when the content script ends; answers a function that drops it. */
  onInvalidated(cb: () => void): () => void;
}

export interface OwnLifecycle extends Lifecycle {
  /** False, and the lifecycle ended, once the extension that injected this script is gone. */
  checkAlive(): boolean;
  end(): void;
}

/**
 * Runs `cleanup` once when `signal` aborts (at once when it already has): what a feature or the sidebar added and
 * cannot hang on the signal itself (an observer subscription, a node, a timer). A failing cleanup stays inside the
 * extension and does not stop the next one.
 */
export function onAbort(signal: AbortSignal, cleanup: () => void): void {
  const run = () => {
    try {
      cleanup();
    } catch (error) {
      console.warn('[seller-sidekick]', error);
    }
  };
  if (signal.aborted) run();
  else signal.addEventListener('abort', run, { once: true });
}

/** Whether the extension that injected this script still exists (an orphaned script loses its runtime id). */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

export function createLifecycle(alive: () => boolean = extensionAlive): OwnLifecycle {
  const controller = new AbortController();
  const lifecycle: OwnLifecycle = {
    get signal() {
      return controller.signal;
    },
    get isValid() {
      return !controller.signal.aborted;
    },
    onInvalidated(cb) {
      if (controller.signal.aborted) {
        cb();
        return () => {};
      }
      const listener = () => cb();
      controller.signal.addEventListener('abort', listener, { once: true });
      return () => controller.signal.removeEventListener('abort', listener);
    },
    checkAlive() {
      if (controller.signal.aborted) return false;
      if (alive()) return true;
      lifecycle.end();
      return false;
    },
    end() {
      if (!controller.signal.aborted) controller.abort();
    },
  };
  return lifecycle;
}

export interface LocationWatchOptions {
  /** How often the URL is read when no hint came (the portal's router uses pushState, which fires no event). */
  intervalMs?: number;
  win?: Window & typeof globalThis;
}

/**
 * Calls `onChange(href)` after each change of the page's URL, read from `location.href`. The navigation API's
 * `currententrychange` and `popstate` make it look at once; a timer looks every `intervalMs` in any case.
 */
export function watchLocation(lifecycle: OwnLifecycle, onChange: (href: string) => void, options: LocationWatchOptions = {}): void {
  const win = options.win ?? window;
  let last = win.location.href;
  const look = () => {
    if (!lifecycle.checkAlive()) return;
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const hint = () => {
    try {
      look();
    } catch (error) {
      console.warn('[seller-sidekick]', error);
    }
  };
  const timer = win.setInterval(hint, options.intervalMs ?? 250);
  onAbort(lifecycle.signal, () => win.clearInterval(timer));
  win.addEventListener('popstate', hint, { signal: lifecycle.signal });
  const navigation = (win as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('currententrychange', hint, { signal: lifecycle.signal });
}
