// Quick-reply templates, ordered by name.
import type { IDBPDatabase } from 'idb';
import type { Template } from '../../../lib/templates/model';
import type { SidekickDB } from './schema';

type Db = IDBPDatabase<SidekickDB>;

export async function listTemplates(db: Db): Promise<Template[]> {
  return (await db.getAll('templates')).sort((a, b) => a.name.localeCompare(b.name));
}

export async function putTemplate(db: Db, template: Template): Promise<Template[]> {
  await db.put('templates', template);
  return listTemplates(db);
}

export async function deleteTemplate(db: Db, id: string): Promise<Template[]> {
  await db.delete('templates', id);
  return listTemplates(db);
}

export async function replaceTemplates(db: Db, templates: readonly Template[]): Promise<void> {
  const tx = db.transaction('templates', 'readwrite');
  await tx.store.clear();
  await Promise.all(templates.map((template) => tx.store.put(template)));
  await tx.done;
}
