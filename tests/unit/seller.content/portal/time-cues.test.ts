import { describe, expect, it } from 'vitest';
import { isTimeLike } from '@/entrypoints/seller.content/portal/time-cues';

describe('isTimeLike: any time or date the portal may print', () => {
  it.each([
    '12:30',
    '9:05',
    '12:30:15',
    '3:15 PM',
    'Yesterday',
    'Вчера',
    '昨天',
    'Yesterday, 12:30',
    'Вчера в 12:30',
    '昨天 12:30',
    'Today',
    'Сегодня',
    'Mon',
    'Monday',
    'Пн',
    'понедельник',
    '周一',
    '星期三',
    'Wed 12:30',
    '12 нояб.',
    '12 ноября',
    '12 ноября 2025 г.',
    'Nov 12',
    'Nov 12, 2025',
    '12 Nov',
    '11月12日',
    '2025年11月12日',
    '21.11',
    '21.11.2025',
    '21/11/2025',
    '2025-11-21',
    '21.11.2025, 12:30',
    '5 мин назад',
    '2 ч назад',
    '3 дня назад',
    '5 min ago',
    '2 hours ago',
    '5分钟前',
    '3小时前',
    'только что',
    'just now',
    '刚刚',
  ])('a time: %s', (text) => {
    expect(isTimeLike(text)).toBe(true);
  });

  it.each([
    'Anna K.',
    'Иван',
    'Май',
    'March',
    '3',
    '99+',
    '0128619527-0157-1',
    'Заказ № 0128619527-0157',
    'Где мой заказ?',
    'Customer',
    'Покупатель',
    '买家',
    'Marina',
    'Маяковский',
    'в',
    '12 шт',
    'Привет, 12:30 подойдёт?',
    '',
  ])('not a time: %s', (text) => {
    expect(isTimeLike(text)).toBe(false);
  });
});

describe('isTimeLike: month abbreviations of every length', () => {
  it.each(['11 сент.', '26 февр.', '3 янв.', '5 мая', '1 июня', '7 Sept', '7 Sep', '12 December', '29 нояб. 2025 г.'])('%s', (text) => {
    expect(isTimeLike(text)).toBe(true);
  });
});
