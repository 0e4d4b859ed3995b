import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/send';
import { resolveLang, t, type Lang } from '@/lib/i18n';
import type { Prefs } from '@/lib/prefs';
import type { PageKind } from '@/lib/portal/page-kind';
import type { PageState, PageStateStore } from '@/lib/portal/page-state';

export interface SidebarProps {
  page: PageKind;
  /** What the page's features report (unrecognised parts, suspicious dialogues). */
  state: PageStateStore;
}

function pageLabel(lang: Lang, page: PageKind): string {
  if (page.kind === 'messenger') return t(lang, 'pageMessenger');
  if (page.kind === 'orders') return t(lang, 'pageOrders');
  return t(lang, 'pageUnknown');
}

export function Sidebar({ page, state }: SidebarProps) {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [pageState, setPageState] = useState<PageState>(state.get());
  useEffect(() => state.subscribe(setPageState), [state]);
  const unrecognised = Object.values(pageState.unrecognised).flat();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send<'getPrefs'>({ type: 'getPrefs' }).then(setPrefs, () => setError('errorBackground'));
  }, []);

  const lang = resolveLang(prefs?.language ?? 'auto', document.documentElement.lang || navigator.language);
  if (!prefs) {
    return error ? <div class="sk-panel sk-note" role="alert">{t(lang, 'errorBackground')}</div> : null;
  }

  const setOpen = (open: boolean) => {
    const next = { ...prefs, sidebar: { ...prefs.sidebar, open } };
    setPrefs(next);
    send<'setPrefs'>({ type: 'setPrefs', patch: { sidebar: next.sidebar } }).catch(() => setError('errorBackground'));
  };

  if (!prefs.sidebar.open) {
    return (
      <button type="button" class="sk-tab" aria-label={t(lang, 'sidebarExpand')} onClick={() => setOpen(true)}>
        {t(lang, 'sidebarTitle')}
      </button>
    );
  }

  return (
    <aside class="sk-panel" style={{ width: `${prefs.sidebar.width}px` }} aria-label={t(lang, 'sidebarTitle')} lang={lang}>
      <div class="sk-header">
        <h2 class="sk-title">{t(lang, 'sidebarTitle')}</h2>
        <button type="button" aria-label={t(lang, 'sidebarCollapse')} title={t(lang, 'sidebarCollapse')} onClick={() => setOpen(false)}>
          ×
        </button>
      </div>
      <p class="sk-muted" data-page-kind={page.kind}>{pageLabel(lang, page)}</p>
      {unrecognised.length > 0 && (
        <p class="sk-note" role="status">
          {t(lang, 'noteUnrecognised', { parts: unrecognised.join(', ') })}
        </p>
      )}
      {error && <p class="sk-note" role="alert">{t(lang, 'errorBackground')}</p>}
    </aside>
  );
}
