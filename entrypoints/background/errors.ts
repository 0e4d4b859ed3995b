// Errors the background answers with: a code the UI can branch on, a message in English and Russian.
// Nothing here ever carries a request's data (an Api-Key could be in it).
import type { ReplyError } from '../../lib/protocol/messages';

export class HandledError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly ru?: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HandledError';
  }
}

/** What the Seller API client's errors look like to the background (ozon-api/errors.ts's OzonApiError). */
interface ApiErrorLike {
  kind: string;
  text: { en: string; ru: string };
}

function isApiError(error: unknown): error is ApiErrorLike {
  if (!(error instanceof Error) || !('kind' in error) || !('text' in error)) return false;
  const text = (error as { text: unknown }).text;
  return typeof (error as { kind: unknown }).kind === 'string' && !!text && typeof text === 'object' && 'en' in text && 'ru' in text;
}

export function toReplyError(error: unknown): ReplyError {
  if (error instanceof HandledError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.ru ? { text: { en: error.message, ru: error.ru } } : {}),
      ...(error.field ? { field: error.field } : {}),
    };
  }
  if (isApiError(error)) return { code: error.kind, message: error.text.en, text: { en: error.text.en, ru: error.text.ru } };
  // Unexpected errors are reported without their text: it could carry request data.
  return {
    code: 'internal',
    message: 'Internal error in the background',
    text: { en: 'Internal error in the background', ru: 'Внутренняя ошибка расширения' },
  };
}

export function errorKind(error: unknown): string | undefined {
  return isApiError(error) ? error.kind : undefined;
}
