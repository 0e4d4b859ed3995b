// Reading one dialogue row of the chat list as the seller sees it. Each part is recognised by what it is — a time
// by its shape, an unread counter by being a small number, the order/product line by its words, the tag by being
// a short element of its own whose whole text is a tag word — and the tag and the name by where they are drawn:
// the tag above the name. DOM order decides only where there is no layout (unit tests). A sender NAMED
// "Customer"/«Покупатель» without a tag element is told apart from a tag: that is the scammer's disguise.
import { foldText } from '@/lib/i18n/text';
import { isTimeLike } from '../time-cues';
import { hasLayout, sameVisualLine, textUnits, type TextUnit } from '../text-units';
import { UNREAD_RE, YOU_PREFIX_RE } from './cues';
import { contextOf, isYouLabel, tagOf, type ChatTag, type RowContext } from './words';

/** What a full scan of the list learnt of it (entrypoints/seller.content/portal/messenger/chat-list-model.ts); BASE_MODEL before any scan. */
export interface ChatListModel {
  /** Customer-tag words learnt from this list (folded), beyond the words we know. */
  learnedWords: readonly string[];
  /** The signature of the tag's element in this list, when most rows agree. */
  tagSignature: string | null;
  /** The signature of the name's element in this list, when most rows agree. */
  nameSignature: string | null;
  /** 'paused' when the tag cannot be read on this layout (the fail-safe). */
  tagRule: 'on' | 'paused';
  /**
   * Whether rows must be read by layout: false when the full scan found the DOM order reads every row as the layout
   * does (then later rows are read without forcing the browser to lay the page out on every batch).
   */
  layout: boolean;
}

export const BASE_MODEL: ChatListModel = { learnedWords: [], tagSignature: null, nameSignature: null, tagRule: 'on', layout: true };

/** The tag a unit shows: a short element of its own whose whole text is a tag word (known or learnt). */
export function tagOfUnit(unit: TextUnit, model: ChatListModel): ChatTag | null {
  if (!unit.own || unit.text.length > 24) return null;
  const known = tagOf(unit.text);
  if (known) return known;
  return model.learnedWords.includes(foldText(unit.text)) ? 'customer' : null;
}

export type UnitKind = 'tag' | 'time' | 'unread' | 'context' | 'you' | 'text';

export interface ReadUnit extends TextUnit {
  kind: UnitKind;
  tag: ChatTag | null;
}

export interface RowReading {
  tag: ChatTag | null;
  tagUnit: ReadUnit | null;
  nameUnit: ReadUnit | null;
  name: string | null;
  preview: string | null;
  time: string | null;
  unread: number;
  context: RowContext | null;
  /** True when the tag/name split needed no guess (a tag word with a name and a preview besides it, or none). */
  clear: boolean;
  text: string;
}

/** A `<time>` element around the unit, within the row (a climb: cheaper than closest() on every unit). */
function insideTimeElement(el: Element, row: Element): boolean {
  for (let e: Element | null = el; e && e !== row; e = e.parentElement) if (e.tagName === 'TIME') return true;
  return false;
}

export function classify(unit: TextUnit, row: Element, model: ChatListModel): ReadUnit {
  const text = unit.text;
  const tag = tagOfUnit(unit, model);
  if (tag) return { ...unit, kind: 'tag', tag };
  if (isTimeLike(text) || insideTimeElement(unit.el, row)) {
    return { ...unit, kind: 'time', tag: null };
  }
  if (UNREAD_RE.test(text)) return { ...unit, kind: 'unread', tag: null };
  if (contextOf(text)) return { ...unit, kind: 'context', tag: null };
  if (isYouLabel(text) || YOU_PREFIX_RE.test(text)) return { ...unit, kind: 'you', tag: null };
  return { ...unit, kind: 'text', tag: null };
}

/** A structural signature of a unit's element: what one component of the list renders the same way in every row. */
export function signatureOf(el: Element): string {
  const part = (e: Element | null) => (e ? `${e.tagName}.${e.getAttribute('class') ?? ''}.${e.getAttribute('role') ?? ''}` : '');
  return `${part(el)}>${part(el.parentElement)}`;
}

/**
 * With exactly one tag word and one other text in the row, is the tag word the tag (tag + name, no preview) or the
 * name (a sender named like a tag + the preview)? A tag is drawn on a line of its own above the name; a name shares
 * its line with the time. Without layout: a tag word followed at once by the time is a name.
 */
function loneTagWordIsTag(units: readonly ReadUnit[], word: ReadUnit, other: ReadUnit): boolean {
  if (word.box && other.box) {
    const onItsLine = units.filter((u) => u !== word && u.box && sameVisualLine(u.box, word.box!));
    if (onItsLine.some((u) => u.kind === 'time' || u.kind === 'text')) return false;
    return word.box.bottom <= other.box.top + (other.box.bottom - other.box.top) / 2;
  }
  const at = units.indexOf(word);
  const next = units[at + 1];
  return at < units.indexOf(other) && next?.kind !== 'time';
}

function fontWeight(el: Element): number {
  const view = el.ownerDocument.defaultView;
  const weight = view ? Number.parseInt(view.getComputedStyle(el).fontWeight, 10) : NaN;
  return Number.isFinite(weight) ? weight : 400;
}

/**
 * The sender's name among the row's texts. In a laid-out row: the text drawn heaviest (a list sets names in bold, its
 * previews in regular weight), ties going to the first drawn after the tag (the tag sits above the name) — a preview
 * may be drawn anywhere. Without layout: the first text.
 */
function nameOf(candidates: readonly ReadUnit[], units: readonly ReadUnit[], tagUnit: ReadUnit | null): ReadUnit | null {
  if (candidates.length <= 1 || !candidates[0]!.box) return candidates[0] ?? null;
  const tagAt = tagUnit ? units.indexOf(tagUnit) : -1;
  const order = [...candidates.filter((u) => units.indexOf(u) > tagAt), ...candidates.filter((u) => units.indexOf(u) < tagAt)];
  let best = order[0]!;
  let bestWeight = fontWeight(best.el);
  for (const unit of order.slice(1)) {
    const weight = fontWeight(unit.el);
    if (weight > bestWeight) [best, bestWeight] = [unit, weight];
  }
  return best;
}

export function readRowUnits(row: Element, model: ChatListModel, layout: boolean = model.layout && hasLayout(row)): RowReading {
  const units = textUnits(row, layout).map((u) => classify(u, row, model));
  const tags = units.filter((u) => u.kind === 'tag');
  const texts = units.filter((u) => u.kind === 'text');
  let tagUnit: ReadUnit | null = null;
  let clear = true;
  if (tags.length > 0) {
    const bySignature = model.tagSignature ? tags.find((u) => signatureOf(u.el) === model.tagSignature) : undefined;
    const nameLike = model.nameSignature ? tags.filter((u) => signatureOf(u.el) === model.nameSignature) : [];
    if (bySignature) tagUnit = bySignature;
    else if (model.tagSignature && nameLike.length === tags.length) tagUnit = null;
    else if (tags.length >= 2 || texts.length >= 2) tagUnit = tags[0]!;
    else if (texts.length === 1) {
      clear = false;
      tagUnit = loneTagWordIsTag(units, tags[0]!, texts[0]!) ? tags[0]! : null;
    } else {
      // Only a tag word besides the time: that is the sender's name (a dialogue always names its sender).
      clear = false;
      tagUnit = null;
    }
  }
  const rest = units.filter((u) => u !== tagUnit && (u.kind === 'text' || u.kind === 'tag'));
  const nameUnit = nameOf(rest, units, tagUnit);
  const previewUnits = units.filter((u) => u !== tagUnit && u !== nameUnit && (u.kind === 'text' || u.kind === 'tag' || u.kind === 'you'));
  const timeUnit = units.find((u) => u.kind === 'time');
  const unreadUnit = units.find((u) => u.kind === 'unread');
  const contextUnit = units.find((u) => u.kind === 'context');
  const preview = previewUnits.map((u) => u.text).join(' ');
  return {
    tag: tagUnit?.tag ?? null,
    tagUnit,
    nameUnit,
    name: nameUnit?.text ?? null,
    preview: preview.length > 0 && previewUnits.some((u) => u.kind !== 'you') ? preview : null,
    time: timeUnit?.text ?? null,
    unread: unreadUnit ? parseInt(unreadUnit.text, 10) : 0,
    context: contextUnit ? contextOf(contextUnit.text) : null,
    clear,
    text: units.map((u) => u.text).join('\n'),
  };
}
