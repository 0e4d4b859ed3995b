// The layout report's format (docs/layout-report.md): a privacy-safe skeleton of a portal page as the seller sees
// it — tags, roles, ARIA, a few structural attributes, class tokens, geometry and text categories, never the
// page's words, names, ids or numbers. Plain JSON; `version` grows when a field changes meaning.

export const LAYOUT_REPORT_FORMAT = 'seller-sidekick/layout-report';
export const LAYOUT_REPORT_VERSION = 1;

/**
 * A text's category (text-category.ts): `time`, `tag:customer`, `tag:support`, `label:<key>`, `order-context`,
 * `product-context`, `posting-number`, `digits:<count bucket>`, `other:<length bucket>:<script>`.
 */
export type TextCategory = string;

/** What a person sees of an element's layout (zeros/defaults where the browser lays nothing out, e.g. happy-dom). */
export interface StyleSummary {
  display: string;
  position?: string;
  flexDirection?: string;
  flexWrap?: string;
  order?: number;
  /** px, rounded. */
  fontSize?: number;
  fontWeight?: number;
  /** A visible background colour or image. */
  background?: true;
  /** A visible border on at least one side. */
  border?: true;
}

/** [x, y, width, height] in px relative to the report's root, rounded. */
export type Box = [number, number, number, number];

export interface ElementNode {
  /** Lower-case tag name. */
  tag: string;
  role?: string;
  /** aria-* attributes: enumerated values kept, free text as a category, id references as `{ref}`. */
  aria?: Record<string, string>;
  /** Whitelisted structural attributes, reduced (attributes.ts). */
  attrs?: Record<string, string>;
  /** The element's classes as tokens (`ca`, `cb`, …), the same class → the same token within one report. */
  cls?: string;
  box?: Box;
  style?: StyleSummary;
  kids?: LayoutChild[];
  /** Child elements left out after the first `limits.maxSiblings` (or past `limits.maxElements`). */
  cut?: number;
}

export interface TextNode {
  text: TextCategory;
}

export type LayoutChild = ElementNode | TextNode;

export interface LayoutReport {
  format: typeof LAYOUT_REPORT_FORMAT;
  version: typeof LAYOUT_REPORT_VERSION;
  page: {
    /** The pathname's shape (url-shape.ts): ids and digit runs replaced. */
    path: string;
    /** Query keys in order, with enum values kept (`group`, `tab`, `lang`, `locale`) and other values as categories. */
    query: [string, string][];
    /** `document.documentElement.lang` (a language tag, else `other`). */
    lang: string;
    viewport: { width: number; height: number };
  };
  /** Whether the boxes are real (a browser laid the page out); false in happy-dom, where every box is zero. */
  geometry: boolean;
  limits: { maxElements: number; maxSiblings: number };
  stats: { elements: number; texts: number; cut: number };
  /** What the extension's adapters found on the page, as counts and flags only (set by the caller). */
  findings?: Record<string, number | boolean>;
  root: ElementNode;
}

export const isTextNode = (child: LayoutChild): child is TextNode => 'text' in child;
