// The replica's own JSON endpoints (/api/site/…), the page's only data source. They read and change the shared
// World, so the Seller API replica over the same World agrees with what the page shows.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { WorldError, type Lang, type PortalFilter, type World } from '../data/types';
import { isFilter, isGroup, isOrdersTab, type ChatGroup } from './labels';
import { chatHref, chatRowView, chatView, messageView, postingDetailsView, postingRowView, postingsOfTab, type ChatListView, type PostingListView } from './views';

export interface SiteApiOptions {
  world: World;
  pageSize: number;
  /** Opening a chat marks the customer's messages read, as the portal does. */
  markReadOnOpen: boolean;
}

const MAX_BODY = 64 * 1024;
const MAX_LIMIT = 100_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new HttpError(413, 'too-large', 'request body too large');
    chunks.push(buf);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the refusal below
  }
  throw new HttpError(400, 'bad-json', 'expected a JSON object');
}

function intParam(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new HttpError(400, 'bad-request', `${name} must be an integer 0…${max}`);
  return n;
}

export function parseFilters(raw: string | null): PortalFilter[] {
  if (raw === null || raw.trim() === '') return [];
  const out: PortalFilter[] = [];
  for (const part of raw.split(',')) {
    const f = part.trim();
    if (!isFilter(f)) throw new HttpError(400, 'bad-request', `unknown filter ${JSON.stringify(f)}`);
    if (!out.includes(f)) out.push(f);
  }
  return out;
}

function stringField(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  if (typeof v !== 'string' || v === '') throw new HttpError(400, 'bad-request', `${name} is required`);
  return v;
}

const WORLD_STATUS: Record<WorldError['code'], number> = { 'not-found': 404, 'not-eligible': 403, 'window-closed': 409, 'bad-request': 400 };

export function createSiteApi(opts: SiteApiOptions): (req: IncomingMessage, res: ServerResponse, url: URL, lang: Lang) => Promise<void> {
  const { world, pageSize } = opts;

  const routes: Record<string, (req: IncomingMessage, url: URL, lang: Lang) => Promise<unknown> | unknown> = {
    'GET /api/site/chats': (_req, url, lang): ChatListView => {
      const group = url.searchParams.get('group') ?? 'customers_v2';
      if (!isGroup(group)) throw new HttpError(400, 'bad-request', 'unknown group');
      const filters = parseFilters(url.searchParams.get('filters'));
      const offset = intParam(url, 'offset', 0, MAX_LIMIT);
      const limit = intParam(url, 'limit', pageSize, MAX_LIMIT);
      // The portal offers the filters in the customers group only.
      const chats = (group as ChatGroup) === 'customers_v2' ? world.filterChats(filters) : world.chatsOf(group);
      const items = chats.slice(offset, offset + limit).map((c) => chatRowView(world, c, lang));
      return { items, total: chats.length, offset, hasMore: offset + items.length < chats.length };
    },
    'GET /api/site/chat': (_req, url, lang) => {
      const chat = world.chat(url.searchParams.get('id') ?? '');
      if (!chat) throw new HttpError(404, 'not-found', 'chat not found');
      if (opts.markReadOnOpen) world.markRead(chat.chatId);
      return chatView(world, chat, lang);
    },
    'POST /api/site/chat/send': async (req, _url, lang) => {
      const body = await readJson(req);
      const message = world.sendSellerMessage(stringField(body, 'id'), stringField(body, 'text'));
      return { message: messageView(message, world.now().getTime(), lang) };
    },
    'POST /api/site/chat/start': async (req) => {
      const body = await readJson(req);
      const chat = world.startChat(stringField(body, 'postingNumber'));
      return { chatId: chat.chatId, href: chatHref(chat) };
    },
    'GET /api/site/postings': (_req, url, lang): PostingListView => {
      const tab = url.searchParams.get('tab') ?? 'all';
      if (!isOrdersTab(tab)) throw new HttpError(400, 'bad-request', 'unknown tab');
      const offset = intParam(url, 'offset', 0, MAX_LIMIT);
      const limit = intParam(url, 'limit', pageSize, MAX_LIMIT);
      const postings = postingsOfTab(world, tab);
      const items = postings.slice(offset, offset + limit).map((p) => postingRowView(p, lang));
      return { items, total: postings.length, offset, hasMore: offset + items.length < postings.length };
    },
    'GET /api/site/posting': (_req, url, lang) => {
      const posting = world.posting(url.searchParams.get('n') ?? '');
      if (!posting) throw new HttpError(404, 'not-found', 'posting not found');
      return postingDetailsView(posting, lang);
    },
    'GET /api/site/summary': () => ({
      unreadChats: world.filterChats(['unread']).length,
      awaitingPackaging: postingsOfTab(world, 'awaiting_packaging').length,
    }),
  };

  return async (req, res, url, lang) => {
    const route = routes[`${req.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`];
    if (!route) {
      sendJson(res, 404, { error: 'not-found', message: 'no such endpoint' });
      return;
    }
    try {
      sendJson(res, 200, await route(req, url, lang));
    } catch (err) {
      if (err instanceof HttpError) sendJson(res, err.status, { error: err.code, message: err.message });
      else if (err instanceof WorldError) sendJson(res, WORLD_STATUS[err.code], { error: err.code, message: err.message });
      else sendJson(res, 500, { error: 'internal', message: 'internal error' });
    }
  };
}
