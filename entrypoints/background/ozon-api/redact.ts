// Removes the Api-Key from text we did not write (a server's message, a browser's error): not only the key itself
// but any part of it of 8 characters or more, with or without its hyphens, in any letter case, URL-encoded, and
// in base64 (standard and URL-safe, at each of the three byte alignments a key can have inside encoded text).
// A server that echoes a cut key or an encoded header must not carry it to a page.

export const REDACTED = '[redacted]';
/** The shortest run of a key's characters that is removed: shorter runs occur in ordinary text. */
export const MIN_FRAGMENT = 8;
/** Keys shorter than this are not a secret worth the name (and would redact ordinary words). */
const MIN_SECRET = 4;

interface Needles {
  /** Windows matched without regard to letter case (the key's own characters, URL-encoded). */
  folded: Set<string>;
  /** Windows matched exactly (base64 is case-sensitive). */
  exact: Set<string>;
  width: number;
}

const cache = new Map<string, Needles>();

/**
 * The base64 text that encodes `text` whatever precedes it: for each alignment (0, 1, 2 bytes cut off the front),
 * the characters of whole 3-byte groups only, since a partial last group's characters depend on what follows.
 */
function base64Forms(text: string): string[] {
  const out: string[] = [];
  const bytes = new TextEncoder().encode(text);
  for (let skip = 0; skip < 3; skip++) {
    const whole = Math.floor((bytes.length - skip) / 3) * 3;
    if (whole <= 0) continue;
    let binary = '';
    for (const byte of bytes.subarray(skip, skip + whole)) binary += String.fromCharCode(byte);
    const standard = btoa(binary);
    out.push(standard, standard.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return out;
}

function windows(text: string, width: number, into: Set<string>): void {
  if (text.length < width) return;
  for (let i = 0; i + width <= text.length; i++) into.add(text.slice(i, i + width));
}

function needlesFor(secret: string): Needles {
  const hit = cache.get(secret);
  if (hit) return hit;
  // A key shorter than a window is matched whole.
  const width = Math.min(MIN_FRAGMENT, secret.length);
  const plain = [...new Set([secret, secret.replace(/-/g, '')])];
  const folded = new Set<string>();
  const exact = new Set<string>();
  for (const form of plain) {
    windows(form.toLowerCase(), width, folded);
    windows(encodeURIComponent(form).toLowerCase(), width, folded);
    for (const encoded of base64Forms(form)) windows(encoded, width, exact);
  }
  const needles = { folded, exact, width };
  if (cache.size > 16) cache.clear();
  cache.set(secret, needles);
  return needles;
}

/** Marks every character of `text` covered by a window of one of the needles. */
function mark(text: string, needles: Needles, covered: Uint8Array): void {
  const { width, folded, exact } = needles;
  const lower = text.toLowerCase();
  // toLowerCase keeps the length for the characters a key can hold; when it does not, match exactly only.
  const foldable = lower.length === text.length;
  for (let i = 0; i + width <= text.length; i++) {
    const slice = text.slice(i, i + width);
    if (exact.has(slice) || (foldable ? folded.has(lower.slice(i, i + width)) : folded.has(slice))) covered.fill(1, i, i + width);
  }
}

/** `text` with every trace of each secret replaced by [redacted] (a run of covered characters becomes one mark). */
export function redact(text: string, secrets: readonly string[]): string {
  const usable = secrets.map((s) => s.trim()).filter((s) => s.length >= MIN_SECRET);
  if (!usable.length || !text) return text;
  const covered = new Uint8Array(text.length);
  for (const secret of usable) mark(text, needlesFor(secret), covered);
  if (!covered.includes(1)) return text;
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (!covered[i]) {
      out += text[i];
      i++;
      continue;
    }
    while (i < text.length && covered[i]) i++;
    out += REDACTED;
  }
  return out;
}

/** Every string inside `value` (objects and arrays walked) redacted; other values as they were. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, secrets)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, secrets);
    return out as T;
  }
  return value;
}
