// Reading a page element as the seller sees it: its visible text broken into lines (each text-bearing element is
// one line), without our own additions. Works on any nesting, since it follows text, not structure. The one walk
// over the page's text: text-units.ts builds its reading-order units on it.
import { HOST_TAG, OURS_SELECTOR, OWNED_ATTRIBUTE } from '../observer';
import { oneLine } from '@/lib/i18n/text';

export interface TextLine {
  text: string;
  /** The element whose own text nodes make up this line. */
  el: Element;
}

/** Elements whose text is never page text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', HOST_TAG.toUpperCase()]);

/** What every walk leaves out: markup that is not text, our own additions, what the page hides from readers. */
export function isNotText(el: Element): boolean {
  return NOT_TEXT.has(el.tagName.toUpperCase()) || el.hasAttribute(OWNED_ATTRIBUTE) || el.getAttribute('aria-hidden') === 'true';
}

/**
 * Walks `root`'s own text in document order and hands on each line: an element's text nodes up to its next child
 * element (text before a child is a line of its own, e.g. "Name<span>12:30</span>"). `skip` leaves out an element
 * and everything inside it.
 */
export function walkTextLines(root: Element, skip: (el: Element) => boolean, onLine: (text: string, el: Element, nodes: Text[]) => void): void {
  const visit = (el: Element) => {
    if (skip(el)) return;
    let own = '';
    let nodes: Text[] = [];
    const flush = () => {
      const text = oneLine(own);
      if (text) onLine(text, el, nodes);
      own = '';
      nodes = [];
    };
    for (const node of el.childNodes) {
      if (node.nodeType === 3) {
        own += node.nodeValue ?? '';
        nodes.push(node as Text);
      } else if (node.nodeType === 1) {
        flush();
        visit(node as Element);
      }
    }
    flush();
  };
  visit(root);
}

/** The visible text lines of `root`, in document order. */
export function textLines(root: Element): TextLine[] {
  const lines: TextLine[] = [];
  walkTextLines(root, isNotText, (text, el) => lines.push({ text, el }));
  return lines;
}

/** An element's own label: its text, else aria-label / title. */
export function labelOf(el: Element): string {
  const text = oneLine(el.textContent ?? '');
  return text || el.getAttribute('aria-label')?.trim() || el.getAttribute('title')?.trim() || '';
}

/** Elements of the page, not inside our own host nor our own additions. */
export function isPortalElement(el: Element): boolean {
  return !el.closest(OURS_SELECTOR);
}

/** The element to read text from for a scope: a document's body, else the scope itself. */
export function scopeElement(scope: ParentNode): Element {
  // nodeType, not instanceof: the page's and the content script's globals may differ.
  if ((scope as Node).nodeType === 9) {
    const doc = scope as Document;
    return doc.body ?? doc.documentElement;
  }
  return scope as Element;
}
