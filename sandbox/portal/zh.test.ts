// @vitest-environment node
// The replica in Chinese (?lang=zh or the cookie): the portal's locale zh-Hans, every visible string in Chinese,
// dates as we assume the Chinese portal prints them, and the world's Chinese-speaking customers in the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZH_NAMES } from '../data/catalog';
import { generateSeed } from '../data/seed';
import { createWorld } from '../data/world';
import * as labels from './labels';
import { openPage, serveReplica, until, getJson, type OpenedPage, type Served } from './test-support';
import type { ChatListView, ChatView, PostingDetailsView, PostingListView } from './views';

const NOW = new Date('2026-08-14T09:30:00Z');
const CYRILLIC = /[\u0400-\u04ff]/;
/** Latin the Chinese portal keeps: the brand, the schemes' names, the languages' own links. */
const LATIN_KEPT = /\b(?:Ozon|OZON|seller|Seller|FBS|realFBS|rFBS|RU|EN)\b/g;
const hasForeignWords = (text: string): boolean => CYRILLIC.test(text) || /[A-Za-z]/.test(text.replace(LATIN_KEPT, ''));

describe('the replica’s Chinese words', () => {
  it('has every string of every label table in Chinese (no Russian; Latin only for what the portal keeps)', () => {
    const { FILTER_LABEL, GROUP_LABEL, TAG_LABEL, TAB_LABEL, STATUS_WORD, DELIVERY_LABEL, COLUMNS, UI } = labels;
    const words = [FILTER_LABEL, GROUP_LABEL, TAG_LABEL, TAB_LABEL, STATUS_WORD, DELIVERY_LABEL, COLUMNS, UI].flatMap((table) => Object.values(table));
    for (const { en, zh } of words) {
      expect(hasForeignWords(zh), zh).toBe(false);
      if (en !== 'FBS') expect(zh, en).not.toBe(en);
    }
    expect(words.length).toBeGreaterThan(70);
  });
});

describe('the replica in Chinese', () => {
  let s: Served;
  let page: OpenedPage | undefined;
  beforeAll(async () => {
    s = await serveReplica(createWorld(generateSeed({ now: NOW, zhChats: 24 }), () => NOW));
  });
  afterAll(async () => {
    await page?.win.happyDOM.close();
    await s.close();
  });

  it('serves the shell as zh-Hans for ?lang=zh and remembers it in the cookie', async () => {
    const res = await fetch(`${s.base}/app/messenger?group=customers_v2&lang=zh`);
    expect(await res.text()).toMatch(/^<!doctype html>\s*<html lang="zh-Hans">[\s\S]*<title>Ozon Seller — 卖家个人中心<\/title>/);
    expect(res.headers.get('set-cookie')).toMatch(/^lang=zh; Path=\//);
    const byCookie = await fetch(`${s.base}/app/postings/fbs`, { headers: { cookie: 'lang=zh' } });
    expect(await byCookie.text()).toContain('<html lang="zh-Hans">');
  });

  it('lists each dialogue in Chinese words and dates, Chinese-speaking customers among them', async () => {
    const { body } = await getJson<ChatListView>(s.base, '/api/site/chats?group=customers_v2&limit=1000&lang=zh');
    expect(body.items).toHaveLength(s.world.chatsOf('customers_v2').length);
    for (const row of body.items) {
      const chat = s.world.chat(row.id)!;
      expect(row.tag).toBe(chat.tag === null ? null : labels.TAG_LABEL[chat.tag].zh);
      expect(row.time).toMatch(/^(\d\d:\d\d|昨天|\d{1,2}月\d{1,2}日)$/);
      if (chat.context?.kind === 'order') expect(row.context).toBe(`订单号 ${chat.context.orderNumber}`);
      else if (chat.context?.kind === 'product') expect(row.context).toBe(`商品： ${chat.context.productName}`);
    }
    expect(body.items.some((r) => /月/.test(r.time))).toBe(true);
    expect(body.items.filter((r) => ZH_NAMES.includes(r.name)).length).toBeGreaterThan(12);
    const chat = s.world.chatsOf('customers_v2').find((c) => c.messages.length > 1)!;
    const opened = await getJson<ChatView>(s.base, `/api/site/chat?id=${chat.chatId}&lang=zh`);
    for (const m of opened.body.messages) expect(m.time).toMatch(/^((\d{1,2}月\d{1,2}日 )?\d\d:\d\d)$/);
  });

  it('shows the shipments’ statuses, delivery methods, dates and pieces in Chinese', async () => {
    const { body } = await getJson<PostingListView>(s.base, '/api/site/postings?tab=all&limit=1000&lang=zh');
    for (const row of body.items) {
      const p = s.world.posting(row.number)!;
      expect(row.status).toBe(labels.STATUS_WORD[p.status].zh);
      expect(row.delivery).toBe(labels.DELIVERY_LABEL[p.tplIntegrationType].zh);
      expect(row.shipmentDate).toMatch(/^\d{4}\/\d\d\/\d\d$/);
      for (const line of row.products) expect(line).toMatch(/ × \d+ 件$/);
    }
    const details = await getJson<PostingDetailsView>(s.base, `/api/site/posting?n=${body.items[0]!.number}&lang=zh`);
    expect(details.body.inProcessAt).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d$/);
  });

  it('renders the messenger and the orders page with Chinese UI text only', async () => {
    page = await openPage(s.base, '/app/messenger?group=customers_v2&lang=zh');
    const { doc, control } = page;
    await until(() => doc.querySelectorAll('a[href*="&id="]').length >= 30, 'the rows');
    const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.textContent ?? '');
    const buttons = texts('button');
    expect(buttons).toEqual(expect.arrayContaining([...labels.FILTERS.map((f) => labels.FILTER_LABEL[f].zh), '重置筛选']));
    expect(texts('header a')).toEqual(['首页', 'FBS', '消息', 'RU', 'EN', '中文']);
    expect(texts('nav a').slice(3, 6)).toEqual(['买家', '客服', '主要']);
    for (const text of [...buttons, ...texts('header a, nav a')]) expect(hasForeignWords(text), text).toBe(false);

    // The forbidden pairs disable each other in Chinese as in the other languages.
    const button = (label: string) => [...doc.querySelectorAll('button')].find((b) => b.textContent === label)!;
    button('未读').click();
    await until(() => button('未读').getAttribute('aria-pressed') === 'true', 'Unread pressed');
    expect(button('没有客户回复').disabled).toBe(true);
    expect(button('全部聊天').disabled).toBe(true);

    await control().navigate('/app/postings/fbs?tab=all');
    await until(() => doc.querySelectorAll('tbody tr').length === 30, 'the shipments');
    expect(texts('th')).toEqual(['货件编号', '状态', '配送方式', '商品', '发运日期', '买家']);
    expect(texts('main nav a')).toEqual(labels.ORDER_TABS.map((t) => labels.TAB_LABEL[t].zh));
    const eligible = s.world.data.postings.find((p) => p.contact.eligible)!;
    await control().navigate(`/app/postings/fbs?tab=all&postingDetails=${eligible.postingNumber}`);
    const dialog = await until(() => doc.querySelector('[role="dialog"]')?.textContent?.includes('联系买家') && doc.querySelector('[role="dialog"]'), 'the details');
    expect(dialog.querySelector('h2')?.textContent).toBe(`货件 № ${eligible.postingNumber}`);
    expect(texts('[role="dialog"] button')).toEqual(['关闭', '联系买家']);
  });
});
