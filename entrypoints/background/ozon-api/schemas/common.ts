// Building blocks for the response schemas. Ozon omits empty fields or sends null for them, so everything that is
// not essential is nullish; unknown fields are ignored (v.object drops them).
import * as v from 'valibot';

const INTEGER_TEXT = /^-?\d+$/;

function toDecimal(value: string | number): string {
  // Safe integers arrive as numbers, larger ones as strings (see json.ts); both end up as decimal text.
  return typeof value === 'number' ? (Number.isSafeInteger(value) ? String(value) : 'NaN') : value.trim();
}

/** A 64-bit id sent as a JSON number or string; output: its decimal string. */
export const IdSchema = v.pipe(
  v.union([v.string(), v.number()]),
  v.transform(toDecimal),
  v.regex(INTEGER_TEXT, 'Expected an integer id'),
);

/** An id that may be missing, null, "" or 0 (protobuf's "not set"): output undefined then. */
export const OptionalIdSchema = v.pipe(
  v.nullish(v.union([v.string(), v.number()])),
  v.transform((value) => (value === null || value === undefined ? '' : toDecimal(value))),
  v.check((text) => text === '' || INTEGER_TEXT.test(text), 'Expected an integer id'),
  v.transform((text) => (text === '' || /^-?0+$/.test(text) ? undefined : text)),
);

// A nullish entry with a default is a required key in valibot's output type; without one the key would be
// optional (`T | undefined`) even after a transform.

/** A string that may be missing or null; output '' then. */
export const TextSchema = v.nullish(v.string(), '');

/** A date-time that may be missing, null or ""; output undefined then. */
export const OptionalDateSchema = v.pipe(
  v.nullish(v.string()),
  v.transform((value) => (value ? value : undefined)),
);

export const FlagSchema = v.nullish(v.boolean(), false);

/** A count: int64 counts are small in practice; a number or a numeric string. */
export const CountSchema = v.pipe(
  v.nullish(v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/))]), 0),
  v.transform(Number),
  v.number(),
  v.check((n) => Number.isFinite(n) && n >= 0, 'Expected a count'),
);

export const StringListSchema = v.pipe(
  v.nullish(v.array(v.nullish(v.string())), () => []),
  v.transform((items) => items.filter((item): item is string => typeof item === 'string')),
);
