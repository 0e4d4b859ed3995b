import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import { REASON_TEXT, type ReasonCode } from '@/lib/scam';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import type { ChatMeta, StatusReport } from '@/lib/protocol/messages';
import { createPageObserver, type PageObserver } from '@/entrypoints/seller.content/observer';
import { createPageState, type PageStateStore } from '@/entrypoints/seller.content/page-state';
import { forgetApiFacts } from '@/entrypoints/seller.content/features/scam-guard/api-facts';
import { forgetDialogues, rememberDialogue } from '@/entrypoints/seller.content/features/scam-guard/memory';
import { judge } from '@/lib/scam';
import { startScamBadges, RISK_ATTR, REASONS_ATTR } from '@/entrypoints/seller.content/features/scam-guard/list-badges';
import scamBadges from '@/entrypoints/seller.content/features/scam-guard/list-badges';
import { pageKindOf } from '@/entrypoints/seller.content/portal/page-kind';
import { listHtml, loadPage, messengerPage, type Lang } from '../../../../fixtures/portal/messenger';
import { PAYLOAD_NAME, PAYLOAD_PREVIEW, rowId, SCAM_ROWS, type ScamRow } from '../../../../fixtures/scam-page/rows';
import { createFakeBackground } from '../../../support/fake-background';
import { testFeatureEnv } from '../../../support/feature-env';

interface Background {
  prefs: Prefs;
  status: StatusReport;
  meta: Record<string, ChatMeta>;
}

let bg: Background;
let observer: PageObserver;
let state: PageStateStore;
let stop: (() => void) | null = null;
const background = createFakeBackground();
const wait = (ms = 10) => new Promise((r) => setTimeout(r, ms));

/** Starts the list's scam badges with a fresh navigation's settings from the fake background. */
function startBadges(group: string): void {
  const env = testFeatureEnv(background, { observer, state });
  startScamBadges(env, { doc: document, send: background.send, group });
  stop = env.stop;
}

function start(lang: Lang, rows: readonly ScamRow[] = SCAM_ROWS, group = 'customers_v2'): void {
  loadPage(messengerPage({ lang, rows }), lang, `/app/messenger?group=${group}`);
  // The fixture's rows link to the customers group; other lists' rows link to their own group, as on the portal.
  for (const a of document.querySelectorAll('a[href*="group=customers_v2&"]')) a.setAttribute('href', a.getAttribute('href')!.replace('customers_v2', group));
  observer = createPageObserver(document.body, (run) => setTimeout(run, 0));
  state = createPageState();
  startBadges(group);
}

const rowEl = (id: string) => document.querySelector(`a[href*="id=${id}"]`)!;
const badgesOf = (el: Element) => el.querySelectorAll('[data-sidekick-scam-badge]');
const text = (code: ReasonCode, lang: Lang) => REASON_TEXT[code][lang];

/** Re-renders the list as the portal does: the same rows as new nodes. */
function rerenderList(lang: Lang, rows: readonly ScamRow[]): void {
  const old = document.querySelector('a[href*="id="]')!.parentElement!.parentElement!;
  const range = document.createRange();
  old.replaceWith(range.createContextualFragment(listHtml(rows, lang, 'replica')));
}

beforeEach(() => {
  forgetApiFacts();
  forgetDialogues();
  bg = { prefs: structuredClone(DEFAULT_PREFS), status: { stores: [], apiAvailable: false }, meta: {} };
  background.reset({
    getPrefs: () => bg.prefs,
    getStatus: () => bg.status,
    getChatMeta: (request) => Object.fromEntries(Object.entries(bg.meta).filter(([id]) => request.chatIds.includes(id))),
  });
  delete (window as { __scamPwned?: number }).__scamPwned;
});

afterEach(() => {
  stop?.();
  stop = null;
  observer?.disconnect();
});

describe.each(['en', 'ru'] as Lang[])('list rows (%s)', (lang) => {
  it('every row gets the risk and reasons of its verdict; only warn/danger rows get one badge', async () => {
    start(lang);
    await wait();
    for (const row of SCAM_ROWS) {
      const el = rowEl(row.id);
      expect(el.getAttribute(RISK_ATTR), row.name).toBe(row.want.risk);
      const reasons = el.getAttribute(REASONS_ATTR)!.split(' ').filter(Boolean);
      for (const r of row.want.reasons) expect(reasons, row.name).toContain(r);
      if (row.want.risk === 'none') expect(reasons).toEqual([]);
      expect(badgesOf(el).length, row.name).toBe(row.want.risk === 'none' ? 0 : 1);
    }
    expect(state.get().suspicious).toBe(SCAM_ROWS.filter((r) => r.want.risk !== 'none').length);
  });

  it('the badge says it in words and an icon, and its tooltip lists the reasons in the language', async () => {
    start(lang);
    await wait();
    const warn = badgesOf(rowEl(rowId(3)))[0] as HTMLElement;
    expect(warn.textContent).toBe(t(lang, 'scamBadge:warn'));
    expect(warn.title).toContain(text('no-customer-tag', lang));
    expect(warn.hasAttribute('data-sidekick-owned')).toBe(true);
    const danger = badgesOf(rowEl(rowId(4)))[0] as HTMLElement;
    expect(danger.textContent).toBe(t(lang, 'scamBadge:danger'));
    expect(danger.title).toContain(text('impersonates-support', lang));
    expect(danger.title).toContain(text('messenger-move', lang));
    const other: Lang = lang === 'en' ? 'ru' : 'en';
    expect(danger.title).not.toContain(text('messenger-move', other));
    // The badge sits right after the sender's name, not inside it.
    expect(danger.previousElementSibling?.textContent).toBe('Поддержка Ozon');
  });
});

describe('preferences', () => {
  it('an allowlisted sender or chat is shown as allowlisted with a neutral mark, not silenced', async () => {
    bg.prefs.scamGuard.allowlist = [
      { kind: 'sender', value: '  boris ' },
      { kind: 'chat', value: rowId(5).toUpperCase() },
    ];
    start('en');
    await wait();
    for (const id of [rowId(3), rowId(5)]) {
      const el = rowEl(id);
      expect(el.getAttribute(RISK_ATTR)).toBe('none');
      expect(el.getAttribute(REASONS_ATTR)).toBe('allowlisted');
      const marks = badgesOf(el);
      expect(marks.length).toBe(1);
      expect(marks[0]!.textContent).toBe(t('en', 'scamBadge:allowlisted'));
      expect(marks[0]!.getAttribute('data-sidekick-scam-badge')).toBe('allowlisted');
      expect((marks[0] as HTMLElement).title).toContain(REASON_TEXT.allowlisted.en);
      expect((marks[0] as HTMLElement).title).toMatch(/would be (warn|danger)/);
    }
    // Not allowlisted: unchanged.
    expect(rowEl(rowId(4)).getAttribute(RISK_ATTR)).toBe('danger');
    expect(state.get().suspicious).toBe(1);
  });

  it('switched-off rules drop their reasons and the risk is recomputed', async () => {
    bg.prefs.scamGuard.disabledRules = ['no-customer-tag', 'impersonates-support'];
    start('en');
    await wait();
    expect(rowEl(rowId(3)).getAttribute(RISK_ATTR)).toBe('none');
    expect(badgesOf(rowEl(rowId(3))).length).toBe(0);
    // messenger-move alone is a warning.
    expect(rowEl(rowId(4)).getAttribute(RISK_ATTR)).toBe('warn');
    expect(rowEl(rowId(4)).getAttribute(REASONS_ATTR)).toBe('messenger-move');
    expect(badgesOf(rowEl(rowId(4)))[0]!.textContent).toBe(t('en', 'scamBadge:warn'));
  });

  it('a switched-off scam guard marks nothing (and clears the marks of the first judgement)', async () => {
    bg.prefs.scamGuard.enabled = false;
    start('en');
    await wait();
    expect(document.querySelectorAll(`[${RISK_ATTR}]`).length).toBe(0);
    expect(document.querySelectorAll('[data-sidekick-scam-badge]').length).toBe(0);
    expect(state.get().suspicious).toBe(0);
  });

  it('the preferences language wins over the page', async () => {
    bg.prefs.language = 'ru';
    start('en');
    await wait();
    expect(badgesOf(rowEl(rowId(4)))[0]!.textContent).toBe(t('ru', 'scamBadge:danger'));
  });
});

describe('rows as the portal renders them', () => {
  it('200 re-renders of the whole list leave one badge per flagged row and the same attributes', async () => {
    start('en');
    await wait();
    for (let i = 0; i < 200; i++) {
      rerenderList('en', SCAM_ROWS);
      if (i % 20 === 0) await wait(0);
    }
    await wait();
    expect(document.querySelectorAll('[data-sidekick-scam-badge]').length).toBe(3);
    for (const row of SCAM_ROWS) {
      expect(rowEl(row.id).getAttribute(RISK_ATTR)).toBe(row.want.risk);
      expect(badgesOf(rowEl(row.id)).length).toBe(row.want.risk === 'none' ? 0 : 1);
    }
    expect(state.get().suspicious).toBe(3);
  });

  it('judges rows loaded later and re-judges a row whose preview changed', async () => {
    start('en', SCAM_ROWS.slice(0, 2));
    await wait();
    expect(state.get().suspicious).toBe(0);
    // Rows 3-6 load on scroll.
    const list = document.querySelector('a[href*="id="]')!.parentElement!;
    list.append(document.createRange().createContextualFragment(listHtml(SCAM_ROWS.slice(2), 'en', 'replica')).firstElementChild!.firstElementChild!);
    await wait();
    expect(rowEl(rowId(4)).getAttribute(RISK_ATTR)).toBe('danger');
    expect(state.get().suspicious).toBe(3);
    // Anna's new last message asks for card data.
    const changed = SCAM_ROWS.map((r) => (r.id === rowId(1) ? { ...r, preview: 'Send me your card number and CVV for the refund' } : r));
    rerenderList('en', changed);
    await wait();
    expect(rowEl(rowId(1)).getAttribute(RISK_ATTR)).toBe('danger');
    expect(rowEl(rowId(1)).getAttribute(REASONS_ATTR)).toContain('asks-card');
    expect(badgesOf(rowEl(rowId(1))).length).toBe(1);
  });

  it('HTML in names and previews stays text: no element is made of it and nothing runs', async () => {
    start('en');
    await wait();
    const el = rowEl(rowId(6));
    expect(el.textContent).toContain(PAYLOAD_NAME);
    expect(el.textContent).toContain(PAYLOAD_PREVIEW);
    expect(document.querySelectorAll('img, script, b').length).toBe(0);
    expect((window as { __scamPwned?: number }).__scamPwned).toBeUndefined();
    // A payload in a flagged row: the tooltip carries it as text too.
    const rows: ScamRow[] = [{ ...SCAM_ROWS[5]!, tag: null, want: { risk: 'warn', reasons: ['no-customer-tag'] } }];
    stop?.();
    start('ru', rows);
    await wait();
    expect(badgesOf(rowEl(rowId(6))).length).toBe(1);
    expect(document.querySelectorAll('img, script, b').length).toBe(0);
    expect((window as { __scamPwned?: number }).__scamPwned).toBeUndefined();
  });

  it.each(['en', 'ru'] as Lang[])('a preview the portal edits in place (same nodes) is judged again (%s)', async (lang) => {
    start(lang);
    await wait();
    const row = rowEl(rowId(1));
    expect(row.getAttribute(RISK_ATTR)).toBe('none');
    const preview = [...row.querySelectorAll('span')].find((el) => el.textContent === SCAM_ROWS[0]!.preview)!;
    (preview.firstChild as Text).data = SCAM_ROWS[4]!.preview;
    await wait();
    expect(row.getAttribute(RISK_ATTR)).toBe('danger');
    expect(row.getAttribute(REASONS_ATTR)).toContain('asks-code');
    expect(badgesOf(row).length).toBe(1);
    (preview.firstChild as Text).data = SCAM_ROWS[0]!.preview;
    await wait();
    expect(row.getAttribute(RISK_ATTR)).toBe('none');
    expect(badgesOf(row).length).toBe(0);
  });

  it.each(['en', 'ru'] as Lang[])('a sender named like the tag, without a tag, is not taken for a tagged customer (%s)', async (lang) => {
    const word = lang === 'ru' ? 'Покупатель' : 'Customer';
    const rows: ScamRow[] = [
      { ...SCAM_ROWS[0]!, id: rowId(31), tag: null, name: word, want: { risk: 'warn', reasons: ['no-customer-tag'] } },
      { ...SCAM_ROWS[0]!, id: rowId(32), tag: 'customer', name: word, want: { risk: 'none', reasons: [] } },
    ];
    start(lang, rows);
    await wait();
    expect(rowEl(rowId(31)).getAttribute(RISK_ATTR)).toBe('warn');
    expect(rowEl(rowId(31)).getAttribute(REASONS_ATTR)).toBe('no-customer-tag');
    expect(rowEl(rowId(32)).getAttribute(RISK_ATTR)).toBe('none');
  });

  it('a link to a chat outside the list (the top bar’s language switch) is no row, and does not hide the chat’s own row', async () => {
    start('en');
    // The portal's top bar keeps the open chat in its RU / EN links; here it comes before the list.
    const header = document.querySelector('header')!;
    const ru = document.createElement('a');
    ru.href = `/app/messenger?group=customers_v2&id=${rowId(4)}&lang=ru`;
    ru.textContent = 'RU';
    header.append(ru);
    await wait();
    expect(ru.hasAttribute(RISK_ATTR)).toBe(false);
    expect(badgesOf(ru).length).toBe(0);
    expect(document.querySelectorAll(`header[${RISK_ATTR}], header [${RISK_ATTR}], header [data-sidekick-owned]`).length).toBe(0);
    const row = [...document.querySelectorAll(`a[href*="id=${rowId(4)}"]`)].find((a) => a !== ru)!;
    expect(row.getAttribute(RISK_ATTR)).toBe('danger');
    expect(state.get().suspicious).toBe(3);
  });

  it('stop() removes every attribute and badge and resets the count', async () => {
    start('en');
    await wait();
    expect(document.querySelectorAll(`[${RISK_ATTR}]`).length).toBe(SCAM_ROWS.length);
    stop!();
    stop = null;
    expect(document.querySelectorAll(`[${RISK_ATTR}], [${REASONS_ATTR}], [data-sidekick-owned]`).length).toBe(0);
    expect(state.get().suspicious).toBe(0);
    // Nothing comes back after the stop.
    rerenderList('en', SCAM_ROWS);
    await wait();
    expect(document.querySelectorAll(`[${RISK_ATTR}]`).length).toBe(0);
  });

  it('support and main lists are Ozon’s own: no no-customer-tag there', async () => {
    const rows = SCAM_ROWS.filter((r) => r.tag !== 'customer').map((r) => ({ ...r, tag: null }));
    start('en', rows, 'support_v2');
    await wait();
    for (const row of rows) expect(rowEl(row.id).getAttribute(REASONS_ATTR)).not.toContain('no-customer-tag');
  });

  it('the feature applies to every messenger group', () => {
    for (const g of ['customers_v2', 'support_v2', 'main']) expect(scamBadges.appliesTo(pageKindOf(`https://seller.ozon.ru/app/messenger?group=${g}`))).toBe(true);
    expect(scamBadges.appliesTo(pageKindOf('https://seller.ozon.ru/app/postings/fbs'))).toBe(false);
  });
});

describe('with a store connected', () => {
  it('an API-verified support chat is never flagged; the API sender type sharpens a row', async () => {
    bg.status.apiAvailable = true;
    bg.meta = {
      [rowId(4)]: { chatId: rowId(4), storeId: 's', chatType: 'SELLER_SUPPORT', isBuyerChat: false, lastAuthor: 'support', userType: 'Support' },
      [rowId(3)]: { chatId: rowId(3), storeId: 's', chatType: 'Buyer_Seller', isBuyerChat: true, lastAuthor: 'customer', userType: 'Customer' },
    };
    start('en');
    await wait(30);
    expect(background.requestsOf('getChatMeta').length > 0).toBe(true);
    expect(rowEl(rowId(4)).getAttribute(RISK_ATTR)).toBe('none');
    expect(badgesOf(rowEl(rowId(4))).length).toBe(0);
    const expected = judge({ senderName: 'Boris', tag: null, list: 'customers', chatType: 'Buyer_Seller', userType: 'Customer', texts: ['thanks a lot'] });
    expect(rowEl(rowId(3)).getAttribute(RISK_ATTR)).toBe(expected.risk);
  });

  it('no API request without a store', async () => {
    start('en');
    await wait();
    expect(background.requestsOf('getChatMeta').length > 0).toBe(false);
  });
});

describe('what the open chat showed', () => {
  it('a row whose preview is harmless shows what its dialogue revealed', async () => {
    start('en');
    await wait();
    expect(rowEl(rowId(1)).getAttribute(RISK_ATTR)).toBe('none');
    rememberDialogue(rowId(1), judge({ senderName: 'Anna K.', tag: 'customer', list: 'customers', texts: ['Add our specialist as an employee to your company'] }));
    await wait();
    expect(rowEl(rowId(1)).getAttribute(RISK_ATTR)).toBe('danger');
    expect(rowEl(rowId(1)).getAttribute(REASONS_ATTR)).toContain('add-employee');
    expect(badgesOf(rowEl(rowId(1))).length).toBe(1);
  });
});

describe('cost', () => {
  it('judges 1,000 rows in a bounded time and re-renders cost only look-ups', async () => {
    const many: ScamRow[] = Array.from({ length: 1000 }, (_, i) => {
      const base = SCAM_ROWS[i % 5]!;
      return { ...base, id: rowId(1000 + i), name: `${base.name} ${i}`, preview: `${base.preview} #${i}` };
    });
    loadPage(messengerPage({ lang: 'en', rows: many }), 'en');
    observer = createPageObserver(document.body, (run) => setTimeout(run, 0));
    state = createPageState();
    const t0 = performance.now();
    startBadges('customers_v2');
    const first = performance.now() - t0;
    await wait();
    const total = performance.now() - t0;
    expect(document.querySelectorAll(`[${RISK_ATTR}]`).length).toBe(1000);
    // The portal re-renders the whole list (new nodes, same content): verdicts come from the cache.
    rerenderList('en', many);
    const t1 = performance.now();
    while (document.querySelectorAll(`[${RISK_ATTR}]`).length < 1000 && performance.now() - t1 < 10_000) await wait(1);
    const again = performance.now() - t1;
    expect(document.querySelectorAll(`[${RISK_ATTR}]`).length).toBe(1000);
    expect(document.querySelectorAll('[data-sidekick-scam-badge]').length).toBe(600);
    console.log(`[scam-page] 1,000 rows in happy-dom: first judgement ${first.toFixed(0)} ms (${total.toFixed(0)} ms with the settings' answer); a re-render of all ${again.toFixed(0)} ms`);
    expect(first).toBeLessThan(5000);
  });
});
