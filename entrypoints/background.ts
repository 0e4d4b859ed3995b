// The background owns the data: IndexedDB, every call to the Seller API, and the answers to the protocol.
import { browser } from 'wxt/browser';
import { classifySender, parseRequest } from '@/lib/messages';
import { openSidekickDb } from '@/lib/db/open';
import { createRouter } from '@/lib/background/router';
import { testConnection } from '@/lib/background/test-connection';

export default defineBackground(() => {
  let dbPromise: ReturnType<typeof openSidekickDb> | undefined;
  const db = () => (dbPromise ??= openSidekickDb());
  const route = createRouter({ db, testConnection: (store) => testConnection(store), version: browser.runtime.getManifest().version });
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const kind = classifySender(sender, browser.runtime.id, extensionOrigin);
    if (!kind) return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'Unknown sender' } });
    const parsed = parseRequest(raw, kind);
    if (!parsed.ok) return Promise.resolve({ ok: false, error: { code: parsed.code, message: parsed.message } });
    return route(parsed.request);
  });
});
