// The open chat's header: the sender's name with the tag drawn to its RIGHT (Ozon's doc). Read by layout in a real
// browser — the tag word's unit with a text unit left of it on its visual line; a tag word with nothing left of it
// is the sender's name (a disguise) — and by DOM order without layout.
import { commonAncestor } from '../rows';
import { sameVisualLine, textUnits, type TextUnit } from '../text-units';
import { BASE_MODEL, tagOfUnit, type ChatListModel } from './chat-row';
import { isTimeLike } from '../time-cues';
import { HEADING_SELECTOR } from './cues';
import { inMessageBox } from './message-box';
import type { ChatTag } from './words';

export interface ChatHeader {
  name: string | null;
  tag: ChatTag | null;
  /** The element holding the name and the tag (its times are no message times). */
  el: Element | null;
}

function nameLeftOf(units: readonly TextUnit[], word: TextUnit): TextUnit | null {
  const box = word.box;
  if (box) {
    const left = units.filter((u) => u !== word && u.box && sameVisualLine(u.box, box) && u.box.right <= box.left + 2 && !isTimeLike(u.text));
    return left.reduce<TextUnit | null>((best, u) => (!best || u.box!.right > best.box!.right ? u : best), null);
  }
  const before = units[units.indexOf(word) - 1];
  return before && !isTimeLike(before.text) ? before : null;
}

export function readChatHeader(panel: Element, layout: boolean, model: ChatListModel = BASE_MODEL): ChatHeader {
  const units = textUnits(panel, layout).filter((u) => !inMessageBox(u.el));
  const words = units.filter((u) => tagOfUnit(u, model) !== null);
  // The tag is a tag word with the name to its left (a sender may be NAMED "Support": that word has none).
  for (const unit of words) {
    const name = nameLeftOf(units, unit);
    if (name) return { name: name.text, tag: tagOfUnit(unit, model), el: commonAncestor([name.el, unit.el]) };
  }
  // A tag word with no name to its left is the name itself, shown without a tag.
  const first = words[0];
  if (first) return { name: first.text, tag: null, el: first.el };
  const heading = panel.querySelector(HEADING_SELECTOR);
  if (heading) return { name: textUnits(heading, layout).map((u) => u.text).join(' ') || null, tag: null, el: heading };
  return { name: units[0]?.text ?? null, tag: null, el: null };
}
