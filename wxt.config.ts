import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host permissions are exactly the two Ozon hosts the extension works with: nothing wider.
const HOSTS = ['https://seller.ozon.ru/*', 'https://api-seller.ozon.ru/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  // Firefox keeps MV2 (WXT's default): Firefox grants MV2 host permissions at install time, while in MV3 they
  // are optional and a seller would have to grant seller.ozon.ru by hand before anything works. README says more.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: HOSTS,
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdToggleSidebar__',
      },
      // Chrome binds at most four suggested shortcuts; presets 4–9 can be bound at chrome://extensions/shortcuts
      // (the sidebar also answers Alt+1…9 while the portal has focus).
      ...Object.fromEntries(
        [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [
          `apply-preset-${n}`,
          { ...(n <= 3 ? { suggested_key: { default: `Alt+Shift+${n}` } } : {}), description: `__MSG_cmdApplyPreset${n}__` },
        ]),
      ),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'seller-sidekick@seller-sidekick.github.io',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
