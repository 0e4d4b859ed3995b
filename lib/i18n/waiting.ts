// How long something has waited, as the popup, the toolbar's notifications and "synced … ago" say it: whole days and
// hours, or hours and minutes, each a unit Intl.NumberFormat writes in the UI's locale (LOCALES), joined as Intl
// joins units. The same as Intl.DurationFormat's narrow list of short units, which older browsers lack.
import { LOCALES, type Lang } from './lang';

type Unit = 'day' | 'hour' | 'minute';

function unit(locale: string, name: Unit, value: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
}

/** "3 hr 12 min" / "3 ч 12 мин" / "3小时12分钟"; past a day, days and hours ("1 day 2 hr"); under a minute, 0 min. */
export function formatWaiting(ms: number, lang: Lang): string {
  const locale = LOCALES[lang];
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts: [Unit, number][] = days ? [['day', days], ['hour', hours]] : hours ? [['hour', hours], ['minute', minutes % 60]] : [['minute', minutes]];
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(parts.map(([name, value]) => unit(locale, name, value)));
}
