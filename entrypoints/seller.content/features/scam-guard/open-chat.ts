// Scam guard in an open chat: each incoming message is judged with what is known of its sender (the header's
// name and tag, the list, the API's facts) and gets the contract's two attributes (a flagged one also a small
// badge); the dialogue as a whole is judged from all its incoming messages, and a dangerous one shows a banner
// above the message box with Ozon's advice, a ready complaint to copy and a link to the portal's support chats.
import { defineFeature, onAbort, type FeatureEnv } from '../../feature';
import { send as defaultSend } from '@/lib/protocol/send';
import { resolveLang, type Lang } from '@/lib/i18n';
import { judgeMessage, type Verdict } from '@/lib/scam';
import { readOpenChat, type ChatMessage, type OpenChat } from '../../portal/messenger';
import { ACTIVE_CHAT_SELECTOR, MESSAGE_BOX_SELECTOR } from '../../portal/messenger/cues';
import { apiFactsKey, apiFactsOf, askApiFacts } from './api-facts';
import { rememberDialogue } from './memory';
import { scamSettingsOf, settingsKeyOf, type ScamSettings } from './settings';
import { isAllowlisted, judgePage, listOfGroup, reasonCodes, scamInputOf, withoutDisabled, type PageFacts } from './verdict';
import { BADGE_ATTRIBUTE, clearVerdict, createBadge, RISK_ATTR, writeVerdict } from '@/components/page/scam/badge';
import { BANNER_ATTRIBUTE, createBanner } from '@/components/page/scam/banner';

const NAME = 'scam-chat';

export interface ScamChatDeps {
  doc: Document;
  send: typeof defaultSend;
  group: string;
  /** The chat id of the URL (`&id=`). */
  chatId: string | null;
  writeText?: ((text: string) => Promise<void>) | undefined;
}

/** Messages the scam guard judges: the other side's (left) and those whose side could not be told. */
const isIncoming = (m: ChatMessage): boolean => m.author === 'customer' || m.author === 'unknown';

export function startScamChat(env: Pick<FeatureEnv, 'observer' | 'signal' | 'settings'>, deps: ScamChatDeps): void {
  const { doc } = deps;
  const { signal } = env;
  let settings: ScamSettings = scamSettingsOf(env.settings);
  let lang: Lang = resolveLang(settings.language, doc.documentElement.lang);
  const marks = new Map<Element, string>();
  let banner: { el: HTMLElement; key: string } | null = null;

  const settingsKey = () => settingsKeyOf(lang, settings);

  function clearMessage(el: Element): void {
    clearVerdict(el);
    marks.delete(el);
  }

  function removeBanner(): void {
    banner?.el.remove();
    banner = null;
    for (const el of doc.querySelectorAll(`[${BANNER_ATTRIBUTE}]`)) el.remove();
  }

  function clearAll(): void {
    for (const el of [...marks.keys()]) clearMessage(el);
    for (const el of doc.querySelectorAll(`${ACTIVE_CHAT_SELECTOR} [${RISK_ATTR}]`)) clearMessage(el);
    removeBanner();
  }

  function factsOf(chat: OpenChat, texts: readonly string[]): PageFacts {
    const chatId = chat.chatId ?? deps.chatId;
    return { chatId, senderName: chat.name, tag: chat.tag, list: listOfGroup(deps.group), texts, api: apiFactsOf(chatId) };
  }

  function judgeOne(chat: OpenChat, message: ChatMessage): Verdict {
    const facts = factsOf(chat, [message.text]);
    const allowlisted = isAllowlisted(settings.scam.allowlist, facts);
    const { texts: _texts, ...context } = scamInputOf(facts, allowlisted);
    return withoutDisabled(judgeMessage(message.text, context), settings.scam.disabledRules);
  }

  function applyMessage(chat: OpenChat, message: ChatMessage, base: string): void {
    const key = `${base}\u0001${message.text}`;
    const el = message.el;
    if (marks.get(el) === key && el.hasAttribute(RISK_ATTR)) {
      const risky = el.getAttribute(RISK_ATTR) !== 'none';
      if (el.querySelectorAll(`[${BADGE_ATTRIBUTE}]`).length === (risky ? 1 : 0)) return;
    }
    const verdict = judgeOne(chat, message);
    writeVerdict(el, verdict);
    // Messages get a badge only when flagged (an allowlisted chat's messages would repeat the header's mark).
    if (verdict.risk !== 'none') {
      const badge = createBadge(doc, verdict, lang);
      if (badge) el.append(badge);
    }
    marks.set(el, key);
  }

  /** The message box's own block (box, send button, wrappers): the largest ancestor holding no message. */
  function composerOf(chat: OpenChat): Element | null {
    const box = chat.box;
    if (!box) return null;
    const messages = chat.messages.map((m) => m.el);
    let el: Element = box;
    while (el.parentElement && el.parentElement !== chat.panel && !messages.some((m) => el.parentElement!.contains(m))) el = el.parentElement;
    return el;
  }

  function showBanner(chat: OpenChat, verdict: Verdict): void {
    const composer = composerOf(chat);
    if (!composer?.parentElement) return removeBanner();
    const chatId = chat.chatId ?? deps.chatId;
    const key = `${settingsKey()}|${chatId}|${chat.name}|${reasonCodes(verdict)}`;
    // Another feature may sit between the banner and the box (the quick replies' bar): before it is enough.
    const placed = banner?.el.parentElement === composer.parentElement && !!banner && (banner.el.compareDocumentPosition(composer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (banner && banner.key === key && placed) return;
    removeBanner();
    const el = createBanner(
      doc,
      { chatId, senderName: chat.name, verdict, url: doc.location?.href },
      lang,
      { writeText: deps.writeText },
    );
    composer.before(el);
    banner = { el, key };
  }

  /** The open chat's panel as last found (the portal may not mark it with `active-chat-id`). */
  let panel: Element | null = null;

  function pass(): void {
    if (signal.aborted || !settings.scam.enabled) return;
    const { chat } = readOpenChat(doc, deps.chatId);
    panel = chat?.panel ?? null;
    if (!chat) return removeBanner();
    const incoming = chat.messages.filter(isIncoming);
    const chatId = chat.chatId ?? deps.chatId;
    const base = `${settingsKey()}|${chatId}|${chat.tag ?? '-'}|${chat.name ?? ''}|${apiFactsKey(chatId)}`;
    for (const message of incoming) applyMessage(chat, message, base);
    // Our marks on messages the portal no longer shows on the incoming side (a re-read side, a removed message).
    for (const el of [...marks.keys()]) if (!el.isConnected) marks.delete(el);

    const facts = factsOf(chat, incoming.map((m) => m.text));
    const raw = judgePage({ ...facts }, { ...settings.scam, allowlist: [], disabledRules: [] });
    if (chatId && raw.reasons.length > 0) rememberDialogue(chatId, raw);
    const dialogue = judgePage(facts, settings.scam);
    if (dialogue.risk === 'danger') showBanner(chat, dialogue);
    else removeBanner();
    if (settings.apiAvailable && chatId) askApiFacts([chatId], deps.send, () => !signal.aborted && pass());
  }

  /** Added elements outside our own that can change the open chat (its header, messages or box). */
  const touchesChat = (roots: readonly Element[]) =>
    roots.some(
      (root) =>
        root === doc.body ||
        root === doc.documentElement ||
        (panel !== null && (panel.contains(root) || root.contains(panel))) ||
        root.closest(ACTIVE_CHAT_SELECTOR) !== null ||
        root.querySelector(`${ACTIVE_CHAT_SELECTOR}, ${MESSAGE_BOX_SELECTOR}`) !== null,
    );

  onAbort(
    signal,
    env.observer.onAdded((roots, removedFrom) => {
      if (touchesChat(roots) || touchesChat(removedFrom) || (panel !== null && !panel.isConnected) || (banner !== null && !banner.el.isConnected)) pass();
    }),
  );
  onAbort(signal, clearAll);

  // The navigation's answer, or a change pushed later: the marks follow the settings.
  env.settings.onChange(() => {
    settings = scamSettingsOf(env.settings);
    lang = resolveLang(settings.language, doc.documentElement.lang);
    if (!settings.scam.enabled) return clearAll();
    pass();
  }, signal);
}

export default defineFeature({
  name: NAME,
  appliesTo: (page) => page.kind === 'messenger' && page.chatId !== null,
  start: (env) =>
    startScamChat(env, {
      doc: document,
      send: defaultSend,
      group: env.page.kind === 'messenger' ? env.page.group : 'customers_v2',
      chatId: env.page.kind === 'messenger' ? env.page.chatId : null,
      writeText: typeof navigator !== 'undefined' && navigator.clipboard ? (text) => navigator.clipboard.writeText(text) : undefined,
    }),
});
