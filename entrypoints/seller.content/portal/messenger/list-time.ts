// How long a dialogue has waited, from the time its list row shows (HH:MM today, Yesterday / Вчера / 昨天, a date).
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
  const date = dayOfListTime(t);
  if (date) {
    const year = date.year ?? now.getFullYear();
    const dayEnd = new Date(year, date.month - 1, date.day + 1, 0, 0, 0, 0);
    if (date.year === null && dayEnd.getTime() > midnight.getTime()) dayEnd.setFullYear(year - 1);
    return Math.max(0, (now.getTime() - dayEnd.getTime()) / 3_600_000);
  }
  return null;
}

/** The day a list date names: DD.MM[.YYYY], or «[YYYY年]11月5日» as a Chinese page may print it. */
function dayOfListTime(t: string): { day: number; month: number; year: number | null } | null {
  const dotted = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?$/.exec(t);
  if (dotted) return { day: Number(dotted[1]), month: Number(dotted[2]), year: dotted[3] ? Number(dotted[3].length === 2 ? `20${dotted[3]}` : dotted[3]) : null };
  const chinese = /^(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]$/.exec(t);
  if (chinese) return { day: Number(chinese[3]), month: Number(chinese[2]), year: chinese[1] ? Number(chinese[1]) : null };
  return null;
}
