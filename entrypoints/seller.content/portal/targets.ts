// Targets as data: each part of a portal page the adapters look for has a name, a primary way to find it,
// fallbacks, and the count expected. Running a target says which finder matched, so a broken cue is visible
// (in the sidebar's note and in tests) instead of silently finding nothing.
export type Expect = 'one' | 'many' | 'optional';

export interface Finder<T> {
  /** What cue this finder relies on, e.g. "link to /app/messenger?id=". */
  cue: string;
  find(scope: ParentNode): T[];
}

export interface Target<T> {
  name: string;
  expect: Expect;
  finders: readonly [Finder<T>, ...Finder<T>[]];
}

export interface TargetResult<T> {
  name: string;
  found: T[];
  /** The cue of the finder that matched (null when none did). */
  finder: string | null;
  /** Index of that finder: 0 = primary; above 0 = a fallback was needed. */
  finderIndex: number;
  /** False when the count does not meet the expectation. */
  ok: boolean;
  /** 'one' expected, several found: the first is used, and the doubt is kept visible. */
  ambiguous: boolean;
}

/** Tries the finders in order and keeps the first that finds anything. A finder that throws counts as no match. */
export function runTarget<T>(target: Target<T>, scope: ParentNode): TargetResult<T> {
  for (const [index, finder] of target.finders.entries()) {
    let found: T[] = [];
    try {
      found = finder.find(scope);
    } catch (error) {
      console.warn('[seller-sidekick]', target.name, finder.cue, error);
    }
    if (found.length > 0) {
      const ambiguous = target.expect === 'one' && found.length > 1;
      return { name: target.name, found: target.expect === 'one' ? found.slice(0, 1) : found, finder: finder.cue, finderIndex: index, ok: true, ambiguous };
    }
  }
  return { name: target.name, found: [], finder: null, finderIndex: -1, ok: target.expect === 'optional', ambiguous: false };
}

/** Names of the targets that did not meet their expectation. */
export function missingParts(results: readonly TargetResult<unknown>[]): string[] {
  return results.filter((r) => !r.ok).map((r) => r.name);
}
