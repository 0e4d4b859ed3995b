// The replica's own JSON endpoints, as the page calls them.
import type { PortalFilter } from '../../data/types';
import type { ChatGroup, OrdersTab } from '../labels';
import type { ChatListView, ChatView, MessageView, PostingDetailsView, PostingListView } from '../views';
import { lang } from './env';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`${status} ${code}`);
  }
}

async function call<T>(path: string, params: Record<string, string | number>, body?: unknown): Promise<T> {
  const q = new URLSearchParams({ ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])), lang });
  const res = await fetch(`${path}?${q.toString()}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const json = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new ApiError(res.status, json.error ?? 'error');
  return json as T;
}

export const fetchChats = (group: ChatGroup, filters: readonly PortalFilter[], offset: number, limit: number): Promise<ChatListView> =>
  call('/api/site/chats', { group, filters: filters.join(','), offset, limit });

export const fetchChat = (id: string): Promise<ChatView> => call('/api/site/chat', { id });

export const sendMessage = (id: string, text: string): Promise<{ message: MessageView }> => call('/api/site/chat/send', {}, { id, text });

export const startChat = (postingNumber: string): Promise<{ chatId: string; href: string }> => call('/api/site/chat/start', {}, { postingNumber });

export const fetchPostings = (tab: OrdersTab, offset: number, limit: number): Promise<PostingListView> => call('/api/site/postings', { tab, offset, limit });

export const fetchPosting = (n: string): Promise<PostingDetailsView> => call('/api/site/posting', { n });

export const fetchSummary = (): Promise<{ unreadChats: number; awaitingPackaging: number }> => call('/api/site/summary', {});
