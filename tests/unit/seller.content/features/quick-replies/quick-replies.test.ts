import { createPageState } from '@/entrypoints/seller.content/page-state';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import { chatValues, findMessageBox, startQuickReplies, type QuickReplyDeps } from '@/entrypoints/seller.content/features/quick-replies/index';
import { createPageObserver, type PageObserver } from '@/entrypoints/seller.content/observer';
import { createSendGuard } from '@/entrypoints/seller.content/features/quick-replies/guard';
import { personClick } from '../../../support/person-input';
import { createFakeBackground } from '../../../support/fake-background';
import { testFeatureEnv } from '../../../support/feature-env';

const CHAT = '7d3f4b2a-1111-4222-8333-444455556666';
const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** The open chat as the replica (and the live portal) lays it out: header, bubbles, composer in [active-chat-id]. */
function openChat(lang: 'ru' | 'en'): { box: HTMLTextAreaElement; drafts: string[] } {
  const make = (tag: string, text?: string) => {
    const el = document.createElement(tag);
    el.className = `x${Math.random().toString(36).slice(2, 6)}`;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const wrapper = make('div');
  wrapper.setAttribute('active-chat-id', CHAT);
  const header = make('div');
  header.append(make('span', 'Анна Смирнова'), make('span', lang === 'ru' ? 'Покупатель' : 'Customer'), make('div', lang === 'ru' ? 'Заказ № 0128619527-0157' : 'Order № 0128619527-0157'));
  const messages = make('div');
  messages.append(make('div', 'Заказ № 9999999999-9999 — a customer typed this in a bubble, it is not the context line'));
  const grow = make('div');
  grow.setAttribute('data-replicated-value', '');
  const box = make('textarea') as HTMLTextAreaElement;
  box.placeholder = lang === 'ru' ? 'Напишите сообщение…' : 'Write a message…';
  grow.append(box);
  const composer = make('div');
  composer.append(grow, make('button'));
  wrapper.append(header, messages, composer);
  document.body.replaceChildren(wrapper);
  // The page keeps the draft from input events, as a framework-controlled box does.
  const drafts: string[] = [];
  box.addEventListener('input', () => drafts.push(box.value));
  return { box, drafts };
}

let observer: PageObserver;
let stop: (() => void) | null = null;
beforeEach(() => {
  document.documentElement.lang = 'ru';
  observer = createPageObserver(document.body, (run) => run());
});
afterEach(() => {
  stop?.();
  stop = null;
  observer.disconnect();
});

const background = createFakeBackground();

/** The feature on the open chat, with the templates the fake background has; stopped by `stop`. */
function start(templates: { id: string; name: string; text: string }[], deps: Pick<QuickReplyDeps, 'state' | 'guard'>): void {
  background.reset({ listTemplates: templates });
  const env = testFeatureEnv(background, { observer });
  startQuickReplies({ doc: document, observer, chatId: CHAT, send: background.send, signal: env.signal, settings: env.settings, ...deps });
  stop = env.stop;
}

describe('quick replies in an open chat', () => {
  it('reads the chat’s context for the placeholders and finds the message box', () => {
    const { box } = openChat('ru');
    expect(findMessageBox(document)).toBe(box);
    expect(chatValues(document)).toEqual({ order_number: '0128619527-0157', customer_name: 'Анна Смирнова' });
  });

  it('inserts the filled template as typing would, once; the same text again is refused', async () => {
    const { box, drafts } = openChat('ru');
    const guard = createSendGuard();
    start([{ id: 'thanks', name: 'Спасибо', text: '{customer_name}, спасибо за заказ {order_number}!' }], { state: { reportUnrecognised: () => {}, set: () => {} }, guard });
    await settle();
    const opener = () => document.querySelectorAll<HTMLButtonElement>('button[data-sidekick-action="quick-replies"]');
    expect(opener()).toHaveLength(1);
    expect(opener()[0]!.textContent).toBe(t('ru', 'quickRepliesButton'));
    personClick(opener()[0]!);
    await settle();
    personClick(document.querySelector<HTMLButtonElement>('[data-sidekick-template="thanks"]')!);
    await settle();
    personClick(document.querySelector<HTMLButtonElement>('[data-sidekick-template-confirm]')!);
    await settle();
    const text = 'Анна Смирнова, спасибо за заказ 0128619527-0157!';
    expect(box.value).toBe(text);
    expect(drafts).toEqual([text]);
    expect(document.querySelector('[data-sidekick-popover], [data-sidekick-template-preview]')).toBeNull();

    personClick(opener()[0]!);
    await settle();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(t('ru', 'quickRepliesError:repeat'));
    expect(document.querySelector<HTMLButtonElement>('[data-sidekick-template-confirm]')!.disabled).toBe(true);
    expect(drafts).toHaveLength(1);
  });

  it('keeps one Templates button through re-renders of the chat and removes it on stop', async () => {
    openChat('en');
    document.documentElement.lang = 'en';
    start([], { state: { reportUnrecognised: () => {}, set: () => {} }, guard: createSendGuard() });
    await settle();
    for (let i = 0; i < 20; i++) {
      openChat('en');
      await settle();
      expect(document.querySelectorAll('button[data-sidekick-action="quick-replies"]')).toHaveLength(1);
    }
    expect(document.querySelector('button[data-sidekick-action="quick-replies"]')?.textContent).toBe('Templates');
    stop!();
    stop = null;
    expect(document.querySelectorAll('[data-sidekick-owned]')).toHaveLength(0);
  });

  it('offers the sidebar the same picker while the chat is open, and withdraws it on stop', async () => {
    openChat('en');
    document.documentElement.lang = 'en';
    const pageState = createPageState();
    start([{ id: 'hello', name: 'Hello', text: 'Hello, {customer_name}!' }], { state: pageState, guard: createSendGuard() });
    await settle();
    expect(pageState.get().quickReplies).not.toBeNull();
    pageState.get().quickReplies!.open();
    await settle();
    expect(document.querySelector('[data-sidekick-template="hello"]')).not.toBeNull();
    stop!();
    stop = null;
    expect(pageState.get().quickReplies).toBeNull();
  });
});
