// The popup: unanswered customer chats over every store, longest waiting first, with a refresh and clear states.
import { useEffect, useState } from 'preact/hooks';
import { resolveLang, t } from '@/lib/i18n';
import { formatWaiting } from '@/lib/i18n/waiting';
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
  const [, tick] = useState(0);
  useEffect(() => {
    // The waiting times and "synced … ago" age while the popup stays open.
    const timer = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'popupTitle');
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
          {t(lang, 'popupTitle')}
          {chats.length > 0 && <span class="count"> ({chats.length})</span>}
        </h1>
        {hasStores && (
          <button type="button" class="refresh" onClick={data.refresh} disabled={data.refreshing} aria-describedby="sync-line">
            <span aria-hidden="true">↻</span> {data.refreshing ? t(lang, 'popupRefreshing') : t(lang, 'popupRefresh')}
          </button>
        )}
      </header>
      {hasStores && (
        <p id="sync-line" class="sync-line" role="status" aria-live="polite">
          {running ? (
            <span data-state="syncing">
              {running.total > 0 ? t(lang, 'popupProgress', { done: running.done, total: running.total }) : t(lang, 'popupListing', { listed: running.listed })}
              <progress max={Math.max(running.total, 1)} value={running.done} aria-hidden="true" />
            </span>
          ) : syncedAt === null ? (
            t(lang, 'popupNeverSynced')
          ) : now() - syncedAt < 60_000 ? (
            t(lang, 'popupSyncedJustNow')
          ) : (
            t(lang, 'popupSynced', { ago: formatWaiting(now() - syncedAt, lang) })
          )}
          {stale && !running && syncedAt !== null && (
            <span class="stale" data-state="stale" title={t(lang, 'popupStaleHint')}>
              {' '}
              <span aria-hidden="true">⏱</span> {t(lang, 'popupStale')}
            </span>
          )}
        </p>
      )}
      {loading && <p class="hint">{t(lang, 'popupLoading')}</p>}
      {notices.map((notice) => (
        <NoticeView key={notice.kind} notice={notice} lang={lang} />
      ))}
      {chats.length > 0 && <ChatList chats={chats} lang={lang} onOpen={open} />}
    </main>
  );
}
