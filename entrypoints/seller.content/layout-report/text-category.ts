// A visible text reduced to its category: what kind of thing the portal shows there, never what it says.
import { contextOf, tagOf as tagOfText } from '../portal/messenger/words';
import { oneLine } from '@/lib/i18n/text';
import { isTimeText } from './time-text';
import { labelKeyOf } from './labels';
import type { TextCategory } from './format';

/** A posting number (or an order number: its first two parts), alone or after «№» / "No." / "#". */
export const POSTING_TEXT_RE = /^(?:№|no\.?|#)?\s*\d{6,12}-\d{1,6}(?:-\d{1,4})?$/i;
const DIGITS_RE = /^[+-]?\d[\d\s.,]*\+?$/;

export type Script = 'latin' | 'cyrillic' | 'cjk' | 'mixed' | 'none';

export function scriptOf(text: string): Script {
  const latin = /\p{Script=Latin}/u.test(text);
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
  const count = Number(latin) + Number(cyrillic) + Number(cjk);
  if (count > 1) return 'mixed';
  if (latin) return 'latin';
  if (cyrillic) return 'cyrillic';
  if (cjk) return 'cjk';
  // Letters of other scripts (Greek, Arabic…) are still letters: call them mixed rather than claim none.
  return /\p{L}/u.test(text) ? 'mixed' : 'none';
}

export const LENGTH_BUCKETS = ['1-3', '4-10', '11-30', '31-99', '>99'] as const;
export function lengthBucket(length: number): (typeof LENGTH_BUCKETS)[number] {
  if (length <= 3) return '1-3';
  if (length <= 10) return '4-10';
  if (length <= 30) return '11-30';
  if (length <= 99) return '31-99';
  return '>99';
}

export const DIGIT_BUCKETS = ['1', '2', '3', '4-6', '7+'] as const;
export function digitBucket(count: number): (typeof DIGIT_BUCKETS)[number] {
  if (count <= 3) return String(Math.max(1, count)) as '1' | '2' | '3';
  return count <= 6 ? '4-6' : '7+';
}

/** The category of a visible text (already one line), or null for an empty one. */
export function categoryOf(raw: string): TextCategory | null {
  const text = oneLine(raw);
  if (!text) return null;
  if (POSTING_TEXT_RE.test(text)) return 'posting-number';
  if (isTimeText(text)) return 'time';
  const tag = tagOfText(text);
  if (tag) return `tag:${tag}`;
  const label = labelKeyOf(text);
  if (label) return `label:${label}`;
  const context = text.length <= 200 ? contextOf(text) : null;
  if (context) return context.kind === 'order' ? 'order-context' : 'product-context';
  if (DIGITS_RE.test(text)) return `digits:${digitBucket(text.replace(/\D/g, '').length)}`;
  return `other:${lengthBucket([...text].length)}:${scriptOf(text)}`;
}
