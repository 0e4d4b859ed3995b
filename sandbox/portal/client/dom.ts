// A tiny element builder. Strings always become text nodes: seeded names and messages include HTML/JS payloads
// that must show literally and never run.
import type { ClassKey } from '../classes';
import { cls } from './env';

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: ClassKey | readonly (ClassKey | false | null | undefined)[];
  attrs?: Record<string, string | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.class) {
    const keys = typeof props.class === 'string' ? [props.class] : props.class;
    for (const key of keys) if (key) el.classList.add(cls(key));
  }
  for (const [name, value] of Object.entries(props?.attrs ?? {})) if (value !== undefined) el.setAttribute(name, value);
  for (const [type, listener] of Object.entries(props?.on ?? {})) if (listener) el.addEventListener(type, listener);
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The send icon: a paper plane, as an inline SVG (the portal's buttons carry icons, no text). */
export function sendIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('fill', 'currentColor');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M3.4 20.4 20.85 12.92a1 1 0 0 0 0-1.84L3.4 3.6a.99.99 0 0 0-1.39.91L2 9.12c0 .5.37.93.87.99L17 12 2.87 13.88c-.5.07-.87.5-.87 1l.01 4.61c0 .71.73 1.2 1.39.91z');
  svg.appendChild(path);
  return svg;
}

/** Keeps a scroller's position across a whole-list re-render. */
export function keepScroll(scroller: HTMLElement, render: () => void): void {
  const top = scroller.scrollTop;
  render();
  scroller.scrollTop = top;
}

/** Near the bottom of a scroll region (more rows should load). */
export function nearBottom(scroller: HTMLElement): boolean {
  return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 200;
}

/** The region has a layout but its rows do not fill it yet. */
export function underfilled(scroller: HTMLElement): boolean {
  return scroller.clientHeight > 0 && scroller.scrollHeight <= scroller.clientHeight + 40;
}
