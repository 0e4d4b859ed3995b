// Hashed CSS class names, generated anew at every replica start, as the live portal's change at every deploy.
// The keys are the replica's own; the page only ever sees the hashed names (no ids, no test ids).
import { randomBytes } from 'node:crypto';

export const CLASS_KEYS = [
  'app', 'topbar', 'logo', 'nav', 'navLink', 'navActive', 'langs', 'langLink', 'main', 'pageTitle',
  'messenger', 'sidebar', 'groups', 'groupTab', 'groupActive', 'filters', 'filterBtn', 'resetBtn', 'listScroller', 'listEmpty',
  'row', 'rowActive', 'rowTag', 'rowTagSupport', 'rowHead', 'rowName', 'rowTime', 'rowBody', 'rowPreview', 'badge', 'rowContext',
  'chatPane', 'chatEmpty', 'chatHeader', 'chatName', 'chatTag', 'chatContext', 'messages', 'bubbleRow', 'bubbleIn', 'bubbleOut',
  'bubbleSystem', 'bubble', 'bubbleAuthor', 'bubbleText', 'bubbleTime', 'composer', 'grow', 'textarea', 'sendBtn', 'notice', 'error',
  'orders', 'tabs', 'tab', 'tabActive', 'tableScroller', 'table', 'cellNumber', 'numberLink', 'cellStatus', 'statusPill', 'cellMuted',
  'productLine', 'panelBackdrop', 'panel', 'panelHead', 'panelTitle', 'panelBody', 'field', 'fieldLabel', 'fieldValue', 'panelActions',
  'primaryBtn', 'secondaryBtn', 'dashboard', 'card', 'cardValue', 'cardLabel', 'loading',
] as const;

export type ClassKey = (typeof CLASS_KEYS)[number];
export type ClassMap = Record<ClassKey, string>;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${LETTERS}0123456789`;

function hashedName(bytes: Buffer, at: number): string {
  const c = (i: number, set: string): string => set[(bytes[at + i] ?? 0) % set.length] as string;
  // Shape of the portal's CSS-module names, e.g. "a7f-k2".
  return `${c(0, LETTERS)}${c(1, ALNUM)}${c(2, ALNUM)}-${c(3, LETTERS)}${c(4, ALNUM)}`;
}

export function generateClassMap(): ClassMap {
  const used = new Set<string>();
  const map = {} as ClassMap;
  for (const key of CLASS_KEYS) {
    let name: string;
    do name = hashedName(randomBytes(5), 0);
    while (used.has(name));
    used.add(name);
    map[key] = name;
  }
  return map;
}
