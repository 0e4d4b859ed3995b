// Presets in the user's order. Validation (schema, the portal's forbidden pairs) happens before these are called.
import type { IDBPDatabase } from 'idb';
import type { Preset } from '../../../lib/presets/model';
import type { SidekickDB } from './schema';

type Db = IDBPDatabase<SidekickDB>;

export async function listPresets(db: Db): Promise<Preset[]> {
  const records = await db.getAll('presets');
  return records.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id)).map(({ position: _position, ...preset }) => preset);
}

/** Adds a new preset at the end or replaces one in place. */
export async function putPreset(db: Db, preset: Preset): Promise<Preset[]> {
  const tx = db.transaction('presets', 'readwrite');
  const existing = await tx.store.get(preset.id);
  let position = existing?.position;
  if (position === undefined) {
    const all = await tx.store.getAll();
    position = all.reduce((max, p) => Math.max(max, p.position), -1) + 1;
  }
  await tx.store.put({ ...preset, position });
  await tx.done;
  return listPresets(db);
}

export async function deletePreset(db: Db, id: string): Promise<Preset[]> {
  await db.delete('presets', id);
  return listPresets(db);
}

/** Puts the listed presets first, in that order; the others keep their relative order after them. */
export async function reorderPresets(db: Db, ids: readonly string[]): Promise<Preset[]> {
  const tx = db.transaction('presets', 'readwrite');
  const all = (await tx.store.getAll()).sort((a, b) => a.position - b.position);
  const rank = new Map(ids.map((id, i) => [id, i]));
  const ordered = [...all.filter((p) => rank.has(p.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!), ...all.filter((p) => !rank.has(p.id))];
  await Promise.all(ordered.map((preset, position) => tx.store.put({ ...preset, position })));
  await tx.done;
  return listPresets(db);
}

/** Replaces every preset (import, reset). */
export async function replacePresets(db: Db, presets: readonly Preset[]): Promise<void> {
  const tx = db.transaction('presets', 'readwrite');
  await tx.store.clear();
  await Promise.all(presets.map((preset, position) => tx.store.put({ ...preset, position })));
  await tx.done;
}
