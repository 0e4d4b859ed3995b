import { beforeEach, describe, expect, it } from 'vitest';
import {
  chatIdOfHref,
  chatRowsTarget,
  filterTargets,
  findFilterControls,
  messageBoxTarget,
  pressedFilters,
  readOpenChat,
  scanChatList,
} from '@/entrypoints/seller.content/portal/messenger';
import { runTarget } from '@/entrypoints/seller.content/portal/targets';
import { PORTAL_FILTERS } from '@/lib/presets/filters';
import { dateText, LABELS, listTimeText, loadPage, messengerPage, openChatHtml, ROWS, TAGS, UI, type Layout, type PageLang, type RowData } from '../../../../fixtures/portal/messenger';

const LANGS: PageLang[] = ['en', 'ru', 'zh'];
const LINKED: Layout[] = ['replica', 'wrapped', 'table', 'flat-links', 'relative'];

beforeEach(() => {
  document.body.replaceChildren();
});

describe('chat id from a link', () => {
  it('reads id from either query order and a trailing slash, refuses other paths', () => {
    expect(chatIdOfHref('/app/messenger?group=customers_v2&id=ab12-cd34')).toBe('ab12-cd34');
    expect(chatIdOfHref('/app/messenger/?id=ab12-cd34&group=customers_v2')).toBe('ab12-cd34');
    expect(chatIdOfHref('https://seller.ozon.ru/app/messenger?id=ab12-cd34')).toBe('ab12-cd34');
    expect(chatIdOfHref('/app/messenger?group=customers_v2')).toBeNull();
    expect(chatIdOfHref('/app/messenger?review_uuid=ab12-cd34')).toBeNull();
    expect(chatIdOfHref('/app/postings/fbs?id=ab12-cd34')).toBeNull();
    expect(chatIdOfHref('?group=customers_v2&id=ab12-cd34', 'https://seller.ozon.ru/app/messenger?group=customers_v2')).toBe('ab12-cd34');
    expect(chatIdOfHref('?id=ab12-cd34', 'https://seller.ozon.ru/app/postings/fbs')).toBeNull();
  });
});

describe.each(LANGS)('chat list (%s)', (lang) => {
  it.each(LINKED)('finds every row and reads it (%s layout)', (layout) => {
    loadPage(messengerPage({ lang, layout }), lang);
    const scan = scanChatList(document);
    expect(scan.rows).toHaveLength(ROWS.length);
    expect(scan.results.every((r) => r.ok)).toBe(true);
    expect(scan.results.find((r) => r.name === 'chat-rows')!.finderIndex).toBe(0);
    for (const [i, row] of scan.rows.entries()) {
      const want = ROWS[i]!;
      expect(row.chatId).toBe(want.id);
      expect(row.name).toBe(want.name);
      expect(row.tag).toBe(want.tag);
      expect(row.preview).toBe(want.preview);
      expect(row.time).toBe(listTimeText(want.time, lang));
      expect(row.unread).toBe(want.unread);
      if (want.context?.kind === 'order') expect(row.context).toEqual({ kind: 'order', orderNumber: want.context.number });
      else if (want.context?.kind === 'product') expect(row.context).toEqual({ kind: 'product', product: want.context.name });
      else expect(row.context).toBeNull();
      // Each row element holds exactly one dialogue and nothing of its neighbours.
      expect(row.el.textContent).toContain(want.preview);
      for (const other of ROWS) if (other !== want) expect(row.el.textContent).not.toContain(other.preview);
    }
    expect(scan.list).not.toBeNull();
    for (const row of scan.rows) expect(scan.list!.contains(row.el)).toBe(true);
  });

  it('reads an exact moment from <time datetime> when the page gives one', () => {
    loadPage(messengerPage({ lang, layout: 'relative' }), lang);
    const rows = scanChatList(document).rows;
    expect(rows.every((r) => r.el.getAttribute('role') === 'listitem')).toBe(true);
    expect(rows[1]!.timestamp).toBe(Date.parse('2026-11-24T10:00:00Z'));
    loadPage(messengerPage({ lang, layout: 'replica' }), lang);
    expect(scanChatList(document).rows.every((r) => r.timestamp === null)).toBe(true);
  });

  it('rows are <a> in the replica layout, <tr> in a table and <li> with wrappers', () => {
    loadPage(messengerPage({ lang, layout: 'replica' }), lang);
    expect(scanChatList(document).rows.every((r) => r.el.tagName === 'A')).toBe(true);
    loadPage(messengerPage({ lang, layout: 'table' }), lang);
    expect(scanChatList(document).rows.every((r) => r.el.tagName === 'TR')).toBe(true);
    loadPage(messengerPage({ lang, layout: 'wrapped' }), lang);
    expect(scanChatList(document).rows.every((r) => r.el.tagName === 'LI')).toBe(true);
  });

  it('finds rows that are not links (grid of divs) by their times; the chat id is then unknown', () => {
    loadPage(messengerPage({ lang, layout: 'grid' }), lang);
    const scan = scanChatList(document);
    const rows = scan.results.find((r) => r.name === 'chat-rows')!;
    expect(rows.finderIndex).toBe(1);
    expect(scan.rows).toHaveLength(ROWS.length);
    expect(scan.rows.every((r) => r.el.getAttribute('role') === 'row')).toBe(true);
    expect(scan.rows.map((r) => r.chatId)).toEqual(ROWS.map(() => null));
    expect(scan.rows.map((r) => r.name)).toEqual(ROWS.map((r) => r.name));
    expect(scan.rows.map((r) => r.tag)).toEqual(ROWS.map((r) => r.tag));
  });

  it('finds table rows without links by their times', () => {
    const html = messengerPage({ lang, layout: 'table' }).replace(/<a href="[^"]*">([^<]*)<\/a>/g, '<span>$1</span>');
    loadPage(html, lang);
    const scan = scanChatList(document);
    expect(scan.rows.map((r) => r.el.tagName)).toEqual(ROWS.map(() => 'TR'));
    expect(scan.rows.map((r) => r.name)).toEqual(ROWS.map((r) => r.name));
    expect(scan.rows.map((r) => r.unread)).toEqual(ROWS.map((r) => r.unread));
  });

  it('keeps rows when a chat is open (bubble times are not rows)', () => {
    loadPage(messengerPage({ lang, layout: 'grid', openChat: true }), lang);
    expect(scanChatList(document).rows).toHaveLength(ROWS.length);
    loadPage(messengerPage({ lang, layout: 'replica', openChat: true }), lang);
    expect(scanChatList(document).rows).toHaveLength(ROWS.length);
  });

  it('a single row is found and stays one dialogue', () => {
    loadPage(messengerPage({ lang, rows: ROWS.slice(0, 1) }), lang);
    const scan = scanChatList(document);
    expect(scan.rows).toHaveLength(1);
    expect(scan.rows[0]!.name).toBe(ROWS[0]!.name);
    expect(scan.rows[0]!.el.textContent).not.toContain(LABELS['by-order'][lang]);
  });

  it.each(['replica', 'wrapped', 'grid'] as Layout[])('a sender named like the tag is a name, not a tag (%s layout)', (layout) => {
    const word = TAGS.customer[lang];
    const rows: RowData[] = [
      { ...ROWS[0]!, id: '0c8f6f3e-1111-4a1b-9c1d-000000000031', tag: null, name: word },
      { ...ROWS[1]!, id: '0c8f6f3e-1111-4a1b-9c1d-000000000032', tag: 'customer', name: word },
      { ...ROWS[3]!, id: '0c8f6f3e-1111-4a1b-9c1d-000000000033', tag: null, name: TAGS.support[lang] },
    ];
    loadPage(messengerPage({ lang, layout, rows }), lang);
    const scan = scanChatList(document);
    expect(scan.rows.map((r) => [r.tag, r.name, r.preview])).toEqual([
      [null, word, ROWS[0]!.preview],
      ['customer', word, ROWS[1]!.preview],
      [null, TAGS.support[lang], ROWS[3]!.preview],
    ]);
    expect(scan.rows.map((r) => r.time)).toEqual(['12:30', UI.yesterday[lang], '09:05']);
  });

  it('renders payload names as text and reads them literally', () => {
    loadPage(messengerPage({ lang }), lang);
    expect(document.querySelector('img')).toBeNull();
    expect(scanChatList(document).rows[5]!.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe.each(LANGS)('filter controls (%s)', (lang) => {
  it.each(PORTAL_FILTERS)('finds %s by its exact label with pressed and disabled states', (filter) => {
    loadPage(messengerPage({ lang, pressed: ['unread'] }), lang);
    const result = runTarget(filterTargets[filter], document);
    expect(result.ok).toBe(true);
    expect(result.finderIndex).toBe(0);
    const control = result.found[0]!;
    expect(control.el.textContent).toBe(LABELS[filter][lang]);
    expect(control.pressed).toBe(filter === 'unread');
    // Unread forbids "All chats" and "Without customer's reply".
    expect(control.disabled).toBe(filter === 'all' || filter === 'without-customer-reply');
  });

  it('finds the reset button and the pressed set', () => {
    loadPage(messengerPage({ lang, pressed: ['without-my-reply', 'by-order'] }), lang);
    const scan = findFilterControls(document);
    expect(scan.reset?.textContent).toBe(UI.reset[lang]);
    expect(pressedFilters(scan).sort()).toEqual(['by-order', 'without-my-reply']);
  });

  it('falls back to plain elements with the label (chips with role-less divs)', () => {
    loadPage(`<div><div tabindex="0" aria-checked="true"><span>${LABELS['by-order'][lang]}</span></div></div>`, lang);
    const result = runTarget(filterTargets['by-order'], document);
    expect(result.finderIndex).toBe(1);
    expect(result.found[0]!.el.tagName).toBe('SPAN');
  });

  it('reports each missing filter by name', () => {
    loadPage(messengerPage({ lang, filters: false }), lang);
    const scan = findFilterControls(document);
    expect(scan.results.filter((r) => !r.ok).map((r) => r.name).sort()).toEqual(PORTAL_FILTERS.map((f) => `filter:${f}`).sort());
  });
});

describe.each(LANGS)('open chat (%s)', (lang) => {
  it('reads the header, each message with its side and the message box', () => {
    loadPage(messengerPage({ lang, openChat: true }), lang);
    const { chat, results } = readOpenChat(document);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(chat).not.toBeNull();
    expect(chat!.chatId).toBe(ROWS[0]!.id);
    expect(chat!.name).toBe('Anna K.');
    expect(chat!.tag).toBe('customer');
    expect(chat!.messages.map((m) => [m.side, m.text, m.time])).toEqual([
      ['left', 'Hello, where is my order?', '11:58'],
      ['centre', 'Ozon: the order was handed to delivery', '12:00'],
      ['right', 'It ships today', '12:10'],
      ['left', 'Thanks! And 12:30 is fine', dateText('24.11 12:30', lang)],
    ]);
    expect(chat!.messages.map((m) => m.author)).toEqual(['customer', 'system', 'seller', 'customer']);
    expect(chat!.box?.tagName).toBe('TEXTAREA');
    expect(runTarget(messageBoxTarget, chat!.panel).found).toHaveLength(1);
  });

  it('finds the panel without active-chat-id, from the message box', () => {
    loadPage(messengerPage({ lang, openChat: true }).replace(/ active-chat-id="[^"]*"/, ''), lang);
    const { chat, results } = readOpenChat(document, 'from-url');
    expect(results[0]!.finderIndex).toBe(1);
    expect(chat!.chatId).toBe('from-url');
    expect(chat!.name).toBe('Anna K.');
    expect(chat!.tag).toBe('customer');
    expect(chat!.messages).toHaveLength(4);
    expect(chat!.panel.querySelector('a[href*="id="]')).toBeNull();
  });

  it('takes the side from layout when the browser has one', () => {
    loadPage(messengerPage({ lang, openChat: true }), lang);
    const { chat } = readOpenChat(document);
    const container = chat!.messages[0]!.el.parentElement!;
    const rect = (left: number, width: number) => ({ left, right: left + width, width, top: 0, bottom: 10, height: 10, x: left, y: 0, toJSON: () => ({}) });
    container.getBoundingClientRect = () => rect(0, 600) as DOMRect;
    const place = [rect(10, 200), rect(200, 200), rect(390, 200), rect(10, 300)];
    chat!.messages.forEach((m, i) => {
      for (const el of [m.el, ...m.el.querySelectorAll('*')]) el.getBoundingClientRect = () => place[i] as DOMRect;
    });
    // Without the "You" label, the seller's side must come from the layout alone.
    for (const el of document.querySelectorAll('div')) if (el.textContent === UI.you[lang]) el.remove();
    const again = readOpenChat(document).chat!;
    expect(again.messages.map((m) => m.side)).toEqual(['left', 'centre', 'right', 'left']);
  });

  it.each(['left', 'right', 'centre'] as const)('a chat of a single message reads its whole bubble (%s)', (side) => {
    const text = { en: 'Hello, where is my order?', ru: 'Здравствуйте, где мой заказ?', zh: '你好，我的订单在哪里？' }[lang];
    const message = { side, text, time: '24.11 12:30' };
    loadPage(messengerPage({ lang, rows: ROWS.slice(0, 2) }) + openChatHtml(lang, 'lone-chat', [message]), lang);
    const chat = readOpenChat(document).chat!;
    expect(chat.messages).toHaveLength(1);
    const only = chat.messages[0]!;
    expect(only.text).toBe(message.text);
    expect(only.time).toBe(dateText(message.time, lang));
    expect(only.side).toBe(side);
    expect(only.author).toBe({ left: 'customer', right: 'seller', centre: 'system' }[side]);
    // The bubble (text and time), not the time line nor the whole message list.
    expect(only.el.textContent).toContain(message.text);
    expect(only.el.textContent).toContain(dateText(message.time, lang));
    expect(only.el.parentElement!.contains(chat.box)).toBe(false);
    expect(only.el.parentElement!.children).toHaveLength(1);
  });

  it('tags the header in the language of the page', () => {
    loadPage(messengerPage({ lang, openChat: true }), lang);
    const header = readOpenChat(document).chat!.panel.textContent!;
    expect(header).toContain(TAGS.customer[lang]);
  });
});

describe('an unrecognisable page', () => {
  it('reports the chat list, the rows and every filter, and throws nothing', () => {
    loadPage('<main><div><p>Something else entirely</p><button>Help</button></div></main>', 'en');
    const list = scanChatList(document);
    expect(list.rows).toEqual([]);
    expect(list.results.filter((r) => !r.ok).map((r) => r.name)).toEqual(['chat-list', 'chat-rows']);
    expect(findFilterControls(document).results.filter((r) => !r.ok)).toHaveLength(PORTAL_FILTERS.length);
    expect(readOpenChat(document).chat).toBeNull();
    expect(runTarget(chatRowsTarget, document).finder).toBeNull();
  });
});

describe('chat list beside a top bar that links to the open chat', () => {
  it('takes no row from the page header (its language links keep &id=)', () => {
    document.body.replaceChildren();
    const id = '11111111-2222-4333-8444-555555555555';
    const header = document.createElement('header');
    for (const lang of ['RU', 'EN']) {
      const a = document.createElement('a');
      a.href = `/app/messenger?group=customers_v2&id=${id}&lang=${lang.toLowerCase()}`;
      a.textContent = lang;
      header.append(a);
    }
    const list = document.createElement('div');
    for (const [n, chat] of [id, '99999999-2222-4333-8444-555555555555'].entries()) {
      const row = document.createElement('a');
      row.href = `/app/messenger?group=customers_v2&id=${chat}`;
      for (const text of ['Customer', `Buyer ${n}`, '12:0' + n, 'Hello']) {
        const line = document.createElement('div');
        line.textContent = text;
        row.append(line);
      }
      list.append(row);
    }
    document.body.append(header, list);
    const scan = scanChatList(document);
    expect(scan.rows.map((r) => r.name)).toEqual(['Buyer 0', 'Buyer 1']);
    expect(scan.rows.every((r) => !header.contains(r.el))).toBe(true);
  });
});
