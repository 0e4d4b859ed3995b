// Typed reads of a losslessly parsed request body. Wrong types are refused with 400 / code 3, as grpc-gateway
// refuses them; unknown fields are ignored, as grpc-gateway discards them.
import { isLosslessNumber, parse } from 'lossless-json';
import { badRequest } from './errors';

export type Body = Record<string, unknown>;

/** Parses a request body keeping every digit of big integers (LosslessNumber). An empty body reads as `{}`. */
export function parseBody(text: string): Body {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = parse(text);
  } catch (err) {
    throw badRequest(`invalid JSON body: ${(err as Error).message}`);
  }
  if (!isObject(value)) throw badRequest('request body must be a JSON object');
  return value;
}

export function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function optObject(body: Body, key: string): Body {
  const value = body[key];
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw badRequest(`${key}: must be an object`);
  return value;
}

export function optString(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`${key}: must be a string`);
  return value;
}

export function reqString(body: Body, key: string): string {
  const value = optString(body, key);
  if (value === undefined || value === '') throw badRequest(`${key}: is required`);
  return value;
}

export function optBool(body: Body, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`${key}: must be a boolean`);
  return value;
}

/**
 * An int64/uint64 as its decimal string: protobuf JSON accepts a number or a quoted number, so both are read,
 * and big values keep every digit.
 */
export function optInt64(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  const text = isLosslessNumber(value)
    ? value.value
    : typeof value === 'string'
      ? value
      : typeof value === 'number' && Number.isSafeInteger(value)
        ? String(value)
        : undefined;
  if (text === undefined || !/^-?\d+$/.test(text)) throw badRequest(`${key}: invalid value for int64 type: ${String(value)}`);
  return text.replace(/^(-?)0+(?=\d)/, '$1');
}

/** A small integer (limits, offsets): refused when not an integer. */
export function optInt(body: Body, key: string): number | undefined {
  const text = optInt64(body, key);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw badRequest(`${key}: out of range`);
  return n;
}

export function optStringArray(body: Body, key: string): string[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw badRequest(`${key}: must be an array`);
  return value.map((item, i) => {
    if (typeof item !== 'string') throw badRequest(`${key}[${i}]: must be a string`);
    return item;
  });
}

/** An array of int64 (numbers or quoted numbers) as decimal strings. */
export function optInt64Array(body: Body, key: string): string[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw badRequest(`${key}: must be an array`);
  return value.map((item, i) => {
    const text = optInt64({ v: item }, 'v');
    if (text === undefined) throw badRequest(`${key}[${i}]: must be an integer`);
    return text;
  });
}

/** An RFC 3339 date-time; refused when it does not parse. */
export function optDate(body: Body, key: string): Date | undefined {
  const text = optString(body, key);
  if (text === undefined || text === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    throw badRequest(`${key}: invalid value for date-time: ${text}`);
  }
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw badRequest(`${key}: invalid value for date-time: ${text}`);
  return date;
}

/** `limit` within [1, max]; `fallback` when omitted (undefined fallback = required). */
export function limitOf(body: Body, max: number, fallback?: number): number {
  const limit = optInt(body, 'limit') ?? fallback;
  if (limit === undefined) throw badRequest('limit: is required');
  if (limit < 1 || limit > max) throw badRequest(`limit: must be between 1 and ${max}`);
  return limit;
}
