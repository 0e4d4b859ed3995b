// A generated page is a tree of plain nodes that the page's own script renders (as a single-page app does after
// its bundle loads). `key`s name the nodes the truth and the in-place mutations refer to; they never reach the DOM.

export interface VNode {
  tag: string;
  attrs?: Record<string, string>;
  /** CSS-module style: one hashed class per component. */
  cls?: string;
  children?: (VNode | string)[];
  /** Registered by the page runtime under this name (rows, parts, messages, shipments). */
  key?: string;
  /** Built, registered, then taken out of the page (a part the row does not show yet; mutations may insert it). */
  detached?: boolean;
}

export const h = (tag: string, cls: string | undefined, children: (VNode | string)[] = [], attrs?: Record<string, string>, key?: string): VNode => ({
  tag,
  ...(cls ? { cls } : {}),
  children,
  ...(attrs ? { attrs } : {}),
  ...(key ? { key } : {}),
});

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
const VOID = new Set(['br', 'img', 'input', 'hr']);

/** Static HTML of a tree (for the failure report; the test page renders the tree with its own script). */
export function toHtml(node: VNode | string, depth = 0): string {
  if (typeof node === 'string') return escapeText(node);
  if (node.detached) return '';
  const attrs = { ...(node.cls ? { class: node.cls } : {}), ...node.attrs };
  const open = `<${node.tag}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('')}>`;
  if (VOID.has(node.tag)) return open;
  const kids = node.children ?? [];
  if (kids.every((k) => typeof k === 'string')) return `${open}${kids.map((k) => toHtml(k)).join('')}</${node.tag}>`;
  const pad = '\n' + '  '.repeat(depth + 1);
  return `${open}${kids.map((k) => pad + toHtml(k, depth + 1)).join('')}\n${'  '.repeat(depth)}</${node.tag}>`;
}

/**
 * Hashed class names, one per component and page, as CSS modules make them (`a7f-k2`): a tiny deterministic PRNG
 * from the page's seed, so a page is the same on replay.
 */
export function classNamer(seed: number): (component: string) => string {
  let state = (seed >>> 0) || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const names = new Map<string, string>();
  const used = new Set<string>();
  const pick = (n: number) => Array.from({ length: n }, () => alphabet[next() % alphabet.length]).join('');
  return (component) => {
    const known = names.get(component);
    if (known !== undefined) return known;
    let name: string;
    do name = `${'abcdefghijklmnopqrstuvwxyz'[next() % 26]}${pick(2)}-${pick(2)}`;
    while (used.has(name));
    names.set(component, name);
    used.add(name);
    return name;
  };
}
