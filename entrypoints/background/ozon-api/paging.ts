// Reading more than one page: the chat history forward from a known message, and the postings of many orders.
// Built on the client's one-page methods, so every request still goes through the transport.
import { OzonApiError } from './errors';
import { clampInt, MAX_ORDER_NUMBERS, toDate } from './bodies';
import type { ChatHistoryPage, ChatHistoryRequest, ChatMessage, DateInput, DecimalId, Posting, PostingListRequest, PostingPage } from './types';

export interface HistorySinceOptions {
  /** Messages asked per request when reading forward; default 100 (Ozon allows 1000). */
  pageSize?: number;
  /** How many of the latest messages to read when there is no `afterMessageId`; default 30. */
  latest?: number;
}

export interface PostingsByOrdersOptions {
  /** The period the postings were created in; Ozon requires one of at most a year. Default: the last 365 days. */
  since?: DateInput;
  to?: DateInput;
}

const YEAR_MS = 365 * 24 * 3600_000;

/** Walks a cursor-paged list; stops on has_next = false, and refuses a cursor that does not move. */
async function* pages<P extends { cursor: string; hasNext: boolean }>(fetchPage: (cursor: string | undefined) => Promise<P>) {
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    yield page;
    if (!page.hasNext) return;
    if (!page.cursor || page.cursor === cursor) {
      throw new OzonApiError({ kind: 'malformed', detail: 'The list said there is more but gave no new cursor' });
    }
    cursor = page.cursor;
  }
}

const byMessageId = (a: ChatMessage, b: ChatMessage): number => {
  const x = BigInt(a.messageId);
  const y = BigInt(b.messageId);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Messages newer than `afterMessageId`, oldest first, a page at a time. With no `afterMessageId`: the latest
 * `latest` messages (one page), oldest first.
 */
export async function* historySince(
  chatHistory: (request: ChatHistoryRequest) => Promise<ChatHistoryPage>,
  chatId: string,
  afterMessageId: DecimalId | null,
  options: HistorySinceOptions = {},
): AsyncIterable<ChatMessage[]> {
  if (afterMessageId === null) {
    const latest = clampInt(options.latest ?? 30, 1, 1000);
    const page = await chatHistory({ chatId, direction: 'Backward', limit: latest });
    // Backward is newest first; callers get oldest first.
    const messages = [...page.messages].sort(byMessageId);
    if (messages.length) yield messages;
    return;
  }
  // At least 2: the first message of every page is the one already known.
  const pageSize = clampInt(options.pageSize ?? 100, 2, 1000);
  let from = afterMessageId;
  for (;;) {
    // from_message_id is inclusive (the message to start from), so the known message comes back first.
    const page = await chatHistory({ chatId, direction: 'Forward', fromMessageId: from, limit: pageSize });
    const fresh = page.messages.filter((m) => BigInt(m.messageId) > BigInt(from)).sort(byMessageId);
    if (fresh.length) yield fresh;
    const last = fresh[fresh.length - 1];
    if (!page.hasNext || !last) return;
    from = last.messageId;
  }
}

/**
 * The postings of these orders (`filter.order_numbers`, ≤ 100 a request; more are split), every page. An order
 * number maps to one or more postings (`order_number` on each posting).
 */
export async function postingsByOrderNumbers(
  postingList: (request: PostingListRequest) => Promise<PostingPage>,
  now: () => number,
  orderNumbers: readonly string[],
  options: PostingsByOrdersOptions = {},
): Promise<Posting[]> {
  const wanted = [...new Set(orderNumbers.map((n) => n.trim()).filter(Boolean))];
  const to = options.to ?? new Date(now());
  const since = options.since ?? new Date(toDate(to).getTime() - YEAR_MS + 60_000);
  const out: Posting[] = [];
  for (let i = 0; i < wanted.length; i += MAX_ORDER_NUMBERS) {
    const filter = { since, to, orderNumbers: wanted.slice(i, i + MAX_ORDER_NUMBERS) };
    for await (const page of pages((cursor) => postingList({ filter, limit: 100, ...(cursor ? { cursor } : {}) }))) {
      out.push(...page.postings);
    }
  }
  return out;
}
