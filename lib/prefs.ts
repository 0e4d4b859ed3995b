// The user's preferences: one typed record with defaults, validated wherever it crosses a boundary
// (messages, import). Kept only in the background's IndexedDB.
import * as v from 'valibot';

export const LanguageChoice = v.picklist(['auto', 'en', 'ru']);
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
});
export type Prefs = v.InferOutput<typeof PrefsSchema>;

export const DEFAULT_PREFS: Prefs = {
  language: 'auto',
  sidebar: { open: true, width: 320 },
  nonMatchingRows: 'dim',
  syncIntervalMinutes: 5,
  contactOpensIn: 'same-tab',
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
