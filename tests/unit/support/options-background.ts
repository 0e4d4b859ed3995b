// The options page's background in its unit tests: a small stateful fake behind the mocked `send`, enough of the
// protocol for every section (tests/unit/options/*.test.tsx).
import type { vi } from 'vitest';
import * as v from 'valibot';
import { RequestError } from '@/lib/protocol/send';
import { DEFAULT_PREFS, PrefsPatchSchema, type Prefs } from '@/lib/prefs';
import { BUILTIN_PRESETS, presetProblems, type Preset } from '@/lib/presets';
import type { Template } from '@/lib/templates/model';
import type { ConnectionReport, StoreSummary } from '@/lib/protocol/messages';
import { buildSettingsDocument } from '@/lib/settings-io';
import { backend } from './extension-pages';

export interface OptionsStart {
  prefs?: Prefs;
  stores?: StoreSummary[];
  presets?: Preset[];
  templates?: Template[];
  report?: ConnectionReport;
}

/** A small stateful background: enough of the protocol for the options page. Returns its records. */
export function fakeOptionsBackground(sendMock: ReturnType<typeof vi.fn>, start: OptionsStart = {}) {
  const db = {
    prefs: structuredClone(start.prefs ?? DEFAULT_PREFS),
    stores: structuredClone(start.stores ?? []),
    keys: new Map<string, string>(),
    presets: structuredClone(start.presets ?? [...BUILTIN_PRESETS]),
    templates: structuredClone(start.templates ?? []),
  };
  let next = 1;
  backend(sendMock, {
    getPrefs: () => structuredClone(db.prefs),
    setPrefs: (r) => {
      v.parse(PrefsPatchSchema, r.patch);
      db.prefs = { ...db.prefs, ...r.patch } as Prefs;
      return structuredClone(db.prefs);
    },
    listStores: () => structuredClone(db.stores),
    saveStore: (r) => {
      const id = r.id ?? `store-${next++}`;
      const key = r.apiKey ?? db.keys.get(id)!;
      db.keys.set(id, key);
      const summary: StoreSummary = { id, name: r.name, clientId: r.clientId, apiKeyMasked: `••••${key.slice(-4)}`, mode: 'unknown' };
      db.stores = [...db.stores.filter((s) => s.id !== id), summary];
      return summary;
    },
    deleteStore: (r) => ((db.stores = db.stores.filter((s) => s.id !== r.id)), { deleted: true }),
    testConnection: () => start.report ?? { ok: true, sellerName: 'ООО Ромашка', subscription: 'PREMIUM_PLUS', chatApi: 'available' },
    listPresets: () => structuredClone(db.presets),
    savePreset: (r) => {
      const preset = r.preset as Preset;
      if (presetProblems(preset).length) throw new RequestError('preset-conflict', 'conflict');
      const at = db.presets.findIndex((p) => p.id === preset.id);
      if (at >= 0) db.presets[at] = preset;
      else db.presets.push(preset);
      return structuredClone(db.presets);
    },
    deletePreset: (r) => ((db.presets = db.presets.filter((p) => p.id !== r.id)), structuredClone(db.presets)),
    reorderPresets: (r) => ((db.presets = r.ids.map((id) => db.presets.find((p) => p.id === id)!)), structuredClone(db.presets)),
    listTemplates: () => structuredClone(db.templates),
    saveTemplate: (r) => ((db.templates = [...db.templates.filter((t) => t.id !== r.template.id), r.template]), structuredClone(db.templates)),
    deleteTemplate: (r) => ((db.templates = db.templates.filter((t) => t.id !== r.id)), structuredClone(db.templates)),
    exportSettings: (r) =>
      buildSettingsDocument({ prefs: db.prefs, presets: db.presets, templates: db.templates, stores: db.stores.map((s) => ({ name: s.name, clientId: s.clientId, apiKey: db.keys.get(s.id) ?? '' })) }, r.includeApiKeys),
    importSettings: () => ({ imported: { prefs: true, presets: 2, templates: 1, stores: 1 } }),
    resetSettings: () => ((db.prefs = structuredClone(DEFAULT_PREFS)), { reset: true as const }),
  });
  return db;
}
