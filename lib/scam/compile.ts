// Compiles the rule table (rules.ts) into regular expressions once, at module load: judging never builds a regex.
import type { RulePattern } from './rules';

// Word characters of the normalised text (lower case, Latin and Cyrillic after folding): an explicit class is
// several times faster than \p{L} in V8's look-arounds.
const WORD_START = '(?<![0-9a-z\\u0430-\\u044f\\u0450-\\u04ff\\u00df-\\u024f])';
const WORD_END = '(?![0-9a-z\\u0430-\\u044f\\u0450-\\u04ff\\u00df-\\u024f])';

export interface CompiledPattern {
  all: readonly RegExp[];
  unless: RegExp | null;
  scope: 'sentence' | 'message';
  /** False when a term is anchored to a sentence ("^…$"): the whole-message pre-check would miss it. */
  precheck: boolean;
}

const cache = new Map<string, RegExp>();

/** One regex for a list of terms: any term, at a word start (a term starting with "^" or a look-behind anchors itself). */
export function compileTerms(terms: readonly string[]): RegExp {
  const key = terms.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const anchored: string[] = [];
  const wordStart: string[] = [];
  for (const t of terms) {
    // A trailing "$" means "end of word", except in a "^…$" term, which is a whole sentence.
    const body = t.endsWith('$') && !t.endsWith('\\$') && !t.startsWith('^') ? `${t.slice(0, -1)}${WORD_END}` : t;
    (t.startsWith('^') || t.startsWith('(?<') ? anchored : wordStart).push(`(?:${body})`);
  }
  // One word-start look-behind for the whole alternation: checked once per position, not once per term.
  const parts = [...anchored, ...(wordStart.length > 0 ? [`${WORD_START}(?:${wordStart.join('|')})`] : [])];
  const re = new RegExp(parts.join('|'), 'u');
  cache.set(key, re);
  return re;
}

export function compilePattern(p: RulePattern): CompiledPattern {
  return {
    all: p.all.map(compileTerms),
    unless: p.unless && p.unless.length > 0 ? compileTerms(p.unless) : null,
    scope: p.scope ?? 'sentence',
    precheck: !p.all.some((terms) => terms.some((t) => t.startsWith('^'))),
  };
}

/** The first matched text of the first group when every group matches in `text` and `unless` does not. */
export function matchPattern(p: CompiledPattern, text: string): string | null {
  let evidence: string | null = null;
  for (const re of p.all) {
    const m = re.exec(text);
    if (!m) return null;
    evidence ??= m[0];
  }
  if (p.unless && p.unless.test(text)) return null;
  return evidence;
}
