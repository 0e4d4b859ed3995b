// The scam guard in Simplified Chinese (issue #15): the badges and their tooltips, the open chat's banner with Ozon's
// advice, the complaint for Ozon support and what copying it says. The portal may show its own words in English
// (the seller chose 中文); only what the extension added is read (tests/unit/support/owned-texts.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/lib/i18n';
import { REASON_TEXT, type Reason, type ReasonCode, type Verdict } from '@/lib/scam';
import { DEFAULT_PREFS } from '@/lib/prefs';
import { createBadge } from '@/components/page/scam/badge';
import { ADVICE_KEYS, createBanner } from '@/components/page/scam/banner';
import { complaintText } from '@/entrypoints/seller.content/features/scam-guard/complaint';
import { createPageObserver, type PageObserver } from '@/entrypoints/seller.content/observer';
import { forgetApiFacts } from '@/entrypoints/seller.content/features/scam-guard/api-facts';
import { forgetDialogues } from '@/entrypoints/seller.content/features/scam-guard/memory';
import { startScamChat } from '@/entrypoints/seller.content/features/scam-guard/open-chat';
import { loadPage, messengerPage, openChatHtml } from '../../../../fixtures/portal/messenger';
import { DANGER_MESSAGES, rowId, SCAM_ROWS } from '../../../../fixtures/scam-page/rows';
import { personClick } from '../../../support/person-input';
import { createFakeBackground } from '../../../support/fake-background';
import { testFeatureEnv } from '../../../support/feature-env';
import { untranslated } from '../../../support/untranslated';
import { ownedRoots } from '../../../support/owned-texts';

const wait = (ms = 10) => new Promise((r) => setTimeout(r, ms));
const reason = (code: ReasonCode, evidence?: string): Reason => ({ code, en: REASON_TEXT[code].en, ru: REASON_TEXT[code].ru, ...(evidence ? { evidence } : {}) });
const DANGER: Verdict = { risk: 'danger', reasons: [reason('impersonates-support'), reason('asks-code'), reason('lookalike-domain', 'ozon-help.top')] };
const WARN: Verdict = { risk: 'warn', reasons: [reason('messenger-move')] };
const TRUSTED: Verdict = { risk: 'none', reasons: [reason('allowlisted')] };
/** What a message said, quoted in a tooltip («…»): data, as the customer wrote it. */
const evidenceIn = (text: string) => [...text.matchAll(/«([^»]*)»/g)].map((m) => m[1]!);

describe('the scam guard’s parts in Chinese', () => {
  it.each([
    ['danger', DANGER, '✖ 诈骗风险'],
    ['warn', WARN, '⚠ 可疑'],
    ['allowlisted', TRUSTED, '✓ 已信任'],
  ] as const)('the %s badge and its tooltip', (_kind, verdict, text) => {
    const badge = createBadge(document, verdict, 'zh')!;
    expect(badge.textContent).toBe(text);
    expect(badge.title.split('\n')[0]).toBe(t('zh', `scamTooltip:${_kind}`));
    expect(untranslated(badge, ['ozon-help.top'])).toEqual([]);
  });

  it('the banner: Ozon’s advice, why, the complaint copied or shown to copy by hand', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    const facts = { chatId: rowId(77), senderName: '王伟', verdict: DANGER, url: 'https://seller.ozon.ru/app/messenger?group=customers_v2&id=x' };
    const banner = createBanner(document, facts, 'zh', { writeText });
    document.body.replaceChildren(banner);
    for (const key of ADVICE_KEYS) expect(banner.textContent).toContain(t('zh', key));
    expect(untranslated(banner)).toEqual([]);
    personClick(banner.querySelector('button[data-sidekick-action="copy-complaint"]')!);
    await wait();
    expect(writeText).toHaveBeenCalledWith(complaintText(facts, 'zh'));
    expect(banner.querySelector('[role="status"]')?.textContent).toBe('投诉已复制：请粘贴到与 Ozon 客服的聊天中。');

    const refused = createBanner(document, facts, 'zh', { writeText: () => Promise.reject(new Error('denied')) });
    document.body.replaceChildren(refused);
    personClick(refused.querySelector('button[data-sidekick-action="copy-complaint"]')!);
    await wait();
    expect(refused.querySelector('[role="status"]')?.textContent).toBe(t('zh', 'scamCopyFailed'));
    expect(untranslated(refused)).toEqual([]);
  });

  it('the complaint for Ozon support, in Chinese around the chat’s own facts', () => {
    const text = complaintText({ chatId: rowId(77), senderName: null, verdict: DANGER }, 'zh');
    expect(text.split('\n')).toEqual([
      '您好！我要举报一个买家聊天中的疑似诈骗。',
      `聊天: ${rowId(77)}`,
      '发信人: 未知',
      '问题所在:',
      `- ${t('zh', 'reasonWhy:impersonates-support')}`,
      `- ${t('zh', 'reasonWhy:asks-code')}`,
      `- ${t('zh', 'reasonWhy:lookalike-domain')} («ozon-help.top»)`,
    ]);
  });
});

describe('the scam guard in an open chat, the seller’s language 中文 on an English portal', () => {
  const CHAT = rowId(77);
  const background = createFakeBackground();
  let observer: PageObserver;
  let stop = () => undefined as void;

  beforeEach(() => {
    forgetApiFacts();
    forgetDialogues();
    background.reset({ getPrefs: () => ({ ...DEFAULT_PREFS, language: 'zh' }), getStatus: () => ({ stores: [], apiAvailable: false }), getChatMeta: () => ({}) });
  });
  afterEach(() => {
    stop();
    observer.disconnect();
  });

  it('badges the messages and shows the banner, all in Chinese', async () => {
    loadPage(messengerPage({ lang: 'en', rows: SCAM_ROWS.slice(0, 2) }) + openChatHtml('en', CHAT, DANGER_MESSAGES), 'en', `/app/messenger?group=customers_v2&id=${CHAT}`);
    observer = createPageObserver(document.body, (run) => setTimeout(run, 0));
    const env = testFeatureEnv(background, { observer });
    startScamChat(env, { doc: document, send: background.send, group: 'customers_v2', chatId: CHAT, writeText: async () => undefined });
    stop = env.stop;
    await wait();
    expect(document.querySelector('[data-sidekick-scam-banner]')?.textContent).toContain(t('zh', 'scamBannerTitle'));
    const ours = ownedRoots(document);
    expect(ours.length).toBeGreaterThan(1);
    const evidence = ours.flatMap((el) => [...el.querySelectorAll('[title]'), el].flatMap((node) => evidenceIn(node.getAttribute('title') ?? '')));
    expect(ours.flatMap((el) => untranslated(el, evidence))).toEqual([]);
  });
});
