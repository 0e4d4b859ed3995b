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

/**
 * The portal's own labels, as they appear on its filter controls. English and Russian are confirmed; the Chinese
 * ones (the portal's locale=zh-Hans) are assumed, and the page reader also accepts other wordings
 * (docs/portal-reading.md, "Words: confirmed and assumed").
 */
export const FILTER_LABELS: Record<PortalFilter, { en: string; ru: string; zh: string }> = {
  'without-my-reply': { en: 'Without your reply', ru: 'Без вашего ответа', zh: '没有您的回复' },
  'without-customer-reply': { en: "Without customer's reply", ru: 'Без ответа клиента', zh: '没有客户回复' },
  'by-order': { en: 'By order', ru: 'По заказу', zh: '按订单' },
  'by-products': { en: 'By products', ru: 'По товару', zh: '按商品' },
  unread: { en: 'Unread', ru: 'Только новые', zh: '未读' },
  all: { en: 'All chats', ru: 'Все чаты', zh: '全部聊天' },
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
