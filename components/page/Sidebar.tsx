import { useEffect, useRef, useState } from 'preact/hooks';
import { resolveLang, t, type Lang, type MessageKey } from '@/lib/i18n';
import type { Prefs } from '@/lib/prefs';
import type { PageSettings } from '../../entrypoints/seller.content/env';
import type { PageKind } from '../../entrypoints/seller.content/portal/page-kind';
import type { PageState, PageStateStore } from '../../entrypoints/seller.content/page-state';
import { onCommand } from '../../entrypoints/seller.content/commands';
import { dockPage } from '../../entrypoints/seller.content/portal/dock';
import { PORTAL_FILTERS, type PortalFilter } from '@/lib/presets/filters';
import { filterLabel } from '@/lib/presets/filter-label';
import { Presets } from './presets/Presets';
import { LayoutReportPanel } from './LayoutReportPanel';
import { personOnly } from '../../entrypoints/seller.content/trusted-input';
import { useSettings } from './use-settings';
import { MAX_WIDTH, MIN_WIDTH, useResize } from './use-resize';

export interface SidebarProps {
  page: PageKind;
  /** What the page's features report (unrecognised parts, suspicious dialogues, presets). */
  state: PageStateStore;
  /** The navigation's preferences (entrypoints/seller.content/env.ts): loaded once, kept current by the background. */
  settings: PageSettings;
}

function pageLabel(lang: Lang, page: PageKind): string {
  if (page.kind === 'messenger') return t(lang, 'pageMessenger');
  if (page.kind === 'orders') return t(lang, 'pageOrders');
  return t(lang, 'pageUnknown');
}

/** A part name reported by a feature, in words (unknown names are shown as they are). */
/** The adapters' target names (entrypoints/seller.content/portal/messenger) the sidebar can name in the user's words. */
const PART_KEYS: Partial<Record<string, MessageKey>> = {
  'chat-list': 'partChatList',
  'chat-rows': 'partChatRows',
  'row-names': 'partRowNames',
  'open-chat': 'partOpenChat',
  'chat-header': 'partChatHeader',
  'message-box': 'partMessageBox',
};

export function partLabel(lang: Lang, part: string): string {
  if (part.startsWith('filter:')) {
    const filter = part.slice('filter:'.length) as PortalFilter;
    if ((PORTAL_FILTERS as readonly string[]).includes(filter)) return t(lang, 'partFilter', { label: filterLabel(filter, lang) });
  }
  const key = PART_KEYS[part];
  return key ? t(lang, key) : part;
}

export function Sidebar({ page, state, settings }: SidebarProps) {
  const { prefs, unreachable } = useSettings(settings);
  const [pageState, setPageState] = useState<PageState>(state.get());
  const [error, setError] = useState(false);
  const prefsRef = useRef<Prefs | null>(null);
  prefsRef.current = prefs;

  useEffect(() => state.subscribe(setPageState), [state]);

  const saveSidebar = (sidebar: Prefs['sidebar']) => {
    if (!prefsRef.current) return;
    settings.savePrefs({ sidebar }).catch(() => setError(true));
  };
  const setOpen = (open: boolean) => {
    const current = prefsRef.current;
    if (current) saveSidebar({ ...current.sidebar, open });
  };
  const resize = useResize(prefs?.sidebar.width ?? MIN_WIDTH, (width) => {
    const current = prefsRef.current;
    if (current) saveSidebar({ ...current.sidebar, width });
  });

  // Give the open sidebar room on the page; take it back when collapsed or gone.
  const dockWidth = prefs?.sidebar.open ? (resize.dragWidth ?? prefs.sidebar.width) : 0;
  useEffect(() => dockPage(dockWidth), [dockWidth]);
  useEffect(() => () => dockPage(0), []);

  useEffect(
    () =>
      onCommand((command) => {
        const current = prefsRef.current;
        if (command === 'toggle-sidebar' && current) setOpen(!current.sidebar.open);
      }),
    [settings],
  );

  const lang = resolveLang(prefs?.language ?? 'auto', document.documentElement.lang || navigator.language);
  if (!prefs) {
    return unreachable || error ? (
      <div class="sk-panel sk-note" role="alert">
        {t(lang, 'errorBackground')}
      </div>
    ) : null;
  }

  if (!prefs.sidebar.open) {
    return (
      <button type="button" class="sk-tab" aria-label={t(lang, 'sidebarExpand')} onClick={personOnly(() => setOpen(true))}>
        {t(lang, 'sidebarTitle')}
        {pageState.suspicious > 0 && <span class="sk-badge">{pageState.suspicious}</span>}
        {pageState.tagUnreadable && (
          <span class="sk-badge sk-notice-mark" data-sidekick-notice="tag-unreadable" title={t(lang, 'noticeTagUnreadableShort')}>
            !
          </span>
        )}
      </button>
    );
  }

  const unrecognised = [...new Set(Object.values(pageState.unrecognised).flat())];
  const width = resize.dragWidth ?? prefs.sidebar.width;

  return (
    <aside class="sk-panel" style={{ width: `${width}px` }} aria-label={t(lang, 'sidebarTitle')} lang={lang}>
      <div
        class="sk-resize"
        role="separator"
        aria-orientation="vertical"
        aria-valuemin={MIN_WIDTH}
        aria-valuemax={MAX_WIDTH}
        aria-valuenow={width}
        aria-label={t(lang, 'sidebarResize')}
        title={t(lang, 'sidebarResize')}
        tabIndex={0}
        onPointerDown={resize.startResize}
        onKeyDown={resize.resizeByKey}
      />
      <div class="sk-header">
        <h2 class="sk-title">{t(lang, 'sidebarTitle')}</h2>
        <button type="button" aria-label={t(lang, 'sidebarCollapse')} title={t(lang, 'sidebarCollapse')} onClick={personOnly(() => setOpen(false))}>
          ×
        </button>
      </div>
      <p class="sk-muted" data-page-kind={page.kind}>
        {pageLabel(lang, page)}
      </p>
      {unrecognised.length > 0 && (
        <p class="sk-note" role="status" data-sidekick-note="unrecognised">
          {t(lang, 'noteUnrecognised', { parts: unrecognised.map((p) => partLabel(lang, p)).join(t(lang, 'listSeparator')) })}
        </p>
      )}
      {pageState.tagUnreadable && (
        <p class="sk-note" role="status" data-sidekick-notice="tag-unreadable">
          {t(lang, 'noticeTagUnreadable')}
        </p>
      )}
      {pageState.suspicious > 0 && (
        <p class="sk-warn" role="status">
          {t(lang, 'suspiciousCount', { count: pageState.suspicious })}
        </p>
      )}
      {pageState.quickReplies && (
        <p>
          <button type="button" data-sidekick-action="sidebar-quick-replies" onClick={personOnly(() => pageState.quickReplies?.open())}>
            {t(lang, 'quickRepliesOpen')}
          </button>
        </p>
      )}
      {pageState.shipments && (
        <p class="sk-muted" role="status" data-sidekick-summary="shipments">
          {t(lang, 'shipmentsSummary', { available: pageState.shipments.available, unavailable: pageState.shipments.unavailable })}
        </p>
      )}
      {error && (
        <p class="sk-note" role="alert">
          {t(lang, 'errorBackground')}
        </p>
      )}
      {pageState.presetsBridge && <Presets lang={lang} state={state} pageState={pageState} />}
      <LayoutReportPanel lang={lang} tagUnreadable={pageState.tagUnreadable} />
    </aside>
  );
}
