import { describe, expect, it } from 'vitest';
import { formatWaiting } from '@/lib/i18n/waiting';

// Intl's short units in the UI's locale (lib/i18n/waiting.ts). English used to write "3 h 12 min" and "1 d 2 h" by
// hand; Intl writes the same durations in CLDR's standard short form, "3 hr 12 min" and "1 day 2 hr".
describe('waiting times', () => {
  it('formats waiting times', () => {
    expect(formatWaiting((3 * 60 + 12) * 60_000, 'en')).toBe('3 hr 12 min');
    expect(formatWaiting((3 * 60 + 12) * 60_000, 'ru')).toBe('3 ч 12 мин');
    expect(formatWaiting(26 * 3600_000, 'en')).toBe('1 day 2 hr');
    expect(formatWaiting(59_000, 'ru')).toBe('0 мин');
  });

  it('speaks Chinese, with Chinese plural-free units and no spaces', () => {
    expect(formatWaiting((3 * 60 + 12) * 60_000, 'zh')).toBe('3小时12分钟');
    expect(formatWaiting(26 * 3600_000, 'zh')).toBe('1天2小时');
    expect(formatWaiting(5 * 60_000, 'zh')).toBe('5分钟');
  });

  it('says minutes as before in English and Russian (the popup\'s "Synced 3 min ago")', () => {
    expect(formatWaiting(3 * 60_000, 'en')).toBe('3 min');
    expect(formatWaiting(11 * 60_000, 'ru')).toBe('11 мин');
  });

  it('writes plurals and big numbers as the locale does', () => {
    expect(formatWaiting(3 * 1440 * 60_000, 'en')).toBe('3 days 0 hr');
    expect(formatWaiting(1200 * 1440 * 60_000, 'en')).toBe('1,200 days 0 hr');
    expect(formatWaiting(-5, 'en')).toBe('0 min');
  });
});
