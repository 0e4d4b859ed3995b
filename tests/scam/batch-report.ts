// Scores the blind batches (batches.ts) the way the page's DOM-only mode sees a dialogue: sender name, tag, texts.
// Recall = scams with risk ≠ none; false-positive rate = honest dialogues with risk ≠ none. Per language, per kind,
// per batch; the sealed split is reported in figures only, never by text.
import { judge, type ScamInput, type Verdict } from '../../lib/scam';
import type { CorpusLang, Dialogue } from './batches';

export interface Rate {
  hit: number;
  of: number;
}

export interface BatchScore {
  recall: Rate;
  falsePositives: Rate;
}

export type Detector = (input: ScamInput) => Verdict;

const emptyScore = (): BatchScore => ({ recall: { hit: 0, of: 0 }, falsePositives: { hit: 0, of: 0 } });

function add(score: BatchScore, dialogue: Dialogue, flagged: boolean): void {
  const rate = dialogue.label === 'scam' ? score.recall : score.falsePositives;
  rate.of++;
  if (flagged) rate.hit++;
}

export interface Scored {
  all: BatchScore;
  byLang: Record<CorpusLang, BatchScore>;
  byKind: Map<string, BatchScore>;
  byBatch: Map<number, BatchScore>;
  /** Dialogues judged wrongly (ids only for sealed ones). */
  wrong: { dialogue: Dialogue; flagged: boolean; reasons: string[] }[];
}

export function scoreDialogues(dialogues: readonly Dialogue[], detector: Detector = judge): Scored {
  const scored: Scored = { all: emptyScore(), byLang: { ru: emptyScore(), en: emptyScore(), zh: emptyScore() }, byKind: new Map(), byBatch: new Map(), wrong: [] };
  for (const dialogue of dialogues) {
    const verdict = detector(dialogue.input);
    const flagged = verdict.risk !== 'none';
    add(scored.all, dialogue, flagged);
    add(scored.byLang[dialogue.lang], dialogue, flagged);
    const kindKey = `${dialogue.label}:${dialogue.kind}`;
    add(scored.byKind.get(kindKey) ?? scored.byKind.set(kindKey, emptyScore()).get(kindKey)!, dialogue, flagged);
    add(scored.byBatch.get(dialogue.batch) ?? scored.byBatch.set(dialogue.batch, emptyScore()).get(dialogue.batch)!, dialogue, flagged);
    if (flagged !== (dialogue.label === 'scam')) scored.wrong.push({ dialogue, flagged, reasons: verdict.reasons.map((r) => r.code) });
  }
  return scored;
}

const pct = (rate: Rate): string => (rate.of === 0 ? '   –  ' : `${((rate.hit / rate.of) * 100).toFixed(1)}%`.padStart(6));
const cell = (rate: Rate): string => `${pct(rate)} (${rate.hit}/${rate.of})`.padEnd(18);

export function formatScore(title: string, scored: Scored, { showTexts }: { showTexts: boolean }): string {
  const lines = [title, `${''.padEnd(26)}${'recall'.padEnd(18)}false positives`];
  const row = (name: string, s: BatchScore) => lines.push(`${name.padEnd(26)}${cell(s.recall)}${cell(s.falsePositives)}`);
  row('all', scored.all);
  for (const lang of ['ru', 'en', 'zh'] as const) row(`  ${lang}`, scored.byLang[lang]);
  for (const [batch, s] of [...scored.byBatch].sort(([a], [b]) => a - b)) row(`  batch ${batch}`, s);
  lines.push('  by kind (label:kind):');
  for (const [kind, s] of [...scored.byKind].sort(([a], [b]) => a.localeCompare(b))) {
    if (s.recall.hit < s.recall.of || s.falsePositives.hit > 0) row(`    ${kind}`.slice(0, 26), s);
  }
  lines.push(`  wrong: ${scored.wrong.length}`);
  for (const { dialogue, flagged, reasons } of scored.wrong) {
    const head = `    ${dialogue.id} ${dialogue.label} ${dialogue.kind}: ${flagged ? `flagged [${reasons.join(' ')}]` : 'missed'}`;
    lines.push(showTexts ? `${head}\n      ${dialogue.input.senderName}: ${dialogue.input.texts.join(' / ').replace(/\s+/g, ' ').slice(0, 160)}` : head);
  }
  return lines.join('\n');
}
