// The scam guard follows the page as it changes in place — text rewritten by textContent / replaceChildren /
// innerText / character data, links pointed elsewhere, rows removed — and fails safe on a layout whose tag it cannot
// read (issue #11): the tag rule pauses, the rows say `unknown`, the sidebar is told.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageObserver, type PageObserver } from '@/entrypoints/seller.content/observer';
import { createPageState, type PageStateStore } from '@/entrypoints/seller.content/page-state';
import { forgetApiFacts } from '@/entrypoints/seller.content/features/scam-guard/api-facts';
import { forgetDialogues } from '@/entrypoints/seller.content/features/scam-guard/memory';
import { startScamBadges } from '@/entrypoints/seller.content/features/scam-guard/list-badges';
import { TAG_ATTR } from '@/entrypoints/seller.content/features/scam-guard/attributes';
import { loadPage } from '../../../../fixtures/portal/messenger';
import { createFakeBackground } from '../../../support/fake-background';
import { testFeatureEnv } from '../../../support/feature-env';

const RISK = 'data-sidekick-risk';
const REASONS = 'data-sidekick-reasons';
const HONEST = 'Где мой заказ?';
const SCAM = 'Пришлите код из СМС, который вам сейчас придёт';
const ID = (n: number) => `0c8f6f3e-3333-4a1b-9c1d-${String(n).padStart(12, '0')}`;

let observer: PageObserver;
let state: PageStateStore;
let stop: (() => void) | null = null;
const wait = (ms = 20) => new Promise((r) => setTimeout(r, ms));

// The defaults, no store.
const background = createFakeBackground();

/** A row as one CSS module draws it: tag pill, name, preview, time. `tagged: false` leaves the pill out. */
function rowHtml(n: number, preview: string, tagged = true, tagInName = false): string {
  const tag = tagged && !tagInName ? '<span class="t1">Покупатель</span>' : '';
  const name = tagInName ? `Покупатель Иван ${n}` : `Иван ${n}`;
  return `<li class="r1"><a class="a1" href="/app/messenger?group=customers_v2&amp;id=${ID(n)}">${tag}<b class="n1">${name}</b><p class="p1">${preview}</p><span class="tm">12:30</span></a></li>`;
}

function start(rows: string[]): void {
  loadPage(`<main><ul class="l1">${rows.join('')}</ul></main>`, 'ru');
  observer = createPageObserver(document.body, (run) => setTimeout(run, 0));
  state = createPageState();
  const env = testFeatureEnv(background, { observer, state });
  startScamBadges(env, { doc: document, send: background.send, group: 'customers_v2' });
  stop = env.stop;
}

const row = (n: number) => document.querySelector(`a[href*="id=${ID(n)}"]`)!.closest("li")!;
const previewOf = (n: number) => row(n).querySelector('p')!;
const flagged = () => document.querySelectorAll(`[${RISK}="warn"], [${RISK}="danger"]`).length;

beforeEach(() => {
  background.reset();
  forgetApiFacts();
  forgetDialogues();
});
afterEach(() => {
  stop?.();
  stop = null;
  observer?.disconnect();
});

describe('text changed in place is judged again', () => {
  const rows = () => Array.from({ length: 12 }, (_, i) => rowHtml(i + 1, HONEST));

  it.each([
    ['textContent', (el: HTMLElement, text: string) => void (el.textContent = text)],
    ['replaceChildren with text', (el: HTMLElement, text: string) => el.replaceChildren(text)],
    ['replaceChildren with an element', (el: HTMLElement, text: string) => el.replaceChildren(Object.assign(document.createElement('span'), { textContent: text }))],
    ['innerText', (el: HTMLElement, text: string) => void (el.innerText = text)],
    ['character data', (el: HTMLElement, text: string) => void ((el.firstChild as Text).data = text)],
  ])('%s', async (_how, rewrite) => {
    start(rows());
    await wait();
    expect(row(3).getAttribute(RISK)).toBe('none');
    expect(row(3).getAttribute(TAG_ATTR)).toBe('customer');
    rewrite(previewOf(3), SCAM);
    await wait();
    expect(row(3).getAttribute(RISK)).toBe('danger');
    expect(row(3).getAttribute(REASONS)).toContain('asks-code');
    expect(state.get().suspicious).toBe(1);
    rewrite(previewOf(3), HONEST);
    await wait();
    expect(row(3).getAttribute(RISK)).toBe('none');
    expect(state.get().suspicious).toBe(0);
  });

  it('a link pointed at another chat in place is read again (virtualised rows reused)', async () => {
    start(rows());
    await wait();
    const li = row(2);
    li.querySelector('a')!.setAttribute('href', `/app/messenger?group=customers_v2&id=${ID(99)}`);
    li.querySelector('p')!.textContent = SCAM;
    await wait();
    expect(li.getAttribute(RISK)).toBe('danger');
  });

  it('a tag removed in place flags the row; removed risky rows leave the count', async () => {
    start([...rows(), rowHtml(13, SCAM)]);
    await wait();
    expect(state.get().suspicious).toBe(1);
    row(5).querySelector('.t1')!.remove();
    await wait();
    expect(row(5).getAttribute(TAG_ATTR)).toBe('none');
    expect(row(5).getAttribute(REASONS)).toContain('no-customer-tag');
    expect(state.get().suspicious).toBe(2);
    row(13).remove();
    row(5).remove();
    await wait();
    expect(state.get().suspicious).toBe(0);
    expect(flagged()).toBe(0);
  });

  it('counts equal the page after 300 random rewrites and removals', async () => {
    start(Array.from({ length: 20 }, (_, i) => rowHtml(i + 1, HONEST)));
    await wait();
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let i = 0; i < 300; i++) {
      const alive = [...document.querySelectorAll<HTMLElement>('li p')];
      if (alive.length === 0) break;
      const p = alive[rand(alive.length)]!;
      if (rand(20) === 0) p.closest('li')!.remove();
      else p.textContent = rand(2) ? SCAM : HONEST;
      if (rand(5) === 0) await wait(1);
    }
    await wait(50);
    const scamRows = [...document.querySelectorAll('li p')].filter((p) => p.textContent === SCAM).length;
    expect(flagged()).toBe(scamRows);
    expect(state.get().suspicious).toBe(scamRows);
  });
});

describe('the fail-safe', () => {
  it('a layout whose tag cannot be read pauses the tag rule: no row flagged for it, rows say unknown, the sidebar is told', async () => {
    start(Array.from({ length: 12 }, (_, i) => rowHtml(i + 1, i === 4 ? SCAM : HONEST, true, true)));
    await wait();
    const all = [...document.querySelectorAll('li')];
    expect(all.every((a) => a.getAttribute(TAG_ATTR) === 'unknown')).toBe(true);
    expect(all.filter((a) => a.getAttribute(REASONS)?.includes('no-customer-tag'))).toHaveLength(0);
    // Content rules keep running.
    expect(row(5).getAttribute(REASONS)).toContain('asks-code');
    expect(state.get().tagUnreadable).toBe(true);
    stop?.();
    stop = null;
    expect(state.get().tagUnreadable).toBe(false);
  });

  it('a readable layout with a few untagged senders flags just those', async () => {
    start(Array.from({ length: 12 }, (_, i) => rowHtml(i + 1, HONEST, i !== 3)));
    await wait();
    expect(state.get().tagUnreadable).toBe(false);
    expect(row(4).getAttribute(TAG_ATTR)).toBe('none');
    expect(row(4).getAttribute(REASONS)).toBe('no-customer-tag');
    expect(flagged()).toBe(1);
  });
});
