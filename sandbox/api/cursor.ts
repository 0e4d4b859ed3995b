// Opaque paging cursors. A cursor names the last item of the previous page (its sort key), so a page never
// repeats or skips an item even when the list grows in front of it; a tampered cursor is refused.
import { badRequest } from './errors';

export interface CursorKey {
  /** The sort value of the last item sent (epoch ms). */
  t: number;
  /** Its id, the tie-breaker. */
  id: string;
  /** Which list the cursor belongs to, so one list's cursor is refused by another. */
  list: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined, list: string): CursorKey | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorKey>;
    if (typeof key.t === 'number' && typeof key.id === 'string' && key.list === list) {
      return { t: key.t, id: key.id, list };
    }
  } catch {
    // falls through to the refusal below
  }
  // The message Ozon answers with (practice).
  throw badRequest('Cursor value is incorrect');
}

/**
 * One page of `items`, already sorted by (`time`, `id`) in `order`; the page starts after the cursor's item.
 */
export function pageAfter<T>(
  items: readonly T[],
  keyOf: (item: T) => { t: number; id: string },
  after: CursorKey | undefined,
  limit: number,
  order: 'asc' | 'desc',
  list: string,
): { page: T[]; hasNext: boolean; cursor: string } {
  const sign = order === 'asc' ? 1 : -1;
  const compare = (a: { t: number; id: string }, b: { t: number; id: string }): number =>
    sign * (a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rest = after === undefined ? items : items.filter((item) => compare(keyOf(item), after) > 0);
  const page = rest.slice(0, limit);
  const hasNext = rest.length > page.length;
  const last = page[page.length - 1];
  const cursor = hasNext && last !== undefined ? encodeCursor({ ...keyOf(last), list }) : '';
  return { page, hasNext, cursor };
}

/** Sorts by (`t`, `id`) in `order`, the order `pageAfter` expects. */
export function sortByKey<T>(items: readonly T[], keyOf: (item: T) => { t: number; id: string }, order: 'asc' | 'desc'): T[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...items].sort((x, y) => {
    const a = keyOf(x);
    const b = keyOf(y);
    return sign * (a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });
}
