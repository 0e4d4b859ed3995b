// Export, import (all or nothing) and reset of everything the user configured.
import type { RequestOf } from '../../../lib/protocol/messages';
import { DEFAULT_PREFS } from '../../../lib/prefs';
import { BUILTIN_PRESETS } from '../../../lib/presets/model';
import { buildSettingsDocument, parseSettingsDocument, type SettingsDocument } from '../../../lib/settings-io';
import { listStores, readPrefs } from '../db/repo';
import { listPresets, replacePresets } from '../db/presets-repo';
import { listTemplates, replaceTemplates } from '../db/templates-repo';
import type { StoreRecord } from '../db/schema';
import type { HandlerContext } from '../context';
import { HandledError } from '../errors';

export async function exportSettings({ db }: HandlerContext, request: RequestOf<'exportSettings'>): Promise<SettingsDocument> {
  const stores = await listStores(db);
  return buildSettingsDocument(
    {
      prefs: await readPrefs(db),
      presets: await listPresets(db),
      templates: await listTemplates(db),
      stores: stores.map((s) => ({ name: s.name, clientId: s.clientId, apiKey: s.apiKey })),
    },
    request.includeApiKeys,
  );
}

/**
 * Writes the whole document in one transaction, or nothing. Stores are matched by Client-Id: an existing store keeps
 * its key when the document has none; a new store without a key is skipped (it could not be used).
 */
export async function importSettings({ db, deps, now }: HandlerContext, request: RequestOf<'importSettings'>) {
  const parsed = parseSettingsDocument(request.document);
  if (!parsed.ok) throw new HandledError('invalid-import', parsed.message, parsed.field);
  const doc = parsed.doc;
  const existing = await listStores(db);
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const tx = db.transaction(['prefs', 'presets', 'templates', 'stores'], 'readwrite');
  await tx.objectStore('prefs').put(doc.prefs, 'prefs');
  await tx.objectStore('presets').clear();
  await Promise.all(doc.presets.map((preset, position) => tx.objectStore('presets').put({ ...preset, position })));
  await tx.objectStore('templates').clear();
  await Promise.all(doc.templates.map((template) => tx.objectStore('templates').put(template)));
  let stores = 0;
  for (const store of doc.stores) {
    const match = existing.find((s) => s.clientId === store.clientId);
    const apiKey = store.apiKey ?? match?.apiKey;
    if (!apiKey) continue;
    const record: StoreRecord = match
      ? { ...match, name: store.name, apiKey, ...(apiKey !== match.apiKey ? { mode: 'unknown' as const, modeReason: undefined } : {}) }
      : { id: newId(), name: store.name, clientId: store.clientId, apiKey, createdAt: now(), mode: 'unknown' };
    await tx.objectStore('stores').put(record);
    stores++;
  }
  await tx.done;
  deps.onDataChanged?.();
  return { imported: { prefs: true, presets: doc.presets.length, templates: doc.templates.length, stores } };
}

/** Preferences, presets and templates back to their defaults; stores (and their keys) are kept. */
export async function resetSettings({ db, deps }: HandlerContext): Promise<{ reset: true }> {
  await db.put('prefs', DEFAULT_PREFS, 'prefs');
  await replacePresets(db, BUILTIN_PRESETS);
  await replaceTemplates(db, []);
  deps.onDataChanged?.();
  return { reset: true };
}
