// Builds the layout report of a page (format.ts, docs/layout-report.md): one walk over the element tree, skipping
// our own elements and anything that is not layout (scripts, styles, svg internals), with a cap on its size.
import { OWNED_ATTRIBUTE } from '../observer';
import { categoryOf } from './text-category';
import { ariaOf, roleOf, structuralAttrsOf } from './attributes';
import { boxOf, originOf, styleOf, type Origin } from './layout';
import { IdPlaceholders, letters, pathShape, queryPairs } from './url-shape';
import { LAYOUT_REPORT_FORMAT, LAYOUT_REPORT_VERSION, type ElementNode, type LayoutChild, type LayoutReport } from './format';

export interface LayoutReportOptions {
  /** At most this many elements are recorded (the rest are counted in `cut`). */
  maxElements?: number;
  /** Of a parent's child elements, only the first this many are recorded. */
  maxSiblings?: number;
  /** What the extension found on the page (counts and flags only), stored as `findings`. */
  findings?: Record<string, number | boolean>;
  /** The page's address; defaults to the root's document's. */
  location?: { pathname: string; search: string };
}

export const DEFAULT_MAX_ELEMENTS = 4000;
export const DEFAULT_MAX_SIBLINGS = 60;

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'link', 'meta', 'seller-sidekick']);
/** Kept as a leaf: what is inside is drawing or another document, not the page's layout. */
const LEAF_TAGS = new Set(['svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'img']);
const TAG_RE = /^[a-z][a-z0-9-]{0,40}$/;

function skipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName) || el.hasAttribute(OWNED_ATTRIBUTE);
}

/** Stable tokens for class names: the same class → the same token within one report. */
class ClassTokens {
  private readonly tokens = new Map<string, string>();
  of(el: Element): string | undefined {
    const names = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    if (names.length === 0) return undefined;
    return names
      .map((name) => {
        let token = this.tokens.get(name);
        if (!token) this.tokens.set(name, (token = `c${letters(this.tokens.size)}`));
        return token;
      })
      .join(' ');
  }
}

/** A privacy-safe, JSON-serialisable skeleton of `root` (the page as the seller sees it). */
export function layoutReport(root: Element = document.body, options: LayoutReportOptions = {}): LayoutReport {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const maxSiblings = options.maxSiblings ?? DEFAULT_MAX_SIBLINGS;
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const ids = new IdPlaceholders();
  const classes = new ClassTokens();
  const origin: Origin = originOf(root);
  const stats = { elements: 0, texts: 0, cut: 0 };
  let sawGeometry = false;

  const visit = (el: Element): ElementNode => {
    stats.elements++;
    const tag = el.localName.toLowerCase();
    const node: ElementNode = { tag: TAG_RE.test(tag) ? tag : 'other' };
    const role = roleOf(el);
    if (role) node.role = role;
    const aria = ariaOf(el);
    if (aria) node.aria = aria;
    const attrs = structuralAttrsOf(el, ids);
    if (attrs) node.attrs = attrs;
    const cls = classes.of(el);
    if (cls) node.cls = cls;
    node.box = boxOf(el, origin);
    if (node.box.some((v) => v !== 0)) sawGeometry = true;
    node.style = styleOf(el);
    if (LEAF_TAGS.has(tag)) return node;

    const kids: LayoutChild[] = [];
    let elementsSeen = 0;
    let cut = 0;
    for (const child of el.childNodes) {
      if (child.nodeType === 3) {
        const category = categoryOf(child.nodeValue ?? '');
        if (category) {
          kids.push({ text: category });
          stats.texts++;
        }
      } else if (child.nodeType === 1) {
        const childEl = child as Element;
        if (skipped(childEl)) continue;
        elementsSeen++;
        if (elementsSeen > maxSiblings || stats.elements >= maxElements) {
          cut++;
          continue;
        }
        kids.push(visit(childEl));
      }
    }
    if (kids.length > 0) node.kids = kids;
    if (cut > 0) {
      node.cut = cut;
      stats.cut += cut;
    }
    return node;
  };

  const rootNode = visit(root);
  if (!sawGeometry) stripBoxes(rootNode);
  const location = options.location ?? view?.location ?? { pathname: '/', search: '' };
  const lang = doc.documentElement.getAttribute('lang')?.trim() ?? '';
  const report: LayoutReport = {
    format: LAYOUT_REPORT_FORMAT,
    version: LAYOUT_REPORT_VERSION,
    page: {
      path: pathShape(location.pathname, ids),
      query: queryPairs(location.search.replace(/^\?/, ''), ids),
      lang: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/.test(lang) ? lang : lang ? 'other' : '',
      viewport: { width: Math.round(view?.innerWidth ?? 0), height: Math.round(view?.innerHeight ?? 0) },
    },
    geometry: sawGeometry,
    limits: { maxElements, maxSiblings },
    stats,
    root: rootNode,
  };
  if (options.findings) report.findings = { ...options.findings };
  return report;
}

/** Without a layout (happy-dom), every box is zero: leave them out rather than record noise. */
function stripBoxes(node: ElementNode): void {
  delete node.box;
  for (const kid of node.kids ?? []) if ('tag' in kid) stripBoxes(kid);
}
