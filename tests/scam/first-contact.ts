// `npx tsx tests/scam/first-contact.ts [batch…]`: scores blind batches with the detector as it is now, before any
// change they prompt (the figures go into tests/scam/HISTORY.md). Sealed dialogues are counted, never shown.
import { loadBatches } from './batches';
import { formatScore, scoreDialogues } from './batch-report';

const wanted = new Set(process.argv.slice(2).map(Number));
const dialogues = loadBatches().filter((d) => wanted.size === 0 || wanted.has(d.batch));
console.log(formatScore('Blind batches, dev split', scoreDialogues(dialogues.filter((d) => !d.sealed)), { showTexts: true }));
console.log();
console.log(formatScore('Blind batches, sealed split (figures only)', scoreDialogues(dialogues.filter((d) => d.sealed)), { showTexts: false }).replace(/\n {4}b\d+-.*/g, ''));
