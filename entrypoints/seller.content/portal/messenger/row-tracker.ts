// Finding the chat list's rows cheaply as the page changes: one full scan learns the list's shape (how far a row's
// element is above its chat link); after that, a batch of added elements is placed by that shape alone, so
// scrolling in 100 more rows costs 100 rows, not the whole list. Anything the shape cannot place asks for a full scan.
import { BASE_MODEL, type ChatListModel } from './chat-row';
import { ACTIVE_CHAT_SELECTOR, CHAT_LINK_SELECTOR } from './cues';
import { chatIdOfLink, isChatLink, linkOf } from './links';
import { readRow, scanChatList, type ChatListScan, type ChatRow } from './list';

/**
 * A dialogue row shows its time or at least a tag. Links to a chat elsewhere on the page do not (a language switch
 * keeping `&id=`: one line, no time, no preview, no tag).
 */
export function isDialogueRow(row: ChatRow): boolean {
  return row.time !== null || row.tag !== null;
}

/** A chat link of the list: not the open chat's (its header may link to the chat too). */
const isListLink = (el: Element) => isChatLink(el) && !el.closest(ACTIVE_CHAT_SELECTOR);

export interface RowTracker {
  /** Every dialogue row of the list (the adapter's, plus rows it folded into another link to the same chat). */
  fullScan(): { rows: ChatRow[]; scan: ChatListScan };
  /** The rows a batch created or changed, found around the batch alone; null when only a full scan can tell. */
  rowsOfBatch(roots: readonly Element[], removedFrom?: readonly Element[]): ChatRow[] | null;
  /** What the last full scan learnt of the list (rows of later batches are read with it). */
  model(): ChatListModel;
}

export function createRowTracker(doc: Document = document): RowTracker {
  /** Link-to-row distance seen on the last full scan (0: the row is the link), null when rows differ. */
  let linkDepth: number | null = null;
  /** Rows seen (weakly held: a re-rendered list's old rows go with it). */
  let known = new WeakSet<Element>();
  let scanned = false;
  let model: ChatListModel = BASE_MODEL;
  /** Rows the last full scan learnt from, and rows known since: a list that grew by half is learnt again. */
  let scannedCount = 0;
  let knownCount = 0;

  function learnDepth(rows: readonly ChatRow[]): void {
    let depth: number | null = null;
    for (const row of rows) {
      const link = linkOf(row.el);
      if (!link) return void (linkDepth = null);
      let d = 0;
      for (let e: Element | null = link; e && e !== row.el; e = e.parentElement) d++;
      if (depth !== null && d !== depth) return void (linkDepth = null);
      depth = d;
    }
    linkDepth = depth;
  }

  /** The row element around a chat link, by the learnt shape; null when it would hold other chats. */
  function rowAround(link: Element): Element | null {
    if (linkDepth === null) return null;
    let el: Element | null = link;
    for (let i = 0; i < linkDepth && el; i++) el = el.parentElement;
    if (!el) return null;
    const id = chatIdOfLink(link);
    const holdsOthers = [...el.querySelectorAll(CHAT_LINK_SELECTOR)].some((a) => isListLink(a) && chatIdOfLink(a) !== id);
    return holdsOthers ? null : el;
  }

  return {
    fullScan() {
      const scan = scanChatList(doc);
      model = scan.model;
      const rows = scan.rows.filter(isDialogueRow);
      learnDepth(rows);
      if (linkDepth !== null) {
        // The adapter keeps one element per chat id: the open chat's own row is lost when another link to it came first.
        const covered = new Set(rows.map((r) => r.el));
        for (const link of doc.querySelectorAll(CHAT_LINK_SELECTOR)) {
          if (!isListLink(link)) continue;
          const el = rowAround(link);
          if (!el || covered.has(el)) continue;
          const row = readRow(el, model);
          if (isDialogueRow(row)) {
            rows.push(row);
            covered.add(el);
          }
        }
      }
      known = new WeakSet(rows.map((r) => r.el));
      scanned = rows.length > 0;
      scannedCount = knownCount = rows.length;
      return { rows, scan };
    },

    rowsOfBatch(roots, removedFrom = []) {
      if (linkDepth === null || !scanned) return null;
      const found = new Set<Element>();
      // Something removed inside a row (its tag, its preview's text): that row. A list that lost rows: nothing to read.
      for (const el of removedFrom) {
        for (let a: Element | null = el; a; a = a.parentElement) {
          if (known.has(a)) {
            found.add(a);
            break;
          }
        }
      }
      for (const root of roots) {
        if (root === doc.body || root === doc.documentElement) return null;
        if (root.closest(ACTIVE_CHAT_SELECTOR)) continue;
        if (known.has(root)) found.add(root);
        const links = [...root.querySelectorAll(CHAT_LINK_SELECTOR)].filter(isListLink);
        if (isListLink(root)) links.push(root);
        for (const link of links) {
          const el = rowAround(link);
          if (!el) return null;
          found.add(el);
        }
        // A change inside a row (a new preview, an unread badge): the known row around it.
        for (let a: Element | null = root.parentElement; a; a = a.parentElement) {
          if (known.has(a)) {
            found.add(a);
            break;
          }
        }
      }
      const rows = [...found].map((el) => readRow(el, model)).filter(isDialogueRow);
      for (const row of rows) {
        if (!known.has(row.el)) knownCount++;
        known.add(row.el);
      }
      // What the list teaches (the tag's and the name's shapes) is learnt from enough of it: while the shapes are not
      // known, a list that arrived in parts, or grew by half since, is scanned whole again (the scans double in size).
      if (model.tagSignature === null && knownCount >= Math.max(scannedCount * 1.5, scannedCount + 3)) return null;
      return rows;
    },

    model: () => model,
  };
}
