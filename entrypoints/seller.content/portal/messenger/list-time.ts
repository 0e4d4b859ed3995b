// How long a dialogue has waited, from the time its list row shows (HH:MM today, Yesterday / Вчера, a date).
import { foldText } from '@/lib/i18n/text';
import { YESTERDAY_WORDS } from './cues';

/** Hours since a list row's time, as a lower bound (Yesterday / a date: since that day ended). Null if unknown. */
export function waitingHoursFromListTime(time: string, now: Date = new Date()): number | null {
  const t = time.trim();
  const hm = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (hm) {
    const at = new Date(now);
    at.setHours(Number(hm[1]), Number(hm[2]), 0, 0);
    // A time later than now is from yesterday (the list shows HH:MM for today only, but clocks may differ).
    if (at.getTime() > now.getTime()) at.setDate(at.getDate() - 1);
    return (now.getTime() - at.getTime()) / 3_600_000;
  }
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  if (YESTERDAY_WORDS.some((w) => foldText(w) === foldText(t))) return (now.getTime() - midnight.getTime()) / 3_600_000;
  const date = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?$/.exec(t);
  if (date) {
    const year = date[3] ? Number(date[3].length === 2 ? `20${date[3]}` : date[3]) : now.getFullYear();
    const dayEnd = new Date(year, Number(date[2]) - 1, Number(date[1]) + 1, 0, 0, 0, 0);
    if (!date[3] && dayEnd.getTime() > midnight.getTime()) dayEnd.setFullYear(year - 1);
    return Math.max(0, (now.getTime() - dayEnd.getTime()) / 3_600_000);
  }
  return null;
}
