// Contact Customer's view of the navigation's settings (entrypoints/seller.content/env.ts): how a started chat
// opens, the language, and whether a store's API may be asked. Before the first answer: same tab, the portal's
// language, no API.
import type { Prefs } from '@/lib/prefs';
import type { SettingsValues } from '../../env';

export interface ContactSettings {
  contactOpensIn: Prefs['contactOpensIn'];
  language: Prefs['language'];
  apiAvailable: boolean;
}

export function contactSettingsOf(values: SettingsValues): ContactSettings {
  return {
    contactOpensIn: values.prefs?.contactOpensIn ?? 'same-tab',
    language: values.prefs?.language ?? 'auto',
    apiAvailable: values.status?.apiAvailable ?? false,
  };
}
