// Contact Customer on every shipment row of the FBS orders list where the portal allows a seller to start a chat
// (realFBS, not delivered or cancelled), and the reason on every row where it does not. With a store connected the
// background's API data decides and starts the chat; without one the portal's own flow is used.
// This file wires the parts (one job per file in this folder) for one start. Everything a start adds to the page
// (listeners, subscriptions, nodes) hangs on one AbortSignal: stopping is aborting it.
import { defineFeature } from '../../feature';
import { send } from '@/lib/protocol/send';
import { resolveLang, t } from '@/lib/i18n';
import { resumePortalFlow } from '../../portal/orders/flow';
import { pageSendGuard } from '../quick-replies/guard';
import { createContactAction } from './contact-action';
import { buildControls, showError } from './controls';
import type { ContactDeps, Current } from './deps';
import { createEligibilityAsker } from './eligibility';
import { FEATURE_NAME } from './markers';
import { createRowMarks } from './row-marks';
import { createRowScan } from './row-scan';
import { loadSettings } from '../../env';
import { contactSettingsOf, type ContactSettings } from './settings';
import { createTemplateMenu } from './template-menu';

export type { ContactDeps, SendFn } from './deps';

/** Runs the feature on the page until `signal` aborts; then everything it added is gone. */
export function runContactButtons(deps: ContactDeps, signal: AbortSignal): void {
  if (signal.aborted) return;
  const { doc } = deps;
  const langOf = (settings: ContactSettings) => resolveLang(settings.language, doc.documentElement.lang);
  // The navigation's settings (asked once per navigation, pushed after); a start without them asks for itself.
  const settingsSource = deps.settings ?? loadSettings({ signal, send: deps.send });
  const settings = contactSettingsOf(settingsSource);
  settingsSource.onChange(() => {
    current.settings = contactSettingsOf(settingsSource);
    current.lang = langOf(current.settings);
    current.generation++;
    rows.scan();
  }, signal);
  const current: Current = { settings, lang: langOf(settings), generation: 0 };

  const eligibility = createEligibilityAsker({
    send: deps.send,
    enabled: () => current.settings.apiAvailable,
    onAnswers: () => {
      current.generation++;
      rows.scan();
    },
    signal,
  });
  const action = createContactAction(deps, current);
  const menu = createTemplateMenu(deps, current, action.startChat, signal);
  const marks = createRowMarks({
    doc,
    tab: deps.tab,
    current,
    answerFor: eligibility.answerFor,
    buildControls: (shipment, facts) =>
      buildControls(doc, shipment.postingNumber, {
        lang: current.lang,
        withMenu: current.settings.apiAvailable,
        onContact: (button) => void action.contact(shipment, button),
        onMenu: (wrapper, menuButton) => void menu.toggle(shipment, facts, wrapper, menuButton),
        signal,
      }),
  });
  const rows = createRowScan({ doc, state: deps.state, marks, askApi: eligibility.ask, signal });

  // The observer calls back at once with the whole page: the first pass, with the settings known so far.
  signal.addEventListener('abort', deps.observer.onAdded(rows.onBatch), { once: true });
  const stopPortalFlow = resumePortalFlow(deps.observer, (postingNumber, error) => showError(doc, postingNumber, t(current.lang, `contactError:${error}`)), doc);
  signal.addEventListener('abort', stopPortalFlow, { once: true });
  signal.addEventListener(
    'abort',
    () => {
      deps.state.set({ shipments: null });
      marks.clearAll();
    },
    { once: true },
  );
}

/** Starts the feature; the returned function stops it. */
export function startContactButtons(deps: ContactDeps): () => void {
  const controller = new AbortController();
  runContactButtons(deps, controller.signal);
  return () => controller.abort();
}

export default defineFeature({
  name: FEATURE_NAME,
  appliesTo: (page) => page.kind === 'orders',
  start(env) {
    const deps = {
      doc: document,
      observer: env.observer,
      state: env.state,
      tab: env.page.kind === 'orders' ? env.page.tab : 'all',
      send,
      assign: (href: string) => location.assign(href),
      openTab: (href: string) => void window.open(href, '_blank', 'noopener'),
      guard: pageSendGuard,
      settings: env.settings,
    };
    runContactButtons(deps, env.signal);
  },
});
