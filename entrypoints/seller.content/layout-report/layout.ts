// What a person sees of an element's layout: its box relative to the report's root and a few computed styles, so
// that geometry-based reading (e.g. a message's side from its box) can be replayed. Values are the browser's own
// (CSS keywords and rounded px), never the page's text.
import type { Box, StyleSummary } from './format';

const KEYWORD_RE = /^[a-z-]+(?: [a-z-]+)*$/;
const keyword = (value: string, fallback: string): string => (value && KEYWORD_RE.test(value) ? value : fallback);

function isTransparent(colour: string): boolean {
  const c = colour.replace(/\s+/g, '').toLowerCase();
  return c === '' || c === 'transparent' || /^rgba\([^)]*,0(?:\.0+)?\)$/.test(c) || /^rgb\([^)]*\/0(?:\.0+)?%?\)$/.test(c);
}

const px = (value: string): number => {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : 0;
};

function hasBorder(s: CSSStyleDeclaration): boolean {
  return (['Top', 'Right', 'Bottom', 'Left'] as const).some(
    (side) =>
      px(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
      !['', 'none', 'hidden'].includes(s.getPropertyValue(`border-${side.toLowerCase()}-style`)) &&
      !isTransparent(s.getPropertyValue(`border-${side.toLowerCase()}-color`)),
  );
}

export function styleOf(el: Element): StyleSummary {
  const view = el.ownerDocument.defaultView;
  let s: CSSStyleDeclaration | null = null;
  try {
    s = view ? view.getComputedStyle(el) : null;
  } catch {
    s = null;
  }
  if (!s) return { display: 'unknown' };
  const out: StyleSummary = { display: keyword(s.display, 'unknown') };
  const position = keyword(s.position, 'static');
  if (position !== 'static') out.position = position;
  const direction = keyword(s.flexDirection, 'row');
  if (direction !== 'row') out.flexDirection = direction;
  const wrap = keyword(s.flexWrap, 'nowrap');
  if (wrap !== 'nowrap') out.flexWrap = wrap;
  const order = Number.parseInt(s.order, 10);
  if (Number.isFinite(order) && order !== 0) out.order = order;
  const size = Math.round(px(s.fontSize));
  if (size > 0) out.fontSize = size;
  const weight = s.fontWeight === 'bold' ? 700 : s.fontWeight === 'normal' ? 400 : Number.parseInt(s.fontWeight, 10);
  if (Number.isFinite(weight) && weight !== 400) out.fontWeight = weight;
  if (!isTransparent(s.backgroundColor) || (s.backgroundImage && s.backgroundImage !== 'none')) out.background = true;
  if (hasBorder(s)) out.border = true;
  return out;
}

export interface Origin {
  left: number;
  top: number;
}

export function originOf(root: Element): Origin {
  const r = root.getBoundingClientRect();
  return { left: r.left, top: r.top };
}

export function boxOf(el: Element, origin: Origin): Box {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left - origin.left), Math.round(r.top - origin.top), Math.round(r.width), Math.round(r.height)];
}
