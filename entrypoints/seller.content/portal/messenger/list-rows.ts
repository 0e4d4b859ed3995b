// Finding the chat list's dialogue rows: from their links to a chat, else from a line every row shows (a time, a
// tag) where it repeats. A row is the largest element around its seed holding no other row, never the open chat,
// the filter controls or the message box.
import { isPortalElement, scopeElement, textLines } from '../dom-text';
import { itemsFromSeeds, type Seed } from '../rows';
import { runTarget, type Finder, type Target } from '../targets';
import { isTimeLike } from '../time-cues';
import { chatPanelTarget } from './chat-panel';
import { BANNER_SELECTOR } from './cues';
import { holdsFilterControls } from './filters';
import { chatIdOfLink, chatLinks } from './links';
import { holdsMessageBox } from './message-box';
import { tagOf } from './words';

/** Elements never part of a row: the open chat and anything holding the filter controls or the message box. */
function excluded(panel: Element | null): (el: Element) => boolean {
  return (el) => (panel !== null && (panel === el || panel.contains(el) || el.contains(panel))) || holdsMessageBox(el);
}

function rowSeedsByLinks(scope: ParentNode, panel: Element | null): Seed[] {
  return chatLinks(scope)
    .filter((a) => !panel?.contains(a) && !a.closest(BANNER_SELECTOR))
    .map((a) => ({ el: a, key: chatIdOfLink(a)! }));
}

function rowSeedsByLines(scope: ParentNode, panel: Element | null, test: (text: string) => boolean): Seed[] {
  return textLines(scopeElement(scope))
    .filter((l) => test(l.text) && !panel?.contains(l.el) && isPortalElement(l.el))
    .map((l, i) => ({ el: l.el, key: `line-${i}` }));
}

/**
 * Rows found by a line they show (a time, a tag) are rows only where they repeat: siblings under one list. A lone
 * time elsewhere on the page (a notice, a clock) is no dialogue.
 */
function inRepeatedGroups(items: readonly Element[]): Element[] {
  const byParent = new Map<Element | null, number>();
  for (const el of items) byParent.set(el.parentElement, (byParent.get(el.parentElement) ?? 0) + 1);
  return items.filter((el) => (byParent.get(el.parentElement) ?? 0) >= 2);
}

function rowsFinder(cue: string, seeds: (scope: ParentNode, panel: Element | null) => Seed[], repeated: boolean): Finder<Element> {
  return {
    cue,
    find: (scope: ParentNode): Element[] => {
      const panel = runTarget(chatPanelTarget, scope).found[0] ?? null;
      const isExcluded = excluded(panel);
      const stop = (el: Element) => isExcluded(el) || holdsFilterControls(el);
      const items = itemsFromSeeds(seeds(scope, panel), stop)
        .map((item) => item.el)
        .filter((el) => !isExcluded(el));
      return repeated ? inRepeatedGroups(items) : items;
    },
  };
}

export const chatRowsTarget: Target<Element> = {
  name: 'chat-rows',
  expect: 'many',
  finders: [
    rowsFinder('link to /app/messenger?id=<chat> (the row is the largest element around it holding no other chat)', rowSeedsByLinks, false),
    rowsFinder('a time or date per row, in any format (repeated siblings)', (scope, panel) => rowSeedsByLines(scope, panel, isTimeLike), true),
    rowsFinder('a Customer/Покупатель or Support/Поддержка tag per row (repeated siblings)', (scope, panel) => rowSeedsByLines(scope, panel, (t) => tagOf(t) !== null), true),
  ],
};
