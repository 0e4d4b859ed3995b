// Contact Customer in Simplified Chinese (issue #15): the seller chose 中文 while the portal shows its rows in English.
// The buttons, the reasons a row has none, the errors in place and the template menu are Chinese; only the portal's
// own words stay as the portal writes them (tests/unit/support/owned-texts.ts reads only what the extension added).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t, textsOf, type MessageKey } from '@/lib/i18n';
import { listElement, matrixRows, rowElement, tabsElement } from '../../../../fixtures/orders/matrix';
import { startContactButtons } from '@/entrypoints/seller.content/features/contact-customer/index';
import { createPageObserver, type PageObserver } from '@/entrypoints/seller.content/observer';
import { createPageState } from '@/entrypoints/seller.content/page-state';
import { cancelPortalFlow } from '@/entrypoints/seller.content/portal/orders/flow';
import { RequestError } from '@/lib/protocol/send';
import { DEFAULT_PREFS } from '@/lib/prefs';
import { createSendGuard } from '@/entrypoints/seller.content/features/quick-replies/guard';
import { personClick } from '../../../support/person-input';
import { createFakeBackground } from '../../../support/fake-background';
import { untranslatedOnPage } from '../../../support/owned-texts';

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const background = createFakeBackground();
let observer: PageObserver;
let stop: () => void = () => undefined;

/** The matrix's every status × scheme in the portal's English, the extension's UI in Chinese. */
function start(apiAvailable: boolean): ReturnType<typeof matrixRows> {
  const rows = matrixRows();
  const { root, body } = listElement(document, 'en', 'table');
  for (const row of rows) body.append(rowElement(document, row, 'en', 'all', 'table'));
  document.body.replaceChildren(tabsElement(document, 'en'), root);
  background.reply({ getPrefs: { ...DEFAULT_PREFS, language: 'zh' }, getStatus: { stores: [], apiAvailable }, getShipmentEligibility: {} });
  const pageState = createPageState();
  stop = startContactButtons({ doc: document, observer, state: pageState, tab: 'all', send: background.send, assign: vi.fn(), openTab: vi.fn(), guard: createSendGuard() });
  return rows;
}

const rowOf = (postingNumber: string) => [...document.querySelectorAll<HTMLElement>('[data-sidekick-contact]')].filter((el) => el.textContent?.includes(postingNumber)).at(-1)!;
const untranslatedHere = (data: readonly string[] = []) => untranslatedOnPage(document, 'data-sidekick-contact', 'title', data);

beforeEach(() => {
  document.documentElement.lang = 'en';
  observer = createPageObserver(document.body, (run) => run());
  background.reset();
});
afterEach(() => {
  stop();
  observer.disconnect();
  cancelPortalFlow();
});

describe('Contact Customer in Chinese on an English portal', () => {
  it('every row: the button, or why there is none, in Chinese', async () => {
    const rows = start(false);
    await settle();
    const available = rows.filter((r) => r.expected.contact === 'available');
    expect(document.querySelectorAll('button[data-sidekick-action="contact-customer"]')).toHaveLength(available.length);
    expect(document.querySelector('button[data-sidekick-action="contact-customer"]')?.textContent).toBe('联系买家');
    const reasons = new Set(rows.filter((r) => r.expected.contact !== 'available').map((r) => r.expected.reason));
    for (const reason of reasons) {
      const row = rows.find((r) => r.expected.reason === reason)!;
      expect(rowOf(row.postingNumber).getAttribute('title'), reason ?? '').toBe(t('zh', `contactWhyNot:${reason}` as MessageKey));
    }
    expect(untranslatedHere()).toEqual([]);
  });

  it('with a store: the errors in place, the background’s own words, the template menu', async () => {
    const rows = start(true);
    const eligible = rows.find((r) => r.expected.contact === 'available')!;
    let fail: RequestError | null = null;
    background.reply({
      startChat: () => {
        if (fail) throw fail;
        return { chatId: '2f1c1a9e-0000-4000-8000-00000000abcd' };
      },
      listTemplates: [{ id: 'hello', name: '问候', text: '您好，{customer_name}！订单 {order_number} 正在备货。' }],
    });
    await settle();
    const button = () => rowOf(eligible.postingNumber).querySelector<HTMLButtonElement>('button[data-sidekick-action="contact-customer"]')!;
    const error = () => rowOf(eligible.postingNumber).querySelector<HTMLElement>('[data-sidekick-error]')!;
    const failures: [RequestError, string][] = [
      [new RequestError('premium-required', 'needs Premium Plus'), t('zh', 'contactError:premium-required')],
      [new RequestError('no-background', 'No answer'), t('zh', 'contactError:network')],
      [new RequestError('window-closed', 'closed'), t('zh', 'contactError:window-closed')],
      [new RequestError('rate-limited', 'Too many', textsOf('apiError:rate-limited')), t('zh', 'contactError:generic', { message: t('zh', 'apiError:rate-limited') })],
    ];
    for (const [failure, said] of failures) {
      fail = failure;
      personClick(button());
      await settle();
      expect(error().textContent).toBe(said);
      expect(untranslatedHere()).toEqual([]);
    }

    const menu = rowOf(eligible.postingNumber).querySelector<HTMLButtonElement>('button[data-sidekick-action="contact-with-template"]')!;
    expect(menu.getAttribute('aria-label')).toBe('用模板联系…');
    personClick(menu);
    await settle();
    const popover = rowOf(eligible.postingNumber).querySelector('[data-sidekick-popover]')!;
    expect(popover.querySelector('[data-sidekick-template-confirm]')?.textContent).toBe('发送');
    // The customer's name comes from the row (the fixture's is Latin).
    expect(untranslatedHere(['Anna Smith'])).toEqual([]);
  });
});
