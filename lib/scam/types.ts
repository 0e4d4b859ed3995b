// Public types of the scam guard (reason codes: README, "The observable contract"; keep them exact, add, never rename).
import type { ReasonCode } from './reason-codes';

export type { ReasonCode };

export type Risk = 'none' | 'warn' | 'danger';

export interface ScamInput {
  senderName?: string;
  /** The tag seen on the page above/next to the name; null = no tag seen; undefined = unknown. */
  tag?: 'customer' | 'support' | null;
  /** Which messenger list the dialogue is in ('customers' = group customers_v2). */
  list?: 'customers' | 'support' | 'main' | 'other';
  /** API chat_type when a store is connected. */
  chatType?: string;
  /** API user.type of the sender when known (case-insensitive, Cyrillic С tolerated). */
  userType?: string;
  /** Message texts (or the preview for a list row). */
  texts: readonly string[];
  allowlisted?: boolean;
}

export interface Reason {
  code: ReasonCode;
  en: string;
  ru: string;
  /** What triggered the reason (a domain, a phrase as normalised), for the tooltip. */
  evidence?: string;
}

export interface Verdict {
  risk: Risk;
  reasons: Reason[];
}
