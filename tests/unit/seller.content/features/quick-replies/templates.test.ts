import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/lib/i18n';
import { h, render } from 'preact';
import { completeValues, fillTemplate, orderNumberOf, placeholdersIn } from '@/entrypoints/seller.content/features/quick-replies/fill';
import { createSendGuard, sameText } from '@/entrypoints/seller.content/features/quick-replies/guard';
import { insertAsTyping } from '@/entrypoints/seller.content/features/quick-replies/insert';
import { MAX_MESSAGE_LENGTH } from '@/lib/templates/model';
import { TemplatePicker } from '@/components/page/quick-replies/TemplatePicker';
import { personClick } from '../../../support/person-input';

const ALL = {
  posting_number: '0128619527-0157-1',
  customer_name: 'Анна',
  product: 'Чехол',
  seller_name: 'Мой магазин',
};

describe('filling a template', () => {
  it('fills every placeholder and derives the order number from the posting number', () => {
    const result = fillTemplate(
      '  {customer_name}, заказ {order_number} ({posting_number}): {product}. {seller_name}  ',
      ALL,
    );
    expect(result).toEqual({
      text: 'Анна, заказ 0128619527-0157 (0128619527-0157-1): Чехол. Мой магазин',
      length: 67,
      missing: [],
      error: null,
    });
    expect(orderNumberOf('0128619527-0157-1')).toBe('0128619527-0157');
    expect(orderNumberOf('not a number')).toBeNull();
    expect(completeValues({ order_number: '1-2' , posting_number: '0128619527-0157-1' }).order_number).toBe('1-2');
  });

  it('names the placeholders that have no value and leaves unknown braces as written', () => {
    const result = fillTemplate('Hi {customer_name}, {product} {product} {unknown}', { product: 'Mug' });
    expect(result.error).toBe('missing-values');
    expect(result.missing).toEqual(['customer_name']);
    expect(result.text).toBe('Hi {customer_name}, Mug Mug {unknown}');
    expect(placeholdersIn('{a} {seller_name} {posting_number} {seller_name}')).toEqual(['seller_name', 'posting_number']);
    expect(fillTemplate('Hi {customer_name}', { customer_name: '   ' }).missing).toEqual(['customer_name']);
  });

  it('allows 1–1000 characters after filling, counted as characters (not UTF-16 units)', () => {
    expect(fillTemplate('   ', {}).error).toBe('empty');
    expect(fillTemplate('a', {}).error).toBeNull();
    expect(fillTemplate('a'.repeat(MAX_MESSAGE_LENGTH), {}).error).toBeNull();
    expect(fillTemplate('a'.repeat(MAX_MESSAGE_LENGTH + 1), {})).toMatchObject({ error: 'too-long', length: 1001 });
    // 990 characters of template grow past the limit once the name is in.
    expect(fillTemplate(`${'x'.repeat(990)} {customer_name}`, { customer_name: 'Константин Константинопольский' }).error).toBe('too-long');
    expect(fillTemplate('😀'.repeat(1000), {})).toMatchObject({ error: null, length: 1000 });
  });
});

describe('send guard', () => {
  it('refuses the same text twice in a row to the same chat, not to another chat or after another text', () => {
    const guard = createSendGuard();
    expect(guard.isRepeat('chat-a', 'Hello')).toBe(false);
    guard.record('chat-a', 'Hello');
    expect(guard.isRepeat('chat-a', 'Hello')).toBe(true);
    expect(guard.isRepeat('chat-a', '  Hello \n')).toBe(true);
    expect(guard.isRepeat('chat-b', 'Hello')).toBe(false);
    guard.record('chat-a', 'Something else');
    expect(guard.isRepeat('chat-a', 'Hello')).toBe(false);
    expect(sameText('a  b', 'a b')).toBe(true);
  });

  it('warns when one template reaches 5 chats within 10 minutes, and stops warning once they age out', () => {
    let now = 1_000_000;
    const guard = createSendGuard({ now: () => now });
    for (let i = 1; i <= 4; i++) {
      expect(guard.rateWarning('tpl', `chat-${i}`)).toBeNull();
      guard.record(`chat-${i}`, `text ${i}`, 'tpl');
      now += 60_000;
    }
    // The same chats again do not count twice; a fifth chat does.
    expect(guard.rateWarning('tpl', 'chat-2')).toBeNull();
    expect(guard.rateWarning('tpl', 'chat-5')).toEqual({ chats: 5, windowMinutes: 10 });
    expect(guard.rateWarning('other-template', 'chat-5')).toBeNull();
    now += 7 * 60_000;
    expect(guard.rateWarning('tpl', 'chat-5')).toBeNull();
  });
});

describe('inserting into the message box', () => {
  it('sets the value through the native setter and fires a bubbling input event the page hears', () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    // A framework's value tracker on the element itself: a plain `box.value = …` would go to it, not to the DOM.
    let trackerValue = '';
    Object.defineProperty(box, 'value', {
      configurable: true,
      get: () => (Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get as () => string).call(box),
      set: (v: string) => {
        trackerValue = v;
      },
    });
    const seen: { type: string; bubbles: boolean; value: string }[] = [];
    document.body.addEventListener('input', (event) => seen.push({ type: event.type, bubbles: event.bubbles, value: (event.target as HTMLTextAreaElement).value }));
    insertAsTyping(box, 'Здравствуйте!');
    expect(seen).toEqual([{ type: 'input', bubbles: true, value: 'Здравствуйте!' }]);
    expect(trackerValue).toBe('');
    expect(box.value).toBe('Здравствуйте!');
    expect(document.activeElement).toBe(box);
    box.remove();
  });
});

describe('TemplatePicker', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  const templates = [
    { id: 'greet', name: 'Greeting', text: 'Hello {customer_name}, order {order_number}.' },
    { id: 'long', name: 'Long', text: `${'x'.repeat(995)} {product}` },
    { id: 'seller', name: 'Signed', text: 'Thanks! {seller_name}' },
  ];

  it('previews the filled text, says why a template cannot go, and hands over the text', async () => {
    const onPick = vi.fn();
    const guard = createSendGuard();
    render(
      h(TemplatePicker, { templates, values: { posting_number: '0128619527-0157-1', customer_name: 'Ann', product: 'Mug set' }, lang: 'en', action: 'insert', chatKey: 'c1', guard, onPick }),
      root,
    );
    await flush();
    expect(root.textContent).toContain(t('en', 'quickRepliesTranslationNote'));
    const pick = (id: string) => personClick(root.querySelector<HTMLButtonElement>(`[data-sidekick-template="${id}"]`)!);
    const confirm = () => root.querySelector<HTMLButtonElement>('[data-sidekick-template-confirm]')!;
    pick('long');
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The message is 1003 characters long; the portal allows at most 1000.');
    expect(confirm().disabled).toBe(true);
    pick('seller');
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('No value here for: seller name.');
    pick('greet');
    await flush();
    expect(root.querySelector('[data-sidekick-template-preview]')?.textContent).toBe('Hello Ann, order 0128619527-0157.');
    expect(confirm().disabled).toBe(false);
    personClick(confirm());
    await flush();
    expect(onPick).toHaveBeenCalledWith('Hello Ann, order 0128619527-0157.', templates[0]);
  });

  it('refuses a repeat to the same chat and warns about a template used on many chats (Russian)', async () => {
    const guard = createSendGuard();
    guard.record('c1', 'Hello Ann, order 0128619527-0157.', 'greet');
    for (const chat of ['c2', 'c3', 'c4']) guard.record(chat, 'x', 'greet');
    const props = { templates: [templates[0]!], values: { posting_number: '0128619527-0157-1', customer_name: 'Ann' }, lang: 'ru' as const, action: 'send' as const, guard, onPick: vi.fn() };
    render(h(TemplatePicker, { ...props, chatKey: 'c1' }), root);
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(t('ru', 'quickRepliesError:repeat'));
    expect(root.querySelector<HTMLButtonElement>('[data-sidekick-template-confirm]')!.disabled).toBe(true);
    render(h(TemplatePicker, { ...props, chatKey: 'c5' }), root);
    await flush();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('[data-sidekick-rate-warning]')?.textContent).toContain('5 чатов за 10 минут');
    expect(root.querySelector<HTMLButtonElement>('[data-sidekick-template-confirm]')!.textContent).toBe('Отправить');
  });
});
