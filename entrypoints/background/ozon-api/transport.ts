// One POST to the Seller API, end to end: rate limit, timeout, lossless JSON, error mapping, validation, retries.
import * as v from 'valibot';
import { backoffDelay, MAX_SERVER_WAIT_MS, serverRetryAfterMs } from './backoff';
import { browserThrottle } from './browser-throttle';
import { classifyHttpError, OzonApiError, type OzonErrorKind } from './errors';
import { redact } from './redact';
import { parseJson, stringifyJson } from './json';
import { effectiveLimit, limiterFor } from './rate-limiter';

export const DEFAULT_BASE_URL = 'https://api-seller.ozon.ru';
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Retries after the first attempt: 4 attempts in all. */
export const DEFAULT_MAX_RETRIES = 3;
/**
 * The longest hold of the browser's (browser-throttle.ts) a call waits out before sending; past it the call fails
 * at once with the server error that caused the hold (the browser would refuse the request anyway), so a seller
 * pressing Test connection during an outage hears back in seconds, not minutes.
 */
export const MAX_BROWSER_HOLD_WAIT_MS = 10_000;
/** Ozon's own message is shown to the seller for a refused request; a longer one is cut. */
const MAX_SERVER_MESSAGE = 300;

export interface TransportConfig {
  clientId: string;
  apiKey: string;
  baseUrl: string;
  fetch: typeof fetch;
  requestsPerSecond: number;
  timeoutMs: number;
  maxRetries: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
}

export interface CallOptions {
  /**
   * False for calls that change something (sending a message): after a timeout or a 5xx the server may have
   * done it already, so only answers that say the request was refused outright (429) are retried.
   */
  idempotent: boolean;
}

export type Post = <T>(path: string, body: unknown, schema: v.GenericSchema<unknown, T>, options?: CallOptions) => Promise<T>;

const RETRIED_WHEN_IDEMPOTENT: ReadonlySet<OzonErrorKind> = new Set(['rate-limited', 'server', 'network', 'timeout']);
const RETRIED_ALWAYS: ReadonlySet<OzonErrorKind> = new Set(['rate-limited']);

/**
 * Answers whose body is not JSON at all (cut off behind a proxy, an HTML error page with status 200): as transient
 * as a lost connection, so idempotent calls retry them. A body that is JSON but breaks the schema is not retried.
 */
const cutAnswers = new WeakSet<OzonApiError>();

export function createTransport(config: TransportConfig): Post {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const limit = effectiveLimit(config.requestsPerSecond);
  const limiter = limiterFor(config.clientId);
  const clock = { now: config.now, sleep: config.sleep };
  const secrets = [config.apiKey];
  // A local binding: calling fetch as a method of some other object throws "Illegal invocation" in browsers.
  const fetchImpl = config.fetch;

  /** The answer's status, headers and text, or a network/timeout error; the timer covers the body too. */
  async function exchange(path: string, body: string): Promise<{ response: Response; text: string }> {
    const controller = new AbortController();
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Raced against the fetch, so a fetch that ignores the signal cannot hang the caller.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
        reject(new Error('timeout'));
      }, config.timeoutMs);
    });
    const url = `${baseUrl}${path}`;
    try {
      const exchanged = await Promise.race([
        (async () => {
          const response = await fetchImpl(url, {
            method: 'POST',
            headers: { 'Client-Id': config.clientId, 'Api-Key': config.apiKey, 'Content-Type': 'application/json' },
            body,
            signal: controller.signal,
          });
          return { response, text: await response.text() };
        })(),
        deadline,
      ]);
      browserThrottle.noteAnswer(url, exchanged.response.status, config.now());
      return exchanged;
    } catch (error) {
      if (timedOut) throw new OzonApiError({ kind: 'timeout', detail: `${path}: no answer within ${config.timeoutMs} ms` });
      // Chromium refuses a request to a URL it holds back after 5xx answers (a TypeError here, like a lost
      // connection): that is the server's error going on, not the seller's network.
      const heldAfter = browserThrottle.throttledAfter(url, config.now());
      if (heldAfter !== undefined) {
        throw new OzonApiError({ kind: 'server', status: heldAfter, detail: `${path}: held back by the browser after HTTP ${heldAfter}` });
      }
      throw new OzonApiError({ kind: 'network', detail: redact(`${path}: ${describe(error)}`, secrets) });
    } finally {
      clearTimeout(timer);
    }
  }

  async function attempt(path: string, body: string): Promise<unknown> {
    const { response, text } = await exchange(path, body);
    if (!response.ok) throw httpError(path, response, text);
    try {
      return parseJson(text);
    } catch {
      const error = new OzonApiError({ kind: 'malformed', status: response.status, detail: `${path}: the answer is not JSON` });
      cutAnswers.add(error);
      throw error;
    }
  }

  function httpError(path: string, response: Response, text: string): OzonApiError {
    let code: number | undefined;
    let message: string | undefined;
    try {
      const parsed = parseJson(text);
      if (parsed && typeof parsed === 'object') {
        const record = parsed as Record<string, unknown>;
        if (typeof record.code === 'number') code = record.code;
        if (typeof record.message === 'string') message = redact(record.message, secrets).slice(0, MAX_SERVER_MESSAGE);
      }
    } catch {
      // A body that is not JSON (a proxy's HTML page) says nothing more than its status.
    }
    const retryAfterMs = serverRetryAfterMs(response.status, response.headers, config.now());
    return new OzonApiError({
      kind: classifyHttpError(response.status, code, message),
      status: response.status,
      detail: `${path}: HTTP ${response.status}`,
      ...(code !== undefined ? { code } : {}),
      ...(message !== undefined ? { serverMessage: message } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }

  return async function post<T>(
    path: string,
    requestBody: unknown,
    schema: v.GenericSchema<unknown, T>,
    options: CallOptions = { idempotent: true },
  ): Promise<T> {
    const body = stringifyJson(requestBody);
    const retried = options.idempotent ? RETRIED_WHEN_IDEMPOTENT : RETRIED_ALWAYS;
    const url = `${baseUrl}${path}`;
    for (let retry = 0; ; retry++) {
      // A URL the browser holds back after 5xx answers is not asked before the hold ends (it would fail unsent).
      const held = browserThrottle.waitMs(url, config.now());
      if (held > MAX_BROWSER_HOLD_WAIT_MS) {
        throw new OzonApiError({ kind: 'server', status: browserThrottle.throttledAfter(url, config.now()) ?? 500, detail: `${path}: held back by the browser for ${held} ms` });
      }
      if (held > 0) await config.sleep(held);
      await limiter.acquire(limit, clock);
      let failure: OzonApiError;
      try {
        const data = await attempt(path, body);
        const parsed = v.safeParse(schema, data);
        if (parsed.success) return parsed.output;
        throw new OzonApiError({ kind: 'malformed', status: 200, detail: redact(`${path}: ${summariseIssues(parsed.issues)}`, secrets) });
      } catch (error) {
        failure = error instanceof OzonApiError ? error : new OzonApiError({ kind: 'network', detail: redact(describe(error), secrets) });
      }
      const retriable = retried.has(failure.kind) || (options.idempotent && cutAnswers.has(failure));
      if (!retriable || retry >= config.maxRetries) throw failure;
      // The server's Retry-After or our backoff; the browser's own hold is waited out at the top of the loop.
      const wait = failure.retryAfterMs ?? backoffDelay(retry, config.random);
      if (wait > MAX_SERVER_WAIT_MS || browserThrottle.waitMs(url, config.now() + wait) > MAX_BROWSER_HOLD_WAIT_MS) throw failure;
      await config.sleep(wait);
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function summariseIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return `${path ?? '(root)'}: ${issue.message}`;
    })
    .join('; ');
}
