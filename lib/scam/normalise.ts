// Text normalisation before matching, so that obfuscation does not slip through: bidi overrides read in display
// order, Unicode NFKC, invisible characters, case, ё→е, letters spaced out inside a word ("т е л е г р а м", "t.e.l.e.g.r.a.m") and look-alike characters
// (Latin/Cyrillic homoglyphs, 0→o, 1→l, 3→з/e) folded into the script that dominates each word.

/**
 * Invisible characters, used to split words or pad a text: every format character (Unicode Cf: zero-width spaces and
 * joiners, bidi controls, soft hyphen, word joiners, tag characters…), plus the invisible marks outside Cf —
 * combining grapheme joiner, Mongolian and other variation selectors, Khmer inherent vowels, Hangul fillers.
 */
const INVISIBLE = /[\p{Cf}\p{Variation_Selector}\u115F\u1160\u3164\uFFA0]|\u034F|\u17B4|\u17B5/gu;
/** Explicit bidi overrides: U+202D LEFT-TO-RIGHT and U+202E RIGHT-TO-LEFT OVERRIDE. */
const OVERRIDE = /[\u202D\u202E]/;
/** Hyphens and dashes of every kind read as '-' (phone numbers are written with them). */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Printable ASCII, Russian letters and line breaks only. */
const PLAIN = /^[\n\r\t\x20-\x7E\u0410-\u044F\u0401\u0451«»—–]*$/;
const HORIZONTAL_SPACE = /[^\S\n]+/g;
/** Three or more single letters separated by one or two separator characters. */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*·•|/\\,]{1,2}\p{L}(?![\p{L}\p{N}])){2,}/gu;
/** Russian and English one-letter words that can precede a spaced-out word. */
const ONE_LETTER_WORDS = new Set(['в', 'с', 'к', 'у', 'о', 'и', 'а', 'я', 'a', 'i']);
const SPACED_SEPARATORS = /[ .\-_*·•|/\\,]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const NEEDS_FOLDING = /[a-z\u0370-\u03ff][\u0400-\u04ff]|[\u0400-\u04ff][a-z\u0370-\u03ff]|[0-9][a-z\u0370-\u04ff]|[a-z\u0370-\u04ff][0-9]/;

/** Latin look-alikes (after lower-casing) of Cyrillic letters, and digits used as Cyrillic letters. */
export const TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
  '0': 'о', '3': 'з', '6': 'б',
};
/** Cyrillic (and other) look-alikes of Latin letters, and digits used as Latin letters. */
export const TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', һ: 'h', ɡ: 'g', ο: 'o', α: 'a', ν: 'v', ρ: 'p',
  '0': 'o', '1': 'l', '3': 'e', '5': 's',
};

const isLatin = (ch: string): boolean => ch >= 'a' && ch <= 'z';
const isCyrillic = (ch: string): boolean => (ch >= 'а' && ch <= 'я') || ch === 'ё' || (ch >= '\u0450' && ch <= '\u04ff');
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/** A run of text between explicit bidi controls, in logical order. */
interface BidiRun {
  /** 'rtl' / 'ltr': an override (RLO / LRO); 'natural': an embedding, an isolate or the line itself. */
  dir: 'rtl' | 'ltr' | 'natural';
  isolate: boolean;
  parts: (string | BidiRun)[];
}

function renderRun(run: BidiRun): string {
  const parts = run.parts.map((part) => (typeof part === 'string' ? (run.dir === 'rtl' ? [...part].reverse().join('') : part) : renderRun(part)));
  // Under a right-to-left override every character, and every nested run as a whole, is shown right to left.
  return (run.dir === 'rtl' ? parts.reverse() : parts).join('');
}

function displayLine(line: string): string {
  const root: BidiRun = { dir: 'natural', isolate: true, parts: [] };
  const stack: BidiRun[] = [root];
  for (const ch of line) {
    const top = stack[stack.length - 1]!;
    if (ch === '\u202E' || ch === '\u202D' || ch === '\u202A' || ch === '\u202B' || ch === '\u2066' || ch === '\u2067' || ch === '\u2068') {
      const isolate = ch >= '\u2066';
      const run: BidiRun = { dir: ch === '\u202E' ? 'rtl' : ch === '\u202D' ? 'ltr' : 'natural', isolate, parts: [] };
      top.parts.push(run);
      stack.push(run);
    } else if (ch === '\u202C') {
      // PDF ends the innermost embedding or override, never an isolate.
      if (stack.length > 1 && !top.isolate) stack.pop();
    } else if (ch === '\u2069') {
      // PDI ends the innermost isolate and whatever was opened inside it.
      let i = stack.length - 1;
      while (i > 0 && !stack[i]!.isolate) i--;
      if (i > 0) stack.length = i;
    } else {
      const last = top.parts[top.parts.length - 1];
      if (typeof last === 'string') top.parts[top.parts.length - 1] = last + ch;
      else top.parts.push(ch);
    }
  }
  return renderRun(root);
}

/**
 * The text in the order it is displayed where it uses bidi overrides: a run after U+202E (RIGHT-TO-LEFT OVERRIDE)
 * shows its characters reversed, so "\u202Etroppus nozO" reads "Ozon support". Runs end at their PDF / PDI or at
 * the end of the line, as in the Unicode bidi algorithm; embeddings and isolates do not reorder Latin or Cyrillic
 * letters and stay in logical order. The explicit controls themselves are dropped. Texts without an override are
 * returned as they are.
 */
export function displayOrder(text: string): string {
  if (!OVERRIDE.test(text)) return text;
  return text.split('\n').map(displayLine).join('\n');
}

/** The text as shown: overrides read in display order, invisible characters removed (case and letters kept). */
export function visibleText(text: string): string {
  return PLAIN.test(text) ? text : displayOrder(text).replace(INVISIBLE, '');
}

/**
 * Display order (overrides), NFKC, invisible characters removed, lower case, ё→е, horizontal whitespace collapsed
 * (line breaks kept).
 */
export function basicNormalise(text: string): string {
  // Plain ASCII and Russian text has no override, nothing NFKC changes and nothing invisible: skip those (most messages).
  const nfkc = PLAIN.test(text) ? text : displayOrder(text).normalize('NFKC').replace(INVISIBLE, '');
  return nfkc.toLowerCase().replace(/ё/g, 'е').replace(DASHES, '-').replace(HORIZONTAL_SPACE, ' ');
}

/** "т е л е г р а м" → "телеграм", "t.e.l.e.g.r.a.m" → "telegram". */
export function joinSpacedLetters(text: string): string {
  return text.replace(SPACED_LETTERS, (run) => {
    const joined = run.replace(SPACED_SEPARATORS, '');
    // "в т е л е г р а м": the first letter may be a one-letter preposition; keep both readings.
    return ONE_LETTER_WORDS.has(joined[0] ?? '') && joined.length >= 5 ? `${joined} ${joined.slice(1)}` : joined;
  });
}

/** Folds one lower-case word into the script that dominates it; words of digits only are kept (phones, cards). */
export function foldWord(word: string): string {
  let latin = 0;
  let cyrillic = 0;
  let latinSure = 0;
  let cyrillicSure = 0;
  let digits = 0;
  for (const ch of word) {
    if (isLatin(ch)) {
      latin++;
      if (!(ch in TO_CYRILLIC)) latinSure++;
    } else if (isCyrillic(ch)) {
      cyrillic++;
      if (!(ch in TO_LATIN)) cyrillicSure++;
    } else if (isDigit(ch)) digits++;
    else if (ch in TO_LATIN) latin++; // Greek look-alikes
  }
  const letters = latin + cyrillic;
  if (letters === 0) return word;
  const mixed = latin > 0 && cyrillic > 0;
  const digitsInWord = digits > 0 && letters >= 2;
  if (!mixed && !digitsInWord && latin + cyrillic === word.length) return word;
  const toCyrillic = cyrillicSure !== latinSure ? cyrillicSure > latinSure : cyrillic > latin;
  const map = toCyrillic ? TO_CYRILLIC : TO_LATIN;
  let out = '';
  for (const ch of word) {
    if (isDigit(ch) && !digitsInWord) out += ch;
    else out += map[ch] ?? ch;
  }
  return out;
}

/** Folds every word of a (basic-normalised) text. */
export function foldHomoglyphs(text: string): string {
  // A word that mixes scripts, or letters and digits, has two such characters side by side somewhere.
  return NEEDS_FOLDING.test(text) ? text.replace(WORD, foldWord) : text;
}

/** Full normalisation for content rules. */
export function normaliseText(text: string): string {
  return normaliseBasic(basicNormalise(text));
}

/** The rest of `normaliseText` for a text already through `basicNormalise`. */
export function normaliseBasic(basic: string): string {
  return foldHomoglyphs(joinSpacedLetters(basic));
}

const SENTENCE_END = /(?<=[.!?…])\s+|\n+/;

/** Sentences (ended by . ! ? … before a space, or a line break; kept with their end mark, so a question reads as one). */
export function splitSentences(normalised: string): string[] {
  return normalised
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
