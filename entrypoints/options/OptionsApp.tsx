// The options page: stores, presets, scam guard, templates, sync, badge and notifications, language, sidebar
// defaults, and the settings file. The page speaks prefs.language ('auto' → the browser's language).
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/protocol/send';
import { resolveLang, t, type Lang } from '@/lib/i18n';
import type { Prefs, PrefsPatch } from '@/lib/prefs';
import type { StoreSummary } from '@/lib/protocol/messages';
import { StoresSection } from '@/components/options/StoresSection';
import { PresetsSection } from '@/components/options/PresetsSection';
import { ScamGuardSection } from '@/components/options/ScamGuardSection';
import { TemplatesSection } from '@/components/options/TemplatesSection';
import { BadgeNotificationsSection, LanguageSection, SidebarSection, SyncSection, type PrefsGroup } from '@/components/options/PrefsSections';
import { SettingsFileSection } from '@/components/options/SettingsFileSection';
import type { Status } from '@/components/options/fields';
import { errorText } from '@/components/options/util';

export function OptionsApp({ browserLanguage = navigator.language }: { browserLanguage?: string }) {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [loadError, setLoadError] = useState('');
  const [stores, setStores] = useState<StoreSummary[]>([]);
  const [statuses, setStatuses] = useState<Partial<Record<PrefsGroup, Status>>>({});
  /** Bumped after an import or a reset: every section mounts again and reads the new state. */
  const [generation, setGeneration] = useState(0);

  const lang: Lang = resolveLang(prefs?.language ?? 'auto', browserLanguage);

  useEffect(() => {
    send<'getPrefs'>({ type: 'getPrefs' }).then(
      (value) => (setPrefs(value), setLoadError('')),
      (e: unknown) => setLoadError(errorText(e, resolveLang('auto', browserLanguage))),
    );
  }, [generation]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'optionsTitle');
  }, [lang]);

  if (!prefs) {
    return (
      <main class="options">
        <h1>{t(lang, 'optionsTitle')}</h1>
        <p role={loadError ? 'alert' : 'status'} class={loadError ? 'status-error' : ''}>
          {loadError ? t(lang, 'loadError', { message: loadError }) : t(lang, 'loading')}
        </p>
      </main>
    );
  }

  const save = async (patch: PrefsPatch, group: PrefsGroup) => {
    // Shown at once (a controlled checkbox would otherwise spring back until the answer), confirmed by the answer.
    const before = prefs;
    setPrefs((current) => (current ? ({ ...current, ...patch } as Prefs) : current));
    setStatuses((s) => ({ ...s, [group]: { kind: 'busy', text: t(lang, 'saving') } }));
    try {
      const next = await send<'setPrefs'>({ type: 'setPrefs', patch });
      setPrefs(next);
      // The confirmation speaks the language just chosen.
      const nextLang = resolveLang(next.language, browserLanguage);
      setStatuses((s) => ({ ...s, [group]: { kind: 'ok', text: t(nextLang, 'saved') } }));
    } catch (error) {
      setPrefs(before);
      setStatuses((s) => ({ ...s, [group]: { kind: 'error', text: errorText(error, lang) } }));
    }
  };
  const groupProps = { lang, prefs, stores, statuses, save: (patch: PrefsPatch, group: PrefsGroup) => void save(patch, group) };

  return (
    <main class="options" lang={lang}>
      <h1>{t(lang, 'optionsTitle')}</h1>
      <nav aria-label={t(lang, 'navLabel')} class="toc">
        <a href="#stores">{t(lang, 'storesTitle')}</a> · <a href="#presets">{t(lang, 'presetsTitle')}</a> · <a href="#scam-guard">{t(lang, 'scamTitle')}</a> ·{' '}
        <a href="#templates">{t(lang, 'templatesTitle')}</a> · <a href="#sync">{t(lang, 'syncTitle')}</a> · <a href="#badge">{t(lang, 'badgeTitle')}</a> ·{' '}
        <a href="#language">{t(lang, 'languageTitle')}</a> · <a href="#sidebar">{t(lang, 'sidebarDefaultsTitle')}</a> · <a href="#settings-file">{t(lang, 'fileTitle')}</a>
      </nav>
      <div key={generation}>
        <StoresSection lang={lang} onChange={setStores} />
        <PresetsSection lang={lang} />
        <ScamGuardSection lang={lang} guard={prefs.scamGuard} status={statuses.scam ?? null} save={(scamGuard) => void save({ scamGuard }, 'scam')} />
        <TemplatesSection lang={lang} />
        <SyncSection {...groupProps} />
        <BadgeNotificationsSection {...groupProps} />
        <LanguageSection {...groupProps} />
        <SidebarSection {...groupProps} />
      </div>
      {/* Outside the remounted part: its import summary stays on screen. */}
      <SettingsFileSection lang={lang} onChanged={() => (setStatuses({}), setGeneration((g) => g + 1))} />
    </main>
  );
}
