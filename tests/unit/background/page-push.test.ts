// The background tells the portal tabs when the settings change (entrypoints/background/page-push.ts): once after a
// burst of changes, only when something a page knows changed, never the keys.
import { describe, expect, it, vi } from 'vitest';
import { openSidekickDb } from '@/entrypoints/background/db/open';
import { putStore, writePrefs } from '@/entrypoints/background/db/repo';
import { createPagePush, type PortalTabs } from '@/entrypoints/background/page-push';
import { PORTAL_TABS_PATTERN } from '@/lib/portal-links';
import { parsePageEvent, type PageEvent } from '@/lib/protocol/page-events';

const wait = (ms = 30) => new Promise((r) => setTimeout(r, ms));

function setup() {
  const db = openSidekickDb(undefined, `page-push-${Math.random()}`);
  const sent: { tabId: number; event: PageEvent }[] = [];
  const tabs: PortalTabs = {
    query: vi.fn(async () => [{ id: 7 }, {}, { id: 9 }]),
    sendMessage: async (tabId, event) => {
      sent.push({ tabId, event });
      // A tab whose content script is not there yet refuses the message: no error for the background.
      if (tabId === 9) throw new Error('Could not establish connection. Receiving end does not exist.');
    },
  };
  return { db, sent, tabs, push: createPagePush({ db: () => db, tabs, settleMs: 5 }) };
}

describe('pushing the settings to the portal tabs', () => {
  it('sends each portal tab the preferences and the stores’ status once after a burst, without keys', async () => {
    const { db, sent, tabs, push } = setup();
    const database = await db;
    await putStore(database, { id: 's1', name: 'Main', clientId: '123', apiKey: 'secret-key-1234', createdAt: 1, mode: 'api' });
    await writePrefs(database, { language: 'ru' });
    push();
    push();
    push();
    await wait();
    expect(tabs.query).toHaveBeenCalledTimes(1);
    expect(tabs.query).toHaveBeenCalledWith({ url: PORTAL_TABS_PATTERN });
    expect(sent.map((s) => s.tabId)).toEqual([7, 9]);
    const event = sent[0]!.event;
    expect(parsePageEvent(event, 'extension')).toEqual(event);
    expect(event).toMatchObject({ type: 'sidekick:settings', prefs: { language: 'ru' }, status: { apiAvailable: true, stores: [{ id: 's1', name: 'Main', mode: 'api' }] } });
    expect(JSON.stringify(event)).not.toContain('secret');
  });

  it('pushes nothing when nothing a page knows changed, and the change when it did', async () => {
    const { db, sent, push } = setup();
    push();
    await wait();
    expect(sent).toHaveLength(2);
    push();
    await wait();
    expect(sent).toHaveLength(2);
    await writePrefs(await db, { nonMatchingRows: 'hide' });
    push();
    await wait();
    expect(sent).toHaveLength(4);
    expect(sent[3]!.event.prefs.nonMatchingRows).toBe('hide');
  });
});
