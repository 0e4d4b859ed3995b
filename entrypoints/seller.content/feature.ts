// The shape of one content-script feature (one folder each under features/, read alone like Refined GitHub's).
// index.ts finds every folder in features/ and starts the ones that apply to the current page; on a client-side
// navigation it stops them (each removes what it added) and starts the ones that apply to the new page.
import type { Lifecycle } from './lifecycle';
import type { PageKind } from './portal/page-kind';
import type { PageObserver } from './observer';
import type { PageStateStore } from './page-state';

export interface FeatureEnv {
  /** The content script's own lifecycle (lifecycle.ts), not WXT's context, whose events a page script can forge. */
  ctx: Lifecycle;
  page: PageKind;
  observer: PageObserver;
  state: PageStateStore;
}

export interface Feature {
  name: string;
  appliesTo(page: PageKind): boolean;
  /** Starts on a page; returns a function that stops it and removes everything it added. Never throws. */
  start(env: FeatureEnv): () => void;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}
