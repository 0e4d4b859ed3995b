// What every handler of the background gets: the database, the Seller API per store, the clock, the sync runner.
import type { IDBPDatabase } from 'idb';
import type { ChatRecord, MessageRecord, SidekickDB } from './db/schema';
import type { StoreApiFactory } from './store-api';
import type { SyncRunner } from './sync-runner';

export type Db = IDBPDatabase<SidekickDB>;

export interface ChatVerdict {
  risk: 'none' | 'warn' | 'danger';
  reasons: string[];
}

export interface RouterDeps {
  db: () => Promise<Db>;
  apiFor: StoreApiFactory;
  sync: SyncRunner;
  version: string;
  now?: () => number;
  newId?: () => string;
  /** The scam guard's verdict on a synced chat (lib/scam), for the popup's risk badges. */
  judgeChat?: (chat: ChatRecord, messages: readonly MessageRecord[]) => ChatVerdict;
  /** Called when cached data that the badge depends on changed. */
  onDataChanged?: () => void;
}

export interface HandlerContext {
  db: Db;
  deps: RouterDeps;
  now: () => number;
}
