// The client side of the door: typed requests from the content script and the extension pages.
import { browser } from 'wxt/browser';
import type { AnyRequest, Reply, ReplyError, RequestOf, RequestType, ResponseMap } from './messages';
import type { Lang } from '../i18n';

export class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly text?: ReplyError['text'],
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }

  /** The message in the UI's language, when the background gave one. */
  in(lang: Lang): string {
    return this.text?.[lang] ?? this.message;
  }
}

/**
 * Sends one request and returns its typed answer, or throws a RequestError the UI can show. The answer's type
 * follows the request's `type` (`send({ type: 'getPrefs' })` is a Promise<Prefs>); `send<'getPrefs'>(…)` also works.
 */
export function send<R extends AnyRequest>(request: R): Promise<ResponseMap[R['type']]>;
export function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseMap[T]>;
export async function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseMap[T]> {
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  } catch (error) {
    throw new RequestError('no-background', error instanceof Error ? error.message : String(error));
  }
  if (!reply) throw new RequestError('no-background', 'No answer from the background');
  if (!reply.ok) throw new RequestError(reply.error.code, reply.error.message, reply.error.text, reply.error.field);
  return reply.data;
}
