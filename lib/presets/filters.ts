// The portal's chat filters and the pairs it refuses to combine (portal.md §1.1). Pure data: used by the
// sidebar, the options page and the background alike.

export const PORTAL_FILTERS = [
  'without-my-reply',
  'without-customer-reply',
  'by-order',
  'by-products',
  'unread',
  'all',
] as const;
export type PortalFilter = (typeof PORTAL_FILTERS)[number];

/** The portal's own labels, as they appear on its filter controls. */
export const FILTER_LABELS: Record<PortalFilter, { en: string; ru: string }> = {
  'without-my-reply': { en: 'Without your reply', ru: 'Без вашего ответа' },
  'without-customer-reply': { en: "Without customer's reply", ru: 'Без ответа клиента' },
  'by-order': { en: 'By order', ru: 'По заказу' },
  'by-products': { en: 'By products', ru: 'По товару' },
  unread: { en: 'Unread', ru: 'Только новые' },
  all: { en: 'All chats', ru: 'Все чаты' },
};

/** Pairs the portal will not combine. */
export const FORBIDDEN_PAIRS: readonly (readonly [PortalFilter, PortalFilter])[] = [
  ['without-my-reply', 'without-customer-reply'],
  ['by-order', 'by-products'],
  ['unread', 'without-customer-reply'],
  ['all', 'unread'],
];

/** Every forbidden pair present in a set of filters (empty when the set is allowed). */
export function conflictsIn(filters: readonly PortalFilter[]): (readonly [PortalFilter, PortalFilter])[] {
  const set = new Set(filters);
  return FORBIDDEN_PAIRS.filter(([a, b]) => set.has(a) && set.has(b));
}
