// Presets in the user's order. Validation (schema, the portal's forbidden pairs) happens before these are called.
// Each change is one transaction that answers with the list as it leaves it: one save, one write, no second read.
import type { IDBPDatabase } from 'idb';
import type { Preset } from '../../../lib/presets/model';
import type { PresetRecord, SidekickDB } from './schema';

type Db = IDBPDatabase<SidekickDB>;

function inOrder(records: readonly PresetRecord[]): Preset[] {
  return [...records].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id)).map(({ position: _position, ...preset }) => preset);
}

export async function listPresets(db: Db): Promise<Preset[]> {
  return inOrder(await db.getAll('presets'));
}

/** Adds a new preset at the end or replaces one in place. */
export async function putPreset(db: Db, preset: Preset): Promise<Preset[]> {
  const tx = db.transaction('presets', 'readwrite');
  const all = await tx.store.getAll();
  const position = all.find((p) => p.id === preset.id)?.position ?? all.reduce((max, p) => Math.max(max, p.position), -1) + 1;
  const record: PresetRecord = { ...preset, position };
  await tx.store.put(record);
  await tx.done;
  return inOrder([...all.filter((p) => p.id !== preset.id), record]);
}

export async function deletePreset(db: Db, id: string): Promise<Preset[]> {
  const tx = db.transaction('presets', 'readwrite');
  const all = await tx.store.getAll();
  await tx.store.delete(id);
  await tx.done;
  return inOrder(all.filter((p) => p.id !== id));
}

/** Puts the listed presets first, in that order; the others keep their relative order after them. */
export async function reorderPresets(db: Db, ids: readonly string[]): Promise<Preset[]> {
  const tx = db.transaction('presets', 'readwrite');
  const all = (await tx.store.getAll()).sort((a, b) => a.position - b.position);
  const rank = new Map(ids.map((id, i) => [id, i]));
  const ordered = [...all.filter((p) => rank.has(p.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!), ...all.filter((p) => !rank.has(p.id))];
  const records = ordered.map((preset, position) => ({ ...preset, position }));
  await Promise.all(records.map((record) => tx.store.put(record)));
  await tx.done;
  return inOrder(records);
}

/** Replaces every preset (import, reset). */
export async function replacePresets(db: Db, presets: readonly Preset[]): Promise<void> {
  const tx = db.transaction('presets', 'readwrite');
  await tx.store.clear();
  await Promise.all(presets.map((preset, position) => tx.store.put({ ...preset, position })));
  await tx.done;
}
