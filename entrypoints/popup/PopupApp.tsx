// The popup: unanswered customer chats over every store, longest waiting first, with a refresh and clear states.
import { useEffect, useState } from 'preact/hooks';
import { resolveLang } from '@/lib/i18n';
import { formatWaiting } from '@/lib/i18n/waiting';
import { pagesText } from '@/lib/i18n/pages-t';
import { ChatList } from '@/components/popup/ChatList';
import { NoticeView } from '@/components/popup/Notices';
import { openChat } from '@/components/popup/open-chat';
import { isStale, lastSyncedAt, overallProgress, popupNotices } from '@/components/popup/state';
import { usePopupData } from '@/components/popup/use-popup-data';

export interface PopupAppProps {
  /** Start a sync as soon as the cached state is shown (tests switch it off). */
  autoRefresh?: boolean;
  now?: () => number;
  open?: (chatId: string) => void;
}

export function PopupApp({ autoRefresh = true, now = Date.now, open = (id) => void openChat(id) }: PopupAppProps) {
  const data = usePopupData(autoRefresh);
  const lang = resolveLang(data.prefs?.language ?? 'auto', navigator.language);
  const p = (key: Parameters<typeof pagesText>[1], params?: Record<string, string | number>) => pagesText(lang, key, params);
  const [, tick] = useState(0);
  useEffect(() => {
    // The waiting times and "synced … ago" age while the popup stays open.
    const timer = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = p('popupTitle');
  }, [lang]);

  const notices = popupNotices({ stores: data.stores, report: data.report, progress: data.progress, loadError: data.loadError?.in(lang) ?? null });
  const running = overallProgress(data.progress);
  const syncedAt = lastSyncedAt(data.report, data.stores);
  const stale = isStale(data.report, syncedAt, data.prefs?.syncIntervalMinutes ?? 5, now());
  // The refresh and the sync line only where a sync can run: DOM-only stores and refused keys are skipped by it.
  const hasStores = (data.stores ?? []).some((s) => s.mode !== 'dom-only' && s.modeReason !== 'invalid-key');
  const chats = data.report?.chats ?? [];
  const loading = data.stores === null && !data.loadError;

  return (
    <main class="popup" lang={lang} aria-busy={loading || data.refreshing} data-refreshed={data.refreshCount}>
      <header class="popup-head">
        <h1>
          {p('popupTitle')}
          {chats.length > 0 && <span class="count"> ({chats.length})</span>}
        </h1>
        {hasStores && (
          <button type="button" class="refresh" onClick={data.refresh} disabled={data.refreshing} aria-describedby="sync-line">
            <span aria-hidden="true">↻</span> {data.refreshing ? p('popupRefreshing') : p('popupRefresh')}
          </button>
        )}
      </header>
      {hasStores && (
        <p id="sync-line" class="sync-line" role="status" aria-live="polite">
          {running ? (
            <span data-state="syncing">
              {running.total > 0 ? p('popupProgress', { done: running.done, total: running.total }) : p('popupListing', { listed: running.listed })}
              <progress max={Math.max(running.total, 1)} value={running.done} aria-hidden="true" />
            </span>
          ) : syncedAt === null ? (
            p('popupNeverSynced')
          ) : now() - syncedAt < 60_000 ? (
            p('popupSyncedJustNow')
          ) : (
            p('popupSynced', { ago: formatWaiting(now() - syncedAt, lang) })
          )}
          {stale && !running && syncedAt !== null && (
            <span class="stale" data-state="stale" title={p('popupStaleHint')}>
              {' '}
              <span aria-hidden="true">⏱</span> {p('popupStale')}
            </span>
          )}
        </p>
      )}
      {loading && <p class="hint">{p('popupLoading')}</p>}
      {notices.map((notice) => (
        <NoticeView key={notice.kind} notice={notice} lang={lang} />
      ))}
      {chats.length > 0 && <ChatList chats={chats} lang={lang} onOpen={open} />}
    </main>
  );
}
