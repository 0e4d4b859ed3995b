// One navigation at a time. On each, the previous navigation's AbortController is aborted (every feature hung
// what it added on its signal), the settings are loaded once (env.ts), the sidebar shows the page and the features
// that apply start with the new signal. The navigation followed is the content script's own (lifecycle.ts).
import type { Feature, FeatureEnv } from './feature';
import { listenForSettings, loadSettings, type NavigationSettings } from './env';
import { onAbort, watchLocation, type LocationWatchOptions, type OwnLifecycle } from './lifecycle';
import { createPageObserver } from './observer';
import { createPageState } from './page-state';
import { pageKindOf } from './portal/page-kind';
import { mountSidebar } from './sidebar';

// One folder per feature; each folder's index default-exports its feature (or, for the scam guard, two).
const featureModules = import.meta.glob<{ default: Feature | readonly Feature[] }>(['./features/*/index.ts', './features/*/index.tsx'], {
  eager: true,
});
export const FEATURES: readonly Feature[] = Object.values(featureModules)
  .flatMap((module) => module.default)
  .filter((feature): feature is Feature => Boolean(feature && typeof feature.start === 'function'));

export interface ContentScriptOptions {
  lifecycle: OwnLifecycle;
  features?: readonly Feature[];
  location?: LocationWatchOptions;
}

export function runContentScript({ lifecycle, features = FEATURES, location = {} }: ContentScriptOptions): void {
  const state = createPageState();
  const observer = createPageObserver(document.body);
  onAbort(lifecycle.signal, () => observer.disconnect());
  const sidebar = mountSidebar(lifecycle, state);
  let settings: NavigationSettings | null = null;
  let navigation: AbortController | null = null;
  listenForSettings(lifecycle, (values) => settings?.receive(values));

  const show = (href: string) => {
    navigation?.abort();
    const controller = new AbortController();
    navigation = controller;
    const { signal } = controller;
    const current = loadSettings({ signal, previous: settings });
    settings = current;
    safely(() => sidebar.showPage(href, current));
    const page = pageKindOf(href);
    const env: FeatureEnv = { ctx: lifecycle, page, observer, state, signal, settings: current };
    for (const feature of features) {
      if (!feature.appliesTo(page)) {
        state.reportUnrecognised(feature.name, []);
        continue;
      }
      const stop = safely(() => feature.start(env));
      if (typeof stop === 'function') onAbort(signal, stop);
    }
  };

  show((location.win ?? window).location.href);
  watchLocation(lifecycle, show, location);
  onAbort(lifecycle.signal, () => navigation?.abort());
}

/** A feature's failure stays inside the extension: the page never sees an exception from us. */
function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    console.warn('[seller-sidekick]', error);
    return undefined;
  }
}
