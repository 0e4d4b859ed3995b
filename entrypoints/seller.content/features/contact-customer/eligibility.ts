// Whether the API lets a chat start for each posting, asked of the background: each number once per start, and
// the numbers that turn up together (the observer hands rows over once per frame) in one request.
import type { ShipmentEligibility } from '@/lib/protocol/messages';
import type { SendFn } from './deps';

/** The protocol's cap on posting numbers in one getShipmentEligibility (lib/protocol/messages.ts). */
const MAX_PER_REQUEST = 500;

export interface EligibilityAsker {
  answerFor(postingNumber: string): ShipmentEligibility | undefined;
  /** Asks for the numbers not asked yet; nothing while no store is connected. */
  ask(postingNumbers: readonly string[]): void;
}

export interface EligibilityOptions {
  send: SendFn;
  /** Whether a store's API is connected now. */
  enabled(): boolean;
  /** New answers arrived: the rows are to be judged again. */
  onAnswers(): void;
  signal: AbortSignal;
}

export function createEligibilityAsker({ send, enabled, onAnswers, signal }: EligibilityOptions): EligibilityAsker {
  const answers = new Map<string, ShipmentEligibility>();
  const asked = new Set<string>();
  /** Numbers waiting for the end of the current task, to go in one request. */
  let waiting: Set<string> | null = null;

  function sendWaiting(): void {
    const numbers = [...(waiting ?? [])];
    waiting = null;
    if (signal.aborted) return;
    for (let i = 0; i < numbers.length; i += MAX_PER_REQUEST) {
      send<'getShipmentEligibility'>({ type: 'getShipmentEligibility', postingNumbers: numbers.slice(i, i + MAX_PER_REQUEST) })
        .then((reply) => {
          if (signal.aborted) return;
          for (const [postingNumber, answer] of Object.entries(reply)) answers.set(postingNumber, answer);
          onAnswers();
        })
        .catch(() => {
          // The page's own judgement stays; asking again on the next new rows would only repeat the failure.
        });
    }
  }

  return {
    answerFor: (postingNumber) => answers.get(postingNumber),
    ask(postingNumbers) {
      if (!enabled()) return;
      const fresh = postingNumbers.filter((n) => !asked.has(n));
      if (fresh.length === 0) return;
      for (const n of fresh) asked.add(n);
      if (waiting) {
        for (const n of fresh) waiting.add(n);
        return;
      }
      waiting = new Set(fresh);
      queueMicrotask(sendWaiting);
    },
  };
}
