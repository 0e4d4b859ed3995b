// A link's or page's address reduced to its shape: the path with ids and digit runs replaced, the query's keys with
// only the portal's enum values kept (`group`, `tab`, `lang`, `locale`), no foreign host names.
// The same id (chat UUID, posting number) gets the same placeholder within one report — `{id:a}`, `{posting:b}` —
// so a replay can tell a row's link from the open chat's; the letters are an index, never derived from the id.

/** Query keys whose values are the portal's own enums, safe to keep. */
export const ENUM_QUERY_KEYS: ReadonlySet<string> = new Set(['group', 'tab', 'lang', 'locale']);

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POSTING_RE = /^\d{6,12}-\d{1,6}(?:-\d{1,4})?$/;
const ENUM_VALUE_RE = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;
const KEY_RE = /^[A-Za-z_][A-Za-z0-9_.[\]-]{0,39}$/;
/** A host of Ozon's own, kept in a link's shape (a foreign host could name a person or a shop). */
const OZON_HOST_RE = /^(?:[a-z0-9-]+\.)*ozon\.(?:ru|com|by|kz)$/;

/** Letters for an index (0 → a, 25 → z, 26 → aa): no digits, so no number from the page can seem to survive. */
export function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Placeholders for ids, numbered by first sight within one report. */
export class IdPlaceholders {
  private readonly seen = new Map<string, string>();
  private count = 0;
  of(kind: 'id' | 'posting', value: string): string {
    const key = `${kind}|${value.toLowerCase()}`;
    let placeholder = this.seen.get(key);
    if (!placeholder) this.seen.set(key, (placeholder = `{${kind}:${letters(this.count++)}}`));
    return placeholder;
  }
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** A value from an address or an id attribute, as a category (ids as placeholders). */
export function valueShape(value: string, ids: IdPlaceholders): string {
  const v = value.trim();
  if (!v) return '';
  if (UUID_RE.test(v)) return ids.of('id', v);
  if (POSTING_RE.test(v)) return ids.of('posting', v);
  if (/^\d+$/.test(v)) return '{n}';
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return '{datetime}';
  return '{text}';
}

function segmentShape(raw: string, ids: IdPlaceholders): string {
  if (!raw) return '';
  const seg = decode(raw);
  if (UUID_RE.test(seg)) return ids.of('id', seg);
  if (POSTING_RE.test(seg)) return ids.of('posting', seg);
  if (/^\d+$/.test(seg)) return '{n}';
  // Long tokens (hashes, base64, mixed ids) are ids whatever their alphabet.
  if (seg.length >= 16 && /\d/.test(seg)) return '{token}';
  const kept = seg.replace(/\d+/g, '{n}');
  return /^[A-Za-z_.{}-]{1,40}$/.test(kept) ? kept : '{seg}';
}

export function pathShape(path: string, ids: IdPlaceholders): string {
  return path
    .split('/')
    .map((seg) => segmentShape(seg, ids))
    .join('/');
}

/** Query pairs (without the leading "?"): keys, enum values, other values as categories. */
export function queryPairs(query: string, ids: IdPlaceholders): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of query.split('&')) {
    if (!part) continue;
    const at = part.indexOf('=');
    const key = decode(at < 0 ? part : part.slice(0, at));
    const value = at < 0 ? '' : decode(part.slice(at + 1));
    const safeKey = KEY_RE.test(key) ? key : '{key}';
    pairs.push([safeKey, ENUM_QUERY_KEYS.has(key) && ENUM_VALUE_RE.test(value) ? value : valueShape(value, ids)]);
  }
  return pairs;
}

const queryShape = (query: string, ids: IdPlaceholders): string =>
  queryPairs(query, ids)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

/** Path, query and fragment of a path-like address, each shaped. */
function localShape(address: string, ids: IdPlaceholders): string {
  const hashAt = address.indexOf('#');
  const beforeHash = hashAt < 0 ? address : address.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  let out = pathShape(path, ids);
  if (queryAt >= 0) out += `?${queryShape(beforeHash.slice(queryAt + 1), ids)}`;
  if (hashAt >= 0) out += hashAt === address.length - 1 ? '#' : '#{frag}';
  return out;
}

/** An href's shape, in the same form as written (relative stays relative). */
export function hrefShape(href: string, ids: IdPlaceholders): string {
  const raw = href.trim();
  if (!raw) return '';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === undefined && !raw.startsWith('//')) return localShape(raw, ids);
  if (scheme === 'http' || scheme === 'https' || scheme === undefined) {
    let url: URL;
    try {
      url = new URL(raw, 'https://seller.ozon.ru');
    } catch {
      return '{bad-url}';
    }
    const host = url.hostname.toLowerCase();
    if (!OZON_HOST_RE.test(host)) return `${url.protocol}//{external}`;
    return `${url.protocol}//${host}${localShape(url.pathname + url.search + url.hash, ids)}`;
  }
  if (['mailto', 'tel', 'sms', 'data', 'blob'].includes(scheme)) return `${scheme}:{value}`;
  if (scheme === 'javascript') return 'javascript:';
  return '{scheme}:';
}
