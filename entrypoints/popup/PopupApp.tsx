import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/lib/send';
import { resolveLang, t } from '@/lib/i18n';
import type { Prefs } from '@/lib/prefs';
import type { StoreSummary } from '@/lib/messages';

export function PopupApp() {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [stores, setStores] = useState<StoreSummary[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    send<'getPrefs'>({ type: 'getPrefs' }).then(setPrefs, (e: Error) => setError(e.message));
    send<'listStores'>({ type: 'listStores' }).then(setStores, (e: Error) => setError(e.message));
  }, []);

  const lang = resolveLang(prefs?.language ?? 'auto', navigator.language);
  return (
    <main style={{ width: '360px' }} lang={lang}>
      <h1 style={{ fontSize: '16px' }}>{t(lang, 'popupTitle')}</h1>
      {error && <p role="alert">{t(lang, 'errorGeneric', { message: error })}</p>}
      {stores && stores.length === 0 && (
        <p>
          {t(lang, 'noStores')}{' '}
          <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
            {t(lang, 'storesTitle')}
          </a>
        </p>
      )}
    </main>
  );
}
