// The blind corpus batches (tests/scam/batches/batch-NN.json): dialogues in Russian, English and Chinese written by
// writers who never saw lib/scam, from the brief in tests/scam/batches/WRITERS.md. Each is labelled scam/honest
// with a kind; there are no expected reason codes, so they are scored on risk ≠ none only.
// About a fifth of them, chosen by a hash of the id (not by content), form the sealed split: never tuned on, and
// eval.ts never prints a sealed item's text.
import fs from 'node:fs';
import path from 'node:path';
import type { ScamInput } from '../../lib/scam';

export type CorpusLang = 'ru' | 'en' | 'zh';

export interface Dialogue {
  id: string;
  batch: number;
  lang: CorpusLang;
  label: 'scam' | 'honest';
  kind: string;
  input: ScamInput;
  sealed: boolean;
}

interface RawDialogue {
  id: string;
  lang: CorpusLang;
  label: 'scam' | 'honest';
  kind: string;
  senderName: string;
  tag: 'customer' | 'support' | 'none';
  list: 'customers' | 'support';
  messages: string[];
}

const DIR = path.join(import.meta.dirname, 'batches');

/** FNV-1a of the id: a split that depends on nothing a tuner could look at. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export const isSealed = (id: string): boolean => fnv1a(id) % 5 === 0;

function toDialogue(batch: number, raw: RawDialogue): Dialogue {
  return {
    id: raw.id,
    batch,
    lang: raw.lang,
    label: raw.label,
    kind: raw.kind,
    input: { senderName: raw.senderName, tag: raw.tag === 'none' ? null : raw.tag, list: raw.list, texts: raw.messages },
    sealed: isSealed(raw.id),
  };
}

export function loadBatches(dir = DIR): Dialogue[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /^batch-\d+\.json$/.test(name))
    .sort()
    .flatMap((name) => {
      const file = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { batch: number; dialogues: RawDialogue[] };
      return file.dialogues.map((raw) => toDialogue(file.batch, raw));
    });
}
