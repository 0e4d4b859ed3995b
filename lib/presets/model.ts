// A preset: a named set of the portal's filters plus the extension's own criteria the portal lacks.
import * as v from 'valibot';
import { PORTAL_FILTERS, conflictsIn, type PortalFilter } from './filters';
import { filterLabel } from './filter-label';
import { t, type Lang } from '../i18n';

export const PresetSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
  /** A built-in preset keeps its id so its translated name can be shown until the user renames it. */
  builtin: v.optional(v.boolean()),
  filters: v.pipe(v.array(v.picklist(PORTAL_FILTERS)), v.maxLength(PORTAL_FILTERS.length)),
  extra: v.object({
    waitingOverHours: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 30))),
    hasScamWarning: v.optional(v.boolean()),
    textContains: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
    sku: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^\d{1,20}$/))),
    orderNumber: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^\d{5,12}-\d{1,6}(-\d{1,3})?$/))),
  }),
});
export type Preset = v.InferOutput<typeof PresetSchema>;

export type PresetProblem =
  | { kind: 'conflict'; pair: readonly [PortalFilter, PortalFilter] }
  | { kind: 'invalid'; field: string };

/** Why a preset cannot be saved: the portal's forbidden pairs first, then malformed fields. */
export function presetProblems(candidate: unknown): PresetProblem[] {
  const parsed = v.safeParse(PresetSchema, candidate);
  if (!parsed.success) {
    return parsed.issues.map((issue) => ({
      kind: 'invalid' as const,
      field: issue.path?.map((p) => String(p.key)).join('.') || 'preset',
    }));
  }
  const filters = [...new Set(parsed.output.filters)];
  return conflictsIn(filters).map((pair) => ({ kind: 'conflict' as const, pair }));
}

/** A message that names the conflict, in the user's language. */
export function describeProblem(problem: PresetProblem, lang: Lang): string {
  if (problem.kind === 'invalid') return t(lang, 'presetInvalidValue', { field: problem.field });
  const [a, b] = problem.pair.map((f) => t(lang, 'quoted', { text: filterLabel(f, lang) }));
  return t(lang, 'presetConflict', { a: a ?? '', b: b ?? '' });
}

/** The built-in presets' ids; each one's name is the dictionary's `presetBuiltin:<id>`. */
export type BuiltinPresetId = 'needs-my-reply' | 'order-questions' | 'product-questions-new' | 'waiting-on-customer' | 'waiting-over-24h' | 'suspicious';
type BuiltinPreset = Preset & { id: BuiltinPresetId };

/** Stored with its English name; shown in the reader's language until the user renames it (shownPresetName). */
function builtin(id: BuiltinPresetId, filters: Preset['filters'], extra: Preset['extra'] = {}): BuiltinPreset {
  return { id, builtin: true, name: t('en', `presetBuiltin:${id}`), filters, extra };
}

export const BUILTIN_PRESETS: readonly BuiltinPreset[] = [
  builtin('needs-my-reply', ['without-my-reply']),
  builtin('order-questions', ['without-my-reply', 'by-order']),
  builtin('product-questions-new', ['unread', 'by-products']),
  builtin('waiting-on-customer', ['without-customer-reply']),
  builtin('waiting-over-24h', ['without-my-reply'], { waitingOverHours: 24 }),
  builtin('suspicious', [], { hasScamWarning: true }),
];

/** The name to show: a built-in preset the user has not renamed speaks the reader's language. */
export function shownPresetName(preset: Preset, lang: Lang): string {
  const original = BUILTIN_PRESETS.find((b) => b.id === preset.id);
  return preset.builtin && original && original.name === preset.name ? t(lang, `presetBuiltin:${original.id}`) : preset.name;
}
