// Which portal page this is, from the URL alone (paths and query keys are the portal's most stable cues; each
// page's are in its cues file).
import { CHAT_ID_PARAM, CUSTOMERS_GROUP, GROUP_PARAM, MESSENGER_PATH } from './messenger/cues';
import { DETAILS_QUERY_KEY, ORDERS_PATHS, TAB_PARAM } from './orders/cues';

export type PageKind =
  | { kind: 'messenger'; group: string; chatId: string | null }
  | { kind: 'orders'; scheme: 'fbs' | 'crossborder-fbs'; tab: string; postingDetails: string | null }
  | { kind: 'other' };

export function pageKindOf(href: string): PageKind {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'other' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path === MESSENGER_PATH) {
    return {
      kind: 'messenger',
      group: url.searchParams.get(GROUP_PARAM) ?? CUSTOMERS_GROUP,
      chatId: url.searchParams.get(CHAT_ID_PARAM),
    };
  }
  const scheme = (Object.keys(ORDERS_PATHS) as (keyof typeof ORDERS_PATHS)[]).find((key) => ORDERS_PATHS[key] === path);
  if (scheme) {
    return {
      kind: 'orders',
      scheme,
      tab: url.searchParams.get(TAB_PARAM) ?? 'all',
      postingDetails: url.searchParams.get(DETAILS_QUERY_KEY),
    };
  }
  return { kind: 'other' };
}
