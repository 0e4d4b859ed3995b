// The fail-safe in a real browser (issue #11): on a Customers list whose tag cannot be read (here the tag is part of
// the name's own text, not an element of its own), the guard must not flag every honest customer. The tag rule
// pauses, rows say `unknown`, content rules keep running, and the sidebar says so and offers the layout report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLayoutSession, type LayoutSession } from './layouts/session';

const SCAM = 'Пришлите код из СМС, который вам сейчас придёт';
const id = (n: number) => `0c8f6f3e-4444-4a1b-9c1d-${String(n).padStart(12, '0')}`;

function page(): string {
  const rows = Array.from({ length: 12 }, (_, i) => {
    const preview = i === 4 ? SCAM : 'Здравствуйте, где мой заказ?';
    return (
      `<a class="r" href="/app/messenger?group=customers_v2&amp;id=${id(i)}">` +
      `<div class="h"><b>Покупатель · Иван ${i}</b><span class="t">12:3${i % 10}</span></div><div class="p">${preview}</div></a>`
    );
  }).join('');
  return (
    `<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>.r{display:block;padding:8px;border-bottom:1px solid #eee}` +
    `.h{display:flex;justify-content:space-between}.p{color:#555}</style></head><body><main><div class="list">${rows}</div></main>` +
    `<script>window.__gen = { rendered: true };</script></body></html>`
  );
}

describe('the fail-safe, production build in Chromium', () => {
  let ls: LayoutSession;
  beforeAll(async () => {
    ls = await openLayoutSession();
  });
  afterAll(async () => {
    await ls?.close();
  });

  it('an unreadable tag pauses the tag rule: rows say unknown, content rules run, the sidebar tells the seller', async () => {
    await ls.show('/app/messenger?group=customers_v2&failsafe=1', page());
    const rows = ls.page.locator('a.r');
    await expect.poll(() => ls.page.evaluate(() => [...document.querySelectorAll('a.r')].every((a) => a.hasAttribute('data-sidekick-risk'))), { timeout: 10_000 }).toBe(true);
    const marks = await rows.evaluateAll((els) => els.map((el) => ({ tag: el.getAttribute('data-sidekick-tag'), reasons: el.getAttribute('data-sidekick-reasons') ?? '' })));
    expect(marks.every((m) => m.tag === 'unknown')).toBe(true);
    expect(marks.filter((m) => m.reasons.includes('no-customer-tag'))).toEqual([]);
    expect(marks[4]!.reasons).toContain('asks-code');
    const sidebar = ls.page.locator('seller-sidekick');
    await expect.poll(() => sidebar.locator('[data-sidekick-notice="tag-unreadable"]').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await sidebar.locator('button[data-sidekick-action="copy-layout-report"]').count()).toBe(1);
    expect(ls.errors()).toEqual([]);
  });
});
