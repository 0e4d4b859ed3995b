// Links in a message: extraction (URLs, bare domains, punycode, "[.]"/"dot" obfuscation) and classification as
// genuine Ozon, a look-alike of Ozon, a messenger link or any other external site. Genuine domains:
// docs/portal.md §3.3 (any host under Ozon's own registrable domains counts as Ozon's).
import { basicNormalise, TO_CYRILLIC, TO_LATIN } from './normalise';
import { hostToUnicode } from './punycode';

/** Ozon's registrable domains: the host itself or any subdomain is genuine (seller.ozon.ru, docs.ozon.com, …). */
export const GENUINE_OZON_DOMAINS: readonly string[] = ['ozon.ru', 'ozon.com', 'ozon.by', 'ozon.kz'];

/** Hosts of messenger links (t.me/…, wa.me/…): a move to a messenger as well as an external link. */
export const MESSENGER_HOSTS: readonly string[] = [
  't.me', 'telegram.me', 'telegram.dog', 'telegram.org', 'wa.me', 'whatsapp.com', 'chat.whatsapp.com', 'api.whatsapp.com',
  'viber.com', 'viber.click', 'invite.viber.com', 'vk.me', 'vk.com', 'vk.ru', 'ok.ru', 'instagram.com', 'max.ru', 'icq.im', 'discord.gg', 'signal.me',
];

/** Top-level domains that make a bare "word.tld" count as a link (scheme links are taken with any TLD). */
const BARE_TLDS = [
  'ru', 'su', 'рф', 'com', 'net', 'org', 'info', 'biz', 'pro', 'io', 'me', 'co', 'cc', 'ly', 'to', 'gg', 'im', 'in',
  'by', 'kz', 'ua', 'uz', 'kg', 'am', 'ge', 'az', 'md', 'tj', 'us', 'uk', 'de', 'eu', 'fr', 'cn', 'tk', 'ml', 'ga', 'cf',
  'gq', 'xyz', 'top', 'site', 'online', 'shop', 'store', 'click', 'link', 'live', 'app', 'dev', 'club', 'space', 'tech',
  'website', 'fun', 'icu', 'buzz', 'host', 'cloud', 'page', 'digital', 'services', 'support', 'help', 'sale', 'market',
  'moscow', 'tel', 'cam', 'vip', 'win', 'work', 'today', 'world',
];
const TLD_ALT = BARE_TLDS.join('|');
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';

const SCHEME_URL = /(?:https?|ftp|hxxps?):\/\/([^\s/?#<>"'«»()[\]{}\\]+)/giu;
const BARE_HOST = new RegExp(`(?<![\\p{L}\\p{N}@._/-])((?:${LABEL}\\.)+(?:${TLD_ALT}|xn--[a-z0-9-]+))(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'gu');
const EMAIL = /(?<![/\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}/gu;
const BRACKET_DOT = /\s*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[точка\]|\(точка\))\s*/gu;
const WORD_DOT = new RegExp(`(?<![\\p{L}\\p{N}-])([\\p{L}\\p{N}-]+) +(?:dot|точка) +(${TLD_ALT})(?![\\p{L}\\p{N}])`, 'gu');

/** Cheap test: can the text hold a link at all (a dot inside a word, "//", or a spelled-out dot)? */
const LINK_HINT = /[^\s.]\.[^\s.]|\/\/|dot|точк|\[\.\]|\(\.\)| \. /;

/** "ozon-seller . ru": a dot with spaces on both sides before a TLD that is not also a common word. */
const SPACED_DOT = /(?<![\p{L}\p{N}-])([\p{L}\p{N}-]+) \. (ru|рф|su|com|net|org|online|site|shop|store|xyz|top|info|pro|link|click)(?![\p{L}\p{N}])/gu;

export type DomainKind = 'ozon' | 'lookalike' | 'messenger' | 'external';

export interface FoundDomain {
  /** The host as written (lower case, NFKC; punycode kept). */
  host: string;
  /** The host with punycode decoded. */
  unicode: string;
  kind: DomainKind;
}

/** Undoes "ozon-seller[.]ru", "ozon-seller (dot) ru", "ozon-seller точка ru". */
function undoDotObfuscation(text: string): string {
  return text.replace(BRACKET_DOT, '.').replace(WORD_DOT, '$1.$2').replace(SPACED_DOT, '$1.$2');
}

function hostOfAuthority(authority: string): string {
  const at = authority.lastIndexOf('@');
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  return hostPort.replace(/:\d*$/, '').replace(/\.+$/, '');
}

/** Hosts (lower case, NFKC) of the links in a text, each once, in order of appearance. */
export function extractHosts(text: string, basic: string = basicNormalise(text)): string[] {
  if (!LINK_HINT.test(basic)) return [];
  const clean = undoDotObfuscation(basic);
  const hosts = new Set<string>();
  for (const m of clean.matchAll(SCHEME_URL)) {
    const authority = m[1] ?? '';
    // The user-info part ("seller.ozon.ru@evil.com") is a classic trick: keep it as a host too, it shows intent.
    const at = authority.lastIndexOf('@');
    if (at > 0) hosts.add('@' + authority.slice(0, at));
    const host = hostOfAuthority(authority);
    if (host.includes('.')) hosts.add(host);
  }
  const withoutEmails = clean.replace(EMAIL, ' ');
  for (const m of withoutEmails.matchAll(BARE_HOST)) {
    hosts.add(m[1] ?? '');
  }
  // A scheme host is also found as a bare host; the user-info marker entries are resolved in classifyHosts.
  return [...hosts];
}

/** E-mail addresses in a text (a contact outside the chat). */
export function extractEmails(text: string, basic: string = basicNormalise(text)): string[] {
  if (!basic.includes('@')) return [];
  return [...basic.matchAll(EMAIL)].map((m) => m[0]);
}

export function isGenuineOzon(host: string): boolean {
  if (!/^[a-z0-9.-]+$/.test(host)) return false;
  return GENUINE_OZON_DOMAINS.some((d) => host === d || host.endsWith('.' + d));
}

function isMessengerHost(host: string): boolean {
  return MESSENGER_HOSTS.some((d) => host === d || host.endsWith('.' + d));
}

/** Levenshtein distance ≤ 1 between a and b (cheap check for typo-squats like "ozonn", "ozom"). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const BRAND = 'ozon';
const SCRIPT_LATIN = /[a-z]/;
const SCRIPT_CYRILLIC = /[\u0400-\u04ff]/;

/** Does a (non-genuine) host imitate Ozon: brand in a label, digits for letters, homoglyphs, mixed scripts? */
export function imitatesOzon(unicodeHost: string): boolean {
  const labels = unicodeHost.split('.');
  for (const label of labels) {
    if (SCRIPT_LATIN.test(label) && SCRIPT_CYRILLIC.test(label)) return true; // mixed-script label: a homoglyph trick
    for (const part of label.split(/[-_]/)) {
      if (part.length === 0) continue;
      const folded = foldToLatin(part);
      if (folded.includes(BRAND)) return true;
      if (folded.length >= 4 && folded.length <= 5 && withinOneEdit(folded, BRAND)) return true;
    }
  }
  return false;
}

/** Reads a host label through the look-alike maps (digits too) so "0zon", "оzon", "озон", "0з0н" read as the brand. */
function foldToLatin(part: string): string {
  let latin = '';
  let cyrillic = '';
  for (const ch of part) {
    latin += TO_LATIN[ch] ?? ch;
    cyrillic += TO_CYRILLIC[ch] ?? ch;
  }
  return cyrillic.includes('озон') ? BRAND : latin;
}

export function classifyHost(host: string): FoundDomain {
  const unicode = hostToUnicode(host).normalize('NFKC');
  const bare = unicode.replace(/^www\./, '');
  let kind: DomainKind;
  if (isGenuineOzon(host)) kind = 'ozon';
  else if (imitatesOzon(bare)) kind = 'lookalike';
  else if (isMessengerHost(bare)) kind = 'messenger';
  else kind = 'external';
  return { host, unicode, kind };
}

/** Every link in a text, classified. User-info tricks ("https://seller.ozon.ru@evil.com") count as look-alikes. */
export function findDomains(text: string, basic: string = basicNormalise(text)): FoundDomain[] {
  const found: FoundDomain[] = [];
  for (const host of extractHosts(text, basic)) {
    if (host.startsWith('@')) {
      const userInfo = host.slice(1);
      if (imitatesOzon(hostToUnicode(userInfo))) found.push({ host: userInfo, unicode: hostToUnicode(userInfo), kind: 'lookalike' });
      continue;
    }
    found.push(classifyHost(host));
  }
  return found;
}
