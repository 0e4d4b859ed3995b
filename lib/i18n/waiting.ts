// How long something has waited, as the popup, the toolbar's notifications and "synced … ago" say it: whole days and
// hours, or hours and minutes, each a short unit Intl.NumberFormat writes in the UI's locale (LOCALES), joined as
// Intl.ListFormat joins units (a space in English and Russian, nothing in Chinese). Intl.DurationFormat would do it in
// one call, but the browsers the extension supports do not all have it.
import { LOCALES, type Lang } from './lang';

type Unit = 'day' | 'hour' | 'minute';

// Built once per locale and unit: the popup formats every row again each half minute.
const unitFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function unit(locale: string, name: Unit, value: number): string {
  const key = `${locale} ${name}`;
  let format = unitFormats.get(key);
  if (!format) unitFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' })));
  return format.format(value);
}

function joined(locale: string, parts: string[]): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' })));
  return format.format(parts);
}

/** "3 hr 12 min" / "3 ч 12 мин" / "3小时12分钟"; past a day, days and hours ("1 day 2 hr"); under a minute, 0 min. */
export function formatWaiting(ms: number, lang: Lang): string {
  const locale = LOCALES[lang];
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts: [Unit, number][] = days ? [['day', days], ['hour', hours]] : hours ? [['hour', hours], ['minute', minutes % 60]] : [['minute', minutes]];
  return joined(locale, parts.map(([name, value]) => unit(locale, name, value)));
}
