// The popup's data: the cached state at once, then a refresh with live progress (polling every 500 ms, plus the
// background's push events when it sends them).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send, RequestError } from '@/lib/protocol/send';
import type { StoreSummary, UnansweredReport } from '@/lib/protocol/messages';
import { isBackgroundEvent } from '@/lib/protocol/events';
import type { Prefs } from '@/lib/prefs';
import type { SyncProgress } from '@/lib/protocol/sync';
import { isActive } from './state';

export const POLL_MS = 500;
/** A sync that reports no change for this long while the request has finished is not running (an interrupted one). */
const IDLE_GIVE_UP_MS = 30_000;

export interface PopupData {
  prefs: Prefs | null;
  stores: StoreSummary[] | null;
  report: UnansweredReport | null;
  progress: SyncProgress[];
  loadError: RequestError | null;
  refreshing: boolean;
  /** Refreshes finished since the popup opened (shown as data-refreshed: tests wait on it). */
  refreshCount: number;
  refresh: () => void;
}

function asRequestError(error: unknown): RequestError {
  return error instanceof RequestError ? error : new RequestError('internal', error instanceof Error ? error.message : String(error));
}

export function usePopupData(autoRefresh = true): PopupData {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [stores, setStores] = useState<StoreSummary[] | null>(null);
  const [report, setReport] = useState<UnansweredReport | null>(null);
  const [progress, setProgress] = useState<SyncProgress[]>([]);
  const [loadError, setLoadError] = useState<RequestError | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [refreshCount, setRefreshCount] = useState(0);
  const running = useRef(false);
  const mounted = useRef(true);

  const loadCached = useCallback(async () => {
    const [p, s, r, g] = await Promise.allSettled([
      send<'getPrefs'>({ type: 'getPrefs' }),
      send<'listStores'>({ type: 'listStores' }),
      send<'getUnanswered'>({ type: 'getUnanswered' }),
      send<'getSyncState'>({ type: 'getSyncState' }),
    ]);
    if (!mounted.current) return null;
    if (p.status === 'fulfilled') setPrefs(p.value);
    if (s.status === 'fulfilled') setStores(s.value);
    if (r.status === 'fulfilled') setReport(r.value);
    if (g.status === 'fulfilled') setProgress(g.value);
    const failed = [s, r].find((x): x is PromiseRejectedResult => x.status === 'rejected');
    setLoadError(failed ? asRequestError(failed.reason) : null);
    return s.status === 'fulfilled' ? s.value : null;
  }, []);

  const refresh = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setRefreshing(true);
    let requestDone = false;
    let lastChange = Date.now();
    let lastSeen = '';
    const syncRequest = send<'syncNow'>({ type: 'syncNow' })
      .then((p) => mounted.current && setProgress(p))
      .catch((error: unknown) => mounted.current && setLoadError(asRequestError(error)))
      .finally(() => (requestDone = true));
    try {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!mounted.current) return;
        const state = await send<'getSyncState'>({ type: 'getSyncState' }).catch(() => null);
        if (state) {
          setProgress(state);
          const seen = JSON.stringify(state);
          if (seen !== lastSeen) {
            lastSeen = seen;
            lastChange = Date.now();
          }
        }
        const active = state?.some(isActive) ?? false;
        if (requestDone && (!active || Date.now() - lastChange > IDLE_GIVE_UP_MS)) break;
      }
      await syncRequest;
    } finally {
      running.current = false;
      if (mounted.current) {
        await loadCached();
        setRefreshing(false);
        setRefreshCount((n) => n + 1);
      }
    }
  }, [loadCached]);

  useEffect(() => {
    mounted.current = true;
    const onEvent = (message: unknown) => {
      if (isBackgroundEvent(message)) setProgress(message.progress);
    };
    browser.runtime.onMessage.addListener(onEvent);
    void loadCached().then((list) => {
      if (autoRefresh && list && list.some((s) => s.mode !== 'dom-only')) void refresh();
    });
    return () => {
      mounted.current = false;
      browser.runtime.onMessage.removeListener(onEvent);
    };
  }, [loadCached, refresh, autoRefresh]);

  return { prefs, stores, report, progress, loadError, refreshing, refreshCount, refresh: () => void refresh() };
}
