// The environment of one navigation: the user's preferences and what the background says of the stores (no keys),
// asked ONCE per navigation — one getPrefs, one getStatus — and handed to every feature and the sidebar. While the
// page stays, changes are pushed by the background (lib/protocol/page-events.ts), never polled. A navigation starts
// from what the previous one knew, so a restart shows the same marks at once while the answers come.
import { browser } from 'wxt/browser';
import type { Prefs, PrefsPatch } from '@/lib/prefs';
import type { SenderInfo, StatusReport } from '@/lib/protocol/messages';
import { classifyPageEventSender, parsePageEvent } from '@/lib/protocol/page-events';
import { send as defaultSend } from '@/lib/protocol/send';
import { onAbort, type Lifecycle } from './lifecycle';

export interface SettingsValues {
  /** The user's preferences; null until the background answered once. */
  readonly prefs: Prefs | null;
  /** The stores' status (whether the API may be asked); null until known. */
  readonly status: StatusReport | null;
}

export interface PageSettings extends SettingsValues {
  /** True when this navigation's getPrefs failed and no preferences are known (the sidebar says so). */
  readonly unreachable: boolean;
  /** Settles once this navigation's answers came (or failed). */
  readonly ready: Promise<void>;
  /** Calls `listener` after each answer, push or change made here, until `signal` aborts. */
  onChange(listener: () => void, signal: AbortSignal): void;
  /** A preference changed in this tab: shown at once, sent to the background (whose push tells every tab). */
  savePrefs(patch: PrefsPatch): Promise<void>;
}

/** What the navigation loop holds: the settings, and the door for the background's pushes. */
export interface NavigationSettings extends PageSettings {
  receive(values: { prefs: Prefs; status: StatusReport }): void;
}

export interface LoadOptions {
  /** Aborted when the navigation ends: nothing is told after it. */
  signal: AbortSignal;
  send?: typeof defaultSend;
  /** What the previous navigation knew. */
  previous?: SettingsValues | null;
}

export function loadSettings({ signal, send = defaultSend, previous = null }: LoadOptions): NavigationSettings {
  let prefs = previous?.prefs ?? null;
  let status = previous?.status ?? null;
  let unreachable = false;
  /** Counts pushes and changes made here: an answer to a question asked before one of them is older than it. */
  let version = 0;
  const listeners = new Set<() => void>();

  const notify = () => {
    if (signal.aborted) return;
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.warn('[seller-sidekick]', error);
      }
    }
  };

  const askedAt = version;
  const ready = Promise.allSettled([send({ type: 'getPrefs' }), send({ type: 'getStatus' })]).then(([p, s]) => {
    if (signal.aborted) return;
    const overtaken = version !== askedAt;
    if (p.status === 'fulfilled' && !overtaken) prefs = p.value;
    if (s.status === 'fulfilled' && !overtaken) status = s.value;
    unreachable = p.status === 'rejected' && prefs === null;
    notify();
  });

  return {
    get prefs() {
      return prefs;
    },
    get status() {
      return status;
    },
    get unreachable() {
      return unreachable;
    },
    ready,
    onChange(listener, until) {
      if (until.aborted) return;
      listeners.add(listener);
      onAbort(until, () => listeners.delete(listener));
    },
    async savePrefs(patch) {
      if (prefs) {
        prefs = { ...prefs, ...patch };
        version++;
        notify();
      }
      await send({ type: 'setPrefs', patch });
    },
    receive(values) {
      prefs = values.prefs;
      status = values.status;
      unreachable = false;
      version++;
      notify();
    },
  };
}

/**
 * Hands every settings push of the background to `onSettings` for the content script's life. Only the extension's
 * own messages count, and only whole (lib/protocol/page-events.ts); anything else is dropped without an answer.
 */
export function listenForSettings(lifecycle: Lifecycle, onSettings: (values: { prefs: Prefs; status: StatusReport }) => void): void {
  const extensionOrigin = browser.runtime.getURL('/');
  const listener = (raw: unknown, sender: SenderInfo): undefined => {
    const event = parsePageEvent(raw, classifyPageEventSender(sender, browser.runtime.id, extensionOrigin));
    if (event?.type === 'sidekick:settings') onSettings({ prefs: event.prefs, status: event.status });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  onAbort(lifecycle.signal, () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension is gone, and its listeners with it.
    }
  });
}
