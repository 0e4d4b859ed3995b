// Whether a text is a time or date as the portal may print it, in English, Russian or Chinese: 12:30, Yesterday,
// Вчера, 昨天, weekdays, «12 нояб.», "Nov 12", 24.11, 24.11.2026, "5 min ago", «5 мин назад», 5分钟前, and
// combinations such as «Вчера, 12:30» or "24.11 12:30". Wider than portal/messenger/cues.ts' LIST_TIME_RE on
// purpose: the report must never keep a date that a stricter reader would have missed.

const MONTHS_EN = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTHS_RU =
  'янв(?:аря|арь)?|фев(?:раля|раль)?|мар(?:та|т)?|апр(?:еля|ель)?|ма[яй]|июн[яь]?|июл[яь]?|авг(?:уста|уст)?|сен(?:тября|тябрь|т)?|окт(?:ября|ябрь)?|ноя(?:бря|брь|б)?|дек(?:абря|абрь)?';
const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|' +
  'понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье|пн|вт|ср|чт|пт|сб|вс|' +
  '星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]';
const DAY_WORDS = 'yesterday|today|tomorrow|just now|now|вчера|сегодня|позавчера|завтра|только что|сейчас|昨天|今天|前天|明天|刚刚';
const UNITS_EN = 'seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo|years?|yrs?|y';
const UNITS_RU = 'секунд[уы]?|сек|минут[уы]?|мин|час(?:а|ов)?|ч|дн(?:я|ей)|день|недел[июь]|нед|месяц(?:а|ев)?|мес|год(?:а)?|лет';

const TOKEN = [
  String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?`,
  String.raw`\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?`,
  String.raw`\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?`,
  String.raw`\d{1,2}\s*(?:${MONTHS_EN}|${MONTHS_RU})\.?(?:\s*\d{4})?(?:\s*г\.?)?`,
  String.raw`(?:${MONTHS_EN})\.?\s*\d{1,2}(?:,?\s*\d{4})?`,
  String.raw`(?:\d{4}年)?\d{1,2}月\d{1,2}日`,
  String.raw`(?:\d+|an?|one)\s*(?:${UNITS_EN})\.?\s+ago`,
  String.raw`\d+\s*(?:${UNITS_RU})\.?\s*назад`,
  String.raw`\d+\s*(?:秒|分钟|小时|天|周|个月|年)前`,
  `${WEEKDAYS}`,
  `${DAY_WORDS}`,
].join('|');

// One separator character or connecting word at a time (no nested quantifier: no catastrophic backtracking).
const SEP = String.raw`(?:[\s,·–—-]|at(?=\s)|в(?=\s))`;
const ITEM = String.raw`(?:${TOKEN})\.?(?![\p{L}\p{N}])`;
const TIME_RE = new RegExp(String.raw`^${SEP}*${ITEM}(?:${SEP}*${ITEM})*${SEP}*$`, 'iu');

/** Longer texts are never a time on the portal, and testing them costs time. */
const MAX_TIME_LENGTH = 48;

export function isTimeText(text: string): boolean {
  return text.length <= MAX_TIME_LENGTH && TIME_RE.test(text);
}

/** An ISO-like machine date (a `datetime` attribute's usual value). */
export const ISO_DATETIME_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
