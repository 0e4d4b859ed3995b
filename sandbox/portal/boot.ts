// What the server hands the client in the shell: this start's hashed class names and the page language.
import type { ClassMap } from './classes';
import type { Lang } from './labels';

export interface BootConfig {
  lang: Lang;
  classes: ClassMap;
  /** Rows per scroll page (30 on the portal). */
  pageSize: number;
  /** Milliseconds between the periodic list refreshes. */
  refreshMs: number;
}

export const BOOT_GLOBAL = '__REPLICA_BOOT__';
