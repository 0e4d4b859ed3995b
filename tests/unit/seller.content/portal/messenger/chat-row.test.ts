// Reading dialogue rows by what each part is, not by DOM order (structure only: happy-dom has no layout; the
// layout side is tested in Chromium by tests/e2e/layouts*.e2e.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { readRow, scanChatList } from '@/entrypoints/seller.content/portal/messenger';
import { learnChatList } from '@/entrypoints/seller.content/portal/messenger/chat-list-model';
import { loadPage } from '../../../../fixtures/portal/messenger';

const ID = (n: number) => `0c8f6f3e-2222-4a1b-9c1d-${String(n).padStart(12, '0')}`;

function page(rows: string[], group = 'customers_v2'): void {
  loadPage(`<main><ul class="l1">${rows.join('')}</ul></main>`, 'ru', `/app/messenger?group=${group}`);
}

/** One row: parts in the given DOM order, each its own element; classes as one CSS module would give them. */
function row(n: number, parts: string[], link = true): string {
  const inner = parts.join('');
  return link ? `<li class="r1"><a class="a1" href="/app/messenger?group=customers_v2&amp;id=${ID(n)}">${inner}</a></li>` : `<li class="r1">${inner}</li>`;
}
const tag = (w = 'Покупатель') => `<span class="t1">${w}</span>`;
const name = (w: string) => `<b class="n1">${w}</b>`;
const preview = (w: string) => `<p class="p1">${w}</p>`;
const time = (w = '12:30') => `<span class="tm">${w}</span>`;
const unread = (n: number) => `<i class="u1">${n}</i>`;

beforeEach(() => {
  document.body.replaceChildren();
});

describe('a row read by what each part is', () => {
  it.each([
    ['tag first', [tag(), name('Иван'), preview('Где заказ?'), time()]],
    ['tag after the name in the DOM', [name('Иван'), tag(), preview('Где заказ?'), time()]],
    ['tag last in the DOM', [name('Иван'), preview('Где заказ?'), time(), tag()]],
    ['time and unread first', [time('Вчера'), unread(3), tag(), name('Иван'), preview('Где заказ?')]],
    ['unread on the avatar before the name', [`<div class="av">${unread(2)}</div>`, tag(), name('Иван'), preview('Где заказ?'), time('12 нояб.')]],
    ['a weekday date', [tag(), name('Иван'), time('Пн'), preview('Где заказ?')]],
  ])('%s', (_label, parts) => {
    page([row(1, parts)]);
    const r = readRow(document.querySelector('li')!);
    expect(r.tag).toBe('customer');
    expect(r.name).toBe('Иван');
    expect(r.preview).toBe('Где заказ?');
    expect(r.time).not.toBeNull();
  });

  it('an unread counter is never the name', () => {
    page([row(1, [unread(5), tag(), name('Anna'), preview('Hi'), time()])]);
    const r = readRow(document.querySelector('li')!);
    expect(r.name).toBe('Anna');
    expect(r.unread).toBe(5);
  });

  it('a link inside the preview stays part of the preview', () => {
    page([row(1, [tag(), name('Иван'), '<p class="p1">Пишите в <a href="https://t.me/x">t.me/x</a> скорее</p>', time()], false)]);
    const r = readRow(document.querySelector('li')!);
    expect(r.tag).toBe('customer');
    expect(r.name).toBe('Иван');
    expect(r.preview).toBe('Пишите в t.me/x скорее');
  });

  it('a Customer-tagged sender named "Customer": the first is the tag, the second the name', () => {
    page([row(1, [tag('Customer'), name('Customer'), preview('Send the code'), time()])]);
    const r = readRow(document.querySelector('li')!);
    expect(r.tag).toBe('customer');
    expect(r.name).toBe('Customer');
  });

  it('a sender NAMED «Покупатель» beside the time is a name without a tag (the disguise)', () => {
    page([row(1, [`<div class="h1">${name('Покупатель')}${time()}</div>`, preview('Пришлите код')])]);
    const r = readRow(document.querySelector('li')!);
    expect(r.tag).toBeNull();
    expect(r.name).toBe('Покупатель');
  });

  it('Chinese tag words are known', () => {
    page([row(1, [tag('买家'), name('王伟'), preview('我的订单在哪里？'), time('昨天')])]);
    expect(readRow(document.querySelector('li')!).tag).toBe('customer');
  });
});

describe('what the list teaches', () => {
  const honest = (n: number, parts = (i: number) => [tag(), name(`Покупатель ${i}`), preview('Где заказ?'), time()]) =>
    Array.from({ length: n }, (_, i) => row(i + 1, parts(i)));

  it('the disguise is told apart by the shape the list uses for names', () => {
    // Ten tagged rows teach the tag's and the name's element shapes; the eleventh shows its name in the tag's words.
    const disguised = row(11, [name('Покупатель'), preview('Пришлите код из СМС'), time()]);
    page([...honest(10, (i) => [tag(), name(`Иван ${i}`), preview('Где заказ?'), time()]), disguised]);
    const scan = scanChatList(document);
    expect(scan.model.tagSignature).not.toBeNull();
    const last = scan.rows[scan.rows.length - 1]!;
    expect(last.name).toBe('Покупатель');
    expect(last.tag).toBeNull();
    expect(scan.rows.slice(0, 10).every((r) => r.tag === 'customer')).toBe(true);
    expect(scan.model.tagRule).toBe('on');
  });

  it('a tag word the extension does not know is learnt from the Customers list', () => {
    page(Array.from({ length: 12 }, (_, i) => row(i + 1, [`<span class="t1">Kunde</span>`, name(`Name ${i}`), preview('Wo ist meine Bestellung?'), time()])));
    const scan = scanChatList(document);
    expect(scan.model.learnedWords).toEqual(['kunde']);
    expect(scan.rows.every((r) => r.tag === 'customer')).toBe(true);
    expect(scan.model.tagRule).toBe('on');
  });

  it('fails safe: when most rows of the Customers list show no readable tag, the tag rule pauses', () => {
    // The tag and the name in one text: no element of its own holds the tag.
    page(Array.from({ length: 12 }, (_, i) => row(i + 1, [`<b class="n1">Покупатель Иван ${i}</b>`, preview(`Вопрос ${i}`), time()])));
    const scan = scanChatList(document);
    expect(scan.model.tagRule).toBe('paused');
  });

  it('does not pause on a list where most rows are tagged', () => {
    page([...honest(9), row(10, [name('Борис'), preview('спасибо'), time()]), row(11, [name('Глеб'), preview('ок'), time()])]);
    expect(scanChatList(document).model.tagRule).toBe('on');
  });

  it('never pauses outside the Customers list (the support list shows no customer tag)', () => {
    page(Array.from({ length: 12 }, (_, i) => row(i + 1, [name(`Ozon ${i}`), preview('Отчёт готов'), time()])), 'support_v2');
    expect(scanChatList(document).model.tagRule).toBe('on');
  });

  it('learnChatList reads every row it is given', () => {
    page(honest(3));
    const { readings } = learnChatList([...document.querySelectorAll('li')], true);
    expect(readings.map((r) => r.tag)).toEqual(['customer', 'customer', 'customer']);
  });
});

describe('rows found without knowing the date format', () => {
  it.each(['Пн', '12 нояб.', 'Nov 12', '11月12日', '5 мин назад'])('rows without links, dated %s', (date) => {
    page(Array.from({ length: 4 }, (_, i) => row(i + 1, [tag(), name(`Иван ${i}`), preview('Где заказ?'), time(date)], false)));
    const scan = scanChatList(document);
    expect(scan.rows).toHaveLength(4);
    expect(scan.rows.every((r) => r.tag === 'customer' && r.time === date)).toBe(true);
  });

  it('a lone time elsewhere on the page is no dialogue', () => {
    page(Array.from({ length: 3 }, (_, i) => row(i + 1, [tag(), name(`Иван ${i}`), preview('Где заказ?'), time()], false)));
    const aside = document.createElement('aside');
    aside.append(document.createElement('div'));
    aside.firstElementChild!.append(Object.assign(document.createElement('span'), { textContent: '12:45' }));
    document.body.prepend(aside);
    expect(scanChatList(document).rows).toHaveLength(3);
  });
});
