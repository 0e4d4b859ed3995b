// Issue 4's "Done when" for presets, in the production build, in Chromium, on the portal replica: each built-in
// preset drives the replica's own filters and the list shown is the replica's answer (in English, and in Chinese
// for issue #15); extra criteria hide exactly the right rows; 200 client-side re-renders leave no duplicate and no
// page error; an unknown page shows the note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSandbox, MESSENGER_PATH, type Sandbox } from '../../sandbox/main';
import { BUILTIN_PRESETS } from '../../lib/presets/model';
import { FILTER_LABELS, PORTAL_FILTERS, type PortalFilter } from '../../lib/presets/filters';
import type { Preset } from '../../lib/presets/model';
import type { SeedChat } from '../../sandbox/data/types';
import { en } from '../../lib/i18n/en';
import { t } from '../../lib/i18n';
import { countHosts, HOST_TAG, launchExtension, waitForOneSidebar, type ExtensionSession, type PortalLang } from './harness';

interface ReplicaControl {
  rerender(): void;
  navigate(url: string): Promise<void>;
  answer(filters: readonly PortalFilter[]): Promise<string[]>;
}
type ReplicaWindow = Window & { __replica: ReplicaControl };

/** Chat ids of the rows the page shows (hidden ones included), in order. */
function shownIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href*="/app/messenger"]')]
      .map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('id'))
      .filter((id): id is string => id !== null),
  );
}

/** Per shown row: its id and our mark. */
function marks(page: Page): Promise<{ id: string; mark: string | null; visible: boolean }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href*="/app/messenger"]')]
      .map((a) => ({
        id: new URL((a as HTMLAnchorElement).href).searchParams.get('id') ?? '',
        mark: a.getAttribute('data-sidekick-preset'),
        visible: (a as HTMLElement).offsetParent !== null,
      }))
      .filter((r) => r.id !== ''),
  );
}

function pressed(page: Page, lang: PortalLang): Promise<PortalFilter[]> {
  return page.evaluate(
    ([labels]) =>
      Object.entries(labels)
        .filter(([, l]) => [...document.querySelectorAll('button')].some((b) => b.textContent === l && b.getAttribute('aria-pressed') === 'true'))
        .map(([f]) => f),
    [Object.fromEntries(PORTAL_FILTERS.map((f) => [f, FILTER_LABELS[f][lang]]))] as const,
  ) as Promise<PortalFilter[]>;
}

const answer = (page: Page, filters: readonly PortalFilter[]) => page.evaluate((f) => (window as unknown as ReplicaWindow).__replica.answer(f), [...filters]);

async function applyFromSidebar(page: Page, name: string): Promise<void> {
  await page.locator(`${HOST_TAG} .sk-preset-apply`, { hasText: name }).first().click();
}

/** By the preset's id, whatever language its name is shown in. */
async function applyById(page: Page, id: string): Promise<void> {
  await page.locator(`${HOST_TAG} [data-preset-id="${id}"] .sk-preset-apply`).click();
}

/** A list row's date (not a time): the wait is then over a day. How the replica prints it in each language. */
const DATE_LINE: Record<PortalLang, string> = { en: String.raw`\d{2}\.\d{2}`, ru: String.raw`\d{2}\.\d{2}`, zh: String.raw`\d{1,2}月\d{1,2}日` };

/** Waits until the portal shows exactly `filters` pressed and its list equals the replica's own answer. */
async function expectPortalList(page: Page, filters: readonly PortalFilter[], lang: PortalLang): Promise<string[]> {
  const want = await answer(page, filters);
  await expect.poll(async () => (await pressed(page, lang)).sort(), { timeout: 10_000 }).toEqual([...filters].filter((f) => f !== 'all').sort());
  await expect.poll(() => shownIds(page), { timeout: 10_000 }).toEqual(want);
  return want;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a row shows of a chat, as the replica renders it (DOM.md), for an independent text check. */
function rowText(chat: SeedChat): string {
  const last = chat.messages[chat.messages.length - 1];
  const ctx = chat.context?.kind === 'order' ? `Order № ${chat.context.orderNumber}` : chat.context?.kind === 'product' ? `Product: ${chat.context.productName}` : '';
  return `${chat.senderName}\n${last ? oneLine(last.text) : ''}\n${ctx}`.toLowerCase();
}

/**
 * After a built-in preset was applied: the portal shows exactly its filters pressed and the replica's own answer,
 * every row is judged, and the extra criteria mark the right rows (`nonMatching`: how the others are marked).
 */
async function expectPresetApplied(page: Page, sandbox: Sandbox, preset: Preset, lang: PortalLang, nonMatching: 'dim' | 'hide'): Promise<void> {
  const want = await expectPortalList(page, preset.filters, lang);
  expect(want.length).toBeGreaterThan(0);
  // Every row is judged; without extra criteria every row matches.
  await expect.poll(async () => (await marks(page)).every((r) => r.mark !== null), { timeout: 5_000 }).toBe(true);
  const rows = await marks(page);
  if (preset.id === 'waiting-over-24h') {
    // From the page alone the wait is a lower bound (the list shows dates, not hours): a matching row truly
    // waits over 24 h, and every row shown with a date (DD.MM; 11月5日 in Chinese) matches.
    const now = sandbox.world.now().getTime();
    for (const r of rows.filter((x) => x.mark === 'match')) {
      const chat = sandbox.world.chat(r.id)!;
      expect(now - Date.parse(chat.messages[chat.messages.length - 1]!.createdAt)).toBeGreaterThan(24 * 3_600_000);
    }
    const dated = await page.evaluate((date) =>
      [...document.querySelectorAll('a[href*="/app/messenger"]')]
        .filter((a) => new RegExp(`(^|\\n)\\s*${date}\\s*(\\n|$)`).test((a as HTMLElement).innerText))
        .map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('id')),
      DATE_LINE[lang],
    );
    expect(dated.length).toBeGreaterThan(0);
    expect(rows.filter((r) => dated.includes(r.id)).every((r) => r.mark === 'match')).toBe(true);
    expect(rows.some((r) => r.mark === nonMatching)).toBe(true);
  } else if (preset.id === 'suspicious') {
    // The scam guard marks rows data-sidekick-risk (README, "The observable contract"): exactly its warn/danger
    // rows match.
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('a[href*="/app/messenger"][href*="id="]')].every((a) => a.hasAttribute('data-sidekick-risk'))), { timeout: 15_000 }).toBe(true);
    const flagged = await page.evaluate(() =>
      [...document.querySelectorAll('a[href*="/app/messenger"][href*="id="]')]
        .filter((a) => ['warn', 'danger'].includes(a.getAttribute('data-sidekick-risk') ?? ''))
        .map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('id')),
    );
    expect(flagged.length).toBeGreaterThan(0);
    await expect.poll(async () => (await marks(page)).filter((r) => r.mark === 'match').map((r) => r.id), { timeout: 10_000 }).toEqual(flagged);
  } else {
    expect(rows.every((r) => r.mark === 'match')).toBe(true);
  }
  expect(await countHosts(page)).toBe(1);
}

describe('presets on the replica, production build in Chromium', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    // Every chat on the first page of the list, so "the list shown" is the whole answer.
    sandbox = await startSandbox({ pageSize: 1000 });
    session = await launchExtension(sandbox);
    page = await session.openPortal(MESSENGER_PATH, 'en');
    await waitForOneSidebar(page);
    await page.locator(`${HOST_TAG} .sk-preset-apply`).first().waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  for (const preset of BUILTIN_PRESETS) {
    it(`"${preset.name}" drives the portal's filters; the list is the replica's answer`, async () => {
      await applyFromSidebar(page, preset.name);
      await expectPresetApplied(page, sandbox, preset, 'en', 'dim');
    });
  }

  it('a user preset with text and order criteria hides exactly the right rows (prefs: hide)', { timeout: 120_000 }, async () => {
    // Ask the background for "hide" the way the options page does.
    await setNonMatching(session, 'hide');
    await page.reload();
    await waitForOneSidebar(page, 30_000);
    await page.locator(`${HOST_TAG} .sk-preset-apply`).first().waitFor({ timeout: 30_000 });

    const chats = sandbox.world.filterChats(['by-order']);
    const context = chats.map((c) => c.context).find((c) => c?.kind === 'order');
    const order = context?.kind === 'order' ? context.orderNumber : '';
    expect(order).not.toBe('');
    const word = 'order';
    await createPreset(page, { name: 'E2E orders', filters: ['by-order'], text: word });
    await applyFromSidebar(page, 'E2E orders');
    const want = await expectPortalList(page, ['by-order'], 'en');
    const expectedVisible = want.filter((id) => rowText(sandbox.world.chat(id)!).includes(word));
    await expect.poll(async () => (await marks(page)).filter((r) => r.visible).map((r) => r.id), { timeout: 5_000 }).toEqual(expectedVisible);
    const rows = await marks(page);
    expect(rows.filter((r) => r.mark === 'hide').map((r) => r.id)).toEqual(want.filter((id) => !expectedVisible.includes(id)));

    await createPreset(page, { name: 'E2E one order', filters: [], order });
    await applyFromSidebar(page, 'E2E one order');
    const all = await expectPortalList(page, [], 'en');
    const sameOrder = all.filter((id) => {
      const c = sandbox.world.chat(id)!;
      return c.context?.kind === 'order' && c.context.orderNumber === order;
    });
    await expect.poll(async () => (await marks(page)).filter((r) => r.visible).map((r) => r.id), { timeout: 5_000 }).toEqual(sameOrder);
    expect(sameOrder.length).toBeGreaterThan(0);
  });

  it('200 client-side re-renders leave 0 duplicates and 0 page errors', { timeout: 240_000 }, async () => {
    const before = await ownedCounts(page);
    const rowsBefore = await marks(page);
    // 20 batches of 10 re-renders, each re-render in its own frame so the extension sees every one.
    for (let batch = 0; batch < 20; batch++) {
      await page.evaluate(async () => {
        for (let i = 0; i < 10; i++) {
          (window as unknown as ReplicaWindow).__replica.rerender();
          await new Promise((r) => requestAnimationFrame(() => r(null)));
        }
      });
    }
    await page.waitForTimeout(1000);
    expect(await countHosts(page)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('style[data-sidekick-owned="presets-style"]').length)).toBe(1);
    expect(await ownedCounts(page)).toEqual(before);
    // The same rows, judged the same way, after all those new nodes.
    expect(await marks(page)).toEqual(rowsBefore);
    expect(session.pageErrors).toEqual([]);
  });

  it('shows the preset names in Russian on a Russian portal and applies them', async () => {
    const ru = await session.openPortal(MESSENGER_PATH, 'ru');
    await waitForOneSidebar(ru);
    const name = t('ru', 'presetBuiltin:order-questions');
    await ru.locator(`${HOST_TAG} .sk-preset-apply`, { hasText: name }).waitFor({ timeout: 15_000 });
    await applyFromSidebar(ru, name);
    await expectPortalList(ru, ['without-my-reply', 'by-order'], 'ru');
    await ru.close();
  });

  it('drives the Chinese filters on a Chinese portal with every built-in preset, never asking for a forbidden pair', { timeout: 120_000 }, async () => {
    const zh = await session.openPortal(MESSENGER_PATH, 'zh');
    await waitForOneSidebar(zh);
    await zh.locator(`${HOST_TAG} .sk-preset-apply`).first().waitFor({ timeout: 15_000 });
    // zh: the presets are pressed by id; their Chinese names are asserted here once the extension's zh UI arrives.
    for (const preset of BUILTIN_PRESETS) {
      await applyById(zh, preset.id);
      // Rows that miss the preset are hidden: the user-preset test above set that preference.
      await expectPresetApplied(zh, sandbox, preset, 'zh', 'hide');
      if (preset.id === 'product-questions-new') {
        // The portal refuses "Unread" with "Without customer's reply": the next preset must release it first.
        expect(await zh.locator('button', { hasText: FILTER_LABELS['without-customer-reply'].zh }).isDisabled()).toBe(true);
      }
    }
    expect(session.pageErrors).toEqual([]);
    await zh.close();
  });

  it('an unrecognisable messenger page and another /app path show the note', async () => {
    const p = await session.openPortal(MESSENGER_PATH, 'en');
    await waitForOneSidebar(p);
    await p.locator(`${HOST_TAG} .sk-preset-apply`).first().waitFor({ timeout: 15_000 });
    // A new layout the adapters do not know: the list and the filters replaced by something else.
    await p.evaluate(() => {
      const row = document.querySelector('a[href*="/app/messenger"][href*="id="]');
      const aside = row?.closest('aside') ?? row?.parentElement?.parentElement;
      const unknown = document.createElement('div');
      unknown.textContent = 'A new messenger design';
      aside?.replaceWith(unknown);
    });
    await expect
      .poll(() => p.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[data-sidekick-note="unrecognised"]')?.textContent ?? '', HOST_TAG), { timeout: 10_000 })
      .toContain('the chat list');
    await p.evaluate(() => (window as unknown as ReplicaWindow).__replica.navigate('/app/reviews'));
    await expect.poll(() => p.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '', HOST_TAG), { timeout: 10_000 }).toContain(en.pageUnknown);
    expect(await countHosts(p)).toBe(1);
    await p.close();
  });
});

/** Elements the extension added to the page, by tag and marker (to compare before and after re-renders). */
function ownedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const el of document.querySelectorAll('[data-sidekick-owned], seller-sidekick')) {
      const key = `${el.tagName}:${el.getAttribute('data-sidekick-owned') ?? ''}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  });
}

async function createPreset(page: Page, p: { name: string; filters: PortalFilter[]; text?: string; order?: string }): Promise<void> {
  const side = page.locator(HOST_TAG);
  await side.locator('.sk-new').click();
  const form = side.locator('form.sk-editor');
  await form.locator('input[id$="-name"]').fill(p.name);
  for (const f of p.filters) await form.getByLabel(FILTER_LABELS[f].en, { exact: true }).check();
  if (p.text) await form.locator('input[id$="-text"]').fill(p.text);
  if (p.order) await form.locator('input[id$="-order"]').fill(p.order);
  await form.locator('button[type="submit"]').click();
  await side.locator('.sk-preset-apply', { hasText: p.name }).waitFor({ timeout: 10_000 });
}

/** Sets prefs.nonMatchingRows in the background's database, as a saved option would. */
async function setNonMatching(session: ExtensionSession, value: 'dim' | 'hide'): Promise<void> {
  await session.worker.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('seller-sidekick');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('prefs', 'readwrite');
          const store = tx.objectStore('prefs');
          const get = store.get('prefs');
          get.onsuccess = () => {
            store.put({ ...(get.result ?? {}), nonMatchingRows: v }, 'prefs');
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

describe('annotating a list of 1,000 dialogues in Chromium', () => {
  it('judges every new row of a 1,000-row re-render (time printed)', { timeout: 120_000 }, async () => {
    const sandbox = await startSandbox({ chats: 1300, pageSize: 5000 });
    const session = await launchExtension(sandbox);
    try {
      const page = await session.openPortal(MESSENGER_PATH, 'en');
      await waitForOneSidebar(page);
      await page.locator(`${HOST_TAG} .sk-preset-apply`).first().waitFor({ timeout: 15_000 });
      await applyFromSidebar(page, 'Suspicious');
      await expect.poll(async () => (await marks(page)).every((r) => r.mark !== null), { timeout: 10_000 }).toBe(true);
      const count = (await shownIds(page)).length;
      expect(count).toBeGreaterThanOrEqual(1000);
      // Re-render the whole list (new nodes, no marks) and time until every row carries its mark again.
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const t0 = performance.now();
            (window as unknown as ReplicaWindow).__replica.rerender();
            const check = () => {
              const rows = document.querySelectorAll('a[href*="/app/messenger"][href*="id="]');
              if (rows.length > 0 && [...rows].every((r) => r.hasAttribute('data-sidekick-preset'))) resolve(performance.now() - t0);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
      );
      console.log(`[bench] Chromium: ${count} dialogues re-rendered and annotated in ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(2000);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.close();
      await sandbox.close();
    }
  });
});
