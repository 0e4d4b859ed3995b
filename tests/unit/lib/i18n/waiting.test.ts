import { describe, expect, it } from 'vitest';
import { formatWaiting } from '@/lib/i18n/waiting';

describe('waiting times', () => {
  it('formats waiting times', () => {
    expect(formatWaiting((3 * 60 + 12) * 60_000, 'en')).toBe('3 h 12 min');
    expect(formatWaiting((3 * 60 + 12) * 60_000, 'ru')).toBe('3 ч 12 мин');
    expect(formatWaiting(26 * 3600_000, 'en')).toBe('1 d 2 h');
    expect(formatWaiting(59_000, 'ru')).toBe('0 мин');
  });
});
