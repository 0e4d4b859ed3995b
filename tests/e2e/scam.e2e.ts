// Issue 5's "Done when" (on the page): the production build in Chromium on the portal replica, English, Russian and
// Chinese (issue #15: the world then holds Chinese-speaking customers too). Every seeded customer dialogue gets the
// verdict and reasons of its ground-truth label, no support or main-group dialogue is flagged, HTML/JS payloads in
// names and messages show as text and never run, and an open dangerous chat shows the banner with Ozon's advice and
// the complaint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../sandbox/main';
import type { SeedChat } from '../../sandbox/data/types';
import { t } from '../../lib/i18n';
import { ADVICE_KEYS } from '../../components/page/scam/banner';
import { HOST_TAG, launchExtension, waitForOneSidebar, type ExtensionSession, type PortalLang } from './harness';

/** The extension's API as its own pages see it (the options page sets up a store). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

type Lang = PortalLang;
/** The extension's own UI languages today: on a Chinese page it speaks English until its zh UI arrives. */
type UiLang = 'en' | 'ru';
const uiLangOf = (lang: Lang): UiLang | null => (lang === 'zh' ? null : lang);
const LANG_NAME: Record<Lang, string> = { en: 'English', ru: 'Russian', zh: 'Chinese' };

interface RowMark {
  id: string;
  risk: string | null;
  reasons: string[];
  badges: number;
  text: string;
}

/** Every dialogue row of the list (links to a chat outside the open chat) as the scam guard marked it. */
function rowMarks(page: Page): Promise<RowMark[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href*="/app/messenger"][href*="id="]')]
      .filter((a) => !a.closest('[active-chat-id], [data-sidekick-owned], seller-sidekick'))
      // The top bar's language links (RU / EN / 中文) keep the open chat's `&id=`: not dialogue rows.
      .filter((a) => !new URL(a.href).searchParams.has('lang'))
      .map((a) => ({
        id: new URL(a.href).searchParams.get('id') ?? '',
        risk: a.getAttribute('data-sidekick-risk'),
        reasons: (a.getAttribute('data-sidekick-reasons') ?? '').split(' ').filter(Boolean),
        badges: a.querySelectorAll('[data-sidekick-scam-badge]').length,
        text: a.innerText,
      })),
  );
}

/** Scrolls the list's region (the rows' scrolling ancestor) until `expected` rows are there (pages of 30). */
async function loadAllRows(page: Page, expected: number): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const count = await page.evaluate(() => {
      const links = document.querySelectorAll('a[href*="/app/messenger"][href*="id="]');
      let el: HTMLElement | null = (links[links.length - 1] as HTMLElement | undefined)?.parentElement ?? null;
      while (el && !/(auto|scroll)/.test(getComputedStyle(el).overflowY)) el = el.parentElement;
      (el ?? document.scrollingElement)?.scrollTo({ top: 1e9 });
      return links.length;
    });
    if (count >= expected) return;
    await page.waitForTimeout(150);
  }
  throw new Error(`fewer than ${expected} rows loaded`);
}

async function waitAllJudged(page: Page, expected: number): Promise<void> {
  const state = () =>
    page.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLAnchorElement>('a[href*="/app/messenger"][href*="id="]')].filter(
        (a) => !a.closest('[active-chat-id]') && !new URL(a.href).searchParams.has('lang'),
      );
      return { rows: rows.length, unjudged: rows.filter((a) => !a.hasAttribute('data-sidekick-risk')).map((a) => (a as HTMLElement).innerText.replace(/\s+/g, ' ').slice(0, 80)) };
    });
  for (const started = Date.now(); Date.now() - started < 20_000; await page.waitForTimeout(100)) {
    const now = await state();
    if (now.rows >= expected && now.unjudged.length === 0) return;
  }
  const last = await state();
  throw new Error(`rows ${last.rows}/${expected}, not judged: ${last.unjudged.length} e.g. ${JSON.stringify(last.unjudged.slice(0, 3))}`);
}

const lastAuthor = (chat: SeedChat) => chat.messages[chat.messages.length - 1]?.author;

function mismatch(chat: SeedChat, mark: RowMark | undefined): string | null {
  if (!mark) return `${chat.chatId} ${chat.senderName}: no row`;
  const missing = chat.label.reasons.filter((r) => !mark.reasons.includes(r));
  if (mark.risk === chat.label.verdict && missing.length === 0) return null;
  return `${chat.chatId} ${chat.senderName}: want ${chat.label.verdict} [${chat.label.reasons.join(' ')}], got ${mark.risk} [${mark.reasons.join(' ')}]`;
}

/**
 * Loads every row of the customers list and checks each seeded dialogue's marks against its label. A dialogue
 * whose last message is the seller's can hide from the list what the customer wrote: those are opened (the guard
 * then knows the whole dialogue) and checked again. Returns the marks and how many needed opening.
 */
async function checkCustomerRows(page: Page, sandbox: Sandbox, lang: Lang): Promise<{ chats: SeedChat[]; marks: Map<string, RowMark> }> {
  const chats = sandbox.world.chatsOf('customers_v2');
  expect(chats.length).toBeGreaterThan(100);
  expect(chats.filter((c) => c.label.verdict === 'danger').length).toBeGreaterThan(10);
  await loadAllRows(page, chats.length);
  await waitAllJudged(page, chats.length);
  let marks = new Map((await rowMarks(page)).map((m) => [m.id, m]));
  expect(marks.size).toBe(chats.length);

  // From the list alone: the row shows the last message only. A dialogue whose last message is not the
  // customer's (the seller answered) can hide what the customer wrote; opening it shows the guard the rest.
  const wrong = chats.filter((c) => mismatch(c, marks.get(c.chatId)) !== null);
  const hidden = wrong.filter((c) => lastAuthor(c) !== 'customer');
  expect(wrong.filter((c) => lastAuthor(c) === 'customer').map((c) => mismatch(c, marks.get(c.chatId)))).toEqual([]);
  expect(hidden.length).toBeLessThanOrEqual(5);
  console.log(`[scam e2e] ${lang}: ${chats.length} customer dialogues, ${chats.length - hidden.length} right from the list alone, ${hidden.length} after opening (last message the seller's)`);
  for (const chat of hidden) {
    await page.locator(`a[href*="id=${chat.chatId}"]:not([href*="lang="])`).first().click();
    await page.waitForSelector(`[active-chat-id="${chat.chatId}"]`, { timeout: 10_000 });
    // The open chat's guard has judged the customer's messages (the list shows the rest after its reload).
    await page.waitForFunction(() => document.querySelector('[active-chat-id] [data-sidekick-risk]') !== null, undefined, { timeout: 10_000 });
  }
  if (hidden.length > 0) {
    // Opening a chat reloads the list from its first page: scroll it in again.
    await page.waitForTimeout(500);
    await loadAllRows(page, chats.length);
    await waitAllJudged(page, chats.length);
  }
  marks = new Map((await rowMarks(page)).map((m) => [m.id, m]));
  expect(chats.map((c) => mismatch(c, marks.get(c.chatId))).filter(Boolean)).toEqual([]);
  return { chats, marks };
}

const PAYLOAD_RE = /<\s*(img|script|svg)|onerror|onload/i;

describe('scam guard on the replica, production build in Chromium', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  const dialogs: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ zhChats: 24 });
    session = await launchExtension(sandbox);
    session.context.on('page', (page) =>
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      }),
    );
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://seller.ozon.ru' }).catch(() => undefined);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  for (const lang of ['en', 'ru', 'zh'] as Lang[]) {
    const ui = uiLangOf(lang);
    describe(`in ${LANG_NAME[lang]}`, () => {
      let page: Page;

      beforeAll(async () => {
        page = await session.openPortal('/app/messenger?group=customers_v2', lang);
        await waitForOneSidebar(page);
      });

      it('every seeded customer dialogue gets its label’s verdict and reasons, with one badge when flagged', async () => {
        const { chats, marks } = await checkCustomerRows(page, sandbox, lang);
        for (const chat of chats) expect(marks.get(chat.chatId)!.badges, chat.senderName).toBe(chat.label.verdict === 'none' ? 0 : 1);
        // Nothing but dialogue rows (and the open chat's messages) is marked: not the top bar, not its language links.
        const strays = await page.evaluate(() =>
          [...document.querySelectorAll('[data-sidekick-risk]')]
            .filter((el) => !el.closest('[active-chat-id]') && !(el.matches('a[href*="id="]') && !new URL((el as HTMLAnchorElement).href).searchParams.has('lang')))
            .map((el) => el.outerHTML.slice(0, 120)),
        );
        expect(strays).toEqual([]);

        // The badge's words and the sidebar's count, in the page's language.
        // zh: the badge's and the sidebar's Chinese words are asserted here once the extension's zh UI arrives.
        if (!ui) return;
        const flagged = chats.filter((c) => c.label.verdict !== 'none').length;
        const danger = chats.find((c) => c.label.verdict === 'danger')!;
        const badge = page.locator(`a[href*="id=${danger.chatId}"] [data-sidekick-scam-badge]`).first();
        expect(await badge.textContent()).toBe(t(ui, 'scamBadge:danger'));
        expect(await badge.getAttribute('title')).toContain(t(ui, 'scamTooltip:danger'));
        await page.waitForFunction(
          ([tag, text]) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').includes(text),
          [HOST_TAG, t(ui, 'suspiciousCount', { count: flagged })] as const,
          { timeout: 10_000 },
        );
      });

      it('HTML/JS payloads in names and previews show as plain text and never run', async () => {
        const payloads = sandbox.world.chatsOf('customers_v2').filter((c) => PAYLOAD_RE.test(c.senderName) || c.messages.some((m) => PAYLOAD_RE.test(m.text)));
        expect(payloads.length).toBeGreaterThan(0);
        const marks = new Map((await rowMarks(page)).map((m) => [m.id, m]));
        for (const chat of payloads) {
          const row = marks.get(chat.chatId)!;
          expect(row.text).toContain(chat.senderName.trim());
        }
        const injected = await page.evaluate(() => ({
          title: document.title,
          images: [...document.querySelectorAll('img')].filter((img) => /\/x$/.test(img.src)).length,
          scripts: [...document.querySelectorAll('body script')].filter((s) => /alert|pwned/.test(s.textContent ?? '')).length,
          svgs: [...document.querySelectorAll('svg[onload]')].length,
        }));
        expect(injected).toEqual({ title: expect.not.stringMatching(/pwned/) as unknown as string, images: 0, scripts: 0, svgs: 0 });
        expect(dialogs).toEqual([]);
      });

      it('no dialogue of the support or main group is flagged', async () => {
        for (const group of ['support_v2', 'main'] as const) {
          const chats = sandbox.world.chatsOf(group);
          if (chats.length === 0) continue;
          await page.goto(new URL(`/app/messenger?group=${group}&lang=${lang}`, page.url()).href);
          await waitForOneSidebar(page);
          await loadAllRows(page, chats.length);
          await waitAllJudged(page, chats.length);
          const marks = await rowMarks(page);
          expect(marks.length).toBe(chats.length);
          expect(marks.filter((m) => m.risk !== 'none' || m.badges > 0).map((m) => `${m.id} ${m.risk} ${m.reasons.join(' ')}`)).toEqual([]);
        }
      });

      it('an open dangerous chat marks its messages and shows the banner with Ozon’s advice and the complaint', async () => {
        const chat = sandbox.world
          .chatsOf('customers_v2')
          .find((c) => c.label.verdict === 'danger' && c.label.reasons.includes('impersonates-support') && c.messages.some((m) => m.author === 'customer'))!;
        await page.goto(new URL(`/app/messenger?group=customers_v2&id=${chat.chatId}&lang=${lang}`, page.url()).href);
        await waitForOneSidebar(page);
        const banner = page.locator('[data-sidekick-scam-banner][role="alert"]');
        await banner.waitFor({ timeout: 15_000 });
        expect(await banner.count()).toBe(1);
        // zh: the banner's Chinese title and advice are asserted here once the extension's zh UI arrives.
        const text = (await banner.innerText()).replace(/\s+/g, ' ');
        if (ui) expect(text).toContain(t(ui, 'scamBannerTitle'));
        if (ui) for (const key of ADVICE_KEYS) expect(text).toContain(t(ui, key).replace(/\s+/g, ' '));
        // Above the message box, among the siblings of its block (another feature's bar may sit in between).
        expect(
          await page.evaluate(() => {
            const b = document.querySelector('[data-sidekick-scam-banner]');
            const box = document.querySelector('[active-chat-id] textarea');
            return !!b && !!box && b.parentElement!.contains(box) && (b.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
          }),
        ).toBe(true);
        expect(await banner.locator('a[data-sidekick-action="open-support"]').getAttribute('href')).toBe('/app/messenger?group=support_v2');
        // The customer's messages are marked; at least one is flagged with a badge.
        const marked = await page.evaluate(() =>
          [...document.querySelectorAll('[active-chat-id] [data-sidekick-risk]')].map((el) => ({ risk: el.getAttribute('data-sidekick-risk'), badges: el.querySelectorAll('[data-sidekick-scam-badge]').length })),
        );
        // Exactly the incoming bubbles (left side): not the seller's, not Ozon's centred notices.
        expect(marked.length).toBe(chat.messages.filter((m) => !['seller', 'notification', 'crm'].includes(m.author)).length);
        expect(marked.some((m) => m.risk !== 'none' && m.badges === 1)).toBe(true);

        await banner.locator('button[data-sidekick-action="copy-complaint"]').click();
        // zh: the status's Chinese words are asserted here once the extension's zh UI arrives; until then, whether the
        // copy failed is told by the box offered for copying by hand.
        if (ui) await expect.poll(() => banner.locator('[role="status"]').textContent(), { timeout: 5_000 }).toMatch(new RegExp(`^(${escape(t(ui, 'scamComplaintCopied'))}|${escape(t(ui, 'scamCopyFailed'))})$`));
        else await expect.poll(async () => ((await banner.locator('[role="status"]').textContent()) ?? '').length, { timeout: 5_000 }).toBeGreaterThan(0);
        const status = await banner.locator('[role="status"]').textContent();
        const copied = ui ? status === t(ui, 'scamComplaintCopied') : (await banner.locator('textarea[data-sidekick-complaint]').count()) === 0;
        const complaint = copied ? await page.evaluate(() => navigator.clipboard.readText()) : await banner.locator('textarea[data-sidekick-complaint]').inputValue();
        expect(complaint).toContain(chat.chatId);
        expect(complaint).toContain(chat.senderName);
        // Re-renders of the chat keep one banner.
        await page.evaluate(() => {
          const replica = (window as unknown as { __replica?: { rerender(): void } }).__replica;
          for (let i = 0; i < 20; i++) replica?.rerender();
        });
        await page.waitForTimeout(300);
        expect(await page.locator('[data-sidekick-scam-banner]').count()).toBe(1);
      });

      it('payload messages in an open chat show literally and never run', async () => {
        const chat = sandbox.world.chatsOf('customers_v2').find((c) => c.messages.some((m) => PAYLOAD_RE.test(m.text)))!;
        await page.goto(new URL(`/app/messenger?group=customers_v2&id=${chat.chatId}&lang=${lang}`, page.url()).href);
        await waitForOneSidebar(page);
        await page.waitForFunction(() => document.querySelector('[active-chat-id] [data-sidekick-risk]') !== null, undefined, { timeout: 15_000 });
        const payload = chat.messages.find((m) => PAYLOAD_RE.test(m.text))!;
        const panelText = await page.locator('[active-chat-id]').innerText();
        expect(panelText).toContain(payload.text.trim());
        expect(await page.evaluate(() => [...document.querySelectorAll('img')].filter((img) => /\/x$/.test(img.src)).length)).toBe(0);
        expect(await page.title()).not.toMatch(/pwned/);
        expect(dialogs).toEqual([]);
      });
    });
  }

  describe('with a store connected (the API sharpens the page)', () => {
    beforeAll(async () => {
      const { seller } = sandbox.world.data;
      const options = await session.openOptions();
      const result = await options.evaluate(
        async ([clientId, apiKey]) => {
          const saved = (await chrome.runtime.sendMessage({ type: 'saveStore', name: 'Main store', clientId, apiKey })) as { ok: boolean; data?: { id: string } };
          if (!saved.ok || !saved.data) return saved;
          await chrome.runtime.sendMessage({ type: 'syncNow', storeId: saved.data.id });
          return chrome.runtime.sendMessage({ type: 'getStatus' });
        },
        [seller.clientId, seller.apiKey] as const,
      );
      expect(result).toMatchObject({ ok: true, data: { apiAvailable: true } });
      // The synced chats the content script asks for (getChatMeta) are in the background.
      const ids = sandbox.world.chatsOf('customers_v2').slice(0, 50).map((c) => c.chatId);
      let known = -1;
      for (const started = Date.now(); Date.now() - started < 30_000 && known < ids.length; await new Promise((r) => setTimeout(r, 500))) {
        const meta = (await options.evaluate((chatIds) => chrome.runtime.sendMessage({ type: 'getChatMeta', chatIds }), ids)) as { ok: boolean; data?: Record<string, unknown> };
        known = meta.ok ? Object.keys(meta.data ?? {}).length : -1;
      }
      expect(known).toBe(ids.length);
      await options.close();
    });

    it('every seeded customer dialogue still gets its label; no support or main dialogue is flagged', async () => {
      const page = await session.openPortal('/app/messenger?group=customers_v2', 'en');
      await waitForOneSidebar(page);
      const { chats, marks } = await checkCustomerRows(page, sandbox, 'en');
      for (const chat of chats) expect(marks.get(chat.chatId)!.badges, chat.senderName).toBe(chat.label.verdict === 'none' ? 0 : 1);
      for (const group of ['support_v2', 'main'] as const) {
        const others = sandbox.world.chatsOf(group);
        if (others.length === 0) continue;
        await page.goto(new URL(`/app/messenger?group=${group}&lang=en`, page.url()).href);
        await waitForOneSidebar(page);
        await loadAllRows(page, others.length);
        await waitAllJudged(page, others.length);
        expect((await rowMarks(page)).filter((m) => m.risk !== 'none').map((m) => m.id)).toEqual([]);
      }
      await page.close();
    });
  });
});


describe('scam guard on a 1,000-dialogue list in Chromium', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;

  beforeAll(async () => {
    sandbox = await startSandbox({ chats: 1300, pageSize: 5000 });
    session = await launchExtension(sandbox);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('judges every row of the list, and again after a whole re-render (times printed)', async () => {
    const expected = sandbox.world.chatsOf('customers_v2').length;
    expect(expected).toBeGreaterThan(1000);
    const page = await session.openPortal('/app/messenger?group=customers_v2', 'en');
    await waitForOneSidebar(page);
    await waitAllJudged(page, expected);
    const ms = await page.evaluate(
      (n) =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          (window as unknown as { __replica: { rerender(): void } }).__replica.rerender();
          const check = () => {
            const rows = [...document.querySelectorAll('a[href*="/app/messenger"][href*="id="]')];
            if (rows.length >= n && rows.every((a) => a.hasAttribute('data-sidekick-risk'))) resolve(performance.now() - started);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      expected,
    );
    console.log(`[bench] Chromium: ${expected} dialogues re-rendered and judged by the scam guard in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
    // One badge per flagged row after the re-render; the list alone finds every flagged dialogue whose last message is the customer's.
    const flaggedRows = await page.locator('a[data-sidekick-risk="warn"], a[data-sidekick-risk="danger"]').count();
    expect(await page.locator('[data-sidekick-scam-badge]').count()).toBe(flaggedRows);
    const visible = sandbox.world.chatsOf('customers_v2').filter((c) => c.label.verdict !== 'none' && lastAuthor(c) === 'customer').length;
    expect(flaggedRows).toBeGreaterThanOrEqual(visible);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

