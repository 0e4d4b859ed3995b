// The content script on the seller portal. It keeps no data of its own (the page's origin could read it):
// preferences and everything else come from the background. It mounts the sidebar once, then runs the features
// (one folder each in features/) that apply to the current page, restarting them on client-side navigation
// (navigation.ts). Its lifetime and the navigation it follows are its own (lifecycle.ts): no event a page script
// can dispatch stops it, restarts it or reaches a listener of ours unchecked.
import { createLifecycle } from './lifecycle';
import { runContentScript } from './navigation';

export default defineContentScript({
  matches: ['https://seller.ozon.ru/*'],
  // 'manual': the sidebar passes its CSS inline; 'ui' made WXT fetch a seller.css the build does not have (a console error on every page).
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  // WXT's context (the argument to main) is not used: see lifecycle.ts.
  main() {
    runContentScript({ lifecycle: createLifecycle() });
  },
});
