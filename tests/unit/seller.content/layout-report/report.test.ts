// The layout report (entrypoints/seller.content/portal/layout-report): text categories, class tokens, attribute and address shapes, what
// it skips, its caps — and the privacy proof: pages full of generated secrets leave none of them in the report.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { categoryOf, layoutReport, type ElementNode, type LayoutChild, type LayoutReport } from '@/entrypoints/seller.content/layout-report';
import { hrefShape, IdPlaceholders } from '@/entrypoints/seller.content/layout-report/url-shape';

function load(html: string, path = '/app/messenger?group=customers_v2', lang = 'en'): void {
  history.replaceState(null, '', path);
  document.documentElement.lang = lang;
  // Test pages are our own HTML (chat text on the portal is never parsed as HTML by the product).
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

const elements = (node: ElementNode): ElementNode[] => [node, ...(node.kids ?? []).flatMap((k) => ('tag' in k ? elements(k) : []))];
const texts = (node: ElementNode): string[] => (node.kids ?? []).flatMap((k: LayoutChild) => ('tag' in k ? texts(k) : [k.text]));

afterEach(() => {
  document.body.replaceChildren();
});

describe('text categories', () => {
  it.each([
    // Times and dates the portal may print, in English, Russian and Chinese.
    ['12:30', 'time'],
    ['9:05', 'time'],
    ['Yesterday', 'time'],
    ['Вчера', 'time'],
    ['昨天', 'time'],
    ['Вчера, 12:30', 'time'],
    ['Monday', 'time'],
    ['пн', 'time'],
    ['星期三', 'time'],
    ['12 нояб.', 'time'],
    ['12 ноября 2026', 'time'],
    ['Nov 12', 'time'],
    ['Nov 12, 2026', 'time'],
    ['24.11', 'time'],
    ['24.11.2026', 'time'],
    ['24.11 12:30', 'time'],
    ['5 min ago', 'time'],
    ['an hour ago', 'time'],
    ['5 мин назад', 'time'],
    ['3 часа назад', 'time'],
    ['5分钟前', 'time'],
    ['11月12日', 'time'],
    ['2026-11-24', 'time'],
    // Tags: the whole text is the tag word, any case and spacing.
    ['Customer', 'tag:customer'],
    ['  покупатель ', 'tag:customer'],
    ['买家', 'tag:customer'],
    ['SUPPORT', 'tag:support'],
    ['Поддержка', 'tag:support'],
    ['客服', 'tag:support'],
    ['Поддержка Ozon', 'other:11-30:mixed'],
    ['Customer service', 'other:11-30:latin'],
    // The portal's labels, from the adapters' cue modules.
    ['Without your reply', 'label:filter:without-my-reply'],
    ['Без ответа клиента', 'label:filter:without-customer-reply'],
    ['Только новые', 'label:filter:unread'],
    ['Сбросить фильтры', 'label:reset-filters'],
    ['Reset filters', 'label:reset-filters'],
    ['Вы', 'label:you'],
    ['ожидает сборки', 'label:status:awaiting_packaging'],
    ['Delivered', 'label:status:delivered'],
    ['Ожидают сборки', 'label:tab:awaiting_packaging'],
    ['Номер отправления', 'label:column:number'],
    ['Связаться с покупателем', 'label:contact-customer'],
    // Numbers: posting numbers by shape, other numbers by digit count only.
    ['0128619527-0157-1', 'posting-number'],
    ['№ 0128619527-0157-1', 'posting-number'],
    ['0128619527-0157', 'posting-number'],
    ['Заказ № 0128619527-0157', 'order-context'],
    ['Товар: Чайник X200', 'product-context'],
    ['3', 'digits:1'],
    ['99+', 'digits:2'],
    ['15 000', 'digits:4-6'],
    ['79161234567', 'digits:7+'],
    // Everything else: length bucket and script.
    ['Anna K.', 'other:4-10:latin'],
    ['Где мой заказ?', 'other:11-30:cyrillic'],
    ['你好', 'other:1-3:cjk'],
    ['Hi, привет', 'other:4-10:mixed'],
    ['+7 (916) 123-45-67', 'other:11-30:none'],
    ['x'.repeat(100), 'other:>99:latin'],
    ['   ', null],
  ])('%j → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('the report', () => {
  it('gives each class a stable token: the same class, the same token; never the class itself', () => {
    load(`<div class="a7f-k2 q1w-e2"><span class="a7f-k2">x</span><span class="z9x-y8">y</span><p class="q1w-e2"></p></div>`);
    const report = layoutReport();
    const [div] = report.root.kids as ElementNode[];
    const [span1, span2, p] = div!.kids as ElementNode[];
    const [tokA, tokQ] = div!.cls!.split(' ');
    expect(span1!.cls).toBe(tokA);
    expect(p!.cls).toBe(tokQ);
    expect(span2!.cls).not.toBe(tokA);
    expect(span2!.cls).not.toBe(tokQ);
    expect(JSON.stringify(report)).not.toMatch(/a7f|q1w|z9x/);
  });

  it('is the same for two renders of one page whose hashed class names differ', () => {
    const page = (a: string, b: string) => `<ul class="${a}"><li class="${b}">Anna</li><li class="${b}">Boris</li></ul>`;
    load(page('k1-aa', 'k2-bb'));
    const first = layoutReport();
    load(page('zz9-q', 'mm1-r'));
    expect(layoutReport()).toEqual(first);
  });

  it('records the page: path shape, query keys with enum values only, language, viewport', () => {
    load('<p>x</p>', '/app/postings/fbo/0128619527-0157-1?tab=awaiting_packaging&postingNumber=0128619527-0157-1&search=Anna&lang=ru', 'ru');
    const { page } = layoutReport();
    expect(page.path).toBe('/app/postings/fbo/{posting:a}');
    expect(page.query).toEqual([
      ['tab', 'awaiting_packaging'],
      ['postingNumber', '{posting:a}'],
      ['search', '{text}'],
      ['lang', 'ru'],
    ]);
    expect(page.lang).toBe('ru');
    expect(page.viewport.width).toBeGreaterThan(0);
  });

  it('keeps roles, ARIA (free text as a category) and the structural attributes, reduced', () => {
    load(
      `<div role="listitem" aria-label="Anna Karenina" aria-pressed="true" aria-labelledby="x1 x2" aria-setsize="412" id="secret" title="Anna" data-user="anna">` +
        `<a href="/app/messenger?group=customers_v2&id=0c8f6f3e-1111-4a1b-9c1d-000000000001" tabindex="7">a</a>` +
        `<div active-chat-id="0c8f6f3e-1111-4a1b-9c1d-000000000001" contenteditable="true" hidden></div>` +
        `<input type="tel" value="+79161234567" placeholder="Anna" disabled><time datetime="2026-11-24T10:00:00Z">10:00</time></div>`,
    );
    const [item] = layoutReport().root.kids as ElementNode[];
    expect(item).toMatchObject({
      tag: 'div',
      role: 'listitem',
      aria: { 'aria-label': 'other:11-30:latin', 'aria-pressed': 'true', 'aria-labelledby': '{ref}', 'aria-setsize': 'digits:3' },
    });
    expect(item!.attrs).toBeUndefined();
    const [link, chat, input, time] = item!.kids as ElementNode[];
    expect(link!.attrs).toEqual({ href: '/app/messenger?group=customers_v2&id={id:a}', tabindex: 'positive' });
    // The same chat id in the open chat's wrapper: the same placeholder.
    expect(chat!.attrs).toEqual({ 'active-chat-id': '{id:a}', contenteditable: 'true', hidden: '' });
    expect(input!.attrs).toEqual({ type: 'tel', disabled: '' });
    expect(time).toMatchObject({ attrs: { datetime: 'iso-datetime' }, kids: [{ text: 'time' }] });
  });

  it.each([
    ['/app/messenger?group=customers_v2&id=0c8f6f3e-1111-4a1b-9c1d-000000000001', '/app/messenger?group=customers_v2&id={id:a}'],
    ['?id=0c8f6f3e-1111-4a1b-9c1d-000000000001&group=customers_v2', '?id={id:a}&group=customers_v2'],
    ['/app/postings/fbs?tab=all&postingDetails=0128619527-0157-1', '/app/postings/fbs?tab=all&postingDetails={posting:a}'],
    ['/app/returns/main?tab=40', '/app/returns/main?tab={n}'],
    ['/api/site/chat/v2/chat/12345', '/api/site/chat/v{n}/chat/{n}'],
    ['/app/products/%D1%87%D0%B0%D0%B9%D0%BD%D0%B8%D0%BA', '/app/products/{seg}'],
    ['https://seller.ozon.ru/app/messenger?group=support_v2#top', 'https://seller.ozon.ru/app/messenger?group=support_v2#{frag}'],
    ['https://ozon-seller-support.ru/verify?u=anna', 'https://{external}'],
    ['https://seller.ozon.ru.verify-id.com/login', 'https://{external}'],
    ['mailto:anna@example.com', 'mailto:{value}'],
    ['tel:+79161234567', 'tel:{value}'],
    ['javascript:alert(1)', 'javascript:'],
  ])('reduces the link %s to %s', (href, shape) => {
    expect(hrefShape(href, new IdPlaceholders())).toBe(shape);
  });

  it('skips our own elements and attributes, scripts, styles, templates, and svg internals (keeps an svg leaf)', () => {
    load(
      `<div data-sidekick-risk="danger" data-sidekick-reasons="asks-code"><span data-sidekick-owned="badge">Danger</span>text</div>` +
        `<seller-sidekick><b>ours</b></seller-sidekick><script>var secret=1</script><style>.a{}</style><template><p>t</p></template>` +
        `<noscript>n</noscript><button><svg viewBox="0 0 1 1"><title>Anna</title><path d="M0 0"></path></svg></button>`,
    );
    const report = layoutReport();
    expect(elements(report.root).map((e) => e.tag)).toEqual(['body', 'div', 'button', 'svg']);
    const svg = elements(report.root).find((e) => e.tag === 'svg');
    expect(svg!.kids).toBeUndefined();
    expect(JSON.stringify(report)).not.toMatch(/sidekick-risk|asks-code|badge|secret/);
  });

  it('keeps a long list to its first siblings and counts the rest; caps the elements', () => {
    load(`<ul>${'<li><span>Anna</span></li>'.repeat(100)}</ul>`);
    const report = layoutReport();
    const [list] = report.root.kids as ElementNode[];
    expect(list!.kids).toHaveLength(60);
    expect(list!.cut).toBe(40);
    expect(report.stats.cut).toBe(40);

    load(`<div>${'<section>'.concat('<div><p>a</p><p>b</p></div>'.repeat(50), '</section>').repeat(10)}</div>`);
    const capped = layoutReport(document.body, { maxElements: 1000 });
    expect(capped.stats.elements).toBeLessThanOrEqual(1000);
    expect(elements(capped.root)).toHaveLength(capped.stats.elements);
    expect(capped.stats.cut).toBeGreaterThan(0);
  });

  it('records a computed style summary; without a layout engine the boxes are left out', () => {
    load(`<div style="display:flex;flex-direction:column;font-weight:700;background-color:#fff;border:1px solid #000"><span>a</span></div>`);
    const report = layoutReport();
    const [div] = report.root.kids as ElementNode[];
    expect(div!.style).toMatchObject({ display: 'flex', flexDirection: 'column', fontWeight: 700, background: true, border: true });
    expect(report.geometry).toBe(false);
    expect(div!.box).toBeUndefined();
  });

  it('stores the caller’s findings (counts and flags only) and is plain JSON', () => {
    load(`<p>Anna</p>`);
    const report = layoutReport(document.body, { findings: { chatRows: 3, tagUnreadable: true } });
    expect(report.findings).toEqual({ chatRows: 3, tagUnreadable: true });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(texts(report.root)).toEqual(['other:4-10:latin']);
  });
});

// ---------------------------------------------------------------- privacy proof

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const latinName = fc.tuple(fc.stringMatching(/^[bcdfgklmnprstvz][aeiou][bcdfgklmnprstvz][aeiou][a-z]{1,5}$/), fc.stringMatching(/^[bcdfgklmnprstvz][aeiou][a-z]{3,8}$/)).map(([a, b]) => `${cap(a)} ${cap(b)}`);
const cyrillicName = fc.tuple(fc.stringMatching(/^[бвгдзклмнпрст][аеиоу][бвгдзклмнпрст][а-я]{2,6}$/), fc.stringMatching(/^[бвгдзклмнпрст][аеиоу][а-я]{3,8}$/)).map(([a, b]) => `${cap(a)} ${cap(b)}`);
const word = fc.stringMatching(/^(?:[a-z]{4,9}|[а-я]{4,9})$/);
const digitsOf = (n: number) => fc.stringMatching(new RegExp(`^[1-9]\\d{${n - 1}}$`));
const phone = fc.oneof(digitsOf(10).map((d) => `+7${d}`), fc.tuple(digitsOf(3), digitsOf(3), digitsOf(2), digitsOf(2)).map(([a, b, c, d]) => `+7 (${a}) ${b}-${c}-${d}`));
const postingNumber = fc.tuple(digitsOf(10), digitsOf(4), fc.integer({ min: 1, max: 9 })).map(([a, b, c]) => `${a}-${b}-${c}`);
const email = fc.tuple(fc.stringMatching(/^[a-z]{3,8}\d{0,4}$/), fc.stringMatching(/^[a-z]{3,8}$/)).map(([u, d]) => `${u}@${d}.com`);
const className = fc.stringMatching(/^[a-z][a-z0-9]{2,5}-[a-z0-9]{2,4}$/);

const secretsArb = fc.record({
  names: fc.array(fc.oneof(latinName, cyrillicName), { minLength: 2, maxLength: 5 }),
  messages: fc.array(fc.array(word, { minLength: 3, maxLength: 10 }).map((ws) => ws.join(' ')), { minLength: 2, maxLength: 5 }),
  chatIds: fc.array(fc.uuid(), { minLength: 2, maxLength: 5 }),
  postings: fc.array(postingNumber, { minLength: 2, maxLength: 5 }),
  phones: fc.array(phone, { minLength: 1, maxLength: 3 }),
  emails: fc.array(email, { minLength: 1, maxLength: 3 }),
  classes: fc.array(className, { minLength: 3, maxLength: 8 }),
  amount: digitsOf(5),
});
type Secrets = typeof secretsArb extends fc.Arbitrary<infer T> ? T : never;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A messenger-like page with the secrets everywhere a page can hold them: texts, links, attributes, classes, URL. */
function secretPage(s: Secrets): string {
  const cls = (i: number) => s.classes[i % s.classes.length]!;
  const rows = s.names
    .map((name, i) => {
      const id = s.chatIds[i % s.chatIds.length]!;
      const message = s.messages[i % s.messages.length]!;
      const ph = s.phones[i % s.phones.length]!;
      const mail = s.emails[i % s.emails.length]!;
      return (
        `<a class="${cls(i)} ${cls(i + 1)}" href="/app/messenger?group=customers_v2&amp;id=${id}" id="${id}" title="${esc(name)}" aria-label="${esc(name)}" data-chat="${id}">` +
        `<div class="${cls(i + 2)}">Customer</div><div><span>${esc(name)}</span><span>12:30</span></div>` +
        `<div>${esc(message)} ${ph} ${mail}</div><span>${s.amount} ₽</span><div>Order № ${s.postings[i % s.postings.length]}</div>` +
        `<img alt="${esc(name)}" src="/avatars/${id}.png"></a>`
      );
    })
    .join('');
  const chatId = s.chatIds[0]!;
  return (
    `<style>.${cls(0)}{color:red}</style><script>window.secret=${JSON.stringify(s.names)}</script>` +
    `<template><p>${esc(s.names[0]!)}</p></template><noscript>${esc(s.messages[0]!)}</noscript>` +
    `<main class="${cls(3)}"><div role="list" aria-describedby="${chatId}">${rows}</div>` +
    `<section><div active-chat-id="${chatId}" class="${cls(4)}"><h2>${esc(s.names[0]!)}</h2>` +
    s.messages.map((m, i) => `<div class="${cls(i)}"><p>${esc(m)}</p><time datetime="2026-11-24T10:00:00Z">24.11 12:30</time></div>`).join('') +
    `<p>${s.phones.join(', ')}</p><p>${s.emails.join(' ')}</p>` +
    `<a href="https://evil-${s.emails[0]!.split('@')[0]}.com/${s.phones[0]}">link</a><a href="mailto:${s.emails[0]}">mail</a><a href="tel:${s.phones[0]}">tel</a>` +
    `<a href="/app/postings/fbs?tab=all&amp;postingDetails=${s.postings[0]}&amp;note=${encodeURIComponent(s.names[0]!)}">${s.postings[0]}</a>` +
    `<textarea placeholder="${esc(s.names[1]!)}">${esc(s.messages[1]!)}</textarea><input value="${esc(s.phones[0]!)}" name="${esc(s.emails[0]!)}">` +
    `<svg><title>${esc(s.names[0]!)}</title><text>${s.phones[0]}</text></svg></div></section></main>` +
    `<seller-sidekick><p>${esc(s.names[0]!)}</p></seller-sidekick><div data-sidekick-owned="x">${esc(s.messages[0]!)}</div>`
  );
}

/** Every number in the report sits in a field that holds layout or counts, never page content. */
function numberPaths(value: unknown, path: string[] = [], out: string[] = []): string[] {
  if (typeof value === 'number') out.push(path.filter((p) => !/^\d+$/.test(p)).join('.'));
  else if (Array.isArray(value)) value.forEach((v, i) => numberPaths(v, [...path, String(i)], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numberPaths(v, [...path, k], out);
  return out;
}
const NUMBER_FIELD = /(?:^|\.)(?:version|box|cut|viewport\.(?:width|height)|limits\.\w+|stats\.\w+|findings\.\w+|style\.(?:order|fontSize|fontWeight))$/;

describe('privacy: no name, message, id, number or class name survives', () => {
  it('leaves none of the generated secrets (nor any 3+ digit run of them) in the report', () => {
    fc.assert(
      fc.property(secretsArb, (s) => {
        const chatId = s.chatIds[0]!;
        load(secretPage(s), `/app/messenger?group=customers_v2&id=${chatId}&search=${encodeURIComponent(s.names[0]!)}&phone=${s.phones[0]}`, 'ru');
        const report: LayoutReport = layoutReport();
        const json = JSON.stringify(report);
        const all = [...s.names, ...s.names.flatMap((n) => n.split(' ')), ...s.messages, ...s.chatIds, ...s.postings, ...s.phones, ...s.emails, ...s.classes, s.amount];
        for (const secret of all) expect(json.toLowerCase()).not.toContain(secret.toLowerCase());
        // Digit runs: in the report's strings (its numbers are layout and counts, checked by field below).
        const strings = JSON.stringify(report, (_, v: unknown) => (typeof v === 'number' ? 0 : v));
        const runs = all.flatMap((secret) => secret.match(/\d{3,}/g) ?? []);
        for (const run of runs) expect(strings).not.toContain(run);
        for (const path of numberPaths(report)) expect(path).toMatch(NUMBER_FIELD);
        // The page was read, not skipped: rows, tags and times are there as categories.
        expect(json).toContain('"tag:customer"');
        expect(json).toContain('"time"');
        expect(json).toContain('"order-context"');
        expect(json).toContain('{id:a}');
      }),
      { numRuns: 40 },
    );
  });
});
