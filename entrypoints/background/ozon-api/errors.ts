// One error type for everything the Seller API client can fail with, with messages a seller understands.
// Nothing in an OzonApiError may carry the Api-Key: servers sometimes echo request headers in their messages, so
// the transport redacts whatever the server or the browser said (redact.ts) before it goes in here. The words are the
// dictionary's `apiError:<kind>` (lib/i18n/en/errors.ts), in every language.
import { inEveryLang, t, type Lang, type Texts } from '../../../lib/i18n';

export type OzonErrorKind =
  | 'invalid-key'
  | 'premium-required'
  | 'rate-limited'
  | 'not-found'
  | 'bad-request'
  | 'server'
  | 'network'
  | 'timeout'
  | 'malformed'
  | 'window-closed'
  | 'circuit-open';

export interface OzonApiErrorInit {
  kind: OzonErrorKind;
  status?: number;
  code?: number;
  serverMessage?: string;
  /** Seconds the server asked us to wait (Retry-After / Item-Retry-After), in milliseconds. */
  retryAfterMs?: number;
  /** Extra English detail for developers (never shown as the seller message, never holds the key). */
  detail?: string;
}

/** Kinds the client may retry on its own: the request was refused or lost, and trying again later can help. */
const RETRYABLE: ReadonlySet<OzonErrorKind> = new Set(['rate-limited', 'server', 'network', 'timeout', 'circuit-open']);

export class OzonApiError extends Error {
  readonly kind: OzonErrorKind;
  readonly status?: number;
  readonly code?: number;
  readonly serverMessage?: string;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly detail?: string;
  readonly messageEn: string;
  readonly messageRu: string;
  /** The seller-facing text in every language (English and Russian also as messageEn / messageRu). */
  readonly text: Texts;

  constructor(init: OzonApiErrorInit) {
    const text = inEveryLang((lang) => sellerMessage(init.kind, init.serverMessage, init.status, lang));
    super(text.en);
    this.name = 'OzonApiError';
    this.kind = init.kind;
    if (init.status !== undefined) this.status = init.status;
    if (init.code !== undefined) this.code = init.code;
    if (init.serverMessage !== undefined) this.serverMessage = init.serverMessage;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.detail !== undefined) this.detail = init.detail;
    this.retryable = RETRYABLE.has(init.kind);
    this.messageEn = text.en;
    this.messageRu = text.ru;
    this.text = Object.freeze(text);
  }

  /** What crosses the extension's message channel: every field here is free of the key by construction. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      status: this.status,
      code: this.code,
      serverMessage: this.serverMessage,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
      detail: this.detail,
      text: this.text,
    };
  }
}

/** The seller-facing message of any error the client throws, in `lang`; a generic one for anything else. */
export function messageFor(error: unknown, lang: Lang): string {
  if (error instanceof OzonApiError) return error.text[lang];
  return t(lang, 'apiErrorUnknown');
}

function sellerMessage(kind: OzonErrorKind, serverMessage: string | undefined, status: number | undefined, lang: Lang): string {
  // Ozon's side failed, not the seller's connection: say so, with the status that shows it.
  if (kind === 'server' && status !== undefined && status >= 500) return t(lang, 'apiErrorServerStatus', { status });
  // A refused request is only actionable with Ozon's own reason ("access period has expired", …).
  if (kind === 'bad-request' && serverMessage) return t(lang, 'apiErrorRefusedSays', { message: serverMessage });
  return t(lang, `apiError:${kind}`);
}

export function isOzonApiError(value: unknown): value is OzonApiError {
  return value instanceof OzonApiError;
}

/** Includes "restricted to specific IP addresses": the key exists but cannot be used from here, fixed in the same place. */
const INVALID_KEY_TEXT =
  /invalid\s+api-?key|api-?key\s+is\s+deactivated|api-?key\s+is\s+restricted|client-?id\s+and\s+api-?key\s+headers\s+are\s+required/i;
const CIRCUIT_OPEN_TEXT = /circle\s+is\s+open|circuit\s+is\s+open/i;
const RATE_LIMIT_TEXT = /rate\s+limit/i;
/** Chat start/send after the window closed; Ozon's message (practice) says "access period has expired". */
const WINDOW_CLOSED_TEXT = /access\s+period\s+(has\s+)?expired|period\s+has\s+expired|срок\s+(доступа\s+)?ист[её]к/i;

/**
 * The kind of a failed HTTP answer, from its status and the grpc-gateway body `{code, message}`.
 * gRPC code 5 is NOT_FOUND: Ozon answers an unknown key with 404/code 5 "Invalid Api-Key…", but a missing
 * posting may also be 404/code 5 with its own message, so a 404/code 5 is invalid-key unless the message says otherwise.
 */
export function classifyHttpError(status: number, code: number | undefined, message: string | undefined): OzonErrorKind {
  const text = message ?? '';
  if (CIRCUIT_OPEN_TEXT.test(text)) return 'circuit-open';
  if (status >= 400 && status < 500 && WINDOW_CLOSED_TEXT.test(text)) return 'window-closed';
  if (INVALID_KEY_TEXT.test(text) || status === 401 || code === 16) return 'invalid-key';
  if (status === 404 && code === 5 && text.trim() === '') return 'invalid-key';
  if (status === 403 || code === 7) return 'premium-required';
  if (status === 429 || code === 8 || RATE_LIMIT_TEXT.test(text)) return 'rate-limited';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'server';
  if (status >= 400) return 'bad-request';
  return 'server';
}
