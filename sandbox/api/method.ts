// What one Seller API method of the replica is: a path, whether it is a chat method (subscription-gated, and the
// target of the 'premium-required' fault), and a handler from the parsed body to the JSON answer.
import type { SeedPosting, World } from '../data/types';
import { WorldError } from '../data/types';
import { ApiError, badRequest, failedPrecondition, notFound } from './errors';
import { reqString, type Body } from './request-fields';

export interface MethodContext {
  world: World;
  body: Body;
  /** Enforce the send windows of seller-api.md §1.4 (ApiReplicaOptions.sendWindows). */
  sendWindows?: boolean;
}

export interface ApiMethod {
  path: string;
  chat: boolean;
  /** The 200 answer's JSON (LosslessNumber allowed); throws ApiError for an error answer. */
  handle(ctx: MethodContext): unknown;
}

/** The posting a request's `posting_number` names; the API's 404 when there is none. */
export function postingOfBody({ world, body }: MethodContext): SeedPosting {
  const postingNumber = reqString(body, 'posting_number');
  const posting = world.posting(postingNumber);
  if (posting === undefined) throw notFound(`posting ${postingNumber} not found`);
  return posting;
}

/** Runs a World call, turning its domain errors into the API's rpcStatus errors. */
export function worldCall<T>(call: () => T): T {
  try {
    return call();
  } catch (err) {
    if (err instanceof ApiError || !(err instanceof WorldError)) throw err;
    switch (err.code) {
      case 'not-found':
        return rethrow(notFound(err.message));
      case 'not-eligible':
        return rethrow(failedPrecondition(err.message));
      case 'window-closed':
        // Ozon's wording for an expired window (practice): clients look for this phrase.
        return rethrow(failedPrecondition(/access period has expired/i.test(err.message) ? err.message : `access period has expired: ${err.message}`));
      case 'bad-request':
        return rethrow(badRequest(err.message));
    }
  }
}

function rethrow(err: ApiError): never {
  throw err;
}
