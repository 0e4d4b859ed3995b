// The settings file of export/import: built from the background's records, and checked whole before anything is
// written (all or nothing). Pure: the router reads and writes the database around these two functions.
import * as v from 'valibot';
import { DEFAULT_PREFS, PrefsSchema, type Prefs } from './prefs';
import { describeProblem, PresetSchema, presetProblems, type Preset } from './presets/model';
import { TemplateSchema, type Template } from './templates/model';
import { inEveryLang, t, textsOf, type MessageKey, type Texts } from './i18n';
import { forbiddenKeyPath, jsonSizeUpTo, unknownFieldPath } from './json-walks';

export const SETTINGS_FORMAT = 'seller-sidekick-settings';
export const SETTINGS_VERSION = 1;
/**
 * The largest settings file accepted. The largest valid export (every list at its limit, every text at its
 * longest, in Cyrillic) is under 1 MB (tests/unit/lib/settings-io-refusals.test.ts measures it); anything much
 * bigger is not ours, and is refused before it is read or parsed.
 */
export const MAX_SETTINGS_FILE_BYTES = 5 * 1024 * 1024;

export interface SettingsStore {
  name: string;
  clientId: string;
  /** Present only when the user asked for the keys (and the store has one). */
  apiKey?: string;
}

/** The settings file: what exportSettings answers, and what importSettings accepts once it is checked. */
export interface SettingsDocument {
  format: typeof SETTINGS_FORMAT;
  version: typeof SETTINGS_VERSION;
  exportedAt: string;
  prefs: Prefs;
  presets: Preset[];
  templates: Template[];
  stores: SettingsStore[];
}

export interface SettingsParts {
  prefs: Prefs;
  presets: readonly Preset[];
  templates: readonly Template[];
  stores: readonly SettingsStore[];
}

export type ParseSettingsResult =
  | { ok: true; doc: SettingsDocument }
  | { ok: false; field: string; message: Texts };

/** The document to download. Api-Keys are left out unless `includeApiKeys`. */
export function buildSettingsDocument(parts: SettingsParts, includeApiKeys: boolean, now: Date = new Date()): SettingsDocument {
  return {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    prefs: structuredClone(parts.prefs),
    presets: parts.presets.map((p) => structuredClone(p)),
    templates: parts.templates.map((t) => ({ ...t })),
    stores: parts.stores.map((s) => ({
      name: s.name,
      clientId: s.clientId,
      ...(includeApiKeys && s.apiKey ? { apiKey: s.apiKey } : {}),
    })),
  };
}

const StoreSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  clientId: v.pipe(v.string(), v.trim(), v.regex(/^\d{1,20}$/)),
  apiKey: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
});

const DocumentShape = v.object({
  format: v.literal(SETTINGS_FORMAT),
  version: v.literal(SETTINGS_VERSION),
  exportedAt: v.optional(v.string()),
  prefs: v.record(v.string(), v.unknown()),
  presets: v.pipe(v.array(v.unknown()), v.maxLength(100)),
  templates: v.pipe(v.array(v.unknown()), v.maxLength(200)),
  stores: v.pipe(v.array(StoreSchema), v.maxLength(50)),
});

function fail(field: string, key: MessageKey, params: Record<string, string> = {}): ParseSettingsResult {
  return { ok: false, field, message: textsOf(key, { field, ...params }) };
}

function pathOf(prefix: string, issue: v.BaseIssue<unknown> | undefined): string {
  const rest = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return [prefix, rest].filter(Boolean).join('.');
}

const megabytes = (bytes: number) => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toString();

function tooLarge(bytes: number): ParseSettingsResult {
  return fail('file', 'ioTooLarge', { size: megabytes(bytes), limit: megabytes(MAX_SETTINGS_FILE_BYTES) });
}

/**
 * Reads a chosen file: refused by its size before a byte is read, then parsed as JSON. The document itself is
 * checked by parseSettingsDocument.
 */
export async function readSettingsFile(file: Blob): Promise<{ ok: true; raw: unknown } | Extract<ParseSettingsResult, { ok: false }>> {
  if (file.size > MAX_SETTINGS_FILE_BYTES) return tooLarge(file.size) as Extract<ParseSettingsResult, { ok: false }>;
  try {
    return { ok: true, raw: JSON.parse(await file.text()) as unknown };
  } catch {
    return { ok: false, field: 'file', message: textsOf('importNotJson') };
  }
}

/** Checks a parsed JSON value; the first problem found is named by its dot-separated field. */
export function parseSettingsDocument(raw: unknown): ParseSettingsResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('document', 'ioNotSettings');
  const size = jsonSizeUpTo(raw, MAX_SETTINGS_FILE_BYTES);
  if (size > MAX_SETTINGS_FILE_BYTES) return tooLarge(size);
  const forbidden = forbiddenKeyPath(raw, '');
  if (forbidden) return fail(forbidden, 'ioForbiddenKey');
  const result = checkDocument(raw);
  if (!result.ok) return result;
  const unknown = unknownFieldPath(raw, result.doc, '');
  return unknown ? fail(unknown, 'ioUnknownField') : result;
}

function checkDocument(raw: object): ParseSettingsResult {
  const shape = v.safeParse(DocumentShape, raw);
  if (!shape.success) {
    const field = pathOf('', shape.issues[0]);
    return field === 'format' || field === 'version' || field === '' ? fail(field || 'document', 'ioNotSettings') : fail(field, 'ioInvalidField');
  }
  const body = shape.output;

  // An export from an older version may lack a newer preference: that one takes its default. What is there must be valid.
  const prefs = v.safeParse(PrefsSchema, { ...DEFAULT_PREFS, ...body.prefs });
  if (!prefs.success) return fail(pathOf('prefs', prefs.issues[0]), 'ioInvalidField');

  const presets: Preset[] = [];
  const presetIds = new Set<string>();
  for (const [index, candidate] of body.presets.entries()) {
    const problem = presetProblems(candidate)[0];
    if (problem) {
      if (problem.kind === 'invalid') return fail(`presets.${index}.${problem.field}`, 'ioInvalidField');
      const field = `presets.${index}.filters`;
      return {
        ok: false,
        field,
        message: inEveryLang((lang) => t(lang, 'ioPresetConflict', { field, problem: describeProblem(problem, lang) })),
      };
    }
    const preset = candidate as Preset;
    if (presetIds.has(preset.id)) return fail(`presets.${index}.id`, 'ioDuplicate');
    presetIds.add(preset.id);
    presets.push(preset);
  }

  const templates: Template[] = [];
  const templateIds = new Set<string>();
  for (const [index, candidate] of body.templates.entries()) {
    const parsed = v.safeParse(TemplateSchema, candidate);
    if (!parsed.success) return fail(pathOf(`templates.${index}`, parsed.issues[0]), 'ioInvalidField');
    if (templateIds.has(parsed.output.id)) return fail(`templates.${index}.id`, 'ioDuplicate');
    templateIds.add(parsed.output.id);
    templates.push(parsed.output);
  }

  const clientIds = new Set<string>();
  for (const [index, store] of body.stores.entries()) {
    if (clientIds.has(store.clientId)) return fail(`stores.${index}.clientId`, 'ioDuplicate');
    clientIds.add(store.clientId);
  }

  // Re-parse the presets whole so their trimmed, stripped form is what gets imported.
  const cleanPresets = presets.map((p) => v.parse(PresetSchema, p));
  return {
    ok: true,
    doc: {
      format: SETTINGS_FORMAT,
      version: SETTINGS_VERSION,
      exportedAt: body.exportedAt ?? '',
      prefs: prefs.output,
      presets: cleanPresets,
      templates,
      stores: body.stores.map((s) => ({ name: s.name, clientId: s.clientId, ...(s.apiKey ? { apiKey: s.apiKey } : {}) })),
    },
  };
}
