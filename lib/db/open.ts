import { openDB, type IDBPDatabase } from 'idb';
import { MIGRATIONS, DB_VERSION } from './migrations';
import { DB_NAME, type SidekickDB } from './schema';

/** Opens (and if needed upgrades) the database; `version` is for tests that write an older schema first. */
export function openSidekickDb(version: number = DB_VERSION, name: string = DB_NAME): Promise<IDBPDatabase<SidekickDB>> {
  return openDB<SidekickDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) {
        const migrate = MIGRATIONS[step];
        if (!migrate) throw new Error(`No migration from schema ${step}`);
        await migrate(db, tx);
      }
    },
  });
}
