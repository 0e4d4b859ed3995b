// The user's preferences: one typed record with defaults, validated wherever it crosses a boundary
// (messages, import). Kept only in the background's IndexedDB.
import * as v from 'valibot';
import { LANGS } from './i18n/lang';

export const LanguageChoice = v.picklist(['auto', ...LANGS]);
export type LanguageChoice = v.InferOutput<typeof LanguageChoice>;

export const PrefsSchema = v.object({
  /** 'auto' follows the portal's language (the page's <html lang>, else the browser's). */
  language: LanguageChoice,
  sidebar: v.object({
    open: v.boolean(),
    width: v.pipe(v.number(), v.integer(), v.minValue(240), v.maxValue(640)),
  }),
  /** How rows that do not match a preset's extra criteria are shown. */
  nonMatchingRows: v.picklist(['dim', 'hide']),
  syncIntervalMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1440)),
  contactOpensIn: v.picklist(['same-tab', 'new-tab']),
  /** The toolbar badge: unanswered chats over all stores or the chosen one; red once one waits past the threshold. */
  badge: v.object({
    scope: v.picklist(['all-stores', 'current-store']),
    currentStoreId: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/))),
    redAfterMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7 * 24 * 60)),
  }),
  /** Opt-in: a browser notification when a chat waits longer than the threshold (at most one per 10 minutes). */
  notifications: v.object({
    enabled: v.boolean(),
    afterMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(7 * 24 * 60)),
  }),
  scamGuard: v.object({
    enabled: v.boolean(),
    /** Rules (reason codes) the user switched off. */
    disabledRules: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z-]{2,40}$/))), v.maxLength(40)),
    /** Senders or chats the user trusts: shown as `allowlisted`, never silently. */
    allowlist: v.pipe(
      v.array(
        v.object({
          kind: v.picklist(['sender', 'chat']),
          value: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
        }),
      ),
      v.maxLength(500),
    ),
  }),
});
export type Prefs = v.InferOutput<typeof PrefsSchema>;

export const DEFAULT_PREFS: Prefs = {
  language: 'auto',
  sidebar: { open: true, width: 320 },
  nonMatchingRows: 'dim',
  syncIntervalMinutes: 5,
  contactOpensIn: 'same-tab',
  badge: { scope: 'all-stores', redAfterMinutes: 60 },
  notifications: { enabled: false, afterMinutes: 60 },
  scamGuard: { enabled: true, disabledRules: [], allowlist: [] },
};

/** A partial update: top-level keys, each validated as a whole. */
export const PrefsPatchSchema = v.partial(PrefsSchema);
export type PrefsPatch = v.InferOutput<typeof PrefsPatchSchema>;

/** Fills what an older stored record lacks, so an upgrade never loses or breaks a preference. */
export function withDefaults(stored: unknown): Prefs {
  const base: Record<string, unknown> = { ...DEFAULT_PREFS };
  if (stored && typeof stored === 'object') {
    for (const [key, value] of Object.entries(stored)) {
      if (!(key in DEFAULT_PREFS)) continue;
      const field = (PrefsSchema.entries as Record<string, v.GenericSchema>)[key];
      if (field && v.safeParse(field, value).success) base[key] = value;
    }
  }
  return v.parse(PrefsSchema, base);
}
