import { describe, expect, it } from 'vitest';
import { judge, judgeEligibility, judgeFacts } from '@/lib/shipments/judge';
import { schemeOfText, schemeOfTpl } from '@/lib/shipments/scheme';
import { statusOfExactText, statusOfText } from '@/lib/shipments/status';
import { ALL_STATUSES, ALL_TPL, contactOf, isRealFbs } from '@/sandbox/data/postings';
import { DELIVERY_LABEL, STATUS_WORD } from '@/sandbox/portal/labels';

describe('status words', () => {
  it('reads every status word of the replica, English and Russian, as its API code', () => {
    for (const status of ALL_STATUSES) {
      expect(statusOfExactText(STATUS_WORD[status].en)).toBe(status);
      expect(statusOfExactText(STATUS_WORD[status].ru)).toBe(status);
      expect(statusOfText(`  ${STATUS_WORD[status].ru.toUpperCase()}  `)).toBe(status);
    }
  });
  it('reads every Chinese status word of the replica, and the other wordings Chinese sellers see', () => {
    for (const status of ALL_STATUSES) expect(statusOfExactText(STATUS_WORD[status].zh)).toBe(status);
    expect(statusOfText('等待备货')).toBe('awaiting_packaging');
    expect(statusOfText('等待装运')).toBe('awaiting_deliver');
    expect(statusOfText('已签收 2026/11/21')).toBe('delivered');
    expect(statusOfText('客户仲裁中')).toBe('client_arbitration');
    expect(statusOfText('仲裁中')).toBe('arbitration');
    expect(statusOfText('已取消订单')).toBeNull();
  });
  it('reads the documented variants and ignores case, ё and extra text after the word', () => {
    expect(statusOfText('Ожидает упаковки')).toBe('awaiting_packaging');
    expect(statusOfText('Идёт приёмка')).toBe('acceptance_in_progress');
    expect(statusOfText('Canceled')).toBe('cancelled');
    expect(statusOfText('доставлено 21.11.2026')).toBe('delivered');
    expect(statusOfText('клиентский арбитраж доставки')).toBe('client_arbitration');
    expect(statusOfText('delivering, 2 days')).toBe('delivering');
  });
  it('does not read a word that only starts like a status', () => {
    expect(statusOfText('deliveredness')).toBeNull();
    expect(statusOfText('Кружка')).toBeNull();
    expect(statusOfExactText('доставлено 21.11')).toBeNull();
  });
});

describe('delivery scheme', () => {
  it('classifies every delivery-method label of DOM.md as its tpl_integration_type does', () => {
    for (const tpl of ALL_TPL) {
      const want = isRealFbs(tpl) ? 'rfbs' : 'not-rfbs';
      expect(schemeOfText(DELIVERY_LABEL[tpl].en), DELIVERY_LABEL[tpl].en).toBe(want);
      expect(schemeOfText(DELIVERY_LABEL[tpl].ru), DELIVERY_LABEL[tpl].ru).toBe(want);
      expect(schemeOfText(DELIVERY_LABEL[tpl].zh), DELIVERY_LABEL[tpl].zh).toBe(want);
      expect(schemeOfTpl(tpl)).toBe(want);
    }
  });
  it('knows the bare markers and leaves unknown methods undecided', () => {
    expect(schemeOfText('rFBS')).toBe('rfbs');
    expect(schemeOfText('realFBS Express')).toBe('rfbs');
    expect(schemeOfText('Партнерская доставка')).toBe('rfbs');
    expect(schemeOfText('Доставка Ozon, курьер')).toBe('not-rfbs');
    expect(schemeOfText('Почта России (гибрид)')).toBe('not-rfbs');
    expect(schemeOfText('卖家配送')).toBe('rfbs');
    expect(schemeOfText('非集成物流服务')).toBe('rfbs');
    expect(schemeOfText('卖家配送（rFBS）')).toBe('rfbs');
    expect(schemeOfText('由 Ozon 配送')).toBe('not-rfbs');
    expect(schemeOfText('СДЭК')).toBeNull();
    expect(schemeOfText('顺丰速运')).toBeNull();
    expect(schemeOfText('')).toBeNull();
    expect(schemeOfTpl('something_new')).toBeNull();
    expect(schemeOfTpl(undefined)).toBeNull();
  });
});

describe('the rule', () => {
  it('judges every status × scheme exactly as the replica ground truth', () => {
    let cases = 0;
    for (const status of ALL_STATUSES) {
      for (const tpl of ALL_TPL) {
        const truth = contactOf(status, tpl);
        const verdict = judge(status, schemeOfTpl(tpl));
        expect(verdict.eligible, `${status} × ${tpl}`).toBe(truth.eligible);
        if (!verdict.eligible) expect(verdict.reason).toBe(truth.reason);
        expect(judgeFacts({ status, tplIntegrationType: tpl })).toEqual(verdict);
        cases++;
      }
    }
    expect(cases).toBe(ALL_STATUSES.length * ALL_TPL.length);
  });
  it('says unknown rather than guessing', () => {
    expect(judge(null, 'rfbs')).toEqual({ eligible: false, reason: 'unknown' });
    expect(judge('delivering', null)).toEqual({ eligible: false, reason: 'unknown' });
    expect(judge(null, 'not-rfbs')).toEqual({ eligible: false, reason: 'not-rfbs' });
    expect(judge('delivered', null)).toEqual({ eligible: false, reason: 'delivered' });
  });
  it('lets available_actions decide the window when the API lists them', () => {
    expect(judgeFacts({ status: 'delivering', tplIntegrationType: 'non_integrated', availableActions: ['arbitration'] })).toEqual({
      eligible: false,
      reason: 'window-closed',
    });
    expect(judgeFacts({ status: 'delivering', tplIntegrationType: 'non_integrated', availableActions: ['can_create_chat'] })).toEqual({ eligible: true });
    expect(judgeFacts({ status: 'last_mile_new', tplIntegrationType: 'aggregator', availableActions: ['can_create_chat'] })).toEqual({ eligible: true });
    expect(judgeFacts({ status: 'delivered', tplIntegrationType: 'aggregator', availableActions: ['can_create_chat'] })).toEqual({
      eligible: false,
      reason: 'delivered',
    });
  });
  it('takes the background answer as it is', () => {
    expect(judgeEligibility({ postingNumber: '1-1-1', eligible: true })).toEqual({ eligible: true });
    expect(judgeEligibility({ postingNumber: '1-1-1', eligible: false, reason: 'window-closed' })).toEqual({ eligible: false, reason: 'window-closed' });
    expect(judgeEligibility({ postingNumber: '1-1-1', eligible: false })).toEqual({ eligible: false, reason: 'unknown' });
  });
});
