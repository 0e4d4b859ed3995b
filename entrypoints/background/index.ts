// The background owns the data: IndexedDB, every call to the Seller API, the sync on an alarm, the badge and the
// notifications, and the answers to the protocol. Every message's sender is checked before anything is parsed.
import { browser } from 'wxt/browser';
import { classifySender, commandMessage, parseRequest, syncProgressEvent, type BackgroundEvent } from '@/lib/protocol/messages';
import { openSidekickDb } from './db/open';
import { listStores, readPrefs } from './db/repo';
import { createRouter } from './router';
import type { RouterDeps } from './context';
import { createStoreApiFactory } from './ozon-store-api';
import { createSyncRunner } from './sync-runner';
import { NOTIFICATION_PREFIX, openChat, refreshAttention } from './attention';
import { judgeSyncedChat } from './judge-chat';
import { isUnfinished, readSyncState } from './sync/state';
import { PORTAL_TABS_PATTERN } from '@/lib/portal-links';
import { createPagePush } from './page-push';

const SYNC_ALARM = 'sidekick-sync';

export default defineBackground(() => {
  let dbPromise: ReturnType<typeof openSidekickDb> | undefined;
  const db = () => (dbPromise ??= openSidekickDb());
  const apiFor = createStoreApiFactory();

  const broadcast = (event: BackgroundEvent) => {
    // Only the extension's own pages listen; nobody listening is not an error.
    browser.runtime.sendMessage(event).catch(() => undefined);
  };
  let attentionTimer: ReturnType<typeof setTimeout> | undefined;
  const attention = () => {
    // Coalesce bursts (a sync writes many times): the badge is redrawn once they settle.
    clearTimeout(attentionTimer);
    attentionTimer = setTimeout(() => {
      db()
        .then((database) => refreshAttention(database, deps))
        .catch((error: unknown) => console.warn('[seller-sidekick] badge', error instanceof Error ? error.name : 'error'));
    }, 250);
  };

  // The portal tabs hear of new preferences and store modes (a sync may find a store DOM-only) without asking.
  const pushToPages = createPagePush({ db, tabs: browser.tabs });
  const sync = createSyncRunner({
    db,
    apiFor,
    onProgress: () => void sync.progress().then((progress) => broadcast(syncProgressEvent(progress))),
    onFinished: () => {
      attention();
      pushToPages();
    },
  });
  const deps: RouterDeps = {
    db,
    apiFor,
    sync,
    version: browser.runtime.getManifest().version,
    judgeChat: judgeSyncedChat,
    onDataChanged: () => {
      attention();
      pushToPages();
      void scheduleSync();
    },
  };
  const route = createRouter(deps);
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const kind = classifySender(sender, browser.runtime.id, extensionOrigin);
    if (!kind) return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'Unknown sender' } });
    const parsed = parseRequest(raw, kind);
    if (!parsed.ok) return Promise.resolve({ ok: false, error: { code: parsed.code, message: parsed.message } });
    return route(parsed.request);
  });

  /** (Re)creates the sync alarm when the interval changed. */
  async function scheduleSync(): Promise<void> {
    const prefs = await readPrefs(await db());
    const current = await browser.alarms.get(SYNC_ALARM);
    if (current?.periodInMinutes === prefs.syncIntervalMinutes) return;
    await browser.alarms.create(SYNC_ALARM, { delayInMinutes: prefs.syncIntervalMinutes, periodInMinutes: prefs.syncIntervalMinutes });
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.syncAll();
  });

  // Keyboard commands act on the portal tab in front: the content script there toggles the sidebar or applies a preset.
  browser.commands.onCommand.addListener((command) => {
    void browser.tabs.query({ active: true, currentWindow: true, url: PORTAL_TABS_PATTERN }).then(([tab]) => {
      if (tab?.id !== undefined) return browser.tabs.sendMessage(tab.id, commandMessage(command));
    }).catch(() => undefined);
  });

  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void openChat(id.slice(NOTIFICATION_PREFIX.length));
    void browser.notifications.clear(id);
  });

  // A worker stopped in the middle of a sync resumes it when it wakes: nothing duplicated, nothing lost.
  void (async () => {
    await scheduleSync();
    const database = await db();
    for (const store of await listStores(database)) {
      if (isUnfinished(await readSyncState(database, store.id))) void sync.syncStore(store.id);
    }
    attention();
  })().catch(() => undefined);
});
