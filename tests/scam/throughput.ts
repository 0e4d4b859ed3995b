// Throughput of the scam guard: the corpus's messages repeated to 100,000 messages, each judged as one message in
// an open chat with its item's context. Prints messages per second. Run: npx tsx tests/scam/throughput.ts
import { judgeMessage } from '../../lib/scam';
import { FULL_CORPUS } from './eval';

const TARGET = 100_000;
const messages = FULL_CORPUS.flatMap((item) => item.input.texts.map((text) => ({ text, ctx: { ...item.input, texts: undefined } })));

function run(n: number): number {
  let flagged = 0;
  for (let i = 0; i < n; i++) {
    const m = messages[i % messages.length];
    if (m && judgeMessage(m.text, m.ctx).risk !== 'none') flagged++;
  }
  return flagged;
}

run(5_000); // warm-up (JIT)
const start = performance.now();
const flagged = run(TARGET);
const ms = performance.now() - start;
const avgLen = messages.reduce((a, m) => a + m.text.length, 0) / messages.length;
console.log(`${TARGET} messages (${messages.length} distinct, ${avgLen.toFixed(0)} characters on average) in ${ms.toFixed(0)} ms: ${Math.round((TARGET / ms) * 1000).toLocaleString('en')} messages/s (${flagged} flagged)`);
