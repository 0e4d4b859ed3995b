// The preference groups: sync, badge, notifications, language, sidebar defaults. Each change saves at once and
// confirms next to its group.
import type { Lang } from '@/lib/i18n';
import type { Prefs, PrefsPatch } from '@/lib/prefs';
import type { StoreSummary } from '@/lib/protocol/messages';
import { Checkbox, NumberField, SectionStatus, SelectField, type Status } from './fields';
import { range, translator } from './util';

export type PrefsGroup = 'sync' | 'badge' | 'notifications' | 'language' | 'sidebar' | 'scam';

interface Props {
  lang: Lang;
  prefs: Prefs;
  stores: readonly StoreSummary[];
  save: (patch: PrefsPatch, group: PrefsGroup) => void;
  statuses: Partial<Record<PrefsGroup, Status>>;
}

export function SyncSection({ lang, prefs, save, statuses }: Props) {
  const p = translator(lang);
  return (
    <section id="sync" aria-labelledby="sync-title">
      <h2 id="sync-title">{p('syncTitle')}</h2>
      <NumberField
        id="sync-interval"
        label={p('syncInterval')}
        value={prefs.syncIntervalMinutes}
        {...range(p, 1, 1440)}
        hint={p('syncIntervalHint')}
        onCommit={(syncIntervalMinutes) => save({ syncIntervalMinutes }, 'sync')}
      />
      <SectionStatus status={statuses.sync ?? null} />
    </section>
  );
}

export function BadgeNotificationsSection({ lang, prefs, stores, save, statuses }: Props) {
  const p = translator(lang);
  const badge = prefs.badge;
  const chosen = badge.currentStoreId && stores.some((s) => s.id === badge.currentStoreId) ? badge.currentStoreId : '';
  return (
    <section id="badge" aria-labelledby="badge-title">
      <h2 id="badge-title">{p('badgeTitle')}</h2>
      <SelectField<Prefs['badge']['scope']>
        id="badge-scope"
        label={p('badgeScope')}
        value={badge.scope}
        options={[
          { value: 'all-stores', label: p('badgeAllStores') },
          { value: 'current-store', label: p('badgeOneStore') },
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
            label={p('badgeStore')}
            value={chosen || (stores[0]?.id ?? '')}
            options={stores.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(currentStoreId) => save({ badge: { ...badge, currentStoreId } }, 'badge')}
          />
        ) : (
          <p class="hint">{p('badgeNoStores')}</p>
        ))}
      <NumberField
        id="badge-red"
        label={p('badgeRedAfter')}
        value={badge.redAfterMinutes}
        {...range(p, 1, 10080)}
        onCommit={(redAfterMinutes) => save({ badge: { ...badge, redAfterMinutes } }, 'badge')}
      />
      <SectionStatus status={statuses.badge ?? null} />

      <h2 id="notifications-title">{p('notificationsTitle')}</h2>
      <Checkbox
        id="notifications-enabled"
        label={p('notificationsEnabled')}
        checked={prefs.notifications.enabled}
        onChange={(enabled) => save({ notifications: { ...prefs.notifications, enabled } }, 'notifications')}
      />
      <NumberField
        id="notifications-after"
        label={p('notificationsAfter')}
        value={prefs.notifications.afterMinutes}
        {...range(p, 5, 10080)}
        hint={p('notificationsHint')}
        onCommit={(afterMinutes) => save({ notifications: { ...prefs.notifications, afterMinutes } }, 'notifications')}
      />
      <SectionStatus status={statuses.notifications ?? null} />
    </section>
  );
}

export function LanguageSection({ lang, prefs, save, statuses }: Props) {
  const p = translator(lang);
  return (
    <section id="language" aria-labelledby="language-title">
      <h2 id="language-title">{p('languageTitle')}</h2>
      <SelectField<Prefs['language']>
        id="language-choice"
        label={p('languageLabel')}
        value={prefs.language}
        options={[
          { value: 'auto', label: p('languageAuto') },
          { value: 'en', label: 'English' },
          { value: 'ru', label: 'Русский' },
        ]}
        onChange={(language) => save({ language }, 'language')}
      />
      <p class="hint">{p('languageHint')}</p>
      <SectionStatus status={statuses.language ?? null} />
    </section>
  );
}

export function SidebarSection({ lang, prefs, save, statuses }: Props) {
  const p = translator(lang);
  return (
    <section id="sidebar" aria-labelledby="sidebar-title">
      <h2 id="sidebar-title">{p('sidebarTitle')}</h2>
      <Checkbox id="sidebar-open" label={p('sidebarOpen')} checked={prefs.sidebar.open} onChange={(open) => save({ sidebar: { ...prefs.sidebar, open } }, 'sidebar')} />
      <NumberField
        id="sidebar-width"
        label={p('sidebarWidth')}
        value={prefs.sidebar.width}
        {...range(p, 240, 640)}
        onCommit={(width) => save({ sidebar: { ...prefs.sidebar, width } }, 'sidebar')}
      />
      <SelectField<Prefs['nonMatchingRows']>
        id="non-matching"
        label={p('nonMatchingRows')}
        value={prefs.nonMatchingRows}
        options={[
          { value: 'dim', label: p('nonMatchingDim') },
          { value: 'hide', label: p('nonMatchingHide') },
        ]}
        onChange={(nonMatchingRows) => save({ nonMatchingRows }, 'sidebar')}
      />
      <SelectField<Prefs['contactOpensIn']>
        id="contact-opens-in"
        label={p('contactOpensIn')}
        value={prefs.contactOpensIn}
        options={[
          { value: 'same-tab', label: p('contactSameTab') },
          { value: 'new-tab', label: p('contactNewTab') },
        ]}
        onChange={(contactOpensIn) => save({ contactOpensIn }, 'sidebar')}
      />
      <SectionStatus status={statuses.sidebar ?? null} />
    </section>
  );
}
