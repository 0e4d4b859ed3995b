// Quick replies in an open customer chat: a "Templates" button by the portal's message box; the chosen template is
// filled for this chat and put into the box as typing would (the seller reviews it and presses the portal's Send).
import { render } from 'preact';
import { defineFeature, onAbort, type FeatureEnv } from '../../feature';
import { send as defaultSend } from '@/lib/protocol/send';
import { resolveLang, t, type Lang } from '@/lib/i18n';
import { OWNED_ATTRIBUTE } from '../../observer';
import { chatValues, findMessageBox } from './chat';
import { pageSendGuard, type SendGuard } from './guard';
import { insertAsTyping } from './insert';
import type { Template } from '@/lib/templates/model';
import { TemplatePicker } from '@/components/page/quick-replies/TemplatePicker';
import { personOnly } from '../../trusted-input';

export { chatValues, findMessageBox } from './chat';

const NAME = 'quick-replies';
const PART_ATTR = 'data-sidekick-part';
const PART = 'quick-replies';

export interface QuickReplyDeps {
  doc: Document;
  observer: FeatureEnv['observer'];
  state: Pick<FeatureEnv['state'], 'reportUnrecognised' | 'set'>;
  /** Aborted when the feature stops: the bar, the picker and the sidebar's offer go with it. */
  signal: AbortSignal;
  /** The language preference (the navigation's settings). */
  settings: Pick<FeatureEnv['settings'], 'prefs' | 'onChange'>;
  chatId: string;
  send: typeof defaultSend;
  guard: SendGuard;
}

const OPEN_STYLE =
  'display:inline-flex;align-items:center;padding:1px 8px;font:12px/18px system-ui,sans-serif;color:#005bff;background:#fff;border:1px solid #005bff;border-radius:4px;cursor:pointer';
const POPOVER_STYLE =
  'position:absolute;z-index:2147483000;bottom:100%;left:0;margin-bottom:4px;padding:8px;background:#fff;border:1px solid #c6cdd6;border-radius:6px;box-shadow:0 4px 16px rgba(0,26,52,.16)';

export function startQuickReplies(deps: QuickReplyDeps): void {
  const { doc, signal, settings } = deps;
  const langNow = (): Lang => resolveLang(settings.prefs?.language ?? 'auto', doc.documentElement.lang);
  let lang = langNow();
  let bar: HTMLElement | null = null;
  let popover: HTMLElement | null = null;

  const closePopover = () => {
    if (popover) {
      render(null, popover);
      popover.remove();
      popover = null;
    }
    bar?.querySelector('button')?.setAttribute('aria-expanded', 'false');
  };

  async function openPicker(anchor: HTMLElement, opener: HTMLButtonElement): Promise<void> {
    if (popover) {
      closePopover();
      return;
    }
    let templates: Template[] = [];
    try {
      templates = await deps.send<'listTemplates'>({ type: 'listTemplates' });
    } catch {
      templates = [];
    }
    if (signal.aborted || !anchor.isConnected) return;
    const pop = doc.createElement('div');
    pop.setAttribute(OWNED_ATTRIBUTE, '');
    pop.setAttribute('style', POPOVER_STYLE);
    anchor.append(pop);
    popover = pop;
    opener.setAttribute('aria-expanded', 'true');
    const chatKey = deps.chatId;
    render(
      <TemplatePicker
        templates={templates}
        values={chatValues(doc)}
        lang={lang}
        action="insert"
        chatKey={chatKey}
        guard={deps.guard}
        onCancel={() => {
          closePopover();
          opener.focus();
        }}
        onPick={(text, template) => {
          const box = findMessageBox(doc);
          if (!box) throw new Error(t(lang, 'quickRepliesError:empty'));
          insertAsTyping(box, text);
          deps.guard.record(chatKey, text, template.id);
          closePopover();
        }}
      />,
      pop,
    );
  }

  function ensureBar(): void {
    if (signal.aborted) return;
    const box = findMessageBox(doc);
    if (!box) {
      deps.state.reportUnrecognised(NAME, doc.querySelector('[active-chat-id]') ? ['message box'] : []);
      return;
    }
    deps.state.reportUnrecognised(NAME, []);
    const composer = box.closest('[data-replicated-value]')?.parentElement ?? box.parentElement;
    if (!composer?.parentElement) return;
    if (bar?.isConnected && bar.nextElementSibling === composer) return;
    bar?.remove();
    for (const stale of doc.querySelectorAll(`[${PART_ATTR}="${PART}"]`)) stale.remove();
    popover = null;
    const el = doc.createElement('div');
    el.setAttribute(OWNED_ATTRIBUTE, '');
    el.setAttribute(PART_ATTR, PART);
    el.setAttribute('style', 'position:relative;display:flex;gap:6px;align-items:center;padding:4px 16px');
    const opener = doc.createElement('button');
    opener.type = 'button';
    opener.setAttribute('data-sidekick-action', 'quick-replies');
    opener.setAttribute('aria-haspopup', 'dialog');
    opener.setAttribute('aria-expanded', 'false');
    opener.title = t(lang, 'quickRepliesButtonLabel');
    opener.setAttribute('style', OPEN_STYLE);
    opener.textContent = t(lang, 'quickRepliesButton');
    opener.addEventListener(
      'click',
      personOnly((event) => {
        event.preventDefault();
        event.stopPropagation();
        void openPicker(el, opener);
      }),
      { signal },
    );
    el.append(opener);
    composer.before(el);
    bar = el;
    // The sidebar offers the same picker (it opens here, above the message box).
    deps.state.set({ quickReplies: { open: () => void openPicker(el, opener) } });
  }

  onAbort(signal, deps.observer.onAdded(() => ensureBar()));
  onAbort(signal, () => {
    closePopover();
    deps.state.set({ quickReplies: null });
    bar?.remove();
    for (const stale of doc.querySelectorAll(`[${PART_ATTR}="${PART}"]`)) stale.remove();
  });
  // The user's language, once the navigation's answer (or a change) comes: the bar is drawn again in it.
  settings.onChange(() => {
    const next = langNow();
    if (next === lang) return;
    lang = next;
    bar?.remove();
    bar = null;
    ensureBar();
  }, signal);
}

export default defineFeature({
  name: NAME,
  appliesTo: (page) => page.kind === 'messenger' && page.group === 'customers_v2' && page.chatId !== null,
  start(env) {
    if (env.page.kind !== 'messenger' || !env.page.chatId) return;
    startQuickReplies({
      doc: document,
      observer: env.observer,
      state: env.state,
      signal: env.signal,
      settings: env.settings,
      chatId: env.page.chatId,
      send: defaultSend,
      guard: pageSendGuard,
    });
  },
});
