// A correction of the list adapter's reading for the scam guard: a sender *named* like a tag ("Покупатель",
// "Customer") with no tag at all is read by readRow as a tag and the next line as the name — exactly the
// disguise a scammer would pick. The tag sits on its own line above the name; a name shares its line with the
// time (DOM.md), so a "tag" line followed at once by the list time is the sender's name.
import { textLines } from '@/lib/portal/dom-text';
import type { ChatRow } from '@/lib/portal/messenger';
import { LIST_TIME_RE, tagOf } from '@/lib/portal/text-cues';

export function correctTagLikeName(row: ChatRow): ChatRow {
  if (row.tag === null) return row;
  const lines = textLines(row.el);
  const first = lines[0];
  const second = lines[1];
  if (!first || !second || tagOf(first.text) === null || !LIST_TIME_RE.test(second.text)) return row;
  const preview = [row.name, row.preview].filter((s): s is string => !!s).join(' ') || null;
  return { ...row, tag: null, name: first.text, preview };
}
