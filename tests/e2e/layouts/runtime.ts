// The generated page's own script (the "app"): renders the tree after a delay as a single-page app does, keeps the
// keyed nodes for the test (in the page's world, which the extension's isolated world never sees: no attribute or
// id is added for the test), and rewrites rows in place like a virtualised list. Serialised with toString(), so
// it must not use anything from outside its own body.
import type { VNode } from './vnode';

export type WriteMethod = 'textContent' | 'replaceChildren' | 'innerText' | 'data';
export const WRITE_METHODS: readonly WriteMethod[] = ['textContent', 'replaceChildren', 'innerText', 'data'];

export type Op =
  /** Writes the text of a text holder (`<row>/<part>#t`). */
  | { op: 'text'; key: string; text: string; method: WriteMethod }
  /** Puts a part (`<row>/<part>`) back where it was rendered, or takes it out. */
  | { op: 'show'; key: string; on: boolean }
  | { op: 'href'; key: string; href: string; style: 'attr' | 'property' }
  | { op: 'remove'; key: string }
  /** A new row into the list before the row `before` (null: at the end). */
  | { op: 'add'; node: VNode; before: string | null }
  /** Lets a frame pass (the page's framework commits in batches). */
  | { op: 'frame' };

export interface RuntimeSpec {
  tree: VNode;
  /** 0: while the document parses; 1: a timeout later; 2: after load and a data fetch's time. */
  delay: 0 | 1 | 2;
}

export interface GenApi {
  rendered: boolean;
  el(key: string): Element | null;
  attached(key: string): boolean;
  apply(ops: readonly Op[]): Promise<void>;
}

declare global {
  interface Window {
    __gen?: GenApi;
  }
}

export function pageRuntime(spec: RuntimeSpec): void {
  interface Entry {
    el: Element;
    parent: Element;
    prev: Element[];
  }
  const registry = new Map<string, Entry>();
  const SVG = new Set(['svg', 'use', 'path']);
  const build = (node: VNode | string, parent: Element): void => {
    if (typeof node === 'string') {
      parent.appendChild(document.createTextNode(node));
      return;
    }
    const el = SVG.has(node.tag) ? document.createElementNS('http://www.w3.org/2000/svg', node.tag) : document.createElement(node.tag);
    if (node.cls) el.setAttribute('class', node.cls);
    for (const [k, v] of Object.entries(node.attrs ?? {})) el.setAttribute(k, v);
    for (const child of node.children ?? []) build(child, el);
    const prev = [...parent.children];
    parent.appendChild(el);
    if (node.key) registry.set(node.key, { el, parent, prev });
    if (node.detached) el.remove();
  };
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const entry = (key: string): Entry => {
    const e = registry.get(key);
    if (!e) throw new Error(`no node ${key}`);
    return e;
  };
  const api: GenApi = {
    rendered: false,
    el: (key) => registry.get(key)?.el ?? null,
    attached: (key) => registry.get(key)?.el.isConnected ?? false,
    async apply(ops) {
      for (const o of ops) {
        if (o.op === 'frame') {
          await frame();
          continue;
        }
        if (o.op === 'add') {
          const list = entry('list').el;
          const before = o.before ? entry(o.before).el : null;
          build(o.node, list);
          const added = o.node.key ? entry(o.node.key).el : null;
          if (added && before && before.parentElement === list) list.insertBefore(added, before);
          continue;
        }
        const e = entry(o.key);
        if (o.op === 'remove') e.el.remove();
        else if (o.op === 'href') {
          if (o.style === 'attr') e.el.setAttribute('href', o.href);
          else (e.el as HTMLAnchorElement).href = o.href;
        } else if (o.op === 'show') {
          if (!o.on) e.el.remove();
          else if (!e.el.isConnected) {
            const anchor = [...e.prev].reverse().find((p) => p.parentElement === e.parent);
            if (anchor) anchor.after(e.el);
            else e.parent.prepend(e.el);
          }
        } else {
          const holder = e.el as HTMLElement;
          if (o.method === 'textContent') holder.textContent = o.text;
          else if (o.method === 'replaceChildren') holder.replaceChildren(document.createTextNode(o.text));
          else if (o.method === 'innerText') holder.innerText = o.text;
          else {
            const first = holder.firstChild;
            if (first instanceof Text && holder.childNodes.length === 1) first.data = o.text;
            else holder.textContent = o.text;
          }
        }
      }
    },
  };
  window.__gen = api;
  const render = () => {
    const root = document.getElementById('root');
    if (!root) return;
    root.replaceChildren();
    build(spec.tree, root);
    api.rendered = true;
  };
  if (spec.delay === 0) render();
  else if (spec.delay === 1) setTimeout(render, 30);
  else window.addEventListener('load', () => setTimeout(render, 150));
}
