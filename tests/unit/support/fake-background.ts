// One fake background for the content script's tests: typed replies per request type, every request it received
// recorded in order, and pushes to the content script as the real background makes them (tabs.sendMessage, here
// the fake browser's runtime.onMessage with the extension as the sender). Features get its `send`; modules that
// import the door's `send` themselves get it through the mocked door (fakeSendModule). Nothing here imports the
// door's module itself, so the mock's factory may import this file.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { AnyRequest, RequestOf, RequestType, ResponseMap } from '@/lib/protocol/messages';
import type { PageEvent } from '@/lib/protocol/page-events';
import type { send as Send } from '@/lib/protocol/send';
import { DEFAULT_PREFS } from '@/lib/prefs';

type SendModule = typeof import('@/lib/protocol/send');

let door: Promise<SendModule> | undefined;
/** The door's real module, imported once (its RequestError is the one the code under test knows). */
const actualDoor = (): Promise<SendModule> => (door ??= vi.importActual<SendModule>('@/lib/protocol/send'));

/** A reply: the answer itself (sent as a copy), or a function of the request (throw a RequestError to refuse). */
export type Reply<T extends RequestType> = ResponseMap[T] | ((request: RequestOf<T>) => ResponseMap[T] | Promise<ResponseMap[T]>);
export type Replies = { [T in RequestType]?: Reply<T> };

/** What a content script may always ask: the defaults, no store. */
export const DEFAULT_REPLIES: Replies = {
  getPrefs: () => structuredClone(DEFAULT_PREFS),
  getStatus: () => ({ stores: [], apiAvailable: false }),
};

export interface FakeBackground {
  /** The door's `send`, answered here. */
  readonly send: typeof Send;
  /** Every request received, in order. */
  readonly received: AnyRequest[];
  /** The requests of one type. */
  requestsOf<T extends RequestType>(type: T): RequestOf<T>[];
  /** Sets (or replaces) the replies for these types; the others stay. */
  reply(replies: Replies): void;
  /** Forgets the requests received and every reply but the defaults (then `replies`). */
  reset(replies?: Replies): void;
  /** Pushes an event to the content script, from the extension itself. */
  push(event: PageEvent): Promise<void>;
}

export function createFakeBackground(replies: Replies = {}): FakeBackground {
  let table: Replies = { ...DEFAULT_REPLIES, ...replies };
  const received: AnyRequest[] = [];

  async function answer(request: AnyRequest): Promise<unknown> {
    received.push(request);
    const reply = table[request.type] as Reply<RequestType> | undefined;
    if (reply === undefined) {
      const { RequestError } = await actualDoor();
      throw new RequestError('bad-request', `no reply for ${request.type}`);
    }
    return typeof reply === 'function' ? (reply as (r: AnyRequest) => unknown)(request) : structuredClone(reply);
  }

  const background: FakeBackground = {
    send: answer as typeof Send,
    received,
    requestsOf: <T extends RequestType>(type: T) => received.filter((r): r is RequestOf<T> => r.type === type),
    reply(more) {
      table = { ...table, ...more };
    },
    reset(next = {}) {
      received.length = 0;
      table = { ...DEFAULT_REPLIES, ...next };
    },
    async push(event) {
      await fakeBrowser.runtime.onMessage.trigger(event, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') });
    },
  };
  return background;
}

/** The background every test file shares through the mocked door (reset it in `beforeEach`). */
export const sharedBackground = createFakeBackground();

/**
 * The door as it is, its `send` answered by `sharedBackground`:
 * `vi.mock('@/lib/protocol/send', async () => (await import('…/support/fake-background')).fakeSendModule())`.
 */
export async function fakeSendModule(): Promise<SendModule> {
  return { ...(await actualDoor()), send: sharedBackground.send };
}
