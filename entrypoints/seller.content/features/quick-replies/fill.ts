// Fills a quick-reply template's placeholders ({posting_number}, {order_number}, {customer_name}, {product},
// {seller_name}) and checks the result against the portal's rule: 1–1000 characters.
import { MAX_MESSAGE_LENGTH, PLACEHOLDERS, type Placeholder } from '../../../../lib/templates/model';
import { oneLine } from '@/lib/i18n/text';

export type FillValues = Partial<Record<Placeholder, string | null | undefined>>;

export type FillError = 'empty' | 'too-long' | 'missing-values';

export interface FillResult {
  /** The filled text, trimmed (placeholders without a value are left as written). */
  text: string;
  length: number;
  /** Placeholders the template uses that have no value here. */
  missing: Placeholder[];
  /** Null when the text can be sent. */
  error: FillError | null;
}

const PLACEHOLDER_RE = /\{([a-z_]+)\}/g;

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** The placeholders a template's text uses, each once, in order of first use. */
export function placeholdersIn(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const match of text.matchAll(PLACEHOLDER_RE)) {
    const name = match[1] ?? '';
    if (isPlaceholder(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** The order number is the posting number's first two groups (0128619527-0157-1 → 0128619527-0157). */
export function orderNumberOf(postingNumber: string): string | null {
  const match = /^(\d{5,12}-\d{1,6})-\d{1,4}$/.exec(postingNumber.trim());
  return match?.[1] ?? null;
}

/** Values with what can be derived filled in (the order number from the posting number). */
export function completeValues(values: FillValues): FillValues {
  const out: FillValues = { ...values };
  if (!out.order_number && out.posting_number) out.order_number = orderNumberOf(out.posting_number);
  return out;
}

export function fillTemplate(template: string, values: FillValues): FillResult {
  const all = completeValues(values);
  const missing: Placeholder[] = [];
  const filled = template.replace(PLACEHOLDER_RE, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    const raw = all[name];
    const value = raw == null ? raw : oneLine(raw);
    if (!value) {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    return value;
  });
  const text = filled.trim();
  // Length in characters as the portal counts them (code points, not UTF-16 units).
  const length = [...text].length;
  let error: FillError | null = null;
  if (missing.length > 0) error = 'missing-values';
  else if (length === 0) error = 'empty';
  else if (length > MAX_MESSAGE_LENGTH) error = 'too-long';
  return { text, length, missing, error };
}
