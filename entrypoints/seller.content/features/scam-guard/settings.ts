// The scam guard's preferences and whether the API can sharpen verdicts, asked of the background once per
// feature start; the last answer is kept so a restart (client-side navigation) shows the same marks at once.
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import type { send as Send } from '@/lib/protocol/send';

export interface ScamSettings {
  scam: Prefs['scamGuard'];
  language: Prefs['language'];
  apiAvailable: boolean;
}

let lastKnown: ScamSettings = { scam: DEFAULT_PREFS.scamGuard, language: DEFAULT_PREFS.language, apiAvailable: false };

export function lastKnownSettings(): ScamSettings {
  return lastKnown;
}

/** Asks the background; a failure keeps what was known (the page's own judgement goes on). */
export async function loadScamSettings(send: typeof Send): Promise<ScamSettings> {
  const [prefs, status] = await Promise.allSettled([send<'getPrefs'>({ type: 'getPrefs' }), send<'getStatus'>({ type: 'getStatus' })]);
  lastKnown = {
    scam: prefs.status === 'fulfilled' ? prefs.value.scamGuard : lastKnown.scam,
    language: prefs.status === 'fulfilled' ? prefs.value.language : lastKnown.language,
    apiAvailable: status.status === 'fulfilled' ? status.value.apiAvailable : lastKnown.apiAvailable,
  };
  return lastKnown;
}

/** What of the settings changes a verdict or its words: the same key, the same marks. */
export function settingsKeyOf(lang: string, settings: ScamSettings): string {
  return `${lang}|${JSON.stringify(settings.scam.disabledRules)}|${JSON.stringify(settings.scam.allowlist)}`;
}

/** Tests. */
export function resetScamSettings(): void {
  lastKnown = { scam: DEFAULT_PREFS.scamGuard, language: DEFAULT_PREFS.language, apiAvailable: false };
}
