// Issue 12, items 1, 2, 3 and 7: the production build in Chromium on the replicas, with scripts of the page (Playwright's
// page.evaluate runs in the page's main world) as the attacker. A page script can read our markers (the contract) but
// must not press our buttons, drive the sidebar or its shortcuts, switch the content script off or crash it; and
// display tricks in a chat must not hide a scam. Each attack ends with a positive control: a person's input
// (Playwright's locator.click / keyboard, which Chromium marks trusted) still works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { MESSENGER_PATH, startSandbox, type Sandbox } from '../../sandbox/main';
import type { SeedChat } from '../../sandbox/data/types';
import { HOST_TAG, launchExtension, readBackgroundRecord, waitForOneSidebar, type ExtensionSession } from '../e2e/harness';

interface ReplicaControl {
  rerender(): void;
  navigate(url: string): void;
}
declare global {
  interface Window {
    __replica?: ReplicaControl;
  }
}
/** The extension's API as its own pages see it (the options page sets up a store and reads the presets). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const ORDERS = '/app/postings/fbs?tab=awaiting_packaging';
const CHAT_CALLS = ['/v1/chat/start', '/v1/chat/send/message'];

/**
 * Every way a page script can press an element: HTMLElement.click(), dispatched mouse and pointer clicks, and
 * Enter / Space key events on the focused element. Runs in the page (serialised into page.evaluate).
 */
const PRESS_SOURCE = `(el) => {
  if (!el) return false;
  el.click();
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window }));
  el.dispatchEvent(new PointerEvent('click', { bubbles: true, cancelable: true, composed: true }));
  el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true, composed: true }));
  el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true }));
  el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, composed: true }));
  el.focus();
  for (const [key, code] of [['Enter', 'Enter'], [' ', 'Space']]) {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true, composed: true }));
    el.dispatchEvent(new KeyboardEvent('keypress', { key, code, bubbles: true, cancelable: true, composed: true }));
    el.dispatchEvent(new KeyboardEvent('keyup', { key, code, bubbles: true, cancelable: true, composed: true }));
  }
  return true;
}`;

/** Runs `body` in the page's main world with `press` (above) and `sleep` in scope; navigation ends it quietly. */
async function attack<T>(page: Page, body: string, arg?: unknown): Promise<T | 'navigated'> {
  const source = `(async (arg) => { const press = ${PRESS_SOURCE}; const sleep = (ms) => new Promise((r) => setTimeout(r, ms)); ${body} })`;
  try {
    // A string is evaluated as an expression through the DevTools protocol, in the page's main world.
    return (await page.evaluate(`${source}(${JSON.stringify(arg ?? null)})`)) as T;
  } catch (error) {
    if (/Execution context was destroyed|navigation/i.test(String(error))) return 'navigated';
    throw error;
  }
}

/** Uncaught exceptions of every world of the page (main and the content script's isolated world), through CDP. */
async function watchExceptions(page: Page, session: ExtensionSession): Promise<{ list: string[]; cdp: CDPSession }> {
  const cdp = await session.context.newCDPSession(page);
  const list: string[] = [];
  cdp.on('Runtime.exceptionThrown', (event) => {
    const d = event.exceptionDetails;
    list.push(`${d.exception?.description ?? d.text} @ ${d.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
  return { list, cdp };
}

/** Pressed / checked / selected states of the portal's own controls (outside our sidebar), and the URL. */
function portalControls(page: Page): Promise<string> {
  return page.evaluate((tag) => {
    const states = [...document.querySelectorAll('[aria-pressed], [aria-checked], [aria-selected], input[type="checkbox"]')]
      .filter((el) => !el.closest(`${tag}, [data-sidekick-owned]`))
      .map((el) => `${el.getAttribute('aria-pressed')}|${el.getAttribute('aria-checked')}|${el.getAttribute('aria-selected')}|${(el as HTMLInputElement).checked ?? ''}`);
    return `${location.href} ${states.join(',')}`;
  }, HOST_TAG);
}

/** What the sidebar shows: hosts, whether the panel is open, the preset rows in order, the applied one. */
function sidebarView(page: Page): Promise<{ hosts: number; open: boolean; presets: string[]; applied: number; editors: number }> {
  return page.evaluate((tag) => {
    const hosts = document.querySelectorAll(tag);
    const root = hosts[0]?.shadowRoot;
    return {
      hosts: hosts.length,
      open: !!root?.querySelector('aside'),
      presets: [...(root?.querySelectorAll('[data-preset-id]') ?? [])].map((li) => li.getAttribute('data-preset-id') ?? ''),
      applied: root?.querySelectorAll('.sk-applied').length ?? 0,
      editors: root?.querySelectorAll('form').length ?? 0,
    };
  }, HOST_TAG);
}

describe('security: page scripts as the attacker (production build, Chromium)', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let options: Page;
  const exceptions: string[] = [];

  const ask = (message: unknown) => options.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; data?: unknown }>;
  const presetIds = async () => ((await ask({ type: 'listPresets' })).data as { id: string; name: string }[]).map((p) => `${p.id}:${p.name}`);
  const prefs = () => readBackgroundRecord(session.worker, 'prefs', 'prefs');
  const chatCallsSince = (from: number) => sandbox.api.log.slice(from).filter((e) => CHAT_CALLS.includes(e.path)).map((e) => e.path);

  /** Exceptions seen so far in each page opened by `open`. */
  const seen = new WeakMap<Page, string[]>();
  async function open(path: string): Promise<Page> {
    const page = await session.openPortal(path, 'en');
    const watched = await watchExceptions(page, session);
    seen.set(page, watched.list);
    page.on('close', () => exceptions.push(...watched.list));
    await waitForOneSidebar(page);
    return page;
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ pageSize: 1000 });
    session = await launchExtension(sandbox);
    options = await session.openOptions();
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  describe('the sidebar obeys only the person (item 3)', () => {
    it('synthetic clicks, form submits and shortcut keydowns change no preset, no preference and no portal filter', async () => {
      const page = await open(MESSENGER_PATH);
      await page.locator(`${HOST_TAG} .sk-preset-apply`).first().waitFor({ timeout: 30_000 });
      const presetsBefore = await presetIds();
      const prefsBefore = await prefs();
      const controlsBefore = await portalControls(page);
      const viewBefore = await sidebarView(page);
      expect(viewBefore.open).toBe(true);

      await attack(
        page,
        `
        const root = document.querySelector(arg).shadowRoot;
        const buttons = (prefix) => [...root.querySelectorAll('button')].filter((b) => (b.getAttribute('aria-label') ?? '').startsWith(prefix));
        for (const b of buttons('Delete:')) { press(b); await sleep(20); press(b); }
        for (const b of buttons('Move down:')) press(b);
        for (const b of buttons('Move up:')) press(b);
        for (const b of root.querySelectorAll('.sk-preset-apply')) press(b);
        await sleep(300);
        // A new preset through the form: the button, then every way a script can submit it.
        press([...root.querySelectorAll('button')].find((b) => (b.textContent ?? '').includes('New preset')));
        await sleep(300);
        for (const form of root.querySelectorAll('form')) {
          form.requestSubmit();
          press(form.querySelector('button[type="submit"]'));
          form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
        }
        // An existing preset's editor, emptied of its filters and submitted.
        press(buttons('Edit:')[0]);
        await sleep(300);
        for (const form of root.querySelectorAll('form')) {
          for (const box of form.querySelectorAll('input[type="checkbox"]:checked')) box.click();
          form.requestSubmit();
        }
        // Shortcuts: Alt+Shift+S (toggle) and Alt+1…9 (apply a preset), on every target a listener may sit on.
        for (const target of [window, document, document.body, document.activeElement]) {
          target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
          for (let n = 1; n <= 9; n++) {
            target?.dispatchEvent(new KeyboardEvent('keydown', { key: String(n), code: 'Digit' + n, altKey: true, bubbles: true, cancelable: true }));
          }
        }
        // Resizing: by keys and by a dragged edge.
        const handle = root.querySelector('[role="separator"]');
        handle?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
        handle?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: 1000 }));
        window.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, clientX: 400 }));
        // Last: collapse.
        press(buttons('Collapse the sidebar')[0]);
        await sleep(1500);
        return true;
        `,
        HOST_TAG,
      );

      await page.waitForTimeout(1_000);
      expect(await presetIds()).toEqual(presetsBefore);
      expect(await prefs()).toEqual(prefsBefore);
      expect(await portalControls(page)).toBe(controlsBefore);
      const view = await sidebarView(page);
      expect(view).toMatchObject({ hosts: 1, open: true, presets: viewBefore.presets, applied: 0 });

      // Positive control: the person's click and key still act.
      await page.keyboard.press('Alt+Digit1');
      await expect.poll(async () => (await sidebarView(page)).applied, { timeout: 10_000 }).toBe(1);
      await page.locator(HOST_TAG).getByRole('button', { name: 'Collapse the sidebar' }).click();
      await expect.poll(async () => ((await prefs()) as { sidebar: { open: boolean } }).sidebar.open, { timeout: 5_000 }).toBe(false);
      await page.locator(HOST_TAG).getByRole('button', { name: 'Open the Seller Sidekick sidebar' }).click();
      await expect.poll(async () => ((await prefs()) as { sidebar: { open: boolean } }).sidebar.open, { timeout: 5_000 }).toBe(true);
      await page.close();
    });
  });

  describe('the page cannot switch the content script off or crash it (item 2)', () => {
    it('forged WXT lifecycle events leave the sidebar and every feature running, with no exception in any world', { timeout: 90_000 }, async () => {
      const chat = sandbox.world
        .chatsOf('customers_v2')
        .find((c) => c.label.verdict === 'none' && c.tag === 'customer' && c.chatStatus === 'OPENED' && c.messages.at(-1)?.author === 'customer')!;
      const page = await open(MESSENGER_PATH);
      await page.waitForFunction(() => document.querySelectorAll('a[data-sidekick-risk]').length > 0, undefined, { timeout: 15_000 });

      const forged = await attack<string[]>(
        page,
        `
        const id = arg;
        const started = id + ':seller:wxt:content-script-started';
        const located = id + ':seller:wxt:locationchange';
        const detail = { contentScriptName: 'seller', messageId: 'page-script' };
        // The location events first: after a forged start, an old build has no listener left to throw in.
        window.dispatchEvent(new Event(located));
        window.dispatchEvent(new CustomEvent(located, { detail: { newUrl: 'https://evil.example/' } }));
        const fake = new Event(located);
        Object.defineProperty(fake, 'newUrl', { value: { href: 'javascript:alert(1)' } });
        window.dispatchEvent(fake);
        document.dispatchEvent(new Event(located));
        // Also the page's own navigation API, with a forged destination.
        try { navigation.dispatchEvent(new Event('navigate')); navigation.dispatchEvent(new Event('currententrychange')); } catch {}
        await sleep(300);
        document.dispatchEvent(new CustomEvent(started, { detail }));
        window.dispatchEvent(new CustomEvent(started, { detail }));
        window.postMessage({ type: started, ...detail }, '*');
        window.postMessage({ event: started, ...detail }, '*');
        await sleep(1000);
        return [started, located];
        `,
        session.extensionId,
      );
      expect(forged).toHaveLength(2);

      console.log(`[security] after forged WXT events: ${JSON.stringify(await sidebarView(page))}; exceptions: ${JSON.stringify(seen.get(page))}`);
      // The sidebar is still there and rendered.
      expect(await sidebarView(page)).toMatchObject({ hosts: 1, open: true });
      // The scam guard still judges: a scam message that arrives now gets its row badged when the portal's list
      // refreshes by itself (every 20 s in the replica), with no navigation to restart anything.
      sandbox.world.receiveCustomerMessage(chat.chatId, 'Напишите мне в телеграм @seller_helper_24, там быстрее ответят');
      await expect
        .poll(
          () =>
            page.evaluate(
              (id) => document.querySelector(`a[href*="id=${id}"]:not([data-sidekick-owned])`)?.getAttribute('data-sidekick-reasons') ?? '',
              chat.chatId,
            ),
          { timeout: 30_000, interval: 500 },
        )
        .toContain('messenger-move');
      // Client-side navigation still restarts the features: the orders page gets its Contact buttons.
      await page.evaluate(() => window.__replica!.navigate('/app/postings/fbs?tab=awaiting_packaging'));
      await page.waitForSelector('tr[data-sidekick-contact="available"] button[data-sidekick-action="contact-customer"]', { timeout: 15_000 });
      expect(await sidebarView(page)).toMatchObject({ hosts: 1, open: true });
      expect(seen.get(page)).toEqual([]);
      await page.close();
    });
  });

  describe('display tricks do not hide a scam (item 7)', () => {
    it('a sender name that displays as "Ozon support" through a right-to-left override, and a move to a messenger after 4,000 characters', async () => {
      const chat = sandbox.world
        .chatsOf('customers_v2')
        .find((c: SeedChat) => c.label.verdict === 'none' && c.tag === 'customer' && c.chatStatus === 'OPENED' && c.messages.length > 0)!;
      // U+202E RIGHT-TO-LEFT OVERRIDE: the characters after it are shown in reverse, so this reads "Ozon support".
      chat.senderName = '\u202Etroppus nozO';
      const padding = 'Спасибо, всё хорошо, жду заказ. '.repeat(130);
      expect(padding.length).toBeGreaterThan(4000);
      const message = sandbox.world.receiveCustomerMessage(chat.chatId, 'x');
      message.text = `${padding}Напишите мне в телеграм @seller_helper_24, там быстрее ответят`;

      const page = await open(`/app/messenger?group=customers_v2&id=${chat.chatId}`);
      // The row: the name alone says "support".
      await expect
        .poll(
          () =>
            page.evaluate(
              (id) =>
                [...document.querySelectorAll(`a[href*="id=${id}"]`)].filter((a) => !a.closest('[active-chat-id]')).map((a) => a.getAttribute('data-sidekick-reasons') ?? '').join(' '),
              chat.chatId,
            ),
          { timeout: 15_000 },
        )
        .toContain('impersonates-support');
      // The open chat: the padded message is flagged for the move to a messenger.
      await expect
        .poll(
          () =>
            page.evaluate(() =>
              [...document.querySelectorAll('[active-chat-id] [data-sidekick-risk]')]
                .filter((el) => (el.textContent ?? '').includes('@seller_helper_24'))
                .map((el) => el.getAttribute('data-sidekick-reasons') ?? '')
                .join(' '),
            ),
          { timeout: 15_000 },
        )
        .toContain('messenger-move');
      await page.close();
    });
  });

  describe('our buttons in the rows obey only the person (item 1)', () => {
    it('DOM-only: a synthetic click on Contact Customer opens nothing and navigates nowhere', async () => {
      const page = await open(ORDERS);
      const button = page.locator('tr[data-sidekick-contact="available"] button[data-sidekick-action="contact-customer"]').first();
      await button.waitFor({ timeout: 15_000 });
      const url = page.url();
      const outcome = await attack(page, `press(document.querySelector('tr[data-sidekick-contact="available"] button[data-sidekick-action="contact-customer"]')); await sleep(2500); return location.href;`);
      await page.waitForTimeout(500);
      expect(outcome).toBe(url);
      expect(page.url()).toBe(url);
      // The portal's own flow did not start either: no details panel opened by us.
      expect(await page.locator('[role="dialog"]').count()).toBe(0);
      await page.close();
    });

    describe('with a store connected (the Seller API answers, the seller has a template)', () => {
      beforeAll(async () => {
        const { seller } = sandbox.world.data;
        const result = await options.evaluate(
          async ([clientId, apiKey]) => {
            const saved = (await chrome.runtime.sendMessage({ type: 'saveStore', name: 'Main store', clientId, apiKey })) as { ok: boolean; data?: { id: string } };
            if (!saved.ok || !saved.data) return saved;
            await chrome.runtime.sendMessage({ type: 'saveTemplate', template: { id: 'page-text', name: 'Page text', text: 'Hello {customer_name}, order {order_number}.' } });
            return chrome.runtime.sendMessage({ type: 'testConnection', id: saved.data.id });
          },
          [seller.clientId, seller.apiKey] as const,
        );
        expect(result).toMatchObject({ ok: true, data: { chatApi: 'available' } });
      });

      async function ordersWithMenu(): Promise<Page> {
        const page = await open(ORDERS);
        await page.locator('tr[data-sidekick-contact="available"] button[data-sidekick-action="contact-with-template"]').first().waitFor({ timeout: 15_000 });
        return page;
      }

      it('synthetic clicks on "Contact with template", a template and its confirm send nothing and start no chat', async () => {
        const page = await ordersWithMenu();
        const url = page.url();
        const before = sandbox.api.log.length;
        const outcome = await attack<{ popover: boolean; confirm: boolean }>(
          page,
          `
          const row = document.querySelector('tr[data-sidekick-contact="available"]');
          press(row.querySelector('button[data-sidekick-action="contact-with-template"]'));
          await sleep(1500);
          const popover = document.querySelector('[data-sidekick-popover]');
          press(document.querySelector('[data-sidekick-template]'));
          await sleep(200);
          const confirm = document.querySelector('[data-sidekick-template-confirm]');
          press(confirm);
          await sleep(2500);
          return { popover: !!popover, confirm: !!confirm };
          `,
        );
        await page.waitForTimeout(500);
        console.log(`[security] synthetic template send: ${JSON.stringify(outcome)}, chat calls ${JSON.stringify(chatCallsSince(before))}`);
        expect(chatCallsSince(before)).toEqual([]);
        expect(page.url()).toBe(url);
        await page.close();
      });

      it('after the person opens the menu, synthetic clicks on the template and its confirm still send nothing', async () => {
        const page = await ordersWithMenu();
        const row = page.locator('tr[data-sidekick-contact="available"]').nth(1);
        await row.locator('button[data-sidekick-action="contact-with-template"]').click();
        await page.locator('[data-sidekick-template-confirm]').waitFor({ timeout: 10_000 });
        const before = sandbox.api.log.length;
        await attack(page, `press(document.querySelector('[data-sidekick-template]')); await sleep(200); press(document.querySelector('[data-sidekick-template-confirm]')); await sleep(2500); return true;`);
        await page.waitForTimeout(500);
        expect(chatCallsSince(before)).toEqual([]);
        expect(new URL(page.url()).pathname).toBe('/app/postings/fbs');
        await page.close();
      });

      it('a synthetic click on Contact Customer starts no chat (no /v1/chat/start) and navigates nowhere', async () => {
        const page = await ordersWithMenu();
        const url = page.url();
        const before = sandbox.api.log.length;
        const outcome = await attack(page, `press(document.querySelector('tr[data-sidekick-contact="available"] button[data-sidekick-action="contact-customer"]')); await sleep(2500); return location.href;`);
        await page.waitForTimeout(500);
        console.log(`[security] synthetic Contact Customer: ${JSON.stringify(outcome)}, chat calls ${JSON.stringify(chatCallsSince(before))}`);
        expect(chatCallsSince(before)).toEqual([]);
        expect(page.url()).toBe(url);
        await page.close();
      });

      it('positive control: the person’s clicks send the template (one start, one message) and open the chat', async () => {
        const page = await ordersWithMenu();
        const row = page.locator('tr[data-sidekick-contact="available"]').nth(2);
        await row.locator('button[data-sidekick-action="contact-with-template"]').click();
        await page.locator('[data-sidekick-template="page-text"]').click();
        const before = sandbox.api.log.length;
        await page.locator('[data-sidekick-template-confirm]').click();
        await page.waitForURL(/\/app\/messenger\?group=customers_v2&id=/, { timeout: 15_000 });
        expect(chatCallsSince(before)).toEqual(['/v1/chat/start', '/v1/chat/send/message']);
        await page.close();
      });

      it('positive control: the person’s click on Contact Customer starts the chat and opens it', async () => {
        const page = await ordersWithMenu();
        const before = sandbox.api.log.length;
        await page.locator('tr[data-sidekick-contact="available"]').nth(3).locator('button[data-sidekick-action="contact-customer"]').click();
        await page.waitForURL(/\/app\/messenger\?group=customers_v2&id=/, { timeout: 15_000 });
        expect(chatCallsSince(before)).toEqual(['/v1/chat/start']);
        await page.close();
      });
    });
  });

  it('no uncaught exception in any world of any page, and no page error', () => {
    expect(exceptions).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
