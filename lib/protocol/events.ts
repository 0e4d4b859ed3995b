// What the background pushes to the extension's own pages (runtime.sendMessage) without being asked.
import type { SyncProgress } from './sync';

/** The sync's progress while it runs, so an open popup shows "120 of 300 chats" without asking. */
export type BackgroundEvent = { type: 'sidekick:syncProgress'; progress: SyncProgress[] };

export function syncProgressEvent(progress: SyncProgress[]): BackgroundEvent {
  return { type: 'sidekick:syncProgress', progress };
}

/** Pages also hear the requests content scripts send: only this shape is an event. */
export function isBackgroundEvent(raw: unknown): raw is BackgroundEvent {
  if (typeof raw !== 'object' || raw === null) return false;
  const { type, progress } = raw as { type?: unknown; progress?: unknown };
  return type === 'sidekick:syncProgress' && Array.isArray(progress);
}
