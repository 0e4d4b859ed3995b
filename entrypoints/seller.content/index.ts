// The content script on the seller portal. It keeps no data of its own (the page's origin could read it):
// preferences and everything else come from the background. It mounts the sidebar once, then runs the features
// (one folder each in features/) that apply to the current page, restarting them on client-side navigation.
// Its lifetime and the navigation it follows are its own (lifecycle.ts): no event a page script can dispatch stops
// it, restarts it or reaches a listener of ours unchecked.
import { mountSidebar } from './sidebar';
import type { Feature, FeatureEnv } from './feature';
import { createLifecycle, watchLocation } from './lifecycle';
import { createPageState } from './page-state';
import { createPageObserver } from './observer';
import { pageKindOf } from './portal/page-kind';

// One folder per feature; each folder's index default-exports its feature (or, for the scam guard, two).
const featureModules = import.meta.glob<{ default: Feature | readonly Feature[] }>(['./features/*/index.ts', './features/*/index.tsx'], {
  eager: true,
});
const FEATURES: Feature[] = Object.values(featureModules)
  .flatMap((module) => module.default)
  .filter((feature): feature is Feature => Boolean(feature && typeof feature.start === 'function'));

export default defineContentScript({
  matches: ['https://seller.ozon.ru/*'],
  // 'manual': the sidebar passes its CSS inline; 'ui' made WXT fetch a seller.css the build does not have (a console error on every page).
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  // WXT's context (the argument to main) is not used: see lifecycle.ts.
  main() {
    const lifecycle = createLifecycle();
    const state = createPageState();
    const observer = createPageObserver(document.body);
    lifecycle.onInvalidated(() => observer.disconnect());

    let stops: (() => void)[] = [];
    const startFeatures = (href: string) => {
      for (const stop of stops) safely(stop);
      stops = [];
      const page = pageKindOf(href);
      const env: FeatureEnv = { ctx: lifecycle, page, observer, state };
      for (const feature of FEATURES) {
        if (!feature.appliesTo(page)) {
          state.reportUnrecognised(feature.name, []);
          continue;
        }
        const stop = safely(() => feature.start(env));
        if (stop) stops.push(stop);
      }
    };

    const sidebar = mountSidebar(lifecycle, state);
    startFeatures(location.href);
    watchLocation(lifecycle, (href) => {
      safely(() => sidebar.showPage(href));
      startFeatures(href);
    });
    lifecycle.onInvalidated(() => stops.forEach((stop) => safely(stop)));
  },
});

/** A feature's failure stays inside the extension: the page never sees an exception from us. */
function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    console.warn('[seller-sidekick]', error);
    return undefined;
  }
}
