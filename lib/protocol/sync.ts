// A store's sync as the background reports it (getSyncState, syncNow, the sidekick:syncProgress event): the popup
// shows it as "120 of 300 chats", "synced 5 min ago" or the error.
import type { Texts } from '../i18n';

export interface SyncProgress {
  storeId: string;
  phase: 'idle' | 'listing' | 'history' | 'postings' | 'done' | 'error';
  /** Chats whose new messages were fetched so far, of `total` that needed it. */
  done: number;
  total: number;
  listed: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** When a sync of this store last completed (the popup's "synced at"). */
  lastSuccessAt: number | null;
  /** `message` in English; `text` in each language when the error had one (the Seller API client's do). */
  error: { code: string; message: string; text?: SyncErrorTexts } | null;
}

/**
 * An error's text in every UI language. A state saved before Chinese was added (issue #15) has English and Russian
 * only, so a reader falls back to `message` for a language that is missing.
 */
export type SyncErrorTexts = Pick<Texts, 'en' | 'ru'> & Partial<Texts>;
