// @vitest-environment node
// The client bundle as a browser runs it: the shell served by the replica, loaded into a happy-dom window whose
// fetch reaches the replica's handler over loopback.
import type { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateSeed } from '../data/seed';
import type { World } from '../data/types';
import { createWorld } from '../data/world';
import { openPage, serveReplica, until, type ReplicaControl, type Served } from './test-support';

const NOW = new Date('2026-08-14T09:30:00Z');
const seed = generateSeed({ now: NOW });

let world: World;
let served: Served;
let base: string;
let win: Window | undefined;

beforeEach(async (ctx) => {
  world = createWorld(seed, () => NOW);
  // The refresh test shortens the page's 20 s refresh period.
  const refreshMs = ctx.task.name.includes('periodic') ? 150 : undefined;
  served = await serveReplica(world, { refreshMs });
  base = served.base;
});

afterEach(async () => {
  await win?.happyDOM.close();
  win = undefined;
  await served.close();
});

async function open(path: string): Promise<{ doc: Window['document']; control: () => ReplicaControl }> {
  const page = await openPage(base, path);
  win = page.win;
  return { doc: page.doc, control: page.control };
}

type Doc = Window['document'];
const chatRows = (doc: Doc): string[] => [...doc.querySelectorAll('a[href*="&id="]')].map((a) => a.getAttribute('href') ?? '');
const idsOf = (hrefs: string[]): string[] => hrefs.map((h) => new URL(h, 'https://x').searchParams.get('id') ?? '');
const buttonByText = (doc: Doc, text: string) => [...doc.querySelectorAll('button')].find((b) => b.textContent === text);
const sameIds = (doc: Doc, expected: string[]): boolean => JSON.stringify(idsOf(chatRows(doc))) === JSON.stringify(expected);

describe('portal replica client (happy-dom)', () => {
  it('renders the chat list as links, filters it, pages it and survives a re-render', async () => {
    const { doc, control } = await open('/app/messenger?group=customers_v2&lang=en');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    const all = world.filterChats([]).map((c) => c.chatId);
    await until(() => sameIds(doc, all.slice(0, 30)), 'the first 30 rows');

    // The top bar and the group tabs by text and link target.
    const links = [...doc.querySelectorAll('a')].map((a) => `${a.textContent}|${a.getAttribute('href')}`);
    expect(links).toEqual(expect.arrayContaining(['Home|/app/dashboard/main', 'FBS|/app/postings/fbs', 'Messages|/app/messenger?group=customers_v2', 'Customers|/app/messenger?group=customers_v2', 'Support|/app/messenger?group=support_v2', 'Main|/app/messenger?group=main']));

    // A row: the tag on its own line above the name, then the name, preview, time, badge, context.
    const chat = world.chat(all[0] ?? '');
    const row = doc.querySelector(`a[href$="${all[0]}"]`);
    expect(chat && row).toBeTruthy();
    if (!chat || !row) return;
    const lines = [...row.children].map((c) => c.textContent);
    expect(lines[0]).toBe(chat.tag === 'customer' ? 'Customer' : chat.tag === 'support' ? 'Support' : chat.senderName);
    expect(row.textContent).toContain(chat.senderName);
    expect(row.getAttribute('class')).toMatch(/^[a-z][a-z0-9]{2}-[a-z][a-z0-9]$/);

    // No ids, test ids or data attributes on anything rendered.
    expect(doc.querySelectorAll('[id], [data-testid]').length).toBe(0);

    // Filters: aria-pressed, and the forbidden partners disabled while Unread is pressed.
    const unread = buttonByText(doc, 'Unread');
    expect(unread?.getAttribute('aria-pressed')).toBe('false');
    unread?.click();
    const expectedUnread = world.filterChats(['unread']).map((c) => c.chatId);
    await until(() => sameIds(doc, expectedUnread.slice(0, 30)), 'the unread rows');
    expect(buttonByText(doc, 'Unread')?.getAttribute('aria-pressed')).toBe('true');
    for (const label of ["Without customer's reply", 'All chats']) {
      expect(buttonByText(doc, label)?.disabled).toBe(true);
      expect(buttonByText(doc, label)?.getAttribute('aria-disabled')).toBe('true');
    }
    expect(buttonByText(doc, 'By order')?.disabled).toBe(false);
    buttonByText(doc, 'By order')?.click();
    const both = world.filterChats(['unread', 'by-order']).map((c) => c.chatId);
    await until(() => sameIds(doc, both.slice(0, 30)), 'unread + by order rows');
    expect(buttonByText(doc, 'By products')?.disabled).toBe(true);
    expect(await control().answer(['unread', 'by-order'])).toEqual(both);

    buttonByText(doc, 'Reset filters')?.click();
    await until(() => sameIds(doc, all.slice(0, 30)), 'the reset list');
    expect([...doc.querySelectorAll('button[aria-pressed="true"]')]).toHaveLength(0);

    // Scrolling the list region loads the next 30.
    const firstRow = doc.querySelector(`a[href$="${all[0]}"]`);
    firstRow?.parentElement?.dispatchEvent(new win!.Event('scroll'));
    await until(() => sameIds(doc, all.slice(0, 60)), 'the second page');

    // A re-render replaces the rows with new nodes holding the same data.
    control().rerender();
    expect(firstRow?.isConnected).toBe(false);
    expect(idsOf(chatRows(doc))).toEqual(all.slice(0, 60));
  });

  it('shows payload names and texts literally, never as markup', async () => {
    const { doc } = await open('/app/messenger?group=customers_v2');
    const payload = world.chatsOf('customers_v2').find((c) => c.senderName === '<img src=x onerror=alert(1)>');
    expect(payload).toBeDefined();
    if (!payload) return;
    await control(doc).navigateTo(`/app/messenger?group=customers_v2&id=${payload.chatId}`);
    const header = await until(() => doc.querySelector(`div[active-chat-id="${payload.chatId}"]`), 'the open chat');
    expect(header.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelectorAll('img').length).toBe(0);
    expect(doc.querySelectorAll('script').length).toBe(1);
  });

  it('opens a chat with its header and bubbles, and sends what the message box holds by input events', async () => {
    const target = world.filterChats(['without-my-reply']).find((c) => c.chatStatus === 'OPENED' && c.messages.some((m) => m.author === 'seller'));
    expect(target).toBeDefined();
    if (!target) return;
    const { doc } = await open('/app/messenger?group=customers_v2');
    await until(() => chatRows(doc).length > 0, 'rows');
    await control(doc).navigateTo(`/app/messenger?group=customers_v2&id=${target.chatId}`);
    const wrapper = await until(() => doc.querySelector(`div[active-chat-id="${target.chatId}"]`), 'the open chat');
    await until(() => wrapper.textContent?.includes(target.messages[0]?.text ?? '\u0000'), 'the messages');
    expect(wrapper.textContent).toContain(target.senderName);
    expect(wrapper.textContent).toContain('Покупатель');
    expect(wrapper.textContent).toContain('Вы');

    const textarea = wrapper.querySelector('textarea');
    const send = wrapper.querySelector('button');
    expect(textarea?.getAttribute('placeholder')).toBe('Напишите сообщение…');
    expect(send?.textContent).toBe('');
    expect(send?.querySelector('svg')).toBeTruthy();
    if (!textarea || !send) return;
    expect(send.disabled).toBe(true);

    // Text set without an input event is not in the app's state, as with a framework-controlled box.
    textarea.value = 'не отправится';
    expect(send.disabled).toBe(true);

    textarea.value = 'Здравствуйте! Отправим сегодня.';
    textarea.dispatchEvent(new win!.Event('input', { bubbles: true }));
    expect(send.disabled).toBe(false);
    const before = target.messages.length;
    send.click();
    await until(() => target.messages.length === before + 1, 'the sent message in the world');
    expect(target.messages[before]).toMatchObject({ author: 'seller', text: 'Здравствуйте! Отправим сегодня.' });
    await until(() => textarea.value === '' && wrapper.textContent?.includes('Здравствуйте! Отправим сегодня.'), 'the new bubble');
  });

  it('shows the FBS table and opens the details panel whose Contact Customer opens the chat', async () => {
    const posting = world.data.postings.find((p) => p.contact.eligible && p.chatId === null) ?? world.data.postings.find((p) => p.contact.eligible);
    const delivered = world.data.postings.find((p) => p.status === 'delivered');
    expect(posting && delivered).toBeTruthy();
    if (!posting || !delivered) return;
    const { doc } = await open('/app/messenger?group=customers_v2&lang=en');
    await control(doc).navigateTo('/app/postings/fbs?tab=all');
    const table = await until(() => doc.querySelector('table'), 'the table');
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Posting number', 'Status', 'Delivery method', 'Products', 'Shipment date', 'Customer']);
    await until(() => table.querySelectorAll('tbody tr').length === 30, '30 rows');
    const numbers = [...table.querySelectorAll('tbody tr a')].map((a) => a.textContent ?? '');
    for (const n of numbers) expect(n).toMatch(/^\d{10}-\d{4}-\d$/);

    // Disputed tab: only arbitration shipments, status word "disputed".
    await control(doc).navigateTo('/app/postings/fbs?tab=arbitration');
    const disputed = world.data.postings.filter((p) => p.status === 'arbitration').length;
    await until(() => doc.querySelectorAll('tbody tr').length === Math.min(30, disputed) && doc.querySelector('tbody tr td:nth-child(2)')?.textContent === 'disputed', 'the disputed rows');

    await control(doc).navigateTo(`/app/postings/fbs?tab=all&postingDetails=${delivered.postingNumber}`);
    let dialog = await until(() => doc.querySelector('[role="dialog"]')?.textContent?.includes('Close') && doc.querySelector('[role="dialog"]'), 'the dialog');
    await until(() => dialog.textContent?.includes('delivered'), 'details loaded');
    expect(buttonByText(doc, 'Contact Customer')).toBeUndefined();

    await control(doc).navigateTo(`/app/postings/fbs?tab=all&postingDetails=${posting.postingNumber}`);
    dialog = await until(() => doc.querySelector('[role="dialog"]'), 'the dialog');
    expect(dialog.querySelector('h2')?.textContent).toContain(posting.postingNumber);
    const contact = await until(() => buttonByText(doc, 'Contact Customer'), 'the Contact Customer button');
    contact.click();
    await until(() => win!.location.pathname === '/app/messenger', 'the messenger');
    const chatId = new URL(win!.location.href).searchParams.get('id');
    expect(chatId).toBe(world.posting(posting.postingNumber)?.chatId);
    await until(() => doc.querySelector(`div[active-chat-id="${chatId}"]`), 'the started chat');
    expect(doc.querySelector('[role="dialog"]')).toBeNull();
  });
});

describe('portal replica client: periodic refresh', () => {
  it('re-fetches and re-renders the whole list periodically, showing what changed in the world', async () => {
    const { doc } = await open('/app/messenger?group=customers_v2&lang=en');
    const all = world.filterChats([]).map((c) => c.chatId);
    await until(() => sameIds(doc, all.slice(0, 30)), 'the first rows');
    const last = world.filterChats([])[29];
    expect(last).toBeDefined();
    if (!last) return;
    const oldRow = doc.querySelector(`a[href$="${last.chatId}"]`);
    world.sendSellerMessage(last.chatId, 'Ответ из API');
    // The chat moves to the top on the next refresh, in new row nodes.
    await until(() => idsOf(chatRows(doc))[0] === last.chatId, 'the refreshed list');
    expect(oldRow?.isConnected).toBe(false);
    expect(doc.querySelector(`a[href$="${last.chatId}"]`)?.textContent).toContain('Ответ из API');
  });

  it('keeps crossborder links on the crossborder path', async () => {
    const { doc } = await open('/app/postings/crossborder/fbs?tab=all');
    await until(() => doc.querySelectorAll('tbody tr').length === 30, 'rows');
    const hrefs = [...doc.querySelectorAll('tbody a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.every((h) => h.startsWith('/app/postings/crossborder/fbs?tab=all&postingDetails='))).toBe(true);
    expect([...doc.querySelectorAll('a')].some((a) => a.getAttribute('href') === '/app/postings/crossborder/fbs?tab=delivered' && a.textContent === 'Доставлены')).toBe(true);
  });
});

/** Client-side navigation through the page's own control object. */
function control(_doc: Doc): { navigateTo(url: string): Promise<void> } {
  return {
    navigateTo: (url) => (win as unknown as { __replica: ReplicaControl }).__replica.navigate(url),
  };
}
