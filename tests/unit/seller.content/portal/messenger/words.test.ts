import { describe, expect, it } from 'vitest';
import { contextOf, filterOfLabel, isResetLabel, isYouLabel, tagOf, waitingHoursFromListTime } from '@/entrypoints/seller.content/portal/messenger';
import { BUBBLE_TIME_RE, LIST_TIME_RE } from '@/entrypoints/seller.content/portal/messenger/cues';
import { FILTER_LABELS, PORTAL_FILTERS } from '@/lib/presets/filters';

describe('text cues in English and Russian', () => {
  it('tags', () => {
    expect(tagOf('Customer')).toBe('customer');
    expect(tagOf(' покупатель ')).toBe('customer');
    expect(tagOf('Support')).toBe('support');
    expect(tagOf('Поддержка')).toBe('support');
    expect(tagOf('Поддержка Ozon')).toBeNull();
  });
  it('filter labels, exact only', () => {
    for (const f of PORTAL_FILTERS) {
      expect(filterOfLabel(FILTER_LABELS[f].en)).toBe(f);
      expect(filterOfLabel(FILTER_LABELS[f].ru)).toBe(f);
    }
    expect(filterOfLabel('All')).toBe('all');
    expect(filterOfLabel('Unread messages')).toBeNull();
    expect(filterOfLabel('Без вашего ответа, 3')).toBeNull();
    expect(isResetLabel('Сбросить фильтры')).toBe(true);
    expect(isYouLabel('Вы')).toBe(true);
    expect(isYouLabel('You')).toBe(true);
  });
  it('times and contexts', () => {
    for (const t of ['12:30', '9:05', 'Yesterday', 'Вчера', '21.11', '21.11.2025']) expect(LIST_TIME_RE.test(t)).toBe(true);
    for (const t of ['12:30 pm', 'Tuesday', '2025-11-21']) expect(LIST_TIME_RE.test(t)).toBe(false);
    for (const t of ['12:30', '24.11 12:30']) expect(BUBBLE_TIME_RE.test(t)).toBe(true);
    expect(contextOf('Заказ № 0128619527-0157')).toEqual({ kind: 'order', orderNumber: '0128619527-0157' });
    expect(contextOf('Order № 0128619527-0157')).toEqual({ kind: 'order', orderNumber: '0128619527-0157' });
    expect(contextOf('Товар: Чайник X')).toEqual({ kind: 'product', product: 'Чайник X' });
    expect(contextOf('Product: Kettle')).toEqual({ kind: 'product', product: 'Kettle' });
    expect(contextOf('about my order')).toBeNull();
  });
  it('waiting hours from a list time are a lower bound', () => {
    const now = new Date(2026, 10, 25, 15, 0);
    expect(waitingHoursFromListTime('13:30', now)).toBeCloseTo(1.5);
    expect(waitingHoursFromListTime('16:00', now)).toBeCloseTo(23); // later than now: yesterday
    expect(waitingHoursFromListTime('Вчера', now)).toBeCloseTo(15);
    expect(waitingHoursFromListTime('23.11', now)).toBeCloseTo(39); // since the end of 23 Nov
    expect(waitingHoursFromListTime('30.12', now)).toBeGreaterThan(24 * 300); // last year
    expect(waitingHoursFromListTime('soon', now)).toBeNull();
  });
});

describe('text cues in Chinese (the portal in zh-Hans; the words are assumed, docs/portal-reading.md)', () => {
  it('tags', () => {
    expect(tagOf('买家')).toBe('customer');
    expect(tagOf(' 客服 ')).toBe('support');
    expect(tagOf('Ozon客服')).toBe('support');
    expect(tagOf('Ozon 客服 王')).toBeNull();
  });
  it('filter labels: ours, the other likely wordings, exact only', () => {
    for (const f of PORTAL_FILTERS) expect(filterOfLabel(FILTER_LABELS[f].zh)).toBe(f);
    expect(filterOfLabel('客户未回复')).toBe('without-customer-reply');
    expect(filterOfLabel('未回复')).toBe('without-my-reply');
    expect(filterOfLabel('所有聊天')).toBe('all');
    expect(filterOfLabel('未读，3')).toBeNull();
    expect(filterOfLabel('新消息')).toBeNull();
    expect(isResetLabel('重置筛选')).toBe(true);
    expect(isYouLabel('您')).toBe(true);
    expect(isYouLabel('您好')).toBe(false);
  });
  it('times and contexts', () => {
    for (const t of ['昨天', '11月21日', '1月5日']) expect(LIST_TIME_RE.test(t)).toBe(true);
    for (const t of ['11月21日 12:30', '12:30']) expect(BUBBLE_TIME_RE.test(t)).toBe(true);
    expect(contextOf('订单号 0128619527-0157')).toEqual({ kind: 'order', orderNumber: '0128619527-0157' });
    expect(contextOf('订单号：0128619527-0157')).toEqual({ kind: 'order', orderNumber: '0128619527-0157' });
    expect(contextOf('商品：电热水壶 X')).toEqual({ kind: 'product', product: '电热水壶 X' });
    expect(contextOf('我的订单在哪里')).toBeNull();
  });
  it('waiting hours from a Chinese list time are a lower bound', () => {
    const now = new Date(2026, 10, 25, 15, 0);
    expect(waitingHoursFromListTime('昨天', now)).toBeCloseTo(15);
    expect(waitingHoursFromListTime('11月23日', now)).toBeCloseTo(39);
    expect(waitingHoursFromListTime('2026年11月23日', now)).toBeCloseTo(39);
    expect(waitingHoursFromListTime('12月30日', now)).toBeGreaterThan(24 * 300);
  });
});
