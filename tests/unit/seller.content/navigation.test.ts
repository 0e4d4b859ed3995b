// The content script as it runs on the portal (entrypoints/seller.content/navigation.ts): every feature and the
// sidebar, on the chat list, in an open chat and on the orders page. The settings are loaded once per navigation:
// one getPrefs and one getStatus, whatever applies to the page; a navigation stops what the previous one started.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { RequestType } from '@/lib/protocol/messages';
import { createLifecycle, type OwnLifecycle } from '@/entrypoints/seller.content/lifecycle';
import { FEATURES, runContentScript } from '@/entrypoints/seller.content/navigation';
import { pageKindOf } from '@/entrypoints/seller.content/portal/page-kind';
import { loadPage, messengerPage, openChatHtml, ROWS } from '../../fixtures/portal/messenger';
import { listElement, matrixRows, rowElement, tabsElement } from '../../fixtures/orders/matrix';
import { sharedBackground as background } from '../support/fake-background';

vi.mock('@/lib/protocol/send', async () => (await import('../support/fake-background')).fakeSendModule());

const CHAT_LIST = '/app/messenger?group=customers_v2';
const chat = (id: string) => `${CHAT_LIST}&id=${id}`;
const ORDERS = '/app/postings/fbs?tab=all';
const wait = (ms = 100) => new Promise((r) => setTimeout(r, ms));

let lifecycle: OwnLifecycle;

/** The messenger page (an open chat when `chatId` is given) at `path`. */
function messenger(path: string, chatId?: string): void {
  loadPage(messengerPage({ lang: 'en' }) + (chatId ? openChatHtml('en', chatId) : ''), 'en', path);
}

function orders(): void {
  history.replaceState(null, '', ORDERS);
  const { root, body } = listElement(document, 'ru', 'table');
  for (const row of matrixRows()) body.append(rowElement(document, row, 'ru', 'all', 'table'));
  document.body.replaceChildren(tabsElement(document, 'ru'), root);
}

/** Goes to `path` as the portal's router does (pushState, then the popstate hint), and lets the page settle. */
async function navigate(path: string, render: () => void): Promise<void> {
  render();
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  await wait();
}

/** The requests of `type` the background received since `from`. */
const sentSince = (from: number, type: RequestType) => background.received.slice(from).filter((r) => r.type === type).length;

beforeEach(() => {
  background.reset({ listPresets: [], listTemplates: [], getChatMeta: {}, getShipmentEligibility: {} });
  lifecycle = createLifecycle(() => true);
});

afterEach(() => {
  lifecycle.end();
  fakeBrowser.reset();
  history.replaceState(null, '', '/');
});

describe('one navigation, one load of the settings', () => {
  it('on the chat list, then in open chats: one getPrefs and one getStatus each time, for every feature and the sidebar', async () => {
    messenger(CHAT_LIST);
    runContentScript({ lifecycle, location: { intervalMs: 60_000 } });
    await wait();
    const started = FEATURES.filter((f) => f.appliesTo(pageKindOf(location.href))).map((f) => f.name);
    expect(started).toEqual(expect.arrayContaining(['presets', 'scam-badges']));
    expect(document.querySelectorAll('seller-sidekick')).toHaveLength(1);
    expect(sentSince(0, 'getPrefs')).toBe(1);
    expect(sentSince(0, 'getStatus')).toBe(1);

    for (const row of ROWS.slice(0, 2)) {
      const before = background.received.length;
      await navigate(chat(row.id), () => messenger(CHAT_LIST, row.id));
      expect(FEATURES.filter((f) => f.appliesTo(pageKindOf(location.href))).map((f) => f.name)).toEqual(
        expect.arrayContaining(['presets', 'scam-badges', 'scam-chat', 'quick-replies']),
      );
      expect(sentSince(before, 'getPrefs')).toBe(1);
      expect(sentSince(before, 'getStatus')).toBe(1);
    }
    // The open chat's features run: the quick replies' button sits by the message box, once.
    expect(document.querySelectorAll('button[data-sidekick-action="quick-replies"]')).toHaveLength(1);
  });

  it('a navigation stops what the previous one started; the extension gone, everything goes', async () => {
    messenger(chat(ROWS[0]!.id), ROWS[0]!.id);
    runContentScript({ lifecycle, location: { intervalMs: 60_000 } });
    await wait();
    expect(document.querySelectorAll('button[data-sidekick-action="quick-replies"]')).toHaveLength(1);
    // Back to the list on the same page: the chat's features stop and remove what they added.
    history.pushState(null, '', CHAT_LIST);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await wait();
    expect(document.querySelectorAll('button[data-sidekick-action="quick-replies"]')).toHaveLength(0);
    lifecycle.end();
    // Preact runs the unmounted sidebar's effect cleanups (the page's dock margin) after the render.
    await wait();
    expect(document.querySelectorAll('seller-sidekick, [data-sidekick-owned]')).toHaveLength(0);
  });

  it('on the orders page: one getPrefs and one getStatus', async () => {
    messenger(CHAT_LIST);
    runContentScript({ lifecycle, location: { intervalMs: 60_000 } });
    await wait();
    const before = background.received.length;
    await navigate(ORDERS, orders);
    expect(sentSince(before, 'getPrefs')).toBe(1);
    expect(sentSince(before, 'getStatus')).toBe(1);
  });
});
