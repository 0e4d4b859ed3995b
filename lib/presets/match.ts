// The extension's own criteria, applied to what is known of a dialogue (from the page or the synced cache).
import type { Preset } from './model';

export interface DialogueFacts {
  /** Hours since the customer's unanswered message, when known. */
  waitingHours?: number | null;
  risk?: 'none' | 'warn' | 'danger';
  /** Everything visible of the dialogue: name, preview, context. */
  text: string;
  sku?: string | null;
  orderNumber?: string | null;
}

export function hasExtraCriteria(preset: Preset): boolean {
  const e = preset.extra;
  return e.waitingOverHours !== undefined || !!e.hasScamWarning || !!e.textContains || !!e.sku || !!e.orderNumber;
}

/** Whether a dialogue meets the preset's extra criteria (the portal's own filters are applied by the portal). */
export function matchesExtra(preset: Preset, facts: DialogueFacts): boolean {
  const e = preset.extra;
  if (e.waitingOverHours !== undefined) {
    if (facts.waitingHours == null || facts.waitingHours < e.waitingOverHours) return false;
  }
  if (e.hasScamWarning && (!facts.risk || facts.risk === 'none')) return false;
  const haystack = facts.text.toLocaleLowerCase();
  if (e.textContains && !haystack.includes(e.textContains.toLocaleLowerCase())) return false;
  if (e.sku && facts.sku !== e.sku && !haystack.includes(e.sku)) return false;
  if (e.orderNumber) {
    const order = e.orderNumber.split('-').slice(0, 2).join('-');
    if (!(facts.orderNumber ?? '').startsWith(order) && !haystack.includes(order)) return false;
  }
  return true;
}
