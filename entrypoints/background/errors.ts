// Errors the background answers with: a code the UI can branch on, a message in every language (the words are the
// dictionary's, lib/i18n). Nothing here ever carries a request's data (an Api-Key could be in it).
import type { ReplyError } from '../../lib/protocol/messages';
import { inEveryLang, LANGS, textsOf, type Texts } from '../../lib/i18n';

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
  text: Texts;
}

function isApiError(error: unknown): error is ApiErrorLike {
  if (!(error instanceof Error) || !('kind' in error) || !('text' in error)) return false;
  const text = (error as { text: unknown }).text;
  return typeof (error as { kind: unknown }).kind === 'string' && !!text && typeof text === 'object' && LANGS.every((lang) => lang in text);
}

/** Only the languages' texts, nothing else the error object may carry. */
const copyTexts = (text: Texts): Texts => inEveryLang((lang) => text[lang]);

export function toReplyError(error: unknown): ReplyError {
  if (error instanceof HandledError) {
    return {
      code: error.code,
      message: error.message,
      text: copyTexts(error.text),
      ...(error.field ? { field: error.field } : {}),
    };
  }
  if (isApiError(error)) return { code: error.kind, message: error.text.en, text: copyTexts(error.text) };
  // Unexpected errors are reported without their text: it could carry request data.
  const text = textsOf('errorInternal');
  return { code: 'internal', message: text.en, text: copyTexts(text) };
}

export function errorKind(error: unknown): string | undefined {
  return isApiError(error) ? error.kind : undefined;
}
