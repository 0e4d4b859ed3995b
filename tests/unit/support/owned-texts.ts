// What the extension itself put on a portal page: its own elements (data-sidekick-owned) and the titles it set on
// the portal's rows. The zh probe reads only these, so the portal's own words (in any language) are not counted.
import { OWNED_ATTRIBUTE } from '@/entrypoints/seller.content/observer';
import { untranslated } from './untranslated';

/** Our outermost elements on the page (an owned element inside another owned one is read with it). */
export function ownedRoots(doc: Document): Element[] {
  return [...doc.querySelectorAll(`[${OWNED_ATTRIBUTE}]`)].filter((el) => !el.parentElement?.closest(`[${OWNED_ATTRIBUTE}]`));
}

/** The untranslated texts among what the extension added: its elements, and `attribute` on the rows it marked. */
export function untranslatedOnPage(doc: Document, marked: string, attribute: string, data: readonly string[] = []): string[] {
  const titles = [...doc.querySelectorAll(`[${marked}]`)].map((el) => el.getAttribute(attribute)).filter((text): text is string => !!text);
  const holder = doc.createElement('div');
  for (const title of titles) holder.append(doc.createTextNode(title), doc.createElement('br'));
  return [...ownedRoots(doc).flatMap((root) => untranslated(root, data)), ...untranslated(holder, data)];
}
