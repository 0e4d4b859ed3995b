// What the Seller API's answers say about a store: DOM-only when the chat methods need a subscription, a refused
// key until the seller saves or tests the store again. Such stores are not called again in a loop.
import type { StoreRecord } from './db/schema';
import { errorKind } from './errors';

/** The store as an API error leaves it, or null when the error says nothing lasting about the store. */
export function storeAfterError(store: StoreRecord, error: unknown): StoreRecord | null {
  const kind = errorKind(error);
  if (kind === 'premium-required') return { ...store, mode: 'dom-only', modeReason: 'premium-required' };
  if (kind === 'invalid-key') return { ...store, mode: 'unknown', modeReason: 'invalid-key' };
  return null;
}

/** Stores the sync may call: the key was not refused and the subscription has the chat methods. */
export function isSyncable(store: StoreRecord): boolean {
  return store.mode !== 'dom-only' && store.modeReason !== 'invalid-key';
}
