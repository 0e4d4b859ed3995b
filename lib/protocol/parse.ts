// The background's first step with any message: is it a request of a known kind, may this sender use it, is it
// well-formed? Anything else is refused whole, before a handler sees it.
import * as v from 'valibot';
import { RequestSchemas, type AnyRequest, type RequestType } from './requests';
import { ALLOWED_SENDERS, type SenderKind } from './senders';

export type ParseResult =
  | { ok: true; request: AnyRequest }
  | { ok: false; code: 'bad-request' | 'forbidden'; message: string };

/** Validates a raw message against the protocol and the sender's rights. */
export function parseRequest(raw: unknown, sender: SenderKind): ParseResult {
  if (!raw || typeof raw !== 'object' || !('type' in raw) || typeof raw.type !== 'string') {
    return { ok: false, code: 'bad-request', message: 'Not a Seller Sidekick request' };
  }
  const type = raw.type;
  if (!Object.hasOwn(RequestSchemas, type)) {
    return { ok: false, code: 'bad-request', message: `Unknown request type` };
  }
  const kind = type as RequestType;
  if (!ALLOWED_SENDERS[kind].includes(sender)) {
    return { ok: false, code: 'forbidden', message: `${kind} is not allowed from a ${sender}` };
  }
  const parsed = v.safeParse(RequestSchemas[kind], raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, code: 'bad-request', message: `Invalid ${kind}${path ? ` at ${path}` : ''}` };
  }
  return { ok: true, request: parsed.output as AnyRequest };
}
