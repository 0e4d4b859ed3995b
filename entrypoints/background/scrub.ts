// The last check before an answer leaves the background: errors, connection reports and sync states carry text
// that came from Ozon or the browser, so every Api-Key the background knows (and the one being saved) is redacted
// from them, fragments and encodings included (entrypoints/background/ozon-api/redact.ts). The client redacts first; this catches
// whatever a handler might build from such text later.
import type { AnyRequest, RequestType } from '../../lib/protocol/messages';
import { listStores } from './db/repo';
import { redactDeep } from './ozon-api/redact';
import type { Db } from './context';

/** Replies that hold text from the Seller API besides errors. */
const API_TEXT_REPLIES: ReadonlySet<RequestType> = new Set(['testConnection', 'syncNow', 'getSyncState']);

export function needsScrub(type: RequestType): boolean {
  return API_TEXT_REPLIES.has(type);
}

export async function knownSecrets(db: Db, request: AnyRequest): Promise<string[]> {
  const keys = (await listStores(db)).map((s) => s.apiKey);
  if (request.type === 'saveStore' && request.apiKey) keys.push(request.apiKey);
  return keys;
}

export async function scrub<T>(db: Db, request: AnyRequest, value: T): Promise<T> {
  return redactDeep(value, await knownSecrets(db, request));
}
