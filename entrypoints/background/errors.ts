// Errors the background answers with: a code the UI can branch on, a message in every language (the words are the
// dictionary's, lib/i18n). Nothing here ever carries a request's data (an Api-Key could be in it).
import type { ReplyError } from '../../lib/protocol/messages';
import { textsOf, type Texts } from '../../lib/i18n';

export class HandledError extends Error {
  constructor(
    readonly code: string,
    readonly text: Texts,
    readonly field?: string,
  ) {
    super(text.en);
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
      text: { en: error.text.en, ru: error.text.ru },
      ...(error.field ? { field: error.field } : {}),
    };
  }
  if (isApiError(error)) return { code: error.kind, message: error.text.en, text: { en: error.text.en, ru: error.text.ru } };
  // Unexpected errors are reported without their text: it could carry request data.
  const text = textsOf('errorInternal');
  return { code: 'internal', message: text.en, text: { en: text.en, ru: text.ru } };
}

export function errorKind(error: unknown): string | undefined {
  return isApiError(error) ? error.kind : undefined;
}
