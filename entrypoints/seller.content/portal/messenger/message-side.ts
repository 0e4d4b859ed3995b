// Which side of the open chat a message is drawn on (the customer's on the left, the seller's on the right, the
// portal's notices in the centre): by layout in a real browser, else by the styles that would place it.
export type Side = 'left' | 'right' | 'centre' | 'unknown';

/** Side from layout: the message's box against its list's box; else the computed alignment; else unknown. */
export function sideOfLayout(el: Element, container: Element): Side {
  const c = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (c.width > 0 && r.width > 0 && r.width < c.width * 0.95) {
    const left = r.left - c.left;
    const right = c.right - r.right;
    if (Math.abs(left - right) <= c.width * 0.08) return 'centre';
    return left < right ? 'left' : 'right';
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return 'unknown';
  for (let e: Element | null = el; e && e !== container; e = e.parentElement) {
    const s = view.getComputedStyle(e);
    const parent = e.parentElement ? view.getComputedStyle(e.parentElement) : null;
    if (['flex-end', 'end', 'self-end', 'right'].includes(s.alignSelf)) return 'right';
    if (s.alignSelf === 'center') return 'centre';
    if (['flex-start', 'start', 'self-start', 'left'].includes(s.alignSelf)) return 'left';
    if (s.marginLeft === 'auto' && s.marginRight === 'auto') return 'centre';
    if (s.marginLeft === 'auto') return 'right';
    if (s.marginRight === 'auto') return 'left';
    if (parent && parent.display.includes('flex')) {
      const axis = parent.flexDirection.startsWith('column') ? parent.alignItems : parent.justifyContent;
      if (['flex-end', 'end', 'right'].includes(axis)) return 'right';
      if (axis === 'center') return 'centre';
      if (['flex-start', 'start', 'left'].includes(axis)) return 'left';
    }
    if (s.textAlign === 'right' || s.textAlign === 'end') return 'right';
    if (s.textAlign === 'center') return 'centre';
  }
  return 'unknown';
}
