// An open chat next to the list: a header with the name and the tag to its right, message bubbles (the customer's on
// the left, the seller's on the right, with or without "You"), a message box. Sometimes without `active-chat-id`.
import fc from 'fast-check';
import type { ChatFacts } from './chat-list';
import type { Styler } from './style';
import { h, type VNode } from './vnode';
import { HONEST_PREVIEWS, SCAM_PREVIEWS, SELLER_REPLIES, TAG_WORDS, UI, formatDate, type Lang } from './words';

export interface ChatMessage {
  author: 'customer' | 'seller';
  text: string;
  time: string;
}

export interface OpenChatLayout {
  activeAttr: boolean;
  /** DOM order of name and tag, and the CSS that shows the tag to the right of the name. */
  header: 'name-tag' | 'tag-name-row-reverse' | 'tag-name-order' | 'name-nested-tag';
  youLabel: boolean;
  bubbleWrap: number;
  timeFirst: boolean;
  box: 'textarea' | 'contenteditable' | 'role-textbox';
  messagesEl: 'div' | 'ul' | 'log';
}

export interface OpenChatDraft {
  row: number;
  layout: OpenChatLayout;
  messages: { author: 'customer' | 'seller'; scam: boolean; n: number }[];
}

export const openChatDraftArb: fc.Arbitrary<OpenChatDraft> = fc.record({
  row: fc.nat(9),
  layout: fc.record({
    activeAttr: fc.boolean(),
    header: fc.constantFrom<OpenChatLayout['header']>('name-tag', 'tag-name-row-reverse', 'tag-name-order', 'name-nested-tag'),
    youLabel: fc.boolean(),
    bubbleWrap: fc.nat(2),
    timeFirst: fc.boolean(),
    box: fc.constantFrom<OpenChatLayout['box']>('textarea', 'contenteditable', 'role-textbox'),
    messagesEl: fc.constantFrom<OpenChatLayout['messagesEl']>('div', 'ul', 'log'),
  }),
  messages: fc.array(fc.record({ author: fc.constantFrom<'customer' | 'seller'>('customer', 'seller'), scam: fc.boolean(), n: fc.nat(99) }), { minLength: 1, maxLength: 6 }),
});

/** The chat's messages; the last one is the customer's and is the row's preview, as the list shows it. */
export function messagesOf(lang: Lang, draft: OpenChatDraft, row: ChatFacts): ChatMessage[] {
  const out: ChatMessage[] = draft.messages.map((m, i) => ({
    author: m.author,
    text: m.author === 'seller' ? SELLER_REPLIES[lang][m.n % SELLER_REPLIES[lang].length]! : (m.scam ? SCAM_PREVIEWS : HONEST_PREVIEWS)[lang][m.n % (m.scam ? SCAM_PREVIEWS : HONEST_PREVIEWS)[lang].length]!,
    time: formatDate(lang, 'hhmm', m.n + i * 13),
  }));
  out.push({ author: 'customer', text: row.preview, time: row.time });
  return out;
}

export function renderOpenChat(row: ChatFacts, messages: readonly ChatMessage[], L: OpenChatLayout, lang: Lang, s: Styler): VNode {
  const name = h('span', s.cls('chatName', 'font-weight:700;font-size:16px'), [row.name]);
  const tagWord = row.tag ? TAG_WORDS[row.tag][lang] : null;
  const tag = tagWord ? h('span', s.cls('chatTag', 'font-size:11px;color:#0a6;border:1px solid #0a6;border-radius:4px;padding:0 4px'), [tagWord]) : null;
  let header: VNode;
  const flex = 'display:flex;align-items:center;gap:8px;padding:12px;border-bottom:1px solid #eee';
  switch (L.header) {
    case 'name-tag':
      header = h('div', s.cls('chatHead', flex), tag ? [name, tag] : [name]);
      break;
    case 'tag-name-row-reverse':
      header = h('div', s.cls('chatHead', `${flex};flex-direction:row-reverse;justify-content:flex-end`), tag ? [tag, name] : [name]);
      break;
    case 'tag-name-order':
      if (tag) tag.cls = s.cls('chatTagOrdered', 'order:1;font-size:11px;color:#0a6');
      header = h('div', s.cls('chatHead', flex), tag ? [tag, name] : [name]);
      break;
    case 'name-nested-tag':
      header = h('div', s.cls('chatHead', 'padding:12px'), [h('div', s.cls('chatTitle'), [name, ' ', ...(tag ? [h('span', s.cls('chatTagWrap'), [tag])] : [])])]);
      break;
  }

  const bubbles = messages.map((m, i) => {
    const mine = m.author === 'seller';
    const text = h('div', s.cls('msgText', 'white-space:pre-wrap'), [m.text]);
    const time = h('span', s.cls('msgTime', 'font-size:11px;color:#999'), [m.time]);
    const kids: VNode[] = L.timeFirst ? [time, text] : [text, time];
    if (mine && L.youLabel) kids.unshift(h('div', s.cls('you', 'font-size:11px;color:#888'), [UI.you![lang]]));
    let bubble = h('div', s.cls(mine ? 'bubbleMine' : 'bubble', `max-width:70%;padding:6px 10px;border-radius:10px;background:${mine ? '#dff' : '#f2f2f2'}`), kids);
    for (let w = 0; w < L.bubbleWrap; w++) bubble = h('div', s.cls(`bw${w}`), [bubble]);
    return h(L.messagesEl === 'ul' ? 'li' : 'div', s.cls(mine ? 'lineMine' : 'line', `display:flex;list-style:none;margin:4px 12px;justify-content:${mine ? 'flex-end' : 'flex-start'}`), [bubble], undefined, `msg:${i}`);
  });
  const list =
    L.messagesEl === 'ul'
      ? h('ul', s.cls('msgs', 'flex:1;overflow-y:auto;padding:0;margin:0'), bubbles)
      : h('div', s.cls('msgs', 'flex:1;overflow-y:auto'), bubbles, L.messagesEl === 'log' ? { role: 'log' } : undefined);

  const placeholder = UI.placeholder![lang];
  const input =
    L.box === 'textarea'
      ? h('div', s.cls('grow'), [h('textarea', s.cls('box', 'width:100%;min-height:40px'), [], { placeholder, rows: '1' })], { 'data-replicated-value': '' })
      : h('div', s.cls('box', 'min-height:40px;border:1px solid #ccc;padding:6px'), [], L.box === 'contenteditable' ? { contenteditable: 'true', 'aria-placeholder': placeholder } : { role: 'textbox', contenteditable: 'true', 'aria-multiline': 'true' });
  const send = h('button', s.cls('send', 'width:36px;height:36px'), [h('svg', undefined, [h('path', undefined, [], { d: 'M2 21l21-9L2 3v7l15 2-15 2z' })], { width: '20', height: '20', viewBox: '0 0 24 24' })], { type: 'button' });
  const composer = h('div', s.cls('composer', 'display:flex;gap:8px;padding:8px;border-top:1px solid #eee'), [input, send]);
  return h('div', s.cls('chat', 'display:flex;flex-direction:column;height:100%;min-height:600px'), [header, list, composer], L.activeAttr ? { 'active-chat-id': row.id } : undefined, 'chat');
}
