// Tells the content scripts of the open portal tabs when the preferences or the stores' status changed
// (lib/protocol/page-events.ts), so a page never asks again: one push after a burst of changes, and none when
// nothing they know changed. A tab without our content script (still loading, or opened before an update) refuses
// the message; that is no error: it asks for the settings when its script starts.
import { settingsEvent, type PageEvent } from '../../lib/protocol/page-events';
import { PORTAL_TABS_PATTERN } from '../../lib/portal-links';
import { listStores, readPrefs } from './db/repo';
import { statusOf } from './handlers/stores';
import type { Db } from './context';

export interface PortalTabs {
  query(filter: { url: string }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, event: PageEvent): Promise<unknown>;
}

export interface PagePushOptions {
  db: () => Promise<Db>;
  tabs: PortalTabs;
  /** How long changes may keep coming before the push (a sync or an import writes many times). */
  settleMs?: number;
}

/** Returns the function to call after any change: it pushes the settings once the changes settle. */
export function createPagePush({ db, tabs, settleMs = 100 }: PagePushOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';

  async function push(): Promise<void> {
    const database = await db();
    const event = settingsEvent(await readPrefs(database), statusOf(await listStores(database)));
    const key = JSON.stringify(event);
    if (key === last) return;
    last = key;
    for (const tab of await tabs.query({ url: PORTAL_TABS_PATTERN })) {
      if (tab.id !== undefined) tabs.sendMessage(tab.id, event).catch(() => undefined);
    }
  }

  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void push().catch(() => undefined), settleMs);
  };
}
