import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/send';
import { resolveLang, t, type Lang } from '@/lib/i18n';
import type { Prefs } from '@/lib/prefs';
import { StoresForm } from './StoresForm';

export function OptionsApp() {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [status, setStatus] = useState<string>('');

  useEffect(() => {
    send<'getPrefs'>({ type: 'getPrefs' }).then(setPrefs, (e: Error) => setStatus(e.message));
  }, []);

  const lang: Lang = resolveLang(prefs?.language ?? 'auto', navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'optionsTitle');
  }, [lang]);

  if (!prefs) return <p role="status">{status}</p>;

  const save = async (patch: Partial<Prefs>) => {
    setStatus(t(lang, 'saving'));
    try {
      setPrefs(await send<'setPrefs'>({ type: 'setPrefs', patch }));
      setStatus(t(lang, 'saved'));
    } catch (error) {
      setStatus(t(lang, 'errorGeneric', { message: (error as Error).message }));
    }
  };

  return (
    <main>
      <h1>{t(lang, 'optionsTitle')}</h1>
      <p class="status" role="status" aria-live="polite">{status}</p>
      <fieldset>
        <label for="language">{t(lang, 'languageLabel')}</label>
        <select id="language" value={prefs.language} onChange={(e) => save({ language: e.currentTarget.value as Prefs['language'] })}>
          <option value="auto">{t(lang, 'languageAuto')}</option>
          <option value="en">{t(lang, 'languageEn')}</option>
          <option value="ru">{t(lang, 'languageRu')}</option>
        </select>

        <label for="sidebar-width">{t(lang, 'sidebarWidth')}</label>
        <input
          id="sidebar-width"
          type="number"
          min={240}
          max={640}
          step={10}
          value={prefs.sidebar.width}
          onChange={(e) => {
            const width = Number(e.currentTarget.value);
            if (Number.isInteger(width) && width >= 240 && width <= 640) save({ sidebar: { ...prefs.sidebar, width } });
          }}
        />

        <label>
          <input
            type="checkbox"
            checked={prefs.sidebar.open}
            onChange={(e) => save({ sidebar: { ...prefs.sidebar, open: e.currentTarget.checked } })}
          />{' '}
          {t(lang, 'sidebarOpenByDefault')}
        </label>

        <label for="non-matching">{t(lang, 'nonMatchingRows')}</label>
        <select id="non-matching" value={prefs.nonMatchingRows} onChange={(e) => save({ nonMatchingRows: e.currentTarget.value as Prefs['nonMatchingRows'] })}>
          <option value="dim">{t(lang, 'nonMatchingDim')}</option>
          <option value="hide">{t(lang, 'nonMatchingHide')}</option>
        </select>
      </fieldset>
      <StoresForm lang={lang} />
    </main>
  );
}
