// What the replica's own JSON endpoints send the page: the data already in the page's words (tags, status words,
// times as the portal prints them), so the client only lays it out. Times are Moscow time, as the portal shows, in
// every language (a Chinese seller's portal too: the times of the marketplace, not of the seller's clock).
import type { Lang, SeedChat, SeedMessage, SeedPosting, World } from '../data/types';
import { DELIVERY_LABEL, STATUS_WORD, TAG_LABEL, UI, type OrdersTab } from './labels';

export interface ChatRowView {
  id: string;
  href: string;
  /** Покупатель / Support …, or null when the portal shows no tag. */
  tag: string | null;
  name: string;
  preview: string;
  time: string;
  unread: number;
  context: string | null;
}

export interface ChatListView {
  items: ChatRowView[];
  total: number;
  offset: number;
  hasMore: boolean;
}

export interface MessageView {
  id: string;
  side: 'in' | 'out' | 'system';
  text: string;
  time: string;
}

export interface ChatView {
  id: string;
  group: SeedChat['group'];
  name: string;
  tag: string | null;
  closed: boolean;
  context: string | null;
  messages: MessageView[];
}

export interface PostingRowView {
  number: string;
  status: string;
  delivery: string;
  products: string[];
  shipmentDate: string;
  customer: string;
}

export interface PostingListView {
  items: PostingRowView[];
  total: number;
  offset: number;
  hasMore: boolean;
}

export interface PostingDetailsView extends PostingRowView {
  warehouse: string;
  inProcessAt: string;
  /** The portal's own Contact Customer button is shown (realFBS, not delivered or cancelled). */
  canContact: boolean;
}

const MSK_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 24 * 3_600_000;
const pad = (n: number): string => String(n).padStart(2, '0');

function msk(ms: number): Date {
  return new Date(ms + MSK_OFFSET_MS);
}

const mskDay = (ms: number): number => Math.floor((ms + MSK_OFFSET_MS) / DAY_MS);

export function hhmm(ms: number): string {
  const d = msk(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function ddmm(ms: number): string {
  const d = msk(ms);
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}`;
}

export function ddmmyyyy(ms: number): string {
  return `${ddmm(ms)}.${msk(ms).getUTCFullYear()}`;
}

/** A day as the portal in Chinese prints it (assumed, docs/portal-reading.md): «11月5日». */
export function monthDay(ms: number): string {
  const d = msk(ms);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** A full date in Chinese (assumed): «2026/11/05». */
export function yyyymmdd(ms: number): string {
  const d = msk(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
}

const dayOf = (ms: number, lang: Lang): string => (lang === 'zh' ? monthDay(ms) : ddmm(ms));
export const dateOf = (ms: number, lang: Lang): string => (lang === 'zh' ? yyyymmdd(ms) : ddmmyyyy(ms));

/** The list's time cell: HH:MM today, «Вчера» / "Yesterday" / «昨天», else DD.MM («11月5日» in Chinese). */
export function listTime(ms: number, nowMs: number, lang: Lang): string {
  const days = mskDay(nowMs) - mskDay(ms);
  if (days <= 0) return hhmm(ms);
  if (days === 1) return UI.yesterday[lang];
  return dayOf(ms, lang);
}

/** A bubble's time: HH:MM today, else DD.MM HH:MM («11月5日 14:05» in Chinese). */
export function bubbleTime(ms: number, nowMs: number, lang: Lang): string {
  return mskDay(nowMs) === mskDay(ms) ? hhmm(ms) : `${dayOf(ms, lang)} ${hhmm(ms)}`;
}

export function tagText(chat: SeedChat, lang: Lang): string | null {
  return chat.tag === null ? null : TAG_LABEL[chat.tag][lang];
}

export function contextText(chat: SeedChat, lang: Lang): string | null {
  if (chat.context?.kind === 'order') return `${UI.order[lang]} ${chat.context.orderNumber}`;
  if (chat.context?.kind === 'product') return `${UI.product[lang]} ${chat.context.productName}`;
  return null;
}

export function chatHref(chat: SeedChat): string {
  return `/app/messenger?group=${chat.group}&id=${chat.chatId}`;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function lastActivity(chat: SeedChat): number {
  const last = chat.messages[chat.messages.length - 1];
  return Date.parse(last ? last.createdAt : chat.createdAt);
}

export function chatRowView(world: World, chat: SeedChat, lang: Lang): ChatRowView {
  const last = chat.messages[chat.messages.length - 1];
  return {
    id: chat.chatId,
    href: chatHref(chat),
    tag: tagText(chat, lang),
    name: chat.senderName,
    preview: last ? oneLine(last.text) : '',
    time: listTime(lastActivity(chat), world.now().getTime(), lang),
    unread: world.unreadCount(chat),
    context: contextText(chat, lang),
  };
}

function sideOf(m: SeedMessage): MessageView['side'] {
  if (m.author === 'seller') return 'out';
  if (m.author === 'notification' || m.author === 'crm') return 'system';
  return 'in';
}

export function messageView(m: SeedMessage, nowMs: number, lang: Lang): MessageView {
  return { id: m.messageId, side: sideOf(m), text: m.text, time: bubbleTime(Date.parse(m.createdAt), nowMs, lang) };
}

export function chatView(world: World, chat: SeedChat, lang: Lang): ChatView {
  const nowMs = world.now().getTime();
  return {
    id: chat.chatId,
    group: chat.group,
    name: chat.senderName,
    tag: tagText(chat, lang),
    closed: chat.chatStatus === 'CLOSED',
    context: contextText(chat, lang),
    messages: chat.messages.map((m) => messageView(m, nowMs, lang)),
  };
}

/** The postings a tab lists, newest first ("all" lists every status, the others exactly theirs). */
export function postingsOfTab(world: World, tab: OrdersTab): SeedPosting[] {
  return world.data.postings
    .filter((p) => tab === 'all' || p.status === tab)
    .slice()
    .sort((a, b) => Date.parse(b.inProcessAt) - Date.parse(a.inProcessAt) || a.postingNumber.localeCompare(b.postingNumber));
}

export function postingRowView(p: SeedPosting, lang: Lang): PostingRowView {
  return {
    number: p.postingNumber,
    status: STATUS_WORD[p.status][lang],
    delivery: DELIVERY_LABEL[p.tplIntegrationType][lang],
    products: p.products.map((x) => `${x.name} × ${x.quantity} ${UI.pieces[lang]}`),
    shipmentDate: dateOf(Date.parse(p.shipmentDate), lang),
    customer: p.customerName,
  };
}

const REAL_FBS: readonly SeedPosting['tplIntegrationType'][] = ['non_integrated', '3pl_tracking', 'aggregator'];

/** The portal offers its Contact Customer button for realFBS shipments that are neither delivered nor cancelled. */
export function canContact(p: SeedPosting): boolean {
  return REAL_FBS.includes(p.tplIntegrationType) && p.status !== 'delivered' && p.status !== 'cancelled';
}

export function postingDetailsView(p: SeedPosting, lang: Lang): PostingDetailsView {
  return {
    ...postingRowView(p, lang),
    warehouse: p.warehouseName,
    inProcessAt: `${dateOf(Date.parse(p.inProcessAt), lang)} ${hhmm(Date.parse(p.inProcessAt))}`,
    canContact: canContact(p),
  };
}
