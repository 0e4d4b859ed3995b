// Contact Customer's preferences and whether a store's API is connected, asked of the background at each start.
// The last answer is kept because the feature restarts on every tab change: the rows get the same controls at once
// instead of flickering while the background answers. One function, so the entry can take them from elsewhere.
import type { Prefs } from '@/lib/prefs';
import type { send as Send } from '@/lib/protocol/send';

export interface ContactSettings {
  contactOpensIn: Prefs['contactOpensIn'];
  language: Prefs['language'];
  apiAvailable: boolean;
}

const BEFORE_ANY_ANSWER: ContactSettings = { contactOpensIn: 'same-tab', language: 'auto', apiAvailable: false };
let lastKnown: ContactSettings = BEFORE_ANY_ANSWER;

/**
 * Returns what the last start learnt, and asks the background again: `onAnswer` gets its answer once (a question
 * that failed keeps what was known), unless `signal` aborted first.
 */
export function watchContactSettings(send: typeof Send, signal: AbortSignal, onAnswer: (settings: ContactSettings) => void): ContactSettings {
  void Promise.allSettled([send<'getPrefs'>({ type: 'getPrefs' }), send<'getStatus'>({ type: 'getStatus' })]).then(([prefs, status]) => {
    if (signal.aborted) return;
    lastKnown = {
      contactOpensIn: prefs.status === 'fulfilled' ? prefs.value.contactOpensIn : lastKnown.contactOpensIn,
      language: prefs.status === 'fulfilled' ? prefs.value.language : lastKnown.language,
      apiAvailable: status.status === 'fulfilled' ? status.value.apiAvailable : lastKnown.apiAvailable,
    };
    onAnswer(lastKnown);
  });
  return lastKnown;
}

/** Forgets what earlier starts learnt (tests). */
export function resetContactMemory(): void {
  lastKnown = BEFORE_ANY_ANSWER;
}
