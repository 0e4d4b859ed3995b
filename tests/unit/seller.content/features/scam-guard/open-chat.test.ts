import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/lib/i18n';
import { REASON_TEXT } from '@/lib/scam';
import { DEFAULT_PREFS, type Prefs } from '@/lib/prefs';
import type { ChatMeta, StatusReport } from '@/lib/protocol/messages';
import { createPageObserver, type PageObserver } from '@/entrypoints/seller.content/observer';
import { forgetApiFacts } from '@/entrypoints/seller.content/features/scam-guard/api-facts';
import { forgetDialogues, rememberedDialogue } from '@/entrypoints/seller.content/features/scam-guard/memory';
import { complaintText } from '@/entrypoints/seller.content/features/scam-guard/complaint';
import { ADVICE_KEYS, SUPPORT_HREF } from '@/components/page/scam/banner';
import { RISK_ATTR, REASONS_ATTR } from '@/entrypoints/seller.content/features/scam-guard/list-badges';
import scamChat, { startScamChat } from '@/entrypoints/seller.content/features/scam-guard/open-chat';
import { pageKindOf } from '@/entrypoints/seller.content/portal/page-kind';
import { loadPage, messengerPage, openChatHtml, type Lang, type MessageData } from '../../../../fixtures/portal/messenger';
import { CLEAN_MESSAGES, DANGER_MESSAGES, PAYLOAD_MESSAGES, rowId, SCAM_ROWS } from '../../../../fixtures/scam-page/rows';
import { personClick } from '../../../support/person-input';
import { createFakeBackground } from '../../../support/fake-background';
import { testFeatureEnv } from '../../../support/feature-env';

const CHAT = rowId(77);
let prefs: Prefs;
let status: StatusReport;
let meta: Record<string, ChatMeta>;
let observer: PageObserver;
let stop: (() => void) | null = null;
const background = createFakeBackground();
const writeText = vi.fn<(text: string) => Promise<void>>();
const wait = (ms = 10) => new Promise((r) => setTimeout(r, ms));

/** A messenger page with the list and an open chat of `messages` (header: "Anna K." with the Customer tag). */
function page(lang: Lang, messages: readonly MessageData[]): string {
  return messengerPage({ lang, rows: SCAM_ROWS.slice(0, 2) }) + openChatHtml(lang, CHAT, messages);
}

function start(lang: Lang, messages: readonly MessageData[]): void {
  loadPage(page(lang, messages), lang, `/app/messenger?group=customers_v2&id=${CHAT}`);
  observer = createPageObserver(document.body, (run) => setTimeout(run, 0));
  const env = testFeatureEnv(background, { observer });
  startScamChat(env, { doc: document, send: background.send, group: 'customers_v2', chatId: CHAT, writeText });
  stop = env.stop;
}

/** The message bubbles of the open chat, oldest first (the fixture's bubble rows). */
const bubbles = () => [...document.querySelector(`[active-chat-id="${CHAT}"]`)!.children[1]!.children];
const banners = () => document.querySelectorAll('[data-sidekick-scam-banner]');

/** Re-renders the open chat's messages as the portal does (new nodes, same content). */
function rerenderMessages(lang: Lang, messages: readonly MessageData[]): void {
  const holder = document.querySelector(`[active-chat-id="${CHAT}"]`)!.children[1]!;
  const fresh = document.createRange().createContextualFragment(openChatHtml(lang, CHAT, messages));
  const next = fresh.querySelector('[active-chat-id]')!.children[1]!;
  holder.replaceWith(next);
}

beforeEach(() => {
  forgetApiFacts();
  forgetDialogues();
  prefs = structuredClone(DEFAULT_PREFS);
  status = { stores: [], apiAvailable: false };
  meta = {};
  background.reset({ getPrefs: () => prefs, getStatus: () => status, getChatMeta: () => meta });
  writeText.mockReset();
  writeText.mockResolvedValue(undefined);
  delete (window as { __scamPwned?: number }).__scamPwned;
});

afterEach(() => {
  stop?.();
  stop = null;
  observer?.disconnect();
});

describe.each(['en', 'ru'] as Lang[])('an open dangerous chat (%s)', (lang) => {
  it('marks each incoming message, badges the flagged ones, leaves the seller’s alone', async () => {
    start(lang, DANGER_MESSAGES);
    await wait();
    const [first, mine, code, thanks] = bubbles();
    expect(first!.getAttribute(RISK_ATTR)).toBe('danger');
    expect(first!.getAttribute(REASONS_ATTR)).toContain('impersonates-support');
    expect(code!.getAttribute(RISK_ATTR)).toBe('danger');
    expect(code!.getAttribute(REASONS_ATTR)).toContain('asks-code');
    expect(thanks!.getAttribute(RISK_ATTR)).toBe('none');
    expect(mine!.hasAttribute(RISK_ATTR)).toBe(false);
    expect(first!.querySelectorAll('[data-sidekick-scam-badge]').length).toBe(1);
    expect(code!.querySelector('[data-sidekick-scam-badge]')!.getAttribute('title')).toContain(REASON_TEXT['asks-code'][lang]);
    expect(thanks!.querySelectorAll('[data-sidekick-scam-badge]').length).toBe(0);
    expect(mine!.querySelectorAll('[data-sidekick-scam-badge]').length).toBe(0);
  });

  it('shows one banner with Ozon’s advice right before the message box’s block, as an alert', async () => {
    start(lang, DANGER_MESSAGES);
    await wait();
    expect(banners().length).toBe(1);
    const banner = banners()[0] as HTMLElement;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.hasAttribute('data-sidekick-owned')).toBe(true);
    expect(banner.textContent).toContain(t(lang, 'scamBannerTitle'));
    for (const key of ADVICE_KEYS) expect(banner.textContent).toContain(t(lang, key));
    expect(banner.textContent).toContain(REASON_TEXT['asks-code'][lang]);
    // A sibling before the textarea's container, inside the open chat.
    expect(banner.nextElementSibling?.querySelector('textarea')).not.toBeNull();
    expect(banner.closest('[active-chat-id]')).not.toBeNull();
    const link = banner.querySelector<HTMLAnchorElement>('a[data-sidekick-action="open-support"]')!;
    expect(link.getAttribute('href')).toBe(SUPPORT_HREF);
    expect(link.textContent).toBe(t(lang, 'scamOpenSupport'));
  });

  it('the button copies a complaint naming the chat, the sender and the reasons', async () => {
    start(lang, DANGER_MESSAGES);
    await wait();
    const button = document.querySelector<HTMLButtonElement>('[data-sidekick-action="copy-complaint"]')!;
    expect(button.textContent).toBe(t(lang, 'scamCopyComplaint'));
    personClick(button);
    await wait();
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain(CHAT);
    expect(text).toContain('Anna K.');
    expect(text).toContain(REASON_TEXT['impersonates-support'][lang]);
    expect(text).toContain(REASON_TEXT['asks-code'][lang]);
    expect(banners()[0]!.textContent).toContain(t(lang, 'scamComplaintCopied'));
  });
});

describe('the open chat', () => {
  it('without a clipboard the complaint is shown selected in a text box', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    start('en', DANGER_MESSAGES);
    await wait();
    personClick(document.querySelector<HTMLButtonElement>('[data-sidekick-action="copy-complaint"]')!);
    await wait();
    const area = document.querySelector<HTMLTextAreaElement>('textarea[data-sidekick-complaint]')!;
    expect(area.value).toContain(CHAT);
    expect(area.readOnly).toBe(true);
    expect(area.hasAttribute('data-sidekick-owned')).toBe(true);
    expect(banners()[0]!.textContent).toContain(t('en', 'scamCopyFailed'));
  });

  it('200 re-renders of the messages keep one banner and one badge per flagged message', async () => {
    start('en', DANGER_MESSAGES);
    await wait();
    for (let i = 0; i < 200; i++) {
      rerenderMessages('en', DANGER_MESSAGES);
      if (i % 25 === 0) await wait(0);
    }
    await wait();
    expect(banners().length).toBe(1);
    expect(document.querySelectorAll('[data-sidekick-scam-badge]').length).toBe(2);
    expect(bubbles().map((b) => b.getAttribute(RISK_ATTR))).toEqual(['danger', null, 'danger', 'none']);
  });

  it('a clean chat gets marks "none" and no banner; a chat turning dangerous gets one', async () => {
    start('en', CLEAN_MESSAGES);
    await wait();
    expect(bubbles()[0]!.getAttribute(RISK_ATTR)).toBe('none');
    expect(banners().length).toBe(0);
    expect(document.querySelectorAll('[data-sidekick-scam-badge]').length).toBe(0);
    rerenderMessages('en', [...CLEAN_MESSAGES, { side: 'left', text: 'Send me the SMS code you just got, please', time: '12:20' }]);
    await wait();
    expect(banners().length).toBe(1);
  });

  it('remembers the dialogue’s verdict for its list row', async () => {
    start('en', DANGER_MESSAGES);
    await wait();
    const remembered = rememberedDialogue(CHAT)!;
    expect(remembered.risk).toBe('danger');
    expect(remembered.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['impersonates-support', 'asks-code']));
  });

  it('a chat of a single message is judged too (its bubble, not just its time line)', async () => {
    start('en', PAYLOAD_MESSAGES);
    await wait();
    const bubble = bubbles()[0]!;
    expect(['warn', 'danger']).toContain(bubble.getAttribute(RISK_ATTR));
    expect(bubble.getAttribute(REASONS_ATTR)).toContain('messenger-move');
    expect(bubble.querySelectorAll('[data-sidekick-scam-badge]').length).toBe(1);
  });

  it('HTML in messages stays text and never runs', async () => {
    start('en', PAYLOAD_MESSAGES);
    await wait();
    const bubble = bubbles()[0]!;
    expect(bubble.textContent).toContain('<img src=x onerror="window.__scamPwned=3">');
    expect(bubble.getAttribute(REASONS_ATTR)).toContain('messenger-move');
    expect(document.querySelectorAll('img').length).toBe(0);
    expect((window as { __scamPwned?: number }).__scamPwned).toBeUndefined();
  });

  it('an allowlisted chat shows no banner and its messages read allowlisted', async () => {
    prefs.scamGuard.allowlist = [{ kind: 'chat', value: CHAT }];
    start('en', DANGER_MESSAGES);
    await wait();
    expect(banners().length).toBe(0);
    expect(bubbles()[0]!.getAttribute(RISK_ATTR)).toBe('none');
    expect(bubbles()[0]!.getAttribute(REASONS_ATTR)).toBe('allowlisted');
  });

  it('an API-verified support chat gets no banner', async () => {
    status.apiAvailable = true;
    meta = { [CHAT]: { chatId: CHAT, storeId: 's', chatType: 'SELLER_SUPPORT', isBuyerChat: false, lastAuthor: 'support', userType: 'Support' } };
    start('en', DANGER_MESSAGES);
    await wait(30);
    expect(banners().length).toBe(0);
  });

  it('stop() removes the banner, the badges and the attributes', async () => {
    start('en', DANGER_MESSAGES);
    await wait();
    expect(banners().length).toBe(1);
    stop!();
    stop = null;
    expect(document.querySelectorAll(`[${RISK_ATTR}], [${REASONS_ATTR}], [data-sidekick-owned]`).length).toBe(0);
  });

  it('applies only to an open chat', () => {
    expect(scamChat.appliesTo(pageKindOf(`https://seller.ozon.ru/app/messenger?group=customers_v2&id=${CHAT}`))).toBe(true);
    expect(scamChat.appliesTo(pageKindOf('https://seller.ozon.ru/app/messenger?group=customers_v2'))).toBe(false);
  });

  it('the complaint text is plain and complete in both languages', () => {
    const verdict = { risk: 'danger' as const, reasons: [{ code: 'asks-code' as const, ...REASON_TEXT['asks-code'], evidence: 'код' }] };
    const ru = complaintText({ chatId: CHAT, senderName: '<b>x</b>', verdict }, 'ru');
    expect(ru).toContain(t('ru', 'complaintIntro'));
    expect(ru).toContain('<b>x</b>');
    expect(ru).toContain(REASON_TEXT['asks-code'].ru);
    expect(complaintText({ chatId: null, senderName: null, verdict }, 'en')).toContain(t('en', 'complaintUnknown'));
  });
});
