// How long something has waited, as the popup, the toolbar's notifications and "synced … ago" say it.

/** "3 h 12 min" / "3 ч 12 мин"; past a day, days and hours. */
export function formatWaiting(ms: number, lang: 'en' | 'ru'): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const u = lang === 'ru' ? { d: 'д', h: 'ч', m: 'мин' } : { d: 'd', h: 'h', m: 'min' };
  if (days) return `${days} ${u.d} ${hours} ${u.h}`;
  if (hours) return `${hours} ${u.h} ${mins} ${u.m}`;
  return `${mins} ${u.m}`;
}
