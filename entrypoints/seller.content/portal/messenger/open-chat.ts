// The open chat as the seller sees it: its panel, the sender's name and tag (chat-header.ts), the messages with the
// side each is drawn on (message-side.ts) and the message box (message-box.ts).
import { textLines } from '../dom-text';
import { commonAncestor, itemsFromSeeds } from '../rows';
import { runTarget, type TargetResult } from '../targets';
import { hasLayout } from '../text-units';
import { isTimeLike } from '../time-cues';
import { readChatHeader } from './chat-header';
import { chatPanelTarget } from './chat-panel';
import { BASE_MODEL, type ChatListModel } from './chat-row';
import { ACTIVE_CHAT_ATTRIBUTE, AUTHOR_OF_SIDE } from './cues';
import { findMessageBox } from './message-box';
import { sideOfLayout, type Side } from './message-side';
import { isYouLabel, type ChatTag } from './words';

export interface ChatMessage {
  el: Element;
  side: Side;
  author: 'customer' | 'seller' | 'system' | 'unknown';
  text: string;
  time: string | null;
}

export interface OpenChat {
  panel: Element;
  chatId: string | null;
  name: string | null;
  tag: ChatTag | null;
  messages: ChatMessage[];
  box: HTMLElement | null;
}

export interface OpenChatScan {
  chat: OpenChat | null;
  results: TargetResult<unknown>[];
}

/**
 * A chat of one message has no neighbour to bound the climb from its time (itemsFromSeeds then climbs only pure
 * wrappers, so it stays on the time line): its bubble is the nearest ancestor that also holds something besides
 * times (the text, or the «Вы»/"You" label). Climbing no further keeps it off the message list itself.
 */
function loneBubble(timeEl: Element, stop: (el: Element) => boolean): Element {
  for (let el: Element | null = timeEl; el && !stop(el); el = el.parentElement) {
    if (textLines(el).some((l) => !isTimeLike(l.text))) return el;
  }
  return timeEl;
}

/** One message: its text without the «Вы»/"You" label and the time; its side by the label, else by layout. */
function readMessage(el: Element, container: Element): ChatMessage {
  const own = textLines(el);
  const you = own.some((l) => isYouLabel(l.text));
  const time = own.find((l) => isTimeLike(l.text))?.text ?? null;
  const body = own.filter((l) => !isYouLabel(l.text) && l.text !== time);
  const main = body.reduce<(typeof body)[number] | null>((best, l) => (!best || l.text.length > best.text.length ? l : best), null);
  let side: Side = you ? 'right' : sideOfLayout(main?.el ?? el, container);
  if (side === 'unknown' && main && main.el !== el) side = sideOfLayout(el, container);
  return { el, side, author: AUTHOR_OF_SIDE[side], text: body.map((l) => l.text).join('\n'), time };
}

export function readOpenChat(scope: ParentNode = document, urlChatId: string | null = null, model: ChatListModel = BASE_MODEL): OpenChatScan {
  const panelResult = runTarget(chatPanelTarget, scope);
  const panel = panelResult.found[0];
  if (!panel) return { chat: null, results: [panelResult] };
  const lines = textLines(panel);
  const header = readChatHeader(panel, hasLayout(panel), model);
  const { name, tag } = header;
  const headerEl = header.el;
  // Messages: one per bubble time; a message is the largest element around its time holding no other message.
  const timeSeeds = lines
    .filter((l) => isTimeLike(l.text) && !(headerEl && headerEl.contains(l.el)))
    .map((l, i) => ({ el: l.el, key: `m${i}` }));
  const box = findMessageBox(panel);
  const stop = (el: Element) => el === panel || (box !== null && el.contains(box)) || (headerEl !== null && el.contains(headerEl));
  const items = itemsFromSeeds(timeSeeds, stop);
  if (items.length === 1) items[0]!.el = loneBubble(items[0]!.el, stop);
  const container = commonAncestor(items.map((i) => i.el)) ?? panel;
  const messages = items.map(({ el }) => readMessage(el, container));
  const chatId = panel.getAttribute(ACTIVE_CHAT_ATTRIBUTE) || urlChatId;
  const results: TargetResult<unknown>[] = [
    panelResult,
    { name: 'chat-header', found: name ? [name] : [], finder: tag ? 'the text left of the tag' : 'heading', finderIndex: tag ? 0 : 1, ok: name !== null, ambiguous: false },
    { name: 'messages', found: messages, finder: 'a time per message', finderIndex: 0, ok: true, ambiguous: false },
    { name: 'message-box', found: box ? [box] : [], finder: box ? 'textarea / textbox' : null, finderIndex: box ? 0 : -1, ok: box !== null, ambiguous: false },
  ];
  return { chat: { panel, chatId, name, tag, messages, box }, results };
}
