// What the background pushes without being asked.
import type { SyncProgress } from './sync';

/** To the extension's own pages (runtime.sendMessage) while a sync runs. */
export type BackgroundEvent = { type: 'sidekick:syncProgress'; progress: SyncProgress[] };
