// Validates Seller API request and response bodies against Ozon's own OpenAPI 3.0 spec, read in place at
// DEFAULT_SPEC_PATH (never copied into the project; docs/seller-api.md §0 says which file). Ajv 8 speaks JSON
// Schema, not OpenAPI 3.0, so the spec's schemas are normalised first; see `normaliseSchema` for each quirk handled.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isLosslessNumber } from 'lossless-json';
import type { OpenApiValidator } from './types';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SPEC_PATH = path.resolve(PROJECT_ROOT, '../shared/reference/ozon-seller-api/swagger.json');

const SPEC_ID = 'ozon-seller-api';
const HTTP_METHODS = ['post', 'get', 'put', 'patch', 'delete'] as const;

type Json = Record<string, unknown>;

interface Operation {
  requestBody?: Json;
  responses?: Record<string, Json>;
}

interface Spec {
  paths: Record<string, Partial<Record<(typeof HTTP_METHODS)[number], Operation>>>;
  components: { schemas?: Record<string, unknown>; requestBodies?: Record<string, Json> };
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Ozon's typos for JSON types, and what they mean. */
const TYPE_FIXES: Record<string, string> = { int: 'integer', bool: 'boolean', timestamp: 'string' };
const JSON_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean', 'null']);

/**
 * OpenAPI 3.0 → JSON Schema for Ajv, in place:
 * - `nullable: true` becomes a `null` type (or an anyOf with null next to a `$ref`);
 * - non-JSON `type` values in Ozon's spec (`int`, `bool`, `timestamp`, `array of strings`, `enum`, `null`) are
 *   mapped to what they mean or dropped;
 * - `pattern` values that are human templates, not regexes (` YYYY-MM-DDThh:mm:ssZ`, `+7(XXX)XXX-XX-XX`), are
 *   dropped: read as regexes they would refuse every real value.
 */
function normaliseSchema(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(normaliseSchema);
    return;
  }
  if (!isObject(node)) return;

  if ('type' in node) {
    const type = node.type;
    if (type === 'array of strings') {
      node.type = 'array';
      if (!('items' in node)) node.items = { type: 'string' };
    } else if (typeof type === 'string' && type in TYPE_FIXES) {
      node.type = TYPE_FIXES[type];
    } else if (typeof type !== 'string' || !JSON_TYPES.has(type)) {
      delete node.type;
    }
  }
  if (typeof node.pattern === 'string' && isTemplatePattern(node.pattern)) delete node.pattern;
  if (node.nullable === true) {
    delete node.nullable;
    if (typeof node.type === 'string') node.type = [node.type, 'null'];
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
    if (typeof node.$ref === 'string') {
      node.anyOf = [{ $ref: node.$ref }, { type: 'null' }];
      delete node.$ref;
    }
  } else if ('nullable' in node) {
    delete node.nullable;
  }

  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'enum' || key === 'default') continue;
    if (key === 'properties' && isObject(value)) {
      for (const prop of Object.values(value)) normaliseSchema(prop);
    } else {
      normaliseSchema(value);
    }
  }
}

function isTemplatePattern(pattern: string): boolean {
  if (/^\s|YYYY|XXX/.test(pattern)) return true;
  try {
    new RegExp(pattern, 'u');
    return false;
  } catch {
    return true;
  }
}

/** A losslessly parsed body (LosslessNumber, bigint) as plain JSON values: type checks only need `number`. */
export function toPlainJson(value: unknown): unknown {
  if (isLosslessNumber(value)) return Number(value.value);
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (isObject(value)) {
    const out: Json = {};
    for (const [key, item] of Object.entries(value)) out[key] = toPlainJson(item);
    return out;
  }
  return value;
}

function formatErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath === '' ? '(body)' : e.instancePath;
    const extra =
      e.keyword === 'enum' && Array.isArray((e.params as { allowedValues?: unknown }).allowedValues)
        ? `: ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
        : e.keyword === 'additionalProperties'
          ? `: ${String((e.params as { additionalProperty?: string }).additionalProperty)}`
          : '';
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
}

/** The JSON schema of `content['application/json']`, or undefined. */
function jsonSchemaOf(content: unknown): unknown {
  if (!isObject(content)) return undefined;
  const json = content['application/json'] ?? Object.values(content)[0];
  return isObject(json) ? json.schema : undefined;
}

export interface ValidatorOptions {
  /**
   * Also refuse object properties the spec does not describe (the spec itself allows them). For checking that the
   * replica invents no fields; not for the extension's requests, which grpc-gateway would accept.
   */
  noExtraProperties?: boolean;
}

/** Sets `additionalProperties: false` on every object schema that lists its properties and says nothing else. */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(closeObjects);
    return;
  }
  if (!isObject(node)) return;
  if (isObject(node.properties) && !('additionalProperties' in node) && !('allOf' in node) && !('anyOf' in node) && !('oneOf' in node)) {
    node.additionalProperties = false;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'enum' || key === 'default') continue;
    if (key === 'properties' && isObject(value)) Object.values(value).forEach(closeObjects);
    else closeObjects(value);
  }
}

export interface LoadedOpenApiValidator extends OpenApiValidator {
  /** Whether the spec has an operation for `path` (any HTTP method). */
  hasPath(path: string): boolean;
}

/**
 * Loads the spec (default: DEFAULT_SPEC_PATH, outside the project; docs/seller-api.md §0) and returns a
 * validator. Bodies may be plain or losslessly parsed (LosslessNumber values are read as numbers).
 *
 * Responses are matched by path and status; a status the spec does not list falls back to `default`, and an
 * undocumented error status (401, 429 on most methods) to the operation's documented error schema (Ozon answers
 * every error with the same `rpcStatus` body).
 */
export function loadOpenApiValidator(specPath: string = DEFAULT_SPEC_PATH, opts: ValidatorOptions = {}): LoadedOpenApiValidator {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as Spec;
  const components = { schemas: spec.components.schemas ?? {} };
  normaliseSchema(components.schemas);
  if (opts.noExtraProperties === true) closeObjects(components.schemas);

  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats(ajv);
  // OpenAPI's integer formats on string-typed fields (ids sent as strings): decimal digits.
  ajv.addFormat('uint64', /^\d+$/);
  ajv.addFormat('uint32', /^\d+$/);
  ajv.addSchema({ $id: SPEC_ID, components }, SPEC_ID);

  const compiled = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: unknown): ValidateFunction => {
    let fn = compiled.get(key);
    if (fn === undefined) {
      // Refs in the spec point at `#/components/...` of the document; re-anchor them at the added spec.
      const anchored = JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, `"${SPEC_ID}#/components/`)) as object;
      fn = ajv.compile(anchored);
      compiled.set(key, fn);
    }
    return fn;
  };

  const operationOf = (apiPath: string): Operation | undefined => {
    const item = spec.paths[apiPath];
    if (item === undefined) return undefined;
    return item.post ?? HTTP_METHODS.map((m) => item[m]).find((op) => op !== undefined);
  };

  const resolveRequestBody = (body: Json | undefined): Json | undefined => {
    const ref = body?.$ref;
    if (typeof ref !== 'string') return body;
    const name = ref.replace('#/components/requestBodies/', '');
    return spec.components.requestBodies?.[name];
  };

  const run = (key: string, schema: unknown, body: unknown): string[] => {
    const validate = compile(key, schema);
    return validate(toPlainJson(body)) ? [] : formatErrors(validate.errors);
  };

  return {
    hasPath: (apiPath) => operationOf(apiPath) !== undefined,

    validateRequest(apiPath, body) {
      const op = operationOf(apiPath);
      if (op === undefined) return [`${apiPath} is not a method of the spec`];
      const requestBody = resolveRequestBody(op.requestBody);
      const schema = jsonSchemaOf(requestBody?.content);
      if (body === undefined) return requestBody?.required === true ? ['(body) is required'] : [];
      // No body documented (e.g. /v1/seller/info): Ozon takes `{}`; anything but an object is not JSON it reads.
      if (schema === undefined) return isObject(body) ? [] : ['(body) must be a JSON object'];
      return run(`req ${apiPath}`, schema, body);
    },

    validateResponse(apiPath, status, body) {
      const op = operationOf(apiPath);
      if (op === undefined) return [`${apiPath} is not a method of the spec`];
      const responses = op.responses ?? {};
      let key = String(status);
      let response = responses[key];
      if (response === undefined && responses.default !== undefined) {
        key = 'default';
        response = responses.default;
      }
      if (response === undefined && status >= 400) {
        key = Object.keys(responses).find((code) => /^[45]\d\d$/.test(code) && jsonSchemaOf(responses[code]?.content) !== undefined) ?? '';
        response = responses[key];
      }
      if (response === undefined) return [`status ${status} is not documented for ${apiPath}`];
      const schema = jsonSchemaOf(response.content);
      if (schema === undefined) return [];
      return run(`res ${apiPath} ${key}`, schema, body);
    },
  };
}
