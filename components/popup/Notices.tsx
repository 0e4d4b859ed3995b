// The popup's states, each with a way forward.
import { browser } from 'wxt/browser';
import { t, type Lang } from '@/lib/i18n';
import type { Notice } from './state';

function OptionsLink({ lang, label }: { lang: Lang; label: 'popupAddStore' | 'popupFixKey' | 'popupOpenOptions' }) {
  return (
    <button
      type="button"
      class="link"
      onClick={() => {
        try {
          void browser.runtime.openOptionsPage().catch(() => undefined);
        } finally {
          window.close();
        }
      }}
    >
      {t(lang, label)}
    </button>
  );
}

export function NoticeView({ notice, lang }: { notice: Notice; lang: Lang }) {
  const stores = 'stores' in notice ? notice.stores.join(t(lang, 'listSeparator')) : '';
  switch (notice.kind) {
    case 'load-error':
      return (
        <div class="notice notice-error" role="alert" data-state="load-error">
          <p>{t(lang, 'popupLoadError', { message: notice.message })}</p>
        </div>
      );
    case 'no-store':
      return (
        <div class="notice" data-state="no-store">
          <p>{t(lang, 'popupNoStore')}</p>
          <OptionsLink lang={lang} label="popupAddStore" />
        </div>
      );
    case 'invalid-key':
      return (
        <div class="notice notice-error" role="alert" data-state="invalid-key">
          <p>{t(lang, 'popupInvalidKey', { stores })}</p>
          <OptionsLink lang={lang} label="popupFixKey" />
        </div>
      );
    case 'dom-only':
      return (
        <div class="notice" data-state="dom-only">
          <p>{t(lang, 'popupDomOnly', { stores })}</p>
          <p class="hint">{t(lang, 'popupDomOnlyStill')}</p>
        </div>
      );
    case 'offline':
      return (
        <div class="notice notice-warn" role="status" data-state="offline">
          <p>{t(lang, 'popupOffline', { stores })}</p>
        </div>
      );
    case 'sync-error':
      return (
        <div class="notice notice-warn" role="status" data-state="sync-error">
          <p>{t(lang, 'popupSyncError', { stores, message: notice.text?.[lang] ?? notice.message })}</p>
          <OptionsLink lang={lang} label="popupOpenOptions" />
        </div>
      );
    case 'nothing':
      return (
        <div class="notice notice-ok" data-state="nothing">
          <p>{t(lang, 'popupNothing')}</p>
        </div>
      );
  }
}
