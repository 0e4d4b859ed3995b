// Messages → Customers: the dialogue rows a React app could render, drawn by fast-check, each with its truth.
// What every row shows (docs/ and sandbox/portal/DOM.md): the tag above the sender's name, the name, a preview, a
// time or date, sometimes an unread counter and an order/product context line. How it shows them varies here:
// DOM order, wrappers, CSS that puts the tag above the name whatever the DOM order, row kinds, links, languages.
import fc from 'fast-check';
import type { Styler } from './style';
import { h, type VNode } from './vnode';
import {
  DATE_FORMATS,
  DISGUISE_NAMES,
  HONEST_PREVIEWS,
  NAMES,
  PRODUCTS,
  SCAM_PREVIEWS,
  TAG_WORDS,
  UI,
  formatDate,
  type DateFormat,
  type Lang,
  type TagKind,
} from './words';

export type Part = 'tag' | 'name' | 'time' | 'unread' | 'preview' | 'context';
export const PARTS: readonly Part[] = ['tag', 'name', 'time', 'unread', 'preview', 'context'];

/** One dialogue as it really is: what the row shows. */
export interface ChatFacts {
  id: string;
  /** The tag the portal shows above the name; null = no tag. */
  tag: TagKind | null;
  name: string;
  preview: string;
  time: string;
  /** Unread counter, 0 = none shown. */
  unread: number;
  /** «Заказ № …» / «Товар: …» line, or none. */
  context: string | null;
}

export type RowElement = 'div' | 'li' | 'a' | 'button' | 'row' | 'option';
/** Where the link to `?group=customers_v2&id=` is: the row itself, a link around the content, around the name, none. */
export type LinkKind = 'row' | 'wrap' | 'name' | 'none';
export type Placement = 'natural' | 'natural-br' | 'flex-order' | 'column-reverse' | 'grid' | 'absolute' | 'wrap-row';

export interface RowLayout {
  element: RowElement;
  link: LinkKind;
  href: 0 | 1 | 2;
  placement: Placement;
  /** DOM order of the parts (natural placements keep the tag before the name). */
  domOrder: Part[];
  /** Visual order top to bottom for flex placements (the tag right above the name). */
  visualOrder: Part[];
  /** Extra wrappers around each part (0–2). */
  wrap: Record<Part, number>;
  tagEl: 'span' | 'div' | 'small' | 'mark' | 'b';
  /** `text-transform: uppercase` on the tag (innerText then differs from textContent). */
  tagUpper: boolean;
  tagIcon: boolean;
  avatar: 'none' | 'left' | 'left-unread';
  partEl: 'div' | 'span';
  hrefStyle: 'attr' | 'property';
}

// ---- facts ----

export function chatId(page: number, n: number): string {
  const hex = (v: number, len: number) => (v >>> 0).toString(16).padStart(len, '0').slice(-len);
  const a = Math.imul(page + 1, 2654435761) ^ Math.imul(n + 7, 40503);
  return `${hex(a, 8)}-${hex(n, 4)}-4${hex(page, 3)}-8${hex(a >>> 5, 3)}-${hex(page, 4)}${hex(n * 977 + a, 8)}`;
}

export type SenderKind = 'honest' | 'scam-text' | 'untagged-disguise' | 'untagged-plain' | 'tagged-disguise' | 'support';

const kindArb: fc.Arbitrary<SenderKind> = fc.oneof(
  { weight: 10, arbitrary: fc.constant<SenderKind>('honest') },
  { weight: 4, arbitrary: fc.constant<SenderKind>('scam-text') },
  { weight: 1, arbitrary: fc.constant<SenderKind>('untagged-disguise') },
  { weight: 1, arbitrary: fc.constant<SenderKind>('untagged-plain') },
  { weight: 2, arbitrary: fc.constant<SenderKind>('tagged-disguise') },
  { weight: 1, arbitrary: fc.constant<SenderKind>('support') },
);

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

export interface FactsDraft {
  kind: SenderKind;
  name: number;
  text: number;
  date: { format: DateFormat; n: number };
  unread: number;
  context: 0 | 1 | 2;
  contextN: number;
}

export const factsDraftArb: fc.Arbitrary<FactsDraft> = fc.record({
  kind: kindArb,
  name: fc.nat(99),
  text: fc.nat(99),
  date: fc.record({ format: fc.constantFrom(...DATE_FORMATS), n: fc.nat(9999) }),
  unread: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 120 }) }),
  context: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
  contextN: fc.nat(99_999_999),
});

export function scamOrHonest(lang: Lang, scam: boolean, n: number): string {
  return pick(scam ? SCAM_PREVIEWS[lang] : HONEST_PREVIEWS[lang], n);
}

export function factsOf(lang: Lang, draft: FactsDraft, id: string): ChatFacts {
  const disguise = pick(DISGUISE_NAMES[lang], draft.name);
  const ordinary = pick(NAMES[lang], draft.name);
  const byKind: Record<SenderKind, Pick<ChatFacts, 'tag' | 'name' | 'preview'>> = {
    honest: { tag: 'customer', name: ordinary, preview: scamOrHonest(lang, false, draft.text) },
    'scam-text': { tag: 'customer', name: ordinary, preview: scamOrHonest(lang, true, draft.text) },
    'untagged-disguise': { tag: null, name: disguise, preview: scamOrHonest(lang, draft.text % 2 === 0, draft.text) },
    'untagged-plain': { tag: null, name: ordinary, preview: scamOrHonest(lang, false, draft.text) },
    'tagged-disguise': { tag: 'customer', name: disguise, preview: scamOrHonest(lang, draft.text % 3 === 0, draft.text) },
    support: { tag: 'support', name: pick(['Ozon', 'Ozon Support', TAG_WORDS.support[lang]], draft.name), preview: scamOrHonest(lang, false, draft.text) },
  };
  const orderNo = `${String(draft.contextN).padStart(10, '0')}-${String(draft.contextN % 9999).padStart(4, '0')}`;
  const context = draft.context === 0 ? null : draft.context === 1 ? `${UI.order![lang]} ${orderNo}` : `${UI.product![lang]} ${pick(PRODUCTS[lang], draft.contextN)}`;
  return { id, ...byKind[draft.kind], time: formatDate(lang, draft.date.format, draft.date.n), unread: draft.unread, context };
}

/**
 * A list's facts: at least 10 rows (the fail-safe needs that many), most of them tagged: at most one row in five
 * without a tag (the rest of the untagged drafts become ordinary tagged customers).
 */
export function listFacts(lang: Lang, page: number, drafts: readonly FactsDraft[]): ChatFacts[] {
  let untagged = 0;
  const allowed = Math.floor(drafts.length / 5);
  return drafts.map((d, i) => {
    const isUntagged = d.kind === 'untagged-disguise' || d.kind === 'untagged-plain';
    const draft = isUntagged && ++untagged > allowed ? { ...d, kind: 'honest' as const } : d;
    return factsOf(lang, draft, chatId(page, i));
  });
}

// ---- layout ----

const permutation = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

/** The visual order top to bottom: any order of the other parts, the tag right above the name. */
function visualOf(order: Part[]): Part[] {
  const rest: Part[] = order.filter((p) => p !== 'tag');
  const at = rest.indexOf('name');
  return [...rest.slice(0, at), 'tag' as const, ...rest.slice(at)];
}

/** Natural placements show the DOM order: the tag moves before the name where it was after it. */
function tagBeforeName(order: Part[]): Part[] {
  const t = order.indexOf('tag');
  const n = order.indexOf('name');
  if (t < n) return order;
  const out: Part[] = order.filter((p) => p !== 'tag');
  out.splice(out.indexOf('name'), 0, 'tag');
  return out;
}

export const rowLayoutArb: fc.Arbitrary<RowLayout> = fc
  .record({
    element: fc.constantFrom<RowElement>('div', 'li', 'a', 'button', 'row', 'option'),
    link: fc.constantFrom<LinkKind>('wrap', 'name', 'none', 'wrap'),
    href: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
    placement: fc.constantFrom<Placement>('natural', 'natural-br', 'flex-order', 'column-reverse', 'grid', 'absolute', 'wrap-row'),
    order: permutation(PARTS),
    wrap: fc.record({ tag: fc.nat(2), name: fc.nat(2), time: fc.nat(2), unread: fc.nat(2), preview: fc.nat(2), context: fc.nat(2) }),
    tagEl: fc.constantFrom<RowLayout['tagEl']>('span', 'div', 'small', 'mark', 'b'),
    tagUpper: fc.boolean(),
    tagIcon: fc.boolean(),
    avatar: fc.constantFrom<RowLayout['avatar']>('none', 'left', 'left-unread'),
    partEl: fc.constantFrom<'div' | 'span'>('div', 'span'),
    hrefStyle: fc.constantFrom<'attr' | 'property'>('attr', 'property'),
  })
  .map((r): RowLayout => {
    const link: LinkKind = r.element === 'a' ? 'row' : r.element === 'button' ? 'none' : r.link;
    const visualOrder = visualOf(r.order);
    const domOrder =
      r.placement === 'column-reverse' ? [...visualOrder].reverse() : r.placement.startsWith('natural') ? tagBeforeName(r.order) : r.order;
    return { ...r, link, domOrder, visualOrder };
  });

export function chatHref(id: string, style: 0 | 1 | 2): string {
  if (style === 1) return `/app/messenger?id=${id}&group=customers_v2`;
  if (style === 2) return `https://seller.ozon.ru/app/messenger/?group=customers_v2&id=${id}`;
  return `/app/messenger?group=customers_v2&id=${id}`;
}

export function partText(part: Part, f: ChatFacts, lang: Lang): string {
  switch (part) {
    case 'tag':
      return f.tag ? TAG_WORDS[f.tag][lang] : TAG_WORDS.customer[lang];
    case 'name':
      return f.name;
    case 'time':
      return f.time;
    case 'unread':
      return f.unread > 99 ? '99+' : String(Math.max(f.unread, 1));
    case 'preview':
      return f.preview;
    case 'context':
      return f.context ?? '';
  }
}

/** Whether the row shows the part (absent parts are built detached, so an in-place rewrite can insert them). */
export function shows(part: Part, f: ChatFacts): boolean {
  if (part === 'tag') return f.tag !== null;
  if (part === 'unread') return f.unread > 0;
  if (part === 'context') return f.context !== null;
  return true;
}

const GRID_AREA: Record<Part, string> = { tag: 'tg', name: 'nm', time: 'tm', unread: 'ur', preview: 'pv', context: 'cx' };

const ICON: VNode = h('svg', undefined, [h('use', undefined, [], { href: '#tag--sprite' })], { width: '10', height: '10', 'aria-hidden': 'true' });

/** One row as a tree; `key` names it (its parts are `<key>/<part>`, their text holders `<key>/<part>#t`). */
export function renderRow(f: ChatFacts, L: RowLayout, lang: Lang, s: Styler, key: string): VNode {
  const textHolder = (part: Part): VNode => {
    const text = partText(part, f, lang);
    if (part === 'tag') {
      const decl = `font-size:11px;color:#0a6;${L.tagUpper ? 'text-transform:uppercase;' : ''}`;
      if (L.tagIcon) return h(L.tagEl, s.cls('tag', decl), [ICON, h('span', s.cls('tagText'), [text], undefined, `${key}/tag#t`)]);
      return h(L.tagEl, s.cls('tag', decl), [text], undefined, `${key}/tag#t`);
    }
    if (part === 'name' && L.link === 'name') {
      return h('a', s.cls('nameLink', 'color:inherit;text-decoration:none'), [h('span', s.cls('name', 'font-weight:600'), [text], undefined, `${key}/name#t`)], { href: chatHref(f.id, L.href) }, `${key}/link`);
    }
    const decl: Record<Part, string> = {
      tag: '',
      name: 'font-weight:600',
      time: 'color:#888;font-size:12px',
      unread: 'background:#e33;color:#fff;border-radius:9px;padding:0 5px;font-size:11px',
      preview: 'color:#555;white-space:nowrap;overflow:hidden;text-overflow:ellipsis',
      context: 'color:#06c;font-size:12px',
    };
    return h(part === 'unread' || part === 'time' ? 'span' : L.partEl, s.cls(part, decl[part]), [text], undefined, `${key}/${part}#t`);
  };

  const placementDecl = (part: Part): string => {
    const block = 'display:block;';
    switch (L.placement) {
      case 'natural':
      case 'natural-br':
        return block;
      case 'flex-order':
        return `order:${L.visualOrder.indexOf(part)};`;
      case 'column-reverse':
        return '';
      case 'grid':
        return `grid-area:${GRID_AREA[part]};${part === 'time' || part === 'unread' ? 'justify-self:end;' : ''}min-width:0;`;
      case 'absolute':
        return part === 'tag' ? 'position:absolute;top:0;left:0;line-height:16px;' : block;
      case 'wrap-row':
        return part === 'tag' ? 'flex-basis:100%;order:-1;' : part === 'name' ? 'flex:1 1 auto;' : part === 'time' ? 'margin-left:auto;' : part === 'unread' ? 'order:2;' : block;
    }
  };

  /** The part with its wrappers; the outermost node carries the placement and the key `<key>/<part>`. */
  const outer = (part: Part): VNode => {
    const inAvatar = part === 'unread' && L.avatar === 'left-unread';
    let node = textHolder(part);
    for (let i = 0; i < L.wrap[part]; i++) node = h(L.partEl === 'span' && i === 0 ? 'span' : 'div', s.cls(`w${i}-${part}`, i === 0 ? 'display:block' : ''), [node]);
    const place = inAvatar ? 'position:absolute;top:-4px;right:-4px;' : placementDecl(part);
    const box = h('div', s.cls(`slot-${part}`, place), [node], undefined, `${key}/${part}`);
    if (!shows(part, f)) box.detached = true;
    return box;
  };

  const parts = L.domOrder.filter((p) => !(p === 'unread' && L.avatar === 'left-unread'));
  let content: VNode[];
  switch (L.placement) {
    case 'natural-br': {
      const tagNode = outer('tag');
      tagNode.cls = s.cls('slot-tag-inline', 'display:inline');
      tagNode.tag = 'span';
      const nameNode = outer('name');
      nameNode.cls = s.cls('slot-name-inline', 'display:inline');
      nameNode.tag = 'span';
      const headline = h('div', s.cls('headline', 'display:block'), [tagNode, h('br', undefined), nameNode]);
      content = parts.filter((p) => p !== 'tag').map((p) => (p === 'name' ? headline : outer(p)));
      break;
    }
    case 'wrap-row': {
      const head = h('div', s.cls('head', 'display:flex;flex-wrap:wrap;align-items:baseline;gap:0 6px'), parts.filter((p) => ['tag', 'name', 'time', 'unread'].includes(p)).map(outer));
      content = [head, ...parts.filter((p) => p === 'preview' || p === 'context').map(outer)];
      break;
    }
    default:
      content = parts.map(outer);
  }
  const contentDecl: Record<Placement, string> = {
    natural: 'display:block',
    'natural-br': 'display:block',
    'flex-order': 'display:flex;flex-direction:column',
    'column-reverse': 'display:flex;flex-direction:column-reverse',
    grid: 'display:grid;grid-template-columns:minmax(0,1fr) auto;grid-template-areas:"tg tm" "nm ur" "pv pv" "cx cx"',
    absolute: 'position:relative;padding-top:18px',
    'wrap-row': 'display:block',
  };
  const contentNode = h('div', s.cls('content', `${contentDecl[L.placement]};flex:1 1 auto;min-width:0;text-align:left`), content);

  const inner: VNode[] = [];
  if (L.avatar !== 'none') {
    const avatarKids: VNode[] = [h('svg', undefined, [h('use', undefined, [], { href: '#avatar--sprite' })], { width: '36', height: '36', 'aria-hidden': 'true' })];
    if (L.avatar === 'left-unread') avatarKids.push(outer('unread'));
    inner.push(h('div', s.cls('avatar', 'position:relative;width:36px;height:36px;border-radius:50%;background:#ddd;flex:none'), avatarKids));
  }
  inner.push(contentNode);
  let body: VNode = h('div', s.cls('rowInner', 'display:flex;gap:8px;align-items:flex-start;padding:8px 12px'), inner);
  if (L.link === 'wrap') body = h('a', s.cls('rowLink', 'display:block;color:inherit;text-decoration:none'), [body], { href: chatHref(f.id, L.href) }, `${key}/link`);
  if (L.element === 'row') body = h('div', s.cls('cell'), [body], { role: 'gridcell' });

  const rowDecl = 'display:block;width:100%;box-sizing:border-box;border:0;border-bottom:1px solid #eee;background:none;font:inherit;color:inherit;text-decoration:none;text-align:left;padding:0;margin:0;list-style:none';
  const attrs: Record<string, string> = {};
  let tag = 'div';
  if (L.element === 'a') {
    tag = 'a';
    attrs.href = chatHref(f.id, L.href);
  } else if (L.element === 'li') tag = 'li';
  else if (L.element === 'button') {
    tag = 'button';
    attrs.type = 'button';
  } else if (L.element === 'row') attrs.role = 'row';
  else if (L.element === 'option') {
    attrs.role = 'option';
    attrs['aria-selected'] = 'false';
  }
  return h(tag, s.cls('row', rowDecl), [body], attrs, key);
}

/** The list's container for a row kind: ul for li, a grid for role=row, a listbox for role=option. */
export function listContainer(L: RowLayout, s: Styler, rows: VNode[]): VNode {
  const decl = 'margin:0;padding:0;overflow-y:auto;max-height:760px';
  if (L.element === 'li') return h('ul', s.cls('list', decl), rows, undefined, 'list');
  if (L.element === 'row') return h('div', s.cls('list', decl), [h('div', s.cls('rowgroup'), rows, { role: 'rowgroup' }, 'list')], { role: 'grid' });
  if (L.element === 'option') return h('div', s.cls('list', decl), rows, { role: 'listbox' }, 'list');
  return h('div', s.cls('list', decl), rows, undefined, 'list');
}
