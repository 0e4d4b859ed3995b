// One error type for everything the Seller API client can fail with, with messages a seller understands.
// Nothing in an OzonApiError may carry the Api-Key: servers sometimes echo request headers in their messages, so
// the transport redacts whatever the server or the browser said (redact.ts) before it goes in here.

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

export type Lang = 'en' | 'ru';

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

const BASE_MESSAGES: Record<OzonErrorKind, { en: string; ru: string }> = {
  'invalid-key': {
    en: 'Ozon did not accept the Client-Id and Api-Key. Check them in Settings → API keys on the seller portal, or create a new key.',
    ru: 'Ozon не принял Client-Id и Api-Key. Проверьте их в разделе Настройки → API-ключи кабинета продавца или создайте новый ключ.',
  },
  'premium-required': {
    en: 'Ozon refused access: the chat methods need a Premium Plus or Premium Pro subscription, and the Api-Key needs a role that allows the method.',
    ru: 'Ozon отказал в доступе: методы чатов доступны только с подпиской Premium Plus или Premium Pro, а у Api-Key должна быть роль с доступом к методу.',
  },
  'rate-limited': {
    en: 'Too many requests to Ozon right now. Try again in a minute.',
    ru: 'Слишком много запросов к Ozon. Повторите через минуту.',
  },
  'not-found': {
    en: 'Ozon did not find what was asked for (the chat or the shipment may no longer exist).',
    ru: 'Ozon не нашёл запрошенное (возможно, чата или отправления уже нет).',
  },
  'bad-request': {
    en: 'Ozon refused the request.',
    ru: 'Ozon отклонил запрос.',
  },
  server: {
    en: "Ozon's server error. Try again later.",
    ru: 'Ошибка сервера Ozon. Повторите позже.',
  },
  network: {
    en: 'Could not reach api-seller.ozon.ru. Check the internet connection.',
    ru: 'Не удалось связаться с api-seller.ozon.ru. Проверьте подключение к интернету.',
  },
  timeout: {
    en: 'Ozon did not answer in time. Try again later.',
    ru: 'Ozon не ответил вовремя. Повторите позже.',
  },
  malformed: {
    en: 'Ozon answered in an unexpected format. Try again later; if it repeats, please report it.',
    ru: 'Ozon ответил в неожиданном формате. Повторите позже; если ошибка повторяется, сообщите нам.',
  },
  'window-closed': {
    en: 'Ozon no longer lets you write in this chat: the period for messages to this customer has expired. You can only answer within 48 hours of the customer\'s last message.',
    ru: 'Ozon больше не позволяет писать в этот чат: срок для сообщений этому покупателю истёк. Ответить можно только в течение 48 часов после последнего сообщения покупателя.',
  },
  'circuit-open': {
    en: 'Ozon has temporarily blocked this method after too many requests. It usually recovers within a few minutes.',
    ru: 'Ozon временно заблокировал этот метод из-за слишком частых запросов. Обычно доступ восстанавливается через несколько минут.',
  },
};

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
  /** The seller-facing text in both languages (the same as messageEn / messageRu). */
  readonly text: Readonly<Record<Lang, string>>;

  constructor(init: OzonApiErrorInit) {
    const { en, ru } = sellerMessages(init.kind, init.serverMessage, init.status);
    super(en);
    this.name = 'OzonApiError';
    this.kind = init.kind;
    if (init.status !== undefined) this.status = init.status;
    if (init.code !== undefined) this.code = init.code;
    if (init.serverMessage !== undefined) this.serverMessage = init.serverMessage;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.detail !== undefined) this.detail = init.detail;
    this.retryable = RETRYABLE.has(init.kind);
    this.messageEn = en;
    this.messageRu = ru;
    this.text = Object.freeze({ en, ru });
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
  return lang === 'ru' ? 'Что-то пошло не так при обращении к Ozon.' : 'Something went wrong while talking to Ozon.';
}

function sellerMessages(kind: OzonErrorKind, serverMessage: string | undefined, status: number | undefined): { en: string; ru: string } {
  const base = BASE_MESSAGES[kind];
  // Ozon's side failed, not the seller's connection: say so, with the status that shows it.
  if (kind === 'server' && status !== undefined && status >= 500) {
    return { en: `Ozon's server error (HTTP ${status}). Try again later.`, ru: `Ошибка сервера Ozon (HTTP ${status}). Повторите позже.` };
  }
  // A refused request is only actionable with Ozon's own reason ("access period has expired", …).
  if (kind === 'bad-request' && serverMessage) {
    return { en: `${base.en} Ozon says: ${serverMessage}`, ru: `${base.ru} Ответ Ozon: ${serverMessage}` };
  }
  return base;
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
