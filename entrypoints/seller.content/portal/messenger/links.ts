// Links to a chat: the chat list's most stable cue (a dialogue row is, or holds, a link to its chat) and where a
// row's chat id comes from. One selector and one test of what a chat link is, for the adapters and the row tracker.
import { isPortalElement } from '../dom-text';
import { CHAT_ID_PARAM, CHAT_ID_RE, CHAT_LINK_SELECTOR, MESSENGER_PATH, MESSENGER_URL } from './cues';

/** Whether a URL's path is the messenger's (with or without a trailing slash). */
export function isMessengerPath(pathname: string): boolean {
  return pathname === MESSENGER_PATH || pathname === `${MESSENGER_PATH}/`;
}

/** Relative links ("?group=…&id=…") resolve against the page; outside a web page, against the messenger. */
function linkBase(): string {
  const href = typeof location !== 'undefined' ? location.href : '';
  return /^https?:/.test(href) ? href : MESSENGER_URL;
}

/** The chat id of a link to an open chat (`/app/messenger?…&id=<uuid>`, also relative), else null. */
export function chatIdOfHref(href: string | null | undefined, base: string = linkBase()): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    if (!isMessengerPath(url.pathname)) return null;
    const id = url.searchParams.get(CHAT_ID_PARAM);
    return id && CHAT_ID_RE.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** The chat id an element links to (a link to a chat), else null. */
export function chatIdOfLink(el: Element): string | null {
  return el.matches(CHAT_LINK_SELECTOR) ? chatIdOfHref(el.getAttribute('href')) : null;
}

/** Whether an element is a link to a chat, of the page (not ours). */
export function isChatLink(el: Element): boolean {
  return chatIdOfLink(el) !== null && isPortalElement(el);
}

/** Every link to a chat under `scope`, of the page (not ours). */
export function chatLinks(scope: ParentNode): HTMLAnchorElement[] {
  return [...scope.querySelectorAll<HTMLAnchorElement>(CHAT_LINK_SELECTOR)].filter(isChatLink);
}

/** A row's link: the row itself when it is a link, else the first chat link inside it. */
export function linkOf(el: Element): Element | null {
  return el.matches('a[href]') ? el : ([...el.querySelectorAll(CHAT_LINK_SELECTOR)].find((a) => chatIdOfLink(a) !== null) ?? null);
}
