// Issue 6's "Done when" for Contact Customer and quick replies: the production build in Chromium on the replicas,
// DOM-only and with a store connected; and Contact Customer on the portal in Chinese (issue #15).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../sandbox/main';
import { ORDER_TABS, type OrdersTab } from '../../sandbox/portal/labels';
import { postingsOfTab } from '../../sandbox/portal/views';
import { t } from '../../lib/i18n';
import type { EligibilityReason } from '../../lib/shipments/judge';
import { launchExtension, waitForOneSidebar, type ExtensionSession } from './harness';

interface ReplicaControl {
  rerender(): void;
  navigate(url: string): void;
}
declare global {
  interface Window {
    __replica?: ReplicaControl;
  }
}

interface RowState {
  number: string;
  contact: string | null;
  reason: string | null;
  title: string | null;
  buttons: number;
}

/** The extension's API as its own pages see it (used from the options page to set up a store and a template). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const NUMBER_RE = /\d{5,12}-\d{1,6}-\d{1,4}/;

/** Every shipment row of the list as the extension marked it. */
function rowStates(page: Page): Promise<RowState[]> {
  return page.evaluate((source) => {
    const re = new RegExp(source);
    return [...document.querySelectorAll('tbody tr')]
      .filter((tr) => !tr.closest('[role="dialog"]'))
      .map((tr) => ({
        number: re.exec(tr.querySelector('a')?.textContent ?? '')?.[0] ?? '',
        contact: tr.getAttribute('data-sidekick-contact'),
        reason: tr.getAttribute('data-sidekick-contact-reason'),
        title: tr.getAttribute('title'),
        buttons: tr.querySelectorAll('button[data-sidekick-action="contact-customer"]').length,
      }));
  }, NUMBER_RE.source);
}

/** Scrolls the list's scroll region until `expected` rows are loaded (pages of 30 load on scroll). */
async function loadAllRows(page: Page, expected: number): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const count = await page.evaluate(() => {
      const table = document.querySelector('table');
      let el: HTMLElement | null = table?.parentElement ?? null;
      while (el && !/(auto|scroll)/.test(getComputedStyle(el).overflowY)) el = el.parentElement;
      (el ?? document.scrollingElement)?.scrollTo({ top: 1e9 });
      return document.querySelectorAll('tbody tr').length;
    });
    if (count >= expected) return;
    await page.waitForTimeout(150);
  }
  throw new Error(`only some of ${expected} rows loaded`);
}

/** Waits until every loaded row is judged. */
async function waitJudged(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const rows = document.querySelectorAll('tbody tr');
      return rows.length === n && [...rows].every((tr) => tr.hasAttribute('data-sidekick-contact'));
    },
    expected,
    { timeout: 15_000 },
  );
}

describe('Contact Customer on the replica', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;

  beforeAll(async () => {
    sandbox = await startSandbox();
    session = await launchExtension(sandbox);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  /** What the replica's ground truth says each row of a tab must show. */
  function expectedRows(tab: OrdersTab): Map<string, { contact: string; reason: string | null }> {
    return new Map(
      postingsOfTab(sandbox.world, tab).map((p) => [
        p.postingNumber,
        { contact: p.contact.eligible ? 'available' : 'unavailable', reason: p.contact.reason },
      ]),
    );
  }

  /** `lang` null: the extension's own words are not checked (its Chinese UI arrives separately). */
  function compare(rows: RowState[], expected: Map<string, { contact: string; reason: string | null }>, lang: 'en' | 'ru' | null): void {
    expect(rows.map((r) => r.number).sort()).toEqual([...expected.keys()].sort());
    const wrong = rows.filter((r) => {
      const want = expected.get(r.number)!;
      if (r.contact !== want.contact || r.reason !== want.reason) return true;
      if (want.contact === 'available') return r.buttons !== 1;
      return r.buttons !== 0 || (lang !== null && r.title !== t(lang, `contactWhyNot:${want.reason as EligibilityReason}`));
    });
    expect(wrong).toEqual([]);
  }

  it('DOM-only: every row of every tab matches the replica’s ground truth (English), loading all rows by scrolling', async () => {
    const page = await session.openPortal('/app/postings/fbs?tab=all', 'en');
    await waitForOneSidebar(page);
    for (const tab of ORDER_TABS) {
      await page.evaluate((url) => window.__replica!.navigate(url), `/app/postings/fbs?tab=${tab}`);
      await page.waitForFunction((t) => location.search.includes(`tab=${t}`), tab);
      const expected = expectedRows(tab);
      await loadAllRows(page, expected.size);
      await waitJudged(page, expected.size);
      compare(await rowStates(page), expected, 'en');
    }
    await page.close();
  });

  it('DOM-only: the same in Russian, and on the cross-border page', async () => {
    const page = await session.openPortal('/app/postings/crossborder/fbs?tab=all', 'ru');
    const expected = expectedRows('all');
    await loadAllRows(page, expected.size);
    await waitJudged(page, expected.size);
    compare(await rowStates(page), expected, 'ru');
    const label = await page.locator('button[data-sidekick-action="contact-customer"]').first().textContent();
    expect(label).toBe(t('ru', 'contactCustomer'));
    await page.close();
  });

  it('DOM-only in Chinese: every row matches the ground truth, and a click goes through the portal’s own 联系买家 to the chat', async () => {
    const page = await session.openPortal('/app/postings/fbs?tab=all', 'zh');
    const expected = expectedRows('all');
    await loadAllRows(page, expected.size);
    await waitJudged(page, expected.size);
    // zh: the rows' reasons and the button in Chinese words are asserted here once the extension's zh UI arrives.
    compare(await rowStates(page), expected, null);
    const row = page.locator('tr[data-sidekick-contact="available"]').first();
    const number = NUMBER_RE.exec((await row.locator('a').first().textContent()) ?? '')?.[0] ?? '';
    await row.locator('button[data-sidekick-action="contact-customer"]').click();
    await page.waitForURL(/\/app\/messenger\?group=customers_v2&id=/, { timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('id')).toBe(sandbox.world.posting(number)?.chatId);
    await page.close();
  });

  it('200 re-renders and tab changes leave exactly one button per eligible row and no duplicates', async () => {
    const page = await session.openPortal('/app/postings/fbs?tab=awaiting_packaging', 'en');
    let tab: OrdersTab = 'awaiting_packaging';
    for (let i = 0; i < 200; i++) {
      if (i % 50 === 25) {
        tab = tab === 'awaiting_packaging' ? 'delivering' : 'awaiting_packaging';
        await page.evaluate((url) => window.__replica!.navigate(url), `/app/postings/fbs?tab=${tab}`);
      }
      await page.evaluate(() => window.__replica!.rerender());
      if (i % 10 === 9) await page.waitForTimeout(30);
    }
    const expected = expectedRows(tab);
    await loadAllRows(page, expected.size);
    await waitJudged(page, expected.size);
    await page.waitForTimeout(300);
    const rows = await rowStates(page);
    compare(rows, expected, 'en');
    const total = await page.locator('button[data-sidekick-action="contact-customer"]').count();
    expect(total).toBe([...expected.values()].filter((v) => v.contact === 'available').length);
    await page.close();
  });

  it('DOM-only: a click opens the shipment’s panel and the portal’s own flow, ending on the chat', async () => {
    const page = await session.openPortal('/app/postings/fbs?tab=awaiting_packaging', 'en');
    const expected = expectedRows('awaiting_packaging');
    await waitJudged(page, Math.min(expected.size, 30));
    const row = page.locator('tr[data-sidekick-contact="available"]').first();
    const number = NUMBER_RE.exec((await row.locator('a').first().textContent()) ?? '')?.[0] ?? '';
    expect(number).not.toBe('');
    const before = sandbox.api.log.length;
    await row.locator('button[data-sidekick-action="contact-customer"]').click();
    await page.waitForURL(/\/app\/messenger\?group=customers_v2&id=/, { timeout: 15_000 });
    const chatId = new URL(page.url()).searchParams.get('id');
    expect(chatId).toBe(sandbox.world.posting(number)?.chatId);
    // The portal's own flow, not the Seller API.
    expect(sandbox.api.log.slice(before).some((e) => e.path === '/v1/chat/start')).toBe(false);
    await page.close();
  });

  describe('with a store connected', () => {
    beforeAll(async () => {
      const { seller } = sandbox.world.data;
      const options = await session.openOptions();
      const result = await options.evaluate(
        async ([clientId, apiKey]) => {
          const saved = (await chrome.runtime.sendMessage({ type: 'saveStore', name: 'Main store', clientId, apiKey })) as {
            ok: boolean;
            data?: { id: string };
          };
          if (!saved.ok || !saved.data) return saved;
          await chrome.runtime.sendMessage({
            type: 'saveTemplate',
            template: { id: 'thanks', name: 'Thanks', text: 'Hello {customer_name}! Your order {order_number} is being packed.' },
          });
          return chrome.runtime.sendMessage({ type: 'testConnection', id: saved.data.id });
        },
        [seller.clientId, seller.apiKey] as const,
      );
      expect(result).toMatchObject({ ok: true, data: { chatApi: 'available' } });
      await options.close();
    });

    it('the API’s data decides: every row of a tab still matches the ground truth, and the rows carry the menu', async () => {
      const before = sandbox.api.log.length;
      const page = await session.openPortal('/app/postings/fbs?tab=all', 'en');
      const expected = expectedRows('all');
      await loadAllRows(page, expected.size);
      await waitJudged(page, expected.size);
      await page.locator('tr[data-sidekick-contact="available"] button[data-sidekick-action="contact-with-template"]').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      compare(await rowStates(page), expected, 'en');
      // The background fetched the shipments from the Seller API to judge them.
      expect(sandbox.api.log.slice(before).some((e) => e.path.startsWith('/v3/posting/fbs/get') || e.path.startsWith('/v4/posting/fbs/'))).toBe(true);
      await page.close();
    });

    it('a click starts the chat through the API (/v1/chat/start) and opens it', async () => {
      const page = await session.openPortal('/app/postings/fbs?tab=awaiting_deliver', 'en');
      // With the API, eligible rows also get the "Contact with template…" menu.
      await page.locator('tr[data-sidekick-contact="available"] button[data-sidekick-action="contact-with-template"]').first().waitFor({ timeout: 15_000 });
      const row = page.locator('tr[data-sidekick-contact="available"]').first();
      const number = NUMBER_RE.exec((await row.locator('a').first().textContent()) ?? '')?.[0] ?? '';
      const before = sandbox.api.log.length;
      await row.locator('button[data-sidekick-action="contact-customer"]').click();
      await page.waitForURL(/\/app\/messenger\?group=customers_v2&id=/, { timeout: 15_000 });
      const starts = sandbox.api.log.slice(before).filter((e) => e.path === '/v1/chat/start');
      expect(starts.length).toBe(1);
      expect(new URL(page.url()).searchParams.get('id')).toBe(sandbox.world.posting(number)?.chatId);
      await page.close();
    });

    it('“Contact with template…” sends the filled template once; the same text again is refused', async () => {
      const page = await session.openPortal('/app/postings/fbs?tab=awaiting_packaging', 'en');
      const menu = page.locator('tr[data-sidekick-contact="available"] button[data-sidekick-action="contact-with-template"]').first();
      await menu.waitFor({ timeout: 15_000 });
      const row = page.locator('tr[data-sidekick-contact="available"]').first();
      const number = NUMBER_RE.exec((await row.locator('a').first().textContent()) ?? '')?.[0] ?? '';
      const posting = sandbox.world.posting(number)!;
      await menu.click();
      await page.locator('[data-sidekick-template="thanks"]').click();
      const text = `Hello ${posting.customerName}! Your order ${posting.orderNumber} is being packed.`;
      expect(await page.locator('[data-sidekick-template-preview]').textContent()).toBe(text);
      const before = sandbox.api.log.length;
      await page.locator('[data-sidekick-template-confirm]').click();
      await page.waitForURL(/\/app\/messenger\?group=customers_v2&id=/, { timeout: 15_000 });
      const calls = sandbox.api.log.slice(before).map((e) => e.path);
      expect(calls).toContain('/v1/chat/start');
      expect(calls.filter((p) => p === '/v1/chat/send/message')).toHaveLength(1);
      const chat = sandbox.world.chat(new URL(page.url()).searchParams.get('id')!)!;
      expect(chat.messages.at(-1)?.text).toBe(text);

      // The background refuses the same text to the same chat as the last message, whoever asks.
      const options = await session.openOptions();
      const again = await options.evaluate(
        ([chatId, t]) => chrome.runtime.sendMessage({ type: 'sendMessage', chatId, text: t }),
        [chat.chatId, text] as const,
      );
      expect(again).toMatchObject({ ok: false, error: { code: 'duplicate-message' } });
      await options.close();
      await page.close();
    });

    it('an API refusal is said in place, in the user’s language, and the page stays', async () => {
      sandbox.api.faults.setFor('/v1/chat/start', { kind: 'premium-required' }, { times: 1 });
      const page = await session.openPortal('/app/postings/fbs?tab=awaiting_packaging', 'ru');
      await page.locator('tr[data-sidekick-contact="available"] button[data-sidekick-action="contact-with-template"]').first().waitFor({ timeout: 15_000 });
      const row = page.locator('tr[data-sidekick-contact="available"]').nth(1);
      await row.locator('button[data-sidekick-action="contact-customer"]').click();
      const error = row.locator('[data-sidekick-error]');
      await error.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await error.textContent()).toMatch(/Premium Plus/);
      expect(await error.textContent()).toMatch(/[а-я]/);
      expect(new URL(page.url()).pathname).toBe('/app/postings/fbs');
      await page.close();
    });

    it('in an open chat, a template is inserted as typing would: the portal’s Send button sees it', async () => {
      const chat = sandbox.world
        .chatsOf('customers_v2')
        .find((c) => c.chatStatus !== 'CLOSED' && c.tag === 'customer' && c.context?.kind === 'order')!;
      const orderNumber = chat.context?.kind === 'order' ? chat.context.orderNumber : '';
      const page = await session.openPortal(`/app/messenger?group=customers_v2&id=${chat.chatId}`, 'en');
      await page.locator('button[data-sidekick-action="quick-replies"]').click();
      await page.locator('[data-sidekick-template="thanks"]').click();
      const text = `Hello ${chat.senderName}! Your order ${orderNumber} is being packed.`;
      expect(await page.locator('[data-sidekick-template-preview]').textContent()).toBe(text);
      expect(await page.locator('[data-sidekick-popover], [role="group"]').first().textContent()).toContain('the portal translates');
      await page.locator('[data-sidekick-template-confirm]').click();
      const box = page.locator('[active-chat-id] textarea');
      expect(await box.inputValue()).toBe(text);
      // The replica enables its send button only from `input` events, as a framework-controlled box does.
      const sendButton = page.locator('[active-chat-id] [data-replicated-value] + button');
      expect(await sendButton.isEnabled()).toBe(true);
      // Sent as the seller would, with Enter in the box (the sidebar may cover the send button at this width).
      await box.press('Enter');
      await expect.poll(() => sandbox.world.chat(chat.chatId)?.messages.at(-1)?.text).toBe(text);
      // The same text to the same chat again is refused before it reaches the box.
      await page.locator('button[data-sidekick-action="quick-replies"]').click();
      await page.locator('[data-sidekick-template="thanks"]').click();
      expect(await page.locator('[role="alert"]').first().textContent()).toMatch(/last message to this chat/);
      expect(await page.locator('[data-sidekick-template-confirm]').isDisabled()).toBe(true);
      await page.close();
    });
  });
});
