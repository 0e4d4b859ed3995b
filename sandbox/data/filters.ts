// The portal's chat filter rules (portal.md §1.1, DOM.md) the replicas share: the world's answers refuse a forbidden
// pair and the portal replica's buttons disable each other by the same list. No seed data here: the page's bundle
// imports it.
import type { PortalFilter } from './types';

/** Filter pairs the portal refuses to combine. */
export const FORBIDDEN_PAIRS: readonly (readonly [PortalFilter, PortalFilter])[] = [
  ['without-my-reply', 'without-customer-reply'],
  ['by-order', 'by-products'],
  ['unread', 'without-customer-reply'],
  ['all', 'unread'],
];
