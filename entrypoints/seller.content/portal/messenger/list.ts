// The chat list read whole: its dialogue rows (list-rows.ts), each read as the seller sees it (chat-row.ts) with what
// the list teaches about itself (chat-list-model.ts), and the parts a scan could not find.
import { commonAncestor } from '../rows';
import { runTarget, type TargetResult } from '../targets';
import { learnChatList } from './chat-list-model';
import { BASE_MODEL, readRowUnits, type ChatListModel, type RowReading } from './chat-row';
import { CUSTOMERS_GROUP, GROUP_PARAM, TIME_STAMP_RE, TIME_STAMP_SELECTOR } from './cues';
import { chatIdOfHref, isMessengerPath, linkOf } from './links';
import { chatRowsTarget } from './list-rows';
import type { ChatTag, RowContext } from './words';

export interface ChatRow {
  /** The dialogue's element (gets our data-sidekick-* attributes). */
  el: Element;
  /** From the row's link; null when rows are not links. */
  chatId: string | null;
  tag: ChatTag | null;
  name: string | null;
  preview: string | null;
  time: string | null;
  unread: number;
  context: RowContext | null;
  /** Everything visible in the row, for text criteria. */
  text: string;
  /** The last activity's moment when the page states it exactly (`<time datetime>`), epoch ms. */
  timestamp: number | null;
}

export interface ChatListScan {
  list: Element | null;
  rows: ChatRow[];
  /** What this scan learnt of the list: the tag's and name's shapes, a learnt tag word, the fail-safe. */
  model: ChatListModel;
  results: TargetResult<unknown>[];
}

function timestampOf(el: Element): number | null {
  const stamp = el.querySelector(TIME_STAMP_SELECTOR)?.getAttribute('datetime');
  const ms = stamp && TIME_STAMP_RE.test(stamp) ? Date.parse(stamp) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

/** Reads one dialogue row (chat-row.ts): tag, name, preview, time, unread count, context, by what each is. */
export function readRow(el: Element, model: ChatListModel = BASE_MODEL): ChatRow {
  return rowOfReading(el, readRowUnits(el, model));
}

function rowOfReading(el: Element, reading: RowReading): ChatRow {
  return {
    el,
    chatId: chatIdOfHref(linkOf(el)?.getAttribute('href')),
    tag: reading.tag,
    name: reading.name,
    preview: reading.preview,
    time: reading.time,
    unread: reading.unread,
    context: reading.context,
    text: reading.text,
    timestamp: timestampOf(el),
  };
}

/** Whether the page's list is the Customers list, where the portal shows a tag on every dialogue. */
function listGuaranteesTags(scope: ParentNode): boolean {
  const doc = (scope as Node).nodeType === 9 ? (scope as Document) : (scope as Node).ownerDocument;
  const href = doc?.location?.href ?? '';
  if (!/^https?:/.test(href)) return true;
  const url = new URL(href);
  if (!isMessengerPath(url.pathname)) return false;
  const group = url.searchParams.get(GROUP_PARAM);
  return group === null || group === '' || group === CUSTOMERS_GROUP;
}

export function scanChatList(scope: ParentNode = document): ChatListScan {
  const rowsResult = runTarget(chatRowsTarget, scope);
  const { model, readings } = learnChatList(rowsResult.found, listGuaranteesTags(scope));
  const rows = rowsResult.found.map((el, i) => rowOfReading(el, readings[i]!));
  const list = commonAncestor(rowsResult.found);
  const listResult: TargetResult<unknown> = {
    name: 'chat-list',
    found: list ? [list] : [],
    finder: rowsResult.finder && 'the common ancestor of the rows',
    finderIndex: rowsResult.finderIndex,
    ok: list !== null,
    ambiguous: false,
  };
  const named = rows.filter((r) => r.name !== null).length;
  const nameResult: TargetResult<unknown> = {
    name: 'row-names',
    found: rows.filter((r) => r.name !== null),
    finder: 'the first line of a row after its tag',
    finderIndex: 0,
    ok: rows.length === 0 || named * 2 >= rows.length,
    ambiguous: false,
  };
  return { list, rows, model, results: [listResult, rowsResult, nameResult] };
}
