// What one chat list teaches about itself, learnt on every full scan: which element shape is the tag and which the
// name (one component draws them the same way in every row), the tag word where the page speaks a language we do
// not know, and whether the tag could be read at all. The portal guarantees a tag on every dialogue of the
// Customers list (docs/portal-reading.md), so a reading in which most rows carry none is a reading we got wrong:
// the tag rule is then paused (the fail-safe) instead of flagging every honest customer.
import { foldText } from '@/lib/i18n/text';
import { tagOf } from './words';
import { BASE_MODEL, readRowUnits, signatureOf, type ChatListModel, type RowReading } from './chat-row';

export { BASE_MODEL, type ChatListModel } from './chat-row';

/** Share of rows that must agree before the list's own habit is believed (and, untagged, before the fail-safe). */
const MAJORITY = 0.6;
const MIN_ROWS_TO_LEARN = 5;
/** The fail-safe's threshold: "most of at least ten rows", or every row of a shorter list. */
const MIN_ROWS_FAILSAFE = 10;
const MIN_ROWS_ALL_UNTAGGED = 3;

function majority(values: readonly string[], total: number): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best !== null && n >= 3 && n >= total * MAJORITY ? best : null;
}

/** The short text of its own that most rows repeat: in a list whose every row must carry a tag, that is the tag. */
function learnTagWord(rows: readonly Element[], readings: readonly RowReading[]): string | null {
  const perRow: string[] = [];
  for (const [i, reading] of readings.entries()) {
    const seen = new Set<string>();
    for (const line of reading.text.split('\n')) {
      const text = foldText(line);
      if (text.length > 0 && text.length <= 20 && !/\d/.test(text)) seen.add(text);
    }
    // Only texts that are an element of their own in this row can be a tag.
    for (const text of seen) if (ownTextIn(rows[i]!, text)) perRow.push(text);
  }
  return majority(perRow, rows.length);
}

function ownTextIn(row: Element, folded: string): boolean {
  for (const el of row.querySelectorAll('*')) {
    if (el.childElementCount > 2) continue;
    if (foldText(el.textContent ?? '') === folded) return true;
  }
  return false;
}

export interface LearntList {
  model: ChatListModel;
  readings: RowReading[];
}

/**
 * Reads every row and learns the list's model. `tagsGuaranteed`: the list is the Customers list, where every
 * dialogue carries a tag (the fail-safe and the learnt word apply only there).
 */
export function learnChatList(rows: readonly Element[], tagsGuaranteed: boolean, layout?: boolean): LearntList {
  let model: ChatListModel = BASE_MODEL;
  let readings = rows.map((el) => readRowUnits(el, model, layout));
  const tagged = () => readings.filter((r) => r.tag !== null).length;

  if (tagsGuaranteed && rows.length >= MIN_ROWS_TO_LEARN && tagged() < rows.length * MAJORITY) {
    const word = learnTagWord(rows, readings);
    if (word !== null && tagOf(word) === null) {
      model = { ...model, learnedWords: [word] };
      readings = rows.map((el) => readRowUnits(el, model, layout));
    }
  }

  const clear = readings.filter((r) => r.clear && r.tagUnit && r.nameUnit);
  const tagSignature = majority(clear.map((r) => signatureOf(r.tagUnit!.el)), clear.length);
  const nameSignature = majority(clear.map((r) => signatureOf(r.nameUnit!.el)), clear.length);
  if (tagSignature !== null && tagSignature !== nameSignature) {
    model = { ...model, tagSignature, nameSignature };
    // Read again what the list's shapes may decide otherwise: the unclear rows, and rows whose "tag" is drawn in the
    // name's shape (a sender named like the tag, in a row with one more line than usual).
    const doubtful = (r: RowReading) => !r.clear || (r.tagUnit !== null && signatureOf(r.tagUnit.el) !== tagSignature);
    readings = readings.map((r, i) => (doubtful(r) ? readRowUnits(rows[i]!, model, layout) : r));
  }

  if (tagsGuaranteed && unreadable(readings)) model = { ...model, tagRule: 'paused' };
  if (layout !== false && readings.length > 0 && domOrderReadsAlike(rows, readings, model)) model = { ...model, layout: false };
  return { model, readings };
}

/** Rows compared to decide that the DOM order reads the list as its layout does: every unclear row, and a sample. */
const SAMPLE_ROWS = 64;

function domOrderReadsAlike(rows: readonly Element[], readings: readonly RowReading[], model: ChatListModel): boolean {
  const step = Math.max(1, Math.floor(rows.length / SAMPLE_ROWS));
  return readings.every((r, i) => (r.clear && i % step !== 0) || sameReading(r, readRowUnits(rows[i]!, model, false)));
}

function sameReading(a: RowReading, b: RowReading): boolean {
  return a.tag === b.tag && a.name === b.name && a.preview === b.preview && a.time === b.time && a.unread === b.unread;
}

/** Whether the reading contradicts what the portal guarantees for the Customers list. */
function unreadable(readings: readonly RowReading[]): boolean {
  const untagged = readings.filter((r) => r.tag === null).length;
  if (readings.length >= MIN_ROWS_FAILSAFE && untagged >= readings.length * MAJORITY) return true;
  if (readings.length >= MIN_ROWS_ALL_UNTAGGED && untagged === readings.length) return true;
  // One element read as both the name and the tag.
  return readings.some((r) => r.tagUnit && r.nameUnit && (r.tagUnit.el.contains(r.nameUnit.el) || r.nameUnit.el.contains(r.tagUnit.el)));
}
