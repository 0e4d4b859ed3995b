// Lossless JSON at the wire: Ozon's message/order ids are uint64 (~19 digits, beyond 2^53) sent as JSON numbers,
// which JSON.parse would silently round. Integers that do not fit a double stay decimal strings; requests can carry
// such ids as JSON numbers with every digit.
import { isInteger, isSafeNumber, LosslessNumber, parse, stringify } from 'lossless-json';

/** Safe numbers become numbers; integers beyond 2^53 stay strings; long fractions become (approximate) numbers. */
function parseNumber(text: string): number | string {
  if (isSafeNumber(text)) return Number(text);
  return isInteger(text) ? text : Number(text);
}

/** Parses a response body. Throws SyntaxError on text that is not JSON. */
export function parseJson(text: string): unknown {
  return parse(text, null, parseNumber);
}

const DECIMAL = /^(0|[1-9]\d*)$/;

export function isDecimalId(value: string): boolean {
  return DECIMAL.test(value);
}

/** A uint64/int64 given as a decimal string, to be written as a JSON number with every digit. */
export function jsonInteger(decimal: string): LosslessNumber {
  if (!isDecimalId(decimal)) throw new TypeError('Not a decimal integer id');
  return new LosslessNumber(decimal);
}

/** Serialises a request body; LosslessNumber values are written verbatim as numbers. */
export function stringifyJson(value: unknown): string {
  return stringify(value) ?? 'null';
}
