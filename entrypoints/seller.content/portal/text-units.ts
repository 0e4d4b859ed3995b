// A part of the page read as a person reads it: pieces of text ("units") in the order the eye meets them. A unit is
// an element's own text, with inline runs inside running text joined ("Write to <a>t.me/x</a> now" is one unit), so
// a link inside a preview never looks like a row part of its own. In a real browser the order is the layout's
// (top to bottom, then left to right), whatever the DOM order; without layout (unit tests), the DOM's.
import { isNotText, walkTextLines } from './dom-text';
import { oneLine } from '@/lib/i18n/text';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface TextUnit {
  text: string;
  /** The element that shows this text (for an inline run, the block around it). */
  el: Element;
  /** True when the element's whole visible text is this unit: a short element of its own, like a tag pill. */
  own: boolean;
  /** Where it is drawn (viewport px); null without layout. */
  box: Box | null;
}

/** Form fields show what is typed, not page text. */
const FIELDS = new Set(['TEXTAREA', 'INPUT', 'SELECT']);
/** Inline by default (used only without layout; with layout the computed display decides). */
const INLINE_TAGS = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'EM', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'U', 'FONT']);

/** Whether the page is laid out (a real browser): the root has a size. */
export function hasLayout(root: Element): boolean {
  const r = root.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/** Units are what is drawn: besides what is never text, form fields and hidden elements are left out. */
function skipped(el: Element): boolean {
  return isNotText(el) || FIELDS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden');
}

function hasOwnText(el: Element): boolean {
  for (const node of el.childNodes) if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return true;
  return false;
}

function isInline(el: Element, layout: boolean): boolean {
  if (!layout) return INLINE_TAGS.has(el.tagName.toUpperCase());
  const view = el.ownerDocument.defaultView;
  return view !== null && view.getComputedStyle(el).display === 'inline';
}

/** The element a line of `el`'s own text belongs to: climbs inline elements that sit inside running text. */
function unitElement(el: Element, root: Element, layout: boolean): Element {
  let current = el;
  // The cheap DOM test first: most lines' parents hold no running text, and then no style is read.
  while (current !== root && current.parentElement && hasOwnText(current.parentElement) && isInline(current, layout)) {
    current = current.parentElement;
  }
  return current;
}

interface RawLine {
  text: string;
  el: Element;
  nodes: Text[];
}

function rawLines(root: Element): RawLine[] {
  const lines: RawLine[] = [];
  walkTextLines(root, skipped, (text, el, nodes) => lines.push({ text, el, nodes }));
  return lines;
}

function boxOfNodes(nodes: readonly Node[]): Box | null {
  const doc = nodes[0]?.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  let box: Box | null = null;
  for (const node of nodes) {
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    box = box
      ? { top: Math.min(box.top, r.top), bottom: Math.max(box.bottom, r.bottom), left: Math.min(box.left, r.left), right: Math.max(box.right, r.right) }
      : { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }
  return box;
}

type VisibilityCheck = (options: { visibilityProperty: boolean; opacityProperty: boolean }) => boolean;

function boxOfElement(el: Element): Box | null {
  const r = el.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
}

function visible(el: Element): boolean {
  // Native where the browser has it (Chromium 121+, Firefox 125+): no style object made per unit.
  const check = (el as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true, opacityProperty: true });
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const style = view.getComputedStyle(el);
  return style.visibility !== 'hidden' && style.visibility !== 'collapse' && style.opacity !== '0';
}

/** The whole visible text of an element, as one line (our own additions left out). */
export function visibleText(el: Element): string {
  return rawLines(el)
    .map((l) => l.text)
    .join(' ');
}

/** The text units of `root`, in reading order (layout order in a real browser, else DOM order). */
export function textUnits(root: Element, layout: boolean = hasLayout(root)): TextUnit[] {
  const units: (TextUnit & { nodes: Text[] })[] = [];
  for (const line of rawLines(root)) {
    const el = unitElement(line.el, root, layout);
    const last = units[units.length - 1];
    if (last && last.el === el && el !== line.el) {
      last.text = `${last.text} ${line.text}`;
      last.nodes.push(...line.nodes);
      continue;
    }
    units.push({ text: line.text, el, own: false, box: null, nodes: [...line.nodes] });
  }
  const out: TextUnit[] = [];
  for (const unit of units) {
    // textContent first (native and cheap); the walk only when it holds more (hidden or our own parts).
    const whole = oneLine(unit.el.textContent ?? '');
    const own = whole === unit.text || (whole.length > unit.text.length && visibleText(unit.el) === unit.text);
    let box: Box | null = null;
    if (layout) {
      // An element holding just this text is measured whole (one read); a run inside other text, by its text nodes.
      box = own ? boxOfElement(unit.el) : boxOfNodes(unit.nodes);
      // Not drawn (display:none, visibility:hidden, clipped away): a person does not see it.
      if (box === null || box.right - box.left <= 1 || box.bottom - box.top <= 1 || !visible(unit.el)) continue;
    }
    out.push({ text: unit.text, el: unit.el, own, box });
  }
  return layout ? inReadingOrder(out) : out;
}

/** Whether two units are drawn on one visual line (their vertical middles fall inside each other). */
export function sameVisualLine(a: Box, b: Box): boolean {
  const ma = (a.top + a.bottom) / 2;
  const mb = (b.top + b.bottom) / 2;
  return (ma >= b.top && ma <= b.bottom) || (mb >= a.top && mb <= a.bottom);
}

/** Top to bottom; units on one visual line left to right. */
export function inReadingOrder<T extends { box: Box | null }>(units: readonly T[]): T[] {
  const sorted = [...units].sort((a, b) => (a.box?.top ?? 0) - (b.box?.top ?? 0));
  const lines: T[][] = [];
  for (const unit of sorted) {
    const line = lines[lines.length - 1];
    if (line && unit.box && line[0]?.box && sameVisualLine(line[0].box, unit.box)) line.push(unit);
    else lines.push([unit]);
  }
  return lines.flatMap((line) => line.sort((a, b) => (a.box?.left ?? 0) - (b.box?.left ?? 0)));
}
