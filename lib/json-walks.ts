// Walks over a parsed JSON value for the settings import (lib/settings-io.ts): its rough size, keys JavaScript gives
// a meaning to, and fields a schema dropped. Pure.

/** Keys that mean something to JavaScript objects: a file holding one is refused, never silently cleaned. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The size of `raw` as JSON text, roughly (strings and keys by their length, other values by a few characters),
 * counted only up to `limit`: a huge document (the background gets the parsed value, not the file) stops the walk early.
 */
export function jsonSizeUpTo(raw: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [raw];
  while (stack.length && size <= limit) {
    const value = stack.pop();
    if (typeof value === 'string') size += value.length + 2;
    else if (Array.isArray(value)) {
      size += 2 + value.length;
      stack.push(...value);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        size += key.length + 4;
        stack.push(inner);
      }
    } else size += 5;
  }
  return size;
}

/** The first key anywhere in `raw` that JavaScript gives a meaning to, by its path. */
export function forbiddenKeyPath(raw: unknown, path: string): string | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  // Own keys only: JSON.parse makes "__proto__" an own property, where `in` or a spread would not see it.
  for (const key of Object.keys(raw)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const inner = forbiddenKeyPath((raw as Record<string, unknown>)[key], here);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The first field of `raw` that the checked document does not keep (the schemas drop what they do not know): an
 * unknown field is refused by name rather than silently lost.
 */
export function unknownFieldPath(raw: unknown, kept: unknown, path: string): string | undefined {
  if (!raw || typeof raw !== 'object' || !kept || typeof kept !== 'object') return undefined;
  for (const key of Object.keys(raw)) {
    const here = path ? `${path}.${key}` : key;
    if (!Object.prototype.hasOwnProperty.call(kept, key)) return here;
    const inner = unknownFieldPath((raw as Record<string, unknown>)[key], (kept as Record<string, unknown>)[key], here);
    if (inner) return inner;
  }
  return undefined;
}
