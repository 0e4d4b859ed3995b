// Text normalisation before matching, so that obfuscation does not slip through: Unicode NFKC, invisible characters,
// case, ё→е, letters spaced out inside a word ("т е л е г р а м", "t.e.l.e.g.r.a.m") and look-alike characters
// (Latin/Cyrillic homoglyphs, 0→o, 1→l, 3→з/e) folded into the script that dominates each word.

/** Zero-width, bidi controls, soft hyphen, word joiners: invisible, used to split words. */
const INVISIBLE = /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]|\u17B4|\u17B5|\u034F|\u180B|\u180C|\u180D|\uFE00|\uFE01|\uFE0E|\uFE0F/g;
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

/** NFKC, invisible characters removed, lower case, ё→е, horizontal whitespace collapsed (line breaks kept). */
export function basicNormalise(text: string): string {
  // NFKC changes nothing in plain ASCII and Russian text: skip it there (most messages).
  const nfkc = PLAIN.test(text) ? text : text.normalize('NFKC');
  return nfkc.replace(INVISIBLE, '').toLowerCase().replace(/ё/g, 'е').replace(DASHES, '-').replace(HORIZONTAL_SPACE, ' ');
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
