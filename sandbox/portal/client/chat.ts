// The open chat: header (name, tag to its right), the bubbles, and the message box. The box keeps its text in the
// app's state from `input` events, as a framework-controlled textarea does: text set without an input event is
// not what gets sent.
import type { ChatView, MessageView } from '../views';
import { ApiError, fetchChat, sendMessage } from './api';
import { h, sendIcon } from './dom';
import { t } from './env';

export interface ChatPane {
  readonly root: HTMLElement;
  /** Opens a chat, or the empty state for null. */
  show(chatId: string | null): Promise<void>;
  /** Re-renders the header and messages from what is loaded (new nodes; the message box keeps its state). */
  rerender(): void;
  refresh(): Promise<void>;
}

export function createChatPane(onChanged: () => void): ChatPane {
  const root = h('section', { class: 'chatPane' });
  const drafts = new Map<string, string>();
  let chatId: string | null = null;
  let view: ChatView | null = null;
  let seq = 0;
  let sending = false;

  // The parts of the open chat; rebuilt when another chat opens.
  let wrapper: HTMLDivElement | null = null;
  let headerSlot: HTMLElement | null = null;
  let messagesEl: HTMLElement | null = null;
  let errorEl: HTMLElement | null = null;
  let textarea: HTMLTextAreaElement | null = null;
  let sendBtn: HTMLButtonElement | null = null;

  const draft = (): string => (chatId === null ? '' : (drafts.get(chatId) ?? ''));

  function bubble(m: MessageView): HTMLElement {
    const side = m.side === 'out' ? 'bubbleOut' : m.side === 'system' ? 'bubbleSystem' : 'bubbleIn';
    return h(
      'div',
      { class: ['bubbleRow', side] },
      m.side === 'out' ? h('div', { class: 'bubbleAuthor' }, t('you')) : null,
      h('div', { class: 'bubble' }, m.text),
      h('div', { class: 'bubbleTime' }, m.time),
    );
  }

  function renderHeader(): void {
    if (!headerSlot || !view) return;
    const header = h(
      'div',
      { class: 'chatHeader' },
      h('span', { class: 'chatName' }, view.name),
      view.tag === null ? null : h('span', { class: 'chatTag' }, view.tag),
      view.context === null ? null : h('div', { class: 'chatContext' }, view.context),
    );
    headerSlot.replaceChildren(header);
  }

  function renderMessages(): void {
    if (!messagesEl || !view) return;
    messagesEl.replaceChildren(...view.messages.map(bubble), ...(view.closed ? [h('div', { class: 'notice' }, t('chatClosed'))] : []));
    messagesEl.scrollTop = messagesEl.scrollHeight;
  }

  function syncComposer(): void {
    if (!textarea || !sendBtn) return;
    const text = draft();
    if (textarea.value !== text) textarea.value = text;
    textarea.parentElement?.setAttribute('data-replicated-value', text);
    sendBtn.disabled = sending || text.trim() === '' || view?.closed === true;
  }

  async function send(): Promise<void> {
    const id = chatId;
    const text = draft();
    if (id === null || sending || text.trim() === '') return;
    sending = true;
    syncComposer();
    try {
      await sendMessage(id, text);
      drafts.delete(id);
      errorEl?.replaceChildren();
      await load(id);
      onChanged();
    } catch (err) {
      errorEl?.replaceChildren(`${t('sendFailed')}${err instanceof ApiError ? ` (${err.code})` : ''}`);
    } finally {
      sending = false;
      syncComposer();
    }
  }

  function build(id: string): void {
    headerSlot = h('div', null);
    messagesEl = h('div', { class: 'messages' });
    errorEl = h('div', { class: 'error' });
    textarea = h('textarea', { class: 'textarea', attrs: { placeholder: t('placeholder'), rows: '1' } });
    textarea.addEventListener('input', () => {
      if (chatId === null || !textarea) return;
      drafts.set(chatId, textarea.value);
      syncComposer();
    });
    textarea.addEventListener('keydown', (event) => {
      const e = event as KeyboardEvent;
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        void send();
      }
    });
    sendBtn = h('button', { class: 'sendBtn', attrs: { type: 'button' }, on: { click: () => void send() } }, sendIcon());
    const composer = h('div', { class: 'composer' }, h('div', { class: 'grow', attrs: { 'data-replicated-value': '' } }, textarea), sendBtn);
    wrapper = h('div', { attrs: { 'active-chat-id': id } }, headerSlot, messagesEl, errorEl, composer);
    // The wrapper fills the pane as a column.
    wrapper.style.cssText = 'display:flex;flex-direction:column;flex:1;min-height:0';
    root.replaceChildren(wrapper);
  }

  async function load(id: string): Promise<void> {
    const mine = ++seq;
    try {
      const next = await fetchChat(id);
      if (mine !== seq || chatId !== id) return;
      view = next;
      renderHeader();
      renderMessages();
      syncComposer();
    } catch (err) {
      if (mine !== seq || chatId !== id) return;
      view = null;
      root.replaceChildren(h('div', { class: 'chatEmpty' }, err instanceof ApiError && err.status === 404 ? t('chatNotFound') : t('loading')));
      wrapper = null;
    }
  }

  return {
    root,
    async show(id) {
      if (id === chatId && wrapper) return;
      chatId = id;
      view = null;
      if (id === null) {
        seq++;
        wrapper = null;
        root.replaceChildren(h('div', { class: 'chatEmpty' }, t('selectChat')));
        return;
      }
      build(id);
      messagesEl?.replaceChildren(h('div', { class: 'loading' }, t('loading')));
      syncComposer();
      await load(id);
      onChanged();
    },
    rerender() {
      renderHeader();
      renderMessages();
    },
    async refresh() {
      if (chatId !== null && wrapper) await load(chatId);
    },
  };
}
