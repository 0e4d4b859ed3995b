// From "seeds" (one or more elements that belong to exactly one item: a chat link, a time cell) to the items'
// elements: an item is the largest ancestor of its seeds that holds no other item's seed. This follows whatever
// nesting the page uses: <a> rows, <li>/<div> wrappers, table rows, grids of divs.
export interface Seed {
  el: Element;
  /** Seeds with the same key belong to the same item (e.g. two links to one chat). */
  key: string;
}

const MULTI = '\u0000multi';

/**
 * One element per distinct key, in document order of the first seed. `stop` bounds the climb (an element that
 * must never be part of an item, e.g. the one holding the filter bar). With a single key there is no neighbour to
 * bound the climb, so only pure wrappers (an element's only child) are climbed.
 */
export function itemsFromSeeds(seeds: readonly Seed[], stop: (el: Element) => boolean = () => false): { key: string; el: Element }[] {
  const owner = new Map<Element, string>();
  const first = new Map<string, Element>();
  for (const { el, key } of seeds) {
    if (!first.has(key)) first.set(key, el);
    for (let a = el.parentElement; a; a = a.parentElement) {
      const o = owner.get(a);
      if (o === undefined) owner.set(a, key);
      else {
        if (o !== key) owner.set(a, MULTI);
        break;
      }
    }
  }
  const single = first.size === 1;
  const items: { key: string; el: Element }[] = [];
  for (const [key, seed] of first) {
    let el = seed;
    for (;;) {
      const parent = el.parentElement;
      if (!parent || parent === document.body || parent === document.documentElement) break;
      // The cheap ownership test first: `stop` may query the parent's subtree.
      if (single ? parent.childElementCount !== 1 : owner.get(parent) !== key) break;
      if (stop(parent)) break;
      el = parent;
    }
    items.push({ key, el });
  }
  return items;
}

/** The lowest element holding every given element (null for none). */
export function commonAncestor(els: readonly Element[]): Element | null {
  if (els.length === 0) return null;
  let anc: Element | null = els.length === 1 ? (els[0]!.parentElement ?? els[0]!) : els[0]!;
  for (const el of els.slice(1)) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
  }
  return anc;
}
