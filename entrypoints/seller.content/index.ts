// The content script on the seller portal: mounts the features. It keeps no data of its own (the page's
// origin could read it): preferences and everything else come from the background.
import { mountSidebar } from './features/sidebar';

export default defineContentScript({
  matches: ['https://seller.ozon.ru/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    await mountSidebar(ctx);
  },
});
