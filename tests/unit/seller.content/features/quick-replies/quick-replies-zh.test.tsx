// Quick replies in Simplified Chinese (issue #15): the picker in each of its states and the Templates button of an
// open chat. Every text a person meets is Chinese but the seller's templates and the chat's facts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { t } from '@/lib/i18n';
import { DEFAULT_PREFS } from '@/lib/prefs';
import { TemplatePicker, type TemplatePickerProps } from '@/components/page/quick-replies/TemplatePicker';
import { createSendGuard } from '@/entrypoints/seller.content/features/quick-replies/guard';
import { startQuickReplies } from '@/entrypoints/seller.content/features/quick-replies/index';
import { createPageObserver } from '@/entrypoints/seller.content/observer';
import { personClick } from '../../../support/person-input';
import { createFakeBackground } from '../../../support/fake-background';
import { testFeatureEnv } from '../../../support/feature-env';
import { untranslated } from '../../../support/untranslated';
import { ownedRoots } from '../../../support/owned-texts';

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const TEMPLATES = [
  { id: 'thanks', name: '感谢', text: '{customer_name}，谢谢您的订单 {order_number}！' },
  { id: 'long', name: '长文', text: '字'.repeat(1001) },
  { id: 'blank', name: '空白', text: '   ' },
];
const VALUES = { posting_number: '0128619527-0157-1', customer_name: '王伟' };

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

function picker(props: Partial<TemplatePickerProps> = {}): void {
  render(h(TemplatePicker, { templates: TEMPLATES, values: VALUES, lang: 'zh', action: 'insert', chatKey: 'c1', guard: createSendGuard(), onPick: vi.fn(), onCancel: vi.fn(), ...props }), root);
}
const choose = async (id: string) => {
  personClick(root.querySelector(`[data-sidekick-template="${id}"]`)!);
  await settle();
};

describe('the template picker in Chinese', () => {
  it('no templates yet', () => {
    picker({ templates: [] });
    expect(root.textContent).toContain(t('zh', 'quickRepliesNone'));
    expect(untranslated(root)).toEqual([]);
  });

  it.each([
    ['filled, with its length', 'thanks', {}, null],
    ['a value missing', 'thanks', { values: { posting_number: '0128619527-0157-1' } }, t('zh', 'quickRepliesError:missing-values', { names: '买家姓名' })],
    ['too long', 'long', {}, t('zh', 'quickRepliesError:too-long', { length: 1001, max: 1000 })],
    ['empty', 'blank', {}, t('zh', 'quickRepliesError:empty')],
  ] as const)('%s', async (_name, id, props, problem) => {
    picker(props);
    await choose(id);
    if (problem) expect(root.querySelector('[role="alert"]')?.textContent).toBe(problem);
    else expect(root.textContent).toContain('字符');
    expect(untranslated(root)).toEqual([]);
  });

  it('the same text again, and the warning after many chats', async () => {
    const guard = createSendGuard();
    guard.record('c1', '王伟，谢谢您的订单 0128619527-0157！', 'thanks');
    for (const chat of ['c2', 'c3', 'c4']) guard.record(chat, 'x', 'thanks');
    picker({ guard, templates: [TEMPLATES[0]!] });
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(t('zh', 'quickRepliesError:repeat'));
    expect(untranslated(root)).toEqual([]);
    render(null, root);
    picker({ guard, templates: [TEMPLATES[0]!], chatKey: 'c5', action: 'send' });
    await settle();
    expect(root.querySelector('[data-sidekick-rate-warning]')?.textContent).toBe(t('zh', 'quickRepliesRateWarning', { chats: 5, minutes: 10 }));
    expect(root.querySelector('[data-sidekick-template-confirm]')?.textContent).toBe('发送');
    expect(untranslated(root)).toEqual([]);
  });

  it('sending, then a failure in the feature’s words', async () => {
    let fail: (error: Error) => void = () => undefined;
    picker({ templates: [TEMPLATES[0]!], action: 'send', onPick: () => new Promise<void>((_resolve, reject) => (fail = reject)) });
    await settle();
    personClick(root.querySelector('[data-sidekick-template-confirm]')!);
    await settle();
    expect(root.querySelector('[data-sidekick-template-confirm]')?.textContent).toBe('正在发送…');
    fail(new Error(t('zh', 'errorDuplicateMessage')));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(t('zh', 'errorDuplicateMessage'));
    expect(untranslated(root)).toEqual([]);
  });
});

describe('the Templates button of an open chat, on the portal in Chinese', () => {
  it('is Chinese, and so is its picker', async () => {
    document.documentElement.lang = 'zh-Hans';
    const chat = document.createElement('div');
    chat.setAttribute('active-chat-id', '7d3f4b2a-1111-4222-8333-444455556666');
    const part = (tag: string, text = '') => Object.assign(document.createElement(tag), { textContent: text });
    const header = part('div');
    header.append(part('span', '王伟'), part('span', '买家'));
    const grow = part('div');
    grow.setAttribute('data-replicated-value', '');
    grow.append(Object.assign(document.createElement('textarea'), { placeholder: '输入消息…' }));
    const composer = part('div');
    composer.append(grow, part('button'));
    chat.append(header, part('div'), composer);
    document.body.replaceChildren(chat);
    const background = createFakeBackground({ getPrefs: { ...DEFAULT_PREFS }, listTemplates: [TEMPLATES[0]!] });
    const observer = createPageObserver(document.body, (run) => run());
    const env = testFeatureEnv(background, { observer });
    startQuickReplies({ doc: document, observer, chatId: '7d3f4b2a-1111-4222-8333-444455556666', send: background.send, signal: env.signal, settings: env.settings, state: { reportUnrecognised: () => {}, set: () => {} }, guard: createSendGuard() });
    await settle();
    const opener = document.querySelector<HTMLButtonElement>('button[data-sidekick-action="quick-replies"]')!;
    expect(opener.textContent).toBe('模板');
    personClick(opener);
    await settle();
    expect(document.querySelector('[data-sidekick-template="thanks"]')).not.toBeNull();
    expect(ownedRoots(document).flatMap((el) => untranslated(el))).toEqual([]);
    env.stop();
    observer.disconnect();
  });
});
