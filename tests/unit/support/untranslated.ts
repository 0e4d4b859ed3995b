// The Chinese UI check (issue #15): Latin or Cyrillic letters left in what a person reads or hears (text, titles,
// labels, placeholders) once names, data, brand words and {placeholders} are taken out. What is left is a string the
// zh dictionary does not translate, or one a component writes by itself.
import { LANGUAGE_NAMES } from '@/lib/i18n';
import { PORTAL_FILTERS } from '@/lib/presets/filters';
import { filterLabel } from '@/lib/presets/filter-label';

/** Names that stay as they are in every language: Ozon's, the extension's, the API's headers, subscriptions, apps. */
const BRAND_WORDS = ['Seller Sidekick', 'Seller API', 'Ozon ID', 'Ozon', 'Client-Id', 'Api-Key', 'API', 'realFBS', 'rFBS', 'FBS', 'Premium Plus', 'Premium Pro', 'Telegram', 'WhatsApp'];
/** Technical words Chinese UIs write in Latin letters too, and the example of a chat id's shape. */
const TECHNICAL_WORDS = ['SKU', 'ID', 'CVV', 'HTTP', '5xx', 'JSON', '.json', 'KB', 'MB', 'Ctrl+C', 'Alt+1…9', '7f3c2a10-…', 'a–f'];
/** Each language's own name in the language menu, and the portal's own filter words (lib/presets/filter-label.ts). */
const NAMES = [...Object.values(LANGUAGE_NAMES), ...PORTAL_FILTERS.map((filter) => filterLabel(filter, 'zh'))];

const ADDRESSES = /https?:\/\/\S+|\b[\w.-]+\.ozon\.ru\b\S*/g;
const PLACEHOLDERS = /\{\w+\}/g;
const LETTERS = /[A-Za-z\u0400-\u04FF]/;
/** Attributes a person meets: tooltips, names screen readers say, hints in empty fields. */
const READ_ATTRIBUTES = ['title', 'aria-label', 'aria-description', 'placeholder', 'alt'];

/** `text` without the allowed words (longest first, so "Ozon ID" goes before "Ozon" and "ID"). */
export function withoutAllowed(text: string, data: readonly string[] = []): string {
  const words = [...data, ...BRAND_WORDS, ...TECHNICAL_WORDS, ...NAMES].filter(Boolean).sort((a, b) => b.length - a.length);
  let rest = text.replace(ADDRESSES, ' ').replace(PLACEHOLDERS, ' ');
  for (const word of words) rest = rest.split(word).join(' ');
  return rest;
}

/** Whether a string, once the allowed words are out, still has Latin or Cyrillic letters. */
export function hasForeignLetters(text: string, data: readonly string[] = []): boolean {
  return LETTERS.test(withoutAllowed(text, data));
}

/**
 * Every text a person meets under `root`, shadow roots included: text nodes and the attributes above. Not styles,
 * scripts, text areas (what a person typed or a report) and <code> (identifiers, such as a rule's reason code).
 */
export function readableTexts(root: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent?.trim();
      if (text) out.push(text);
      return;
    }
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEXTAREA', 'CODE'].includes(node.tagName)) return;
      for (const name of READ_ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
      if (node instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(node.type) && node.value) out.push(node.value);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return out;
}

/** The texts under `root` that are not Chinese: empty when everything a person meets is translated. */
export function untranslated(root: Node, data: readonly string[] = []): string[] {
  return readableTexts(root).filter((text) => hasForeignLetters(text, data));
}
