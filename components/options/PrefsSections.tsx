// The preference groups: sync, badge, notifications, language, sidebar defaults. Each change saves at once and
// confirms next to its group.
import { LANGS, LANGUAGE_NAMES, t, type Lang } from '@/lib/i18n';
import type { Prefs, PrefsPatch } from '@/lib/prefs';
import type { StoreSummary } from '@/lib/protocol/messages';
import { Checkbox, NumberField, SectionStatus, SelectField, type Status } from './fields';
import { range } from './util';

export type PrefsGroup = 'sync' | 'badge' | 'notifications' | 'language' | 'sidebar' | 'scam';

interface Props {
  lang: Lang;
  prefs: Prefs;
  stores: readonly StoreSummary[];
  save: (patch: PrefsPatch, group: PrefsGroup) => void;
  statuses: Partial<Record<PrefsGroup, Status>>;
}

export function SyncSection({ lang, prefs, save, statuses }: Props) {
  return (
    <section id="sync" aria-labelledby="sync-title">
      <h2 id="sync-title">{t(lang, 'syncTitle')}</h2>
      <NumberField
        id="sync-interval"
        label={t(lang, 'syncInterval')}
        value={prefs.syncIntervalMinutes}
        {...range(lang, 1, 1440)}
        hint={t(lang, 'syncIntervalHint')}
        onCommit={(syncIntervalMinutes) => save({ syncIntervalMinutes }, 'sync')}
      />
      <SectionStatus status={statuses.sync ?? null} />
    </section>
  );
}

export function BadgeNotificationsSection({ lang, prefs, stores, save, statuses }: Props) {
  const badge = prefs.badge;
  const chosen = badge.currentStoreId && stores.some((s) => s.id === badge.currentStoreId) ? badge.currentStoreId : '';
  return (
    <section id="badge" aria-labelledby="badge-title">
      <h2 id="badge-title">{t(lang, 'badgeTitle')}</h2>
      <SelectField<Prefs['badge']['scope']>
        id="badge-scope"
        label={t(lang, 'badgeScope')}
        value={badge.scope}
        options={[
          { value: 'all-stores', label: t(lang, 'badgeAllStores') },
          { value: 'current-store', label: t(lang, 'badgeOneStore') },
        ]}
        onChange={(scope) => {
          const first = stores[0]?.id;
          save({ badge: { ...badge, scope, ...(scope === 'current-store' && !chosen && first ? { currentStoreId: first } : {}) } }, 'badge');
        }}
      />
      {badge.scope === 'current-store' &&
        (stores.length ? (
          <SelectField
            id="badge-store"
            label={t(lang, 'badgeStore')}
            value={chosen || (stores[0]?.id ?? '')}
            options={stores.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(currentStoreId) => save({ badge: { ...badge, currentStoreId } }, 'badge')}
          />
        ) : (
          <p class="hint">{t(lang, 'badgeNoStores')}</p>
        ))}
      <NumberField
        id="badge-red"
        label={t(lang, 'badgeRedAfter')}
        value={badge.redAfterMinutes}
        {...range(lang, 1, 10080)}
        onCommit={(redAfterMinutes) => save({ badge: { ...badge, redAfterMinutes } }, 'badge')}
      />
      <SectionStatus status={statuses.badge ?? null} />

      <h2 id="notifications-title">{t(lang, 'notificationsTitle')}</h2>
      <Checkbox
        id="notifications-enabled"
        label={t(lang, 'notificationsEnabled')}
        checked={prefs.notifications.enabled}
        onChange={(enabled) => save({ notifications: { ...prefs.notifications, enabled } }, 'notifications')}
      />
      <NumberField
        id="notifications-after"
        label={t(lang, 'notificationsAfter')}
        value={prefs.notifications.afterMinutes}
        {...range(lang, 5, 10080)}
        hint={t(lang, 'notificationsHint')}
        onCommit={(afterMinutes) => save({ notifications: { ...prefs.notifications, afterMinutes } }, 'notifications')}
      />
      <SectionStatus status={statuses.notifications ?? null} />
    </section>
  );
}

export function LanguageSection({ lang, prefs, save, statuses }: Props) {
  return (
    <section id="language" aria-labelledby="language-title">
      <h2 id="language-title">{t(lang, 'languageTitle')}</h2>
      <SelectField<Prefs['language']>
        id="language-choice"
        label={t(lang, 'languageLabel')}
        value={prefs.language}
        options={[
          { value: 'auto', label: t(lang, 'languageAuto') },
          ...LANGS.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] })),
        ]}
        onChange={(language) => save({ language }, 'language')}
      />
      <p class="hint">{t(lang, 'languageHint')}</p>
      <SectionStatus status={statuses.language ?? null} />
    </section>
  );
}

export function SidebarSection({ lang, prefs, save, statuses }: Props) {
  return (
    <section id="sidebar" aria-labelledby="sidebar-title">
      <h2 id="sidebar-title">{t(lang, 'sidebarDefaultsTitle')}</h2>
      <Checkbox id="sidebar-open" label={t(lang, 'sidebarOpen')} checked={prefs.sidebar.open} onChange={(open) => save({ sidebar: { ...prefs.sidebar, open } }, 'sidebar')} />
      <NumberField
        id="sidebar-width"
        label={t(lang, 'sidebarWidth')}
        value={prefs.sidebar.width}
        {...range(lang, 240, 640)}
        onCommit={(width) => save({ sidebar: { ...prefs.sidebar, width } }, 'sidebar')}
      />
      <SelectField<Prefs['nonMatchingRows']>
        id="non-matching"
        label={t(lang, 'nonMatchingRows')}
        value={prefs.nonMatchingRows}
        options={[
          { value: 'dim', label: t(lang, 'nonMatchingDim') },
          { value: 'hide', label: t(lang, 'nonMatchingHide') },
        ]}
        onChange={(nonMatchingRows) => save({ nonMatchingRows }, 'sidebar')}
      />
      <SelectField<Prefs['contactOpensIn']>
        id="contact-opens-in"
        label={t(lang, 'contactOpensIn')}
        value={prefs.contactOpensIn}
        options={[
          { value: 'same-tab', label: t(lang, 'contactSameTab') },
          { value: 'new-tab', label: t(lang, 'contactNewTab') },
        ]}
        onChange={(contactOpensIn) => save({ contactOpensIn }, 'sidebar')}
      />
      <SectionStatus status={statuses.sidebar ?? null} />
    </section>
  );
}
