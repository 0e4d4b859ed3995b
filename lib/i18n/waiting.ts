// How long something has waited, as the popup, the toolbar's notifications and "synced … ago" say it.
import { t, type Lang } from './index';

/** "3 h 12 min" / "3 ч 12 мин"; past a day, days and hours. */
export function formatWaiting(ms: number, lang: Lang): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days) return t(lang, 'waitingDaysHours', { days, hours });
  if (hours) return t(lang, 'waitingHoursMinutes', { hours, minutes: minutes % 60 });
  return t(lang, 'waitingMinutes', { minutes });
}
