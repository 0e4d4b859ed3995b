import { openDB, type IDBPDatabase } from 'idb';
import { MIGRATIONS, DB_VERSION } from './migrations';
import { DB_NAME, type SidekickDB } from './schema';

/** Opens (and if needed upgrades) the database; `version` is for tests that write an older schema first. */
export async function openSidekickDb(version: number = DB_VERSION, name: string = DB_NAME): Promise<IDBPDatabase<SidekickDB>> {
  if (!Number.isInteger(version) || version < 1 || version > MIGRATIONS.length) {
    throw new Error(`No migration to schema ${version}`);
  }
  return openDB<SidekickDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) await MIGRATIONS[step]!(db, tx);
    },
  });
}
