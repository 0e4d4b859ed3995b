// A preset: a named set of the portal's filters plus the extension's own criteria the portal lacks.
import * as v from 'valibot';
import { PORTAL_FILTERS, conflictsIn, FILTER_LABELS, type PortalFilter } from './filters';

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
export function describeProblem(problem: PresetProblem, lang: 'en' | 'ru'): string {
  if (problem.kind === 'invalid') {
    return lang === 'ru' ? `Неверное значение: ${problem.field}` : `Invalid value: ${problem.field}`;
  }
  const [a, b] = problem.pair.map((f) => `«${FILTER_LABELS[f][lang]}»`);
  return lang === 'ru'
    ? `Кабинет Ozon не сочетает фильтры ${a} и ${b}: оставьте один из них.`
    : `The Ozon portal does not combine ${a} with ${b}: keep one of them.`;
}

export const BUILTIN_PRESETS: readonly Preset[] = [
  { id: 'needs-my-reply', builtin: true, name: 'Needs my reply', filters: ['without-my-reply'], extra: {} },
  { id: 'order-questions', builtin: true, name: 'Order questions waiting for me', filters: ['without-my-reply', 'by-order'], extra: {} },
  { id: 'product-questions-new', builtin: true, name: 'Product questions, new', filters: ['unread', 'by-products'], extra: {} },
  { id: 'waiting-on-customer', builtin: true, name: 'Waiting on the customer', filters: ['without-customer-reply'], extra: {} },
  { id: 'waiting-over-24h', builtin: true, name: 'Waiting over 24 h', filters: ['without-my-reply'], extra: { waitingOverHours: 24 } },
  { id: 'suspicious', builtin: true, name: 'Suspicious', filters: [], extra: { hasScamWarning: true } },
];

/** Russian names of the built-in presets (shown while the user has not renamed them). */
export const BUILTIN_NAMES_RU: Record<string, string> = {
  'needs-my-reply': 'Нужен мой ответ',
  'order-questions': 'Вопросы по заказам ждут меня',
  'product-questions-new': 'Вопросы о товарах, новые',
  'waiting-on-customer': 'Ждём ответа покупателя',
  'waiting-over-24h': 'Ждут больше 24 ч',
  suspicious: 'Подозрительные',
};
