// Stable values the seed does not carry (user ids, warehouse ids…), derived from a seed value by hashing so they
// are the same on every run and in both replicas' eyes.

/** FNV-1a, 32 bits. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A decimal id of `digits` digits (no leading zero), stable for `text`. */
export function derivedId(text: string, digits: number): string {
  let out = String(1 + (hash32(text) % 9));
  let salt = 0;
  while (out.length < digits) out += String(hash32(`${text}#${salt++}`) % 1_000_000_000).padStart(9, '0');
  return out.slice(0, digits);
}
