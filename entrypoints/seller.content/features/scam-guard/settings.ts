// What of the navigation's settings (env.ts) the scam guard uses: its preferences, the language, and whether the
// API can sharpen verdicts. Until the background's first answer, the defaults (the page's own judgement).
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import type { SettingsValues } from '../../env';

export interface ScamSettings {
  scam: Prefs['scamGuard'];
  language: Prefs['language'];
  apiAvailable: boolean;
}

export function scamSettingsOf({ prefs, status }: SettingsValues): ScamSettings {
  return {
    scam: prefs?.scamGuard ?? DEFAULT_PREFS.scamGuard,
    language: prefs?.language ?? DEFAULT_PREFS.language,
    apiAvailable: status?.apiAvailable ?? false,
  };
}

/** What of the settings changes a verdict or its words: the same key, the same marks. */
export function settingsKeyOf(lang: string, settings: ScamSettings): string {
  return `${lang}|${JSON.stringify(settings.scam.disabledRules)}|${JSON.stringify(settings.scam.allowlist)}`;
}
