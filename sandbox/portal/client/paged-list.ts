// A list that loads 30 rows per scroll page (DOM.md): the first page again on a filter/tab change or refresh
// (re-rendered whole), the next one when the scroller nears its bottom or is not yet filled. The chat list and the
// shipments table share it; each keeps its own rendering.
import { nearBottom, underfilled } from './dom';
import { boot } from './env';

export interface ListPage<T> {
  items: T[];
  hasMore: boolean;
}

export interface PagedListSource<T> {
  scroller: HTMLElement;
  /** Fetches `limit` rows from `offset` with the view's current filters. */
  fetch(offset: number, limit: number): Promise<ListPage<T>>;
  /** A row's identity, so a page that shifted under us adds no row twice. */
  keyOf(row: T): string;
  /** Renders the whole list from `rows` / `loaded` (loading and empty states included). */
  render(): void;
  /** Appends the rows of a further page to what is rendered. */
  appendRows(rows: readonly T[]): void;
}

export interface PagedList<T> {
  readonly rows: readonly T[];
  readonly loaded: boolean;
  /** Fetches the first `count` rows again and re-renders the list whole; `keep` keeps what shows meanwhile. */
  load(count?: number, keep?: boolean): Promise<void>;
  /** The same rows again, without the loading state. */
  refresh(): Promise<void>;
  /** Drops the answers of requests in flight. */
  cancel(): void;
}

export function createPagedList<T>(source: PagedListSource<T>): PagedList<T> {
  const { scroller } = source;
  let rows: T[] = [];
  let hasMore = false;
  let loaded = false;
  let loadingMore = false;
  let seq = 0;

  async function load(count = boot.pageSize, keep = false): Promise<void> {
    const mine = ++seq;
    if (!keep) {
      loaded = false;
      rows = [];
      source.render();
      scroller.scrollTop = 0;
    }
    try {
      const page = await source.fetch(0, Math.max(count, boot.pageSize));
      if (mine !== seq) return;
      rows = page.items;
      hasMore = page.hasMore;
    } catch {
      if (mine !== seq) return;
      rows = [];
      hasMore = false;
    }
    loaded = true;
    source.render();
    maybeLoadMore();
  }

  async function loadMore(): Promise<void> {
    if (loadingMore || !hasMore || !loaded) return;
    loadingMore = true;
    const mine = seq;
    try {
      const page = await source.fetch(rows.length, boot.pageSize);
      if (mine !== seq) return;
      const known = new Set(rows.map(source.keyOf));
      const fresh = page.items.filter((r) => !known.has(source.keyOf(r)));
      rows = rows.concat(fresh);
      hasMore = page.hasMore;
      source.appendRows(fresh);
    } finally {
      loadingMore = false;
    }
    maybeLoadMore();
  }

  function maybeLoadMore(): void {
    if (hasMore && (underfilled(scroller) || (scroller.clientHeight > 0 && nearBottom(scroller)))) void loadMore();
  }

  scroller.addEventListener('scroll', () => {
    if (nearBottom(scroller)) void loadMore();
  });

  return {
    get rows() {
      return rows;
    },
    get loaded() {
      return loaded;
    },
    load,
    refresh: () => load(rows.length, true),
    cancel() {
      seq++;
    },
  };
}
