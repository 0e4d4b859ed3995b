// Which portal page this is, from the URL alone (paths and query keys are the portal's most stable cues).
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
  if (path === '/app/messenger') {
    return {
      kind: 'messenger',
      group: url.searchParams.get('group') ?? 'customers_v2',
      chatId: url.searchParams.get('id'),
    };
  }
  if (path === '/app/postings/fbs' || path === '/app/postings/crossborder/fbs') {
    return {
      kind: 'orders',
      scheme: path.includes('crossborder') ? 'crossborder-fbs' : 'fbs',
      tab: url.searchParams.get('tab') ?? 'all',
      postingDetails: url.searchParams.get('postingDetails'),
    };
  }
  return { kind: 'other' };
}
