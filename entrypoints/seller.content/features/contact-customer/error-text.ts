// The words shown under a row's Contact button when starting the chat failed, in the user's language.
import { RequestError } from '@/lib/protocol/send';
import { t, type Lang } from '@/lib/i18n';

/** Failures the seller can act on have their own words; the background's own text wins when it gave one. */
const KNOWN_CODES = ['window-closed', 'premium-required', 'network'] as const;

export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof RequestError) {
    // A missing or slow background reads to the seller as no connection.
    if (error.code === 'timeout' || error.code === 'no-background') return error.text ? error.in(lang) : t(lang, 'contactError:network');
    const known = KNOWN_CODES.find((code) => code === error.code);
    if (known) return error.text ? error.in(lang) : t(lang, `contactError:${known}`);
    return t(lang, 'contactError:generic', { message: error.in(lang) });
  }
  return t(lang, 'contactError:generic', { message: error instanceof Error ? error.message : String(error) });
}
