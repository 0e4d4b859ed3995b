// Which attributes the report keeps, and how much of each: roles, ARIA (enumerated values kept, free text as its
// category, id references and numbers reduced) and a short list of structural attributes. Everything else — ids,
// names, values, titles, placeholders, data-* (ours included), style — is left out.
import { categoryOf, digitBucket } from './text-category';
import { hrefShape, valueShape, type IdPlaceholders } from './url-shape';
import { ISO_DATETIME_RE } from './time-text';
import { ACTIVE_CHAT_ATTRIBUTE } from '../portal/messenger/cues';

/** ARIA attributes whose value is free text. */
const ARIA_TEXT = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'aria-keyshortcuts', 'aria-braillelabel', 'aria-brailleroledescription']);
/** ARIA attributes that point at other elements by id. */
const ARIA_REFS = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'aria-flowto']);
/** ARIA's enumerated values (true/false and each attribute's tokens). */
const ARIA_TOKEN_RE = /^(?:true|false|mixed|undefined|page|step|location|date|time|menu|listbox|tree|grid|dialog|polite|assertive|off|horizontal|vertical|ascending|descending|none|other|inline|list|both|grammar|spelling|additions|removals|text|all)(?: (?:additions|removals|text|all))*$/;

const ROLE_RE = /^[a-z]+(?: [a-z]+)*$/;
const TYPE_VALUES = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'hidden', 'date', 'time', 'datetime-local', 'month', 'week', 'range', 'color', 'image']);
/** Boolean attributes kept by presence. */
const PRESENCE = ['disabled', 'hidden', 'checked', 'readonly', 'required', 'open', 'selected', 'multiple', 'inert', 'data-replicated-value'];

export function roleOf(el: Element): string | undefined {
  const role = el.getAttribute('role')?.trim().toLowerCase();
  if (role === undefined) return undefined;
  return ROLE_RE.test(role) && role.length <= 40 ? role : 'other';
}

export function ariaOf(el: Element): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const attr of el.attributes) {
    const name = attr.name.toLowerCase();
    if (!name.startsWith('aria-') || !/^aria-[a-z]{1,30}$/.test(name)) continue;
    const value = attr.value.trim();
    let kept: string;
    if (ARIA_REFS.has(name)) kept = value ? '{ref}' : '';
    else if (ARIA_TEXT.has(name)) kept = categoryOf(value) ?? '';
    else if (/^-?\d+(?:\.\d+)?$/.test(value)) kept = `digits:${digitBucket(value.replace(/\D/g, '').length)}`;
    else kept = ARIA_TOKEN_RE.test(value.toLowerCase()) ? value.toLowerCase() : (categoryOf(value) ?? '');
    (out ??= {})[name] = kept;
  }
  return out;
}

export function structuralAttrsOf(el: Element, ids: IdPlaceholders): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  const put = (name: string, value: string) => ((out ??= {})[name] = value);
  const type = el.getAttribute('type');
  if (type !== null) put('type', TYPE_VALUES.has(type.trim().toLowerCase()) ? type.trim().toLowerCase() : 'other');
  const editable = el.getAttribute('contenteditable');
  if (editable !== null) {
    const v = editable.trim().toLowerCase();
    put('contenteditable', ['', 'true', 'false', 'plaintext-only'].includes(v) ? v : 'other');
  }
  const tabindex = el.getAttribute('tabindex');
  if (tabindex !== null) {
    const n = Number.parseInt(tabindex, 10);
    put('tabindex', Number.isNaN(n) ? 'other' : n < 0 ? '-1' : n === 0 ? '0' : 'positive');
  }
  for (const name of PRESENCE) if (el.hasAttribute(name)) put(name, '');
  const chat = el.getAttribute(ACTIVE_CHAT_ATTRIBUTE);
  if (chat !== null) put(ACTIVE_CHAT_ATTRIBUTE, valueShape(chat, ids));
  const href = el.getAttribute('href');
  if (href !== null) put('href', hrefShape(href, ids));
  const datetime = el.getAttribute('datetime');
  if (datetime !== null) {
    const v = datetime.trim();
    put('datetime', ISO_DATETIME_RE.test(v) ? (v.length > 10 ? 'iso-datetime' : 'iso-date') : 'other');
  }
  return out;
}
