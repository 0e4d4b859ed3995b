// One page's CSS-module style sheet: a hashed class per component and the rules written for it.
import { classNamer } from './vnode';

export interface Styler {
  /** The component's class, its rule recorded (the first declaration for a component wins, as one module). */
  cls(component: string, declarations?: string): string;
  css(): string;
}

export function styler(seed: number): Styler {
  const name = classNamer(seed);
  const rules = new Map<string, string>();
  return {
    cls(component, declarations) {
      const c = name(component);
      if (declarations !== undefined && !rules.has(c)) rules.set(c, declarations);
      return c;
    },
    css: () => [...rules].map(([c, d]) => `.${c}{${d}}`).join('\n'),
  };
}
