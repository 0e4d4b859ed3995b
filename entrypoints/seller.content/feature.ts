// The shape of one content-script feature (one folder each under features/, read alone like Refined GitHub's).
// index.ts finds every folder in features/ and, on each navigation (navigation.ts), starts the ones that apply to
// the page with one AbortSignal: a feature hangs every listener, observer subscription, timer and added node on it
// (addEventListener(…, { signal }), onAbort(signal, …)), and the next navigation aborts it.
import type { Lifecycle } from './lifecycle';
import type { PageKind } from './portal/page-kind';
import type { PageObserver } from './observer';
import type { PageStateStore } from './page-state';
import type { PageSettings } from './env';

export { onAbort } from './lifecycle';

export interface FeatureEnv {
  /** The content script's own lifecycle (lifecycle.ts), not WXT's context, whose events a page script can forge. */
  ctx: Lifecycle;
  page: PageKind;
  observer: PageObserver;
  state: PageStateStore;
  /** Aborted when the feature stops: a navigation, or the extension gone. */
  signal: AbortSignal;
  /** The preferences and the stores' status, loaded once for this navigation and kept current by the background. */
  settings: PageSettings;
}

export interface Feature {
  name: string;
  appliesTo(page: PageKind): boolean;
  /**
   * Starts on a page; everything it adds goes when `env.signal` aborts. A feature not yet moved to the signal may
   * still return its stop function, which the navigation runs on abort. Never throws.
   */
  start(env: FeatureEnv): void | (() => void);
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}
