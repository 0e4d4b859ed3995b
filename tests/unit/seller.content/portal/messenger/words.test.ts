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
