// Public types of the Seller API replica: what the harness, `npm run sandbox` and the tests program against.
import type http from 'node:http';

/** Checks bodies against Ozon's OpenAPI spec; every method returns human-readable problems, empty = valid. */
export interface OpenApiValidator {
  validateRequest(path: string, body: unknown): string[];
  validateResponse(path: string, status: number, body: unknown): string[];
}

export type FaultKind =
  | 'invalid-key' // 404 code 5
  | 'premium-required' // 403 code 7, chat methods only
  | 'rate-limit' // 429 code 8
  | 'server-error' // 500 code 13
  | 'slow' // answer normally after `delayMs`
  | 'malformed-json' // 200 with a truncated body
  | 'reset'; // destroy the socket without an answer

export interface Fault {
  kind: FaultKind;
  /** For 'slow': the delay before the normal answer (default 1500 ms). */
  delayMs?: number;
}

export interface FaultRuleOptions {
  /** Apply to this many matching requests, then drop the rule. Unlimited when omitted. */
  times?: number;
  /** Chance (0..1) that a matching request gets the fault, drawn from a seeded PRNG. Default 1. */
  probability?: number;
}

/** The JSON body of `POST /__replica/faults`; `{}` clears every fault. */
export interface FaultSpec extends Partial<Fault>, FaultRuleOptions {
  /** When given, the fault applies to matching paths only (exact, or `*` as a wildcard). */
  path?: string;
}

export interface FaultController {
  /** A fault for every request (rules set with `setFor` win over it). */
  set(fault: Fault): void;
  /** Drops the global fault and every rule. */
  clear(): void;
  setFor(pathPattern: string | RegExp, fault: Fault, opts?: FaultRuleOptions): void;
  /**
   * The fault, if any, a request to `path` gets now (consumes `times` and PRNG draws). 'premium-required' only
   * reaches chat methods (`target.chat`, default true).
   */
  pick(path: string, target?: { chat: boolean }): Fault | undefined;
}

export interface RequestLogEntry {
  /** Epoch milliseconds when the request arrived. */
  at: number;
  path: string;
  /** HTTP status sent; 0 when the socket was reset. */
  status: number;
  /** The Client-Id header as sent (never the Api-Key). */
  clientId: string | null;
}

export interface ApiReplica {
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  faults: FaultController;
  log: RequestLogEntry[];
  violations: string[];
}
