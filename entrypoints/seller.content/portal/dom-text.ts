// Reading a page element as the seller sees it: its visible text broken into lines (each text-bearing element is
// one line), without our own additions. Works on any nesting, since it follows text, not structure.
import { OWNED_ATTRIBUTE } from '../observer';
import { oneLine } from '@/lib/i18n/text';

export interface TextLine {
  text: string;
  /** The element whose own text nodes make up this line. */
  el: Element;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'SELLER-SIDEKICK']);

/** The visible text lines of `root`, in document order. */
export function textLines(root: Element): TextLine[] {
  const lines: TextLine[] = [];
  const visit = (el: Element) => {
    if (SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute(OWNED_ATTRIBUTE) || el.getAttribute('aria-hidden') === 'true') return;
    let own = '';
    for (const node of el.childNodes) {
      if (node.nodeType === 3) own += node.nodeValue ?? '';
      else if (node.nodeType === 1) {
        // Text before a child element is a line of its own (e.g. "Name<span>12:30</span>").
        const text = oneLine(own);
        if (text) lines.push({ text, el });
        own = '';
        visit(node as Element);
      }
    }
    const text = oneLine(own);
    if (text) lines.push({ text, el });
  };
  visit(root);
  return lines;
}

/** An element's own label: its text, else aria-label / title. */
export function labelOf(el: Element): string {
  const text = oneLine(el.textContent ?? '');
  return text || el.getAttribute('aria-label')?.trim() || el.getAttribute('title')?.trim() || '';
}

/** Elements of the page, not inside our own host nor our own additions. */
export function isPortalElement(el: Element): boolean {
  return !el.closest(`seller-sidekick, [${OWNED_ATTRIBUTE}]`);
}
