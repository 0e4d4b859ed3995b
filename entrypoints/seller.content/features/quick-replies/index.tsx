// Quick replies in an open customer chat: a "Templates" button by the portal's message box; the chosen template is
// filled for this chat and put into the box as typing would (the seller reviews it and presses the portal's Send).
import { render } from 'preact';
import { defineFeature, type FeatureEnv } from '../../feature';
import { send as defaultSend } from '@/lib/protocol/send';
import { resolveLang, type Lang } from '@/lib/i18n';
import { OWNED_ATTRIBUTE } from '../../observer';
import { POSTING_NUMBER_SOURCE } from '../../portal/orders/cues';
import { ACTIVE_CHAT_SELECTOR, MESSAGE_BOX_PLACEHOLDERS } from '../../portal/messenger/cues';
import { normaliseText } from '@/lib/shipments/status';
import type { FillValues } from './fill';
import { pageSendGuard, type SendGuard } from './guard';
import { insertAsTyping } from './insert';
import type { Template } from '@/lib/templates/model';
import { templateStrings } from './strings';
import { oneLine } from '@/lib/i18n/text';
import { TemplatePicker } from '@/components/page/quick-replies/TemplatePicker';
import { personOnly } from '../../trusted-input';

const NAME = 'quick-replies';
const PART_ATTR = 'data-sidekick-part';
const PART = 'quick-replies';
const CUSTOMER_TAGS = ['покупатель', 'customer'];

export interface QuickReplyDeps {
  doc: Document;
  observer: FeatureEnv['observer'];
  state: Pick<FeatureEnv['state'], 'reportUnrecognised' | 'set'>;
  chatId: string;
  send: typeof defaultSend;
  guard: SendGuard;
}

/** The open chat's message box: inside the portal's `[active-chat-id]` wrapper, else by its placeholder. */
export function findMessageBox(doc: Document): HTMLTextAreaElement | null {
  const inChat = doc.querySelector<HTMLTextAreaElement>(`${ACTIVE_CHAT_SELECTOR} textarea`);
  if (inChat && !inChat.closest(`[${OWNED_ATTRIBUTE}]`)) return inChat;
  for (const box of doc.querySelectorAll<HTMLTextAreaElement>('textarea')) {
    if (box.closest(`[${OWNED_ATTRIBUTE}], seller-sidekick`)) continue;
    const placeholder = normaliseText(box.placeholder.replace(/[….]+$/, ''));
    if (MESSAGE_BOX_PLACEHOLDERS.some((p) => placeholder.startsWith(p))) return box;
  }
  return null;
}

/** What the open chat shows of the order, product and customer (for the placeholders). */
export function chatValues(doc: Document): FillValues {
  const scope = doc.querySelector(ACTIVE_CHAT_SELECTOR) ?? doc.body;
  const values: FillValues = {};
  const order = new RegExp(`^(?:заказ|order)\\s*№\\s*(\\d{5,12}-\\d{1,6})(?:-\\d{1,4})?$`, 'i');
  const posting = new RegExp(`^(?:заказ|order|отправление|shipment)\\s*№\\s*(${POSTING_NUMBER_SOURCE})$`, 'i');
  const product = /^(?:товар|product):\s*(.+)$/i;
  for (const el of scope.querySelectorAll('*')) {
    if (el.children.length > 0 || el.closest(`[${OWNED_ATTRIBUTE}]`)) continue;
    const text = oneLine(el.textContent ?? '');
    if (!text || text.length > 200) continue;
    const p = posting.exec(text);
    if (p?.[1] && !values.posting_number) values.posting_number = p[1];
    const o = order.exec(text);
    if (o?.[1] && !values.order_number) values.order_number = o[1];
    const pr = product.exec(text);
    if (pr?.[1] && !values.product) values.product = pr[1];
    if (!values.customer_name && CUSTOMER_TAGS.includes(normaliseText(text))) {
      const name = el.previousElementSibling?.textContent?.trim();
      if (name) values.customer_name = name;
    }
  }
  return values;
}

const OPEN_STYLE =
  'display:inline-flex;align-items:center;padding:1px 8px;font:12px/18px system-ui,sans-serif;color:#005bff;background:#fff;border:1px solid #005bff;border-radius:4px;cursor:pointer';
const POPOVER_STYLE =
  'position:absolute;z-index:2147483000;bottom:100%;left:0;margin-bottom:4px;padding:8px;background:#fff;border:1px solid #c6cdd6;border-radius:6px;box-shadow:0 4px 16px rgba(0,26,52,.16)';

export function startQuickReplies(deps: QuickReplyDeps): () => void {
  const { doc } = deps;
  let lang: Lang = resolveLang('auto', doc.documentElement.lang);
  let stopped = false;
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
    if (stopped || !anchor.isConnected) return;
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
          if (!box) throw new Error(templateStrings(lang).error.empty);
          insertAsTyping(box, text);
          deps.guard.record(chatKey, text, template.id);
          closePopover();
        }}
      />,
      pop,
    );
  }

  function ensureBar(): void {
    if (stopped) return;
    const box = findMessageBox(doc);
    if (!box) {
      deps.state.reportUnrecognised(NAME, doc.querySelector(ACTIVE_CHAT_SELECTOR) ? ['message box'] : []);
      return;
    }
    deps.state.reportUnrecognised(NAME, []);
    const composer = box.closest('[data-replicated-value]')?.parentElement ?? box.parentElement;
    if (!composer?.parentElement) return;
    if (bar?.isConnected && bar.nextElementSibling === composer) return;
    bar?.remove();
    for (const stale of doc.querySelectorAll(`[${PART_ATTR}="${PART}"]`)) stale.remove();
    popover = null;
    const s = templateStrings(lang);
    const el = doc.createElement('div');
    el.setAttribute(OWNED_ATTRIBUTE, '');
    el.setAttribute(PART_ATTR, PART);
    el.setAttribute('style', 'position:relative;display:flex;gap:6px;align-items:center;padding:4px 16px');
    const opener = doc.createElement('button');
    opener.type = 'button';
    opener.setAttribute('data-sidekick-action', 'quick-replies');
    opener.setAttribute('aria-haspopup', 'dialog');
    opener.setAttribute('aria-expanded', 'false');
    opener.title = s.openLabel;
    opener.setAttribute('style', OPEN_STYLE);
    opener.textContent = s.open;
    opener.addEventListener(
      'click',
      personOnly((event) => {
        event.preventDefault();
        event.stopPropagation();
        void openPicker(el, opener);
      }),
    );
    el.append(opener);
    composer.before(el);
    bar = el;
    // The sidebar offers the same picker (it opens here, above the message box).
    deps.state.set({ quickReplies: { open: () => void openPicker(el, opener) } });
  }

  const unsubscribe = deps.observer.onAdded(() => ensureBar());
  void deps.send<'getPrefs'>({ type: 'getPrefs' }).then(
    (prefs) => {
      const next = resolveLang(prefs.language, doc.documentElement.lang);
      if (stopped || next === lang) return;
      lang = next;
      bar?.remove();
      bar = null;
      ensureBar();
    },
    () => {},
  );

  return () => {
    stopped = true;
    unsubscribe();
    closePopover();
    deps.state.set({ quickReplies: null });
    bar?.remove();
    for (const stale of doc.querySelectorAll(`[${PART_ATTR}="${PART}"]`)) stale.remove();
  };
}

export default defineFeature({
  name: NAME,
  appliesTo: (page) => page.kind === 'messenger' && page.group === 'customers_v2' && page.chatId !== null,
  start(env) {
    if (env.page.kind !== 'messenger' || !env.page.chatId) return () => {};
    return startQuickReplies({
      doc: document,
      observer: env.observer,
      state: env.state,
      chatId: env.page.chatId,
      send: defaultSend,
      guard: pageSendGuard,
    });
  },
});
