// What Contact Customer needs from outside: the page, the background and navigation, passed in so the tests can
// stand in for each; and what one start knows now, shared by its parts.
import type { send } from '@/lib/protocol/send';
import type { Lang } from '@/lib/i18n';
import type { FeatureEnv } from '../../feature';
import type { SendGuard } from '../quick-replies/guard';
import type { ContactSettings } from './settings';
import type { PageSettings } from '../../env';

export type SendFn = typeof send;

export interface ContactDeps {
  doc: Document;
  observer: FeatureEnv['observer'];
  state: Pick<FeatureEnv['state'], 'reportUnrecognised' | 'get' | 'set'>;
  /** The orders tab from the URL: a hint when a row's status cannot be read. */
  tab: string;
  send: SendFn;
  /** Opens a portal URL in this tab (a full load: the portal's router does not hear our pushState). */
  assign(href: string): void;
  openTab(href: string): void;
  guard: SendGuard;
  /** The navigation's settings (env.ts); without them the start asks the background itself. */
  settings?: Pick<PageSettings, 'prefs' | 'status' | 'onChange'>;
  /** How long to wait for the details panel's own button (DOM-only flow). */
  portalTimeoutMs?: number;
}

/** What one start knows now: the parts read it at each use; the entry updates it as settings and answers arrive. */
export interface Current {
  settings: ContactSettings;
  lang: Lang;
  /** Raised when the language, the store or the API's answers change: every row is judged again. */
  generation: number;
}
