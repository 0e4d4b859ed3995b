// Whether a short line of the page is a time or a date, in any way the portal may print one (English, Russian,
// Chinese): clock times, numeric dates, month names, weekdays, relative times. Rows are found and read by what a
// time IS, never by one format: the live portal's format is not known (docs/portal-reading.md).

/** Pieces a time/date line is made of. Each kind says what the line holds once every piece is taken out. */
const PIECES: readonly { kind: Kind; re: RegExp }[] = [
  { kind: 'clock', re: /\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?/giu },
  { kind: 'date', re: /\d{4}[-./]\d{1,2}[-./]\d{1,2}/gu },
  { kind: 'date', re: /\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?/gu },
  { kind: 'date', re: /(?:\d{2,4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?[日号]?/gu },
  { kind: 'relative', re: /\d+\s?(?:分钟|小时|个小时|天|秒|周|星期|个月)\s?前/gu },
  { kind: 'relative', re: /\d+\s?(?:sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\.?\s+ago/giu },
  {
    kind: 'relative',
    re: /\d+\s?(?:с|сек|секунд[уы]?|мин|минут[уы]?|ч|час(?:а|ов)?|д|дн(?:я|ей)?|день|нед(?:ел[ьюи]|ель)?)\.?\s+назад/giu,
  },
  {
    kind: 'relative',
    re: /(?:just now|now|today|yesterday|только что|сейчас|сегодня|вчера|позавчера|刚刚|现在|今天|昨天|前天)/giu,
  },
  {
    kind: 'weekday',
    re: /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье|пн|вт|ср|чт|пт|сб|вс|(?:周|星期|礼拜)[一二三四五六日天])\.?/giu,
  },
  {
    // A month's stem and whatever ending or abbreviation follows ("нояб.", "ноября", "февр.", "Sept", "November").
    kind: 'month',
    re: /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек)[a-zа-яё]*\.?/giu,
  },
  { kind: 'number', re: /\d{1,4}/gu },
  { kind: 'filler', re: /(?:at|on|в|г\.?|года?|,|·|-|–|—|\/|\s)+/giu },
];

type Kind = 'clock' | 'date' | 'relative' | 'weekday' | 'month' | 'number' | 'filler';

const MAX_LENGTH = 40;
/** Most lines are names and messages: without a digit, only a relative word or a weekday can make a time. */
const WORD_TIMES = new RegExp(`${PIECES.filter((p) => p.kind === 'relative' || p.kind === 'weekday').map((p) => p.re.source).join('|')}`, 'iu');

/**
 * Whether `line` is a time or date and nothing else: "12:30", "Вчера", "Yesterday, 12:30", "Пн", "12 нояб.",
 * "Nov 12, 2026", "11月12日", "2026-11-12", "5 мин назад", "5分钟前". A bare number is not (an unread counter), nor a
 * month word alone (a name such as «Май»).
 */
export function isTimeLike(line: string): boolean {
  let rest = line.trim().toLowerCase();
  if (rest.length === 0 || rest.length > MAX_LENGTH) return false;
  if (!/\d/.test(rest) && !WORD_TIMES.test(rest)) return false;
  const seen = new Set<Kind>();
  for (const { kind, re } of PIECES) {
    re.lastIndex = 0;
    rest = rest.replace(re, () => {
      seen.add(kind);
      return ' ';
    });
  }
  if (rest.trim().length > 0) return false;
  if (seen.has('clock') || seen.has('date') || seen.has('relative') || seen.has('weekday')) return true;
  return seen.has('month') && seen.has('number');
}
