// The Seller API replica: a Node (req, res) handler for api-seller.ozon.ru over the shared world. It checks
// headers, subscription and body as Ozon does, answers with int64 ids as JSON numbers (every digit kept), applies
// the switchable faults, logs every API request and records every request body the spec would refuse.
import type http from 'node:http';
import { stringify } from 'lossless-json';
import type { World } from '../data/types';
import { chatHistory, chatList, chatRead, chatSendMessage, chatStart } from './chat-methods';
import { ApiError, INTERNAL_ERROR, INVALID_API_KEY, METHOD_NOT_ALLOWED, METHOD_NOT_FOUND, MISSING_CREDENTIALS, PREMIUM_REQUIRED, RATE_LIMITED } from './errors';
import { applyFaultSpec, createFaultController } from './faults';
import type { ApiMethod } from './method';
import { parseBody, type Body } from './request-fields';
import { CHAT_SUBSCRIPTIONS, sellerInfo } from './seller-methods';
import { fbsGet, fbsList, fbsUnfulfilledList } from './posting-methods';
import type { ApiReplica, Fault, FaultKind, FaultSpec, OpenApiValidator, RequestLogEntry } from './types';

export interface ApiReplicaOptions {
  world: World;
  /** Checks every request body against Ozon's spec; problems go to `violations`. */
  validator?: OpenApiValidator;
  /** Seed of the PRNG behind fault probabilities, so a run can be replayed. */
  faultSeed?: number;
  /** Also check every answer the replica gives (needs `validator`); problems go to `violations` too. */
  checkResponses?: boolean;
  /**
   * Refuse seller messages outside Ozon's windows (72 h after delivery, then replies within 48 h of the customer's
   * last message) with 400 / code 9 "access period has expired". Off by default: most seeded chats are older.
   */
  sendWindows?: boolean;
  /** Enforce a per-Client-Id limit of requests per second (Ozon's is 50), answering 429 / code 8 beyond it. Off by default. */
  rateLimitPerSecond?: number;
}

/** The methods the replica serves (seller-api.md). */
export const API_METHODS: readonly ApiMethod[] = [
  sellerInfo,
  chatList,
  chatHistory,
  chatStart,
  chatSendMessage,
  chatRead,
  fbsList,
  fbsUnfulfilledList,
  fbsGet,
];

/** Methods that change the world: a 'malformed-json' fault answers them without running them. */
const MUTATING = new Set(['/v1/chat/start', '/v1/chat/send/message', '/v2/chat/read']);
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const DEFAULT_SLOW_MS = 1500;

const FAULT_ERRORS: Partial<Record<FaultKind, ApiError>> = {
  'invalid-key': INVALID_API_KEY,
  'premium-required': PREMIUM_REQUIRED,
  'rate-limit': RATE_LIMITED,
  'server-error': INTERNAL_ERROR,
};

interface Answer {
  status: number;
  body: unknown;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function header(req: http.IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? null : first;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError(400, 3, 'request body is too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function writeJson(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Requests in the last second per Client-Id. */
function createRateWindow(limit: number): (clientId: string) => boolean {
  const recent = new Map<string, number[]>();
  return (clientId) => {
    const now = Date.now();
    const times = (recent.get(clientId) ?? []).filter((t) => now - t < 1000);
    const allowed = times.length < limit;
    if (allowed) times.push(now);
    recent.set(clientId, times);
    return allowed;
  };
}

export function createApiReplica(opts: ApiReplicaOptions): ApiReplica {
  const { world, validator } = opts;
  const faults = createFaultController(opts.faultSeed ?? 1);
  const log: RequestLogEntry[] = [];
  const violations: string[] = [];
  const methods = new Map(API_METHODS.map((m) => [m.path, m]));
  const withinRate = opts.rateLimitPerSecond === undefined ? undefined : createRateWindow(opts.rateLimitPerSecond);

  /** What Ozon answers to this request, faults aside. */
  const answer = (req: http.IncomingMessage, method: ApiMethod | undefined, parsed: Body | ApiError): Answer => {
    if (method === undefined) return { status: METHOD_NOT_FOUND.httpStatus, body: METHOD_NOT_FOUND.body() };
    if (req.method !== 'POST') return { status: METHOD_NOT_ALLOWED.httpStatus, body: METHOD_NOT_ALLOWED.body() };
    try {
      const clientId = header(req, 'client-id');
      const apiKey = header(req, 'api-key');
      if (clientId === null || clientId === '' || apiKey === null || apiKey === '') throw MISSING_CREDENTIALS;
      const seller = world.data.seller;
      if (clientId.trim() !== seller.clientId || apiKey.trim() !== seller.apiKey) throw INVALID_API_KEY;
      if (withinRate !== undefined && !withinRate(clientId)) throw RATE_LIMITED;
      if (method.chat && !CHAT_SUBSCRIPTIONS.has(seller.subscription)) throw PREMIUM_REQUIRED;
      if (parsed instanceof ApiError) throw parsed;
      return { status: 200, body: method.handle({ world, body: parsed, sendWindows: opts.sendWindows === true }) };
    } catch (err) {
      if (err instanceof ApiError) return { status: err.httpStatus, body: err.body() };
      // A replica bug: answered as Ozon would (500), and recorded so tests that check `violations` see it.
      violations.push(`replica ${method.path}: ${err instanceof Error ? err.message : String(err)}`);
      return { status: INTERNAL_ERROR.httpStatus, body: INTERNAL_ERROR.body() };
    }
  };

  // Every path is checked, served or not: a removed method (/v1/chat/list…) shows up as "not a method of the spec".
  const checkRequest = (req: http.IncomingMessage, path: string, text: string, parsed: Body | ApiError): void => {
    if (validator === undefined) return;
    if (req.method !== 'POST') {
      violations.push(`request ${path}: HTTP method ${req.method ?? '?'}, the spec has POST`);
      return;
    }
    const problems = parsed instanceof ApiError ? [`(body) is not a JSON object: ${parsed.message}`] : validator.validateRequest(path, text.trim() === '' ? undefined : parsed);
    for (const problem of problems) violations.push(`request ${path}: ${problem}`);
  };

  const checkResponse = (path: string, status: number, body: unknown): void => {
    if (validator === undefined || opts.checkResponses !== true || !methods.has(path)) return;
    for (const problem of validator.validateResponse(path, status, body)) violations.push(`response ${path} ${status}: ${problem}`);
  };

  const serveApi = async (req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> => {
    const entry: RequestLogEntry = { at: Date.now(), path, status: 0, clientId: header(req, 'client-id') };
    log.push(entry);
    const send = (status: number, body: unknown): void => {
      checkResponse(path, status, body);
      entry.status = status;
      writeJson(res, status, stringify(body) ?? 'null');
    };

    let text = '';
    let parsed: Body | ApiError;
    try {
      text = await readBody(req);
      parsed = parseBody(text);
    } catch (err) {
      parsed = err instanceof ApiError ? err : new ApiError(400, 3, 'invalid request body');
    }
    checkRequest(req, path, text, parsed);

    const method = methods.get(path);
    const fault: Fault | undefined = faults.pick(path, { chat: method?.chat ?? false });
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow') await delay(fault.delayMs ?? DEFAULT_SLOW_MS);
    const faultError = fault === undefined ? undefined : FAULT_ERRORS[fault.kind];
    if (faultError !== undefined) {
      send(faultError.httpStatus, faultError.body());
      return;
    }
    if (fault?.kind === 'malformed-json') {
      // A 200 whose JSON breaks off, as a cut connection behind a proxy gives; a mutating method is not run.
      const whole = MUTATING.has(path) ? '{"result":"success"}' : (stringify(answer(req, method, parsed).body) ?? '{}');
      entry.status = 200;
      writeJson(res, 200, whole.slice(0, Math.max(1, Math.floor(whole.length / 2))));
      return;
    }
    const { status, body } = answer(req, method, parsed);
    send(status, body);
  };

  const serveControl = async (req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> => {
    const json = (status: number, body: unknown): void => writeJson(res, status, JSON.stringify(body));
    const route = `${req.method ?? 'GET'} ${path}`;
    switch (route) {
      case 'POST /__replica/faults': {
        try {
          const spec = JSON.parse((await readBody(req)) || '{}') as FaultSpec | FaultSpec[];
          for (const one of Array.isArray(spec) ? spec : [spec]) applyFaultSpec(faults, one);
          json(200, { ok: true });
        } catch (err) {
          json(400, { error: err instanceof Error ? err.message : String(err) });
        }
        return;
      }
      case 'POST /__replica/customer-message': {
        // A customer writes: {chat_id, text} → {message_id} (a decimal string).
        try {
          const { chat_id: chatId, text } = JSON.parse(await readBody(req)) as { chat_id?: unknown; text?: unknown };
          if (typeof chatId !== 'string' || typeof text !== 'string') throw new Error('chat_id and text are required strings');
          json(200, { message_id: world.receiveCustomerMessage(chatId, text).messageId });
        } catch (err) {
          json(400, { error: err instanceof Error ? err.message : String(err) });
        }
        return;
      }
      case 'GET /__replica/log':
        json(200, log);
        return;
      case 'DELETE /__replica/log':
        log.length = 0;
        res.writeHead(204).end();
        return;
      case 'GET /__replica/violations':
        json(200, violations);
        return;
      case 'DELETE /__replica/violations':
        violations.length = 0;
        res.writeHead(204).end();
        return;
      default:
        json(404, { error: `no control endpoint ${route}` });
    }
  };

  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://api-seller.ozon.ru').pathname.replace(/(.)\/+$/, '$1');
    const work =
      path.startsWith('/__replica/')
        ? serveControl(req, res, path)
        : req.method === 'OPTIONS'
          ? Promise.resolve(preflight(res))
          : serveApi(req, res, path);
    work.catch(() => {
      // Never let a replica bug crash the test server: answer 500 if still possible.
      if (!res.headersSent) writeJson(res, 500, JSON.stringify(INTERNAL_ERROR.body()));
      else res.destroy();
    });
  };

  return { handler, faults, log, violations };
}

/** The extension has host permission and sends no preflight; a browser page would, and gets a plain answer. */
function preflight(res: http.ServerResponse): void {
  res.writeHead(204, {
    Allow: 'POST, OPTIONS',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Client-Id, Api-Key, Content-Type',
    'Access-Control-Max-Age': '600',
  });
  res.end();
}
