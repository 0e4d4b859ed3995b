// What the extension must write, from the TRUE facts of a row: the scam detector's verdict when the row is read
// right (the detector is pure; reading the page is what the generated layouts test), and the Contact rule.
import { judge } from '../../../lib/scam';
import type { ChatFacts } from './chat-list';

export interface RowExpect {
  tag: 'customer' | 'support' | 'none';
  risk: 'none' | 'warn' | 'danger';
  reasons: string[];
}

export function expectRow(f: ChatFacts): RowExpect {
  const v = judge({ list: 'customers', tag: f.tag, senderName: f.name, texts: [f.preview] });
  return { tag: f.tag ?? 'none', risk: v.risk, reasons: v.reasons.map((r) => r.code).sort() };
}

/**
 * An open chat's customer message: the detector's verdict for its text from this sender when the chat is read right
 * (its true tag: a Support-tagged sender is Ozon's, whose words the detector trusts; the name may add reasons).
 */
export function expectMessage(text: string, sender: Pick<ChatFacts, 'tag'>): { risk: 'none' | 'warn' | 'danger'; reasons: string[] } {
  const v = judge({ list: 'customers', tag: sender.tag === 'support' ? 'support' : 'customer', texts: [text] });
  return { risk: v.risk, reasons: v.reasons.map((r) => r.code).sort() };
}

const RANK = { none: 0, warn: 1, danger: 2 } as const;
export const atLeast = (got: string | null, want: keyof typeof RANK): boolean => got !== null && got in RANK && RANK[got as keyof typeof RANK] >= RANK[want];
