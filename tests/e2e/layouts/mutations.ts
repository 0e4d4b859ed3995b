// In-place rewrites of a generated list, as virtualised lists and React reconciliation do them: the row element stays,
// its texts, parts and link change. The truth follows in Node (a simulation of the list), the page gets the ops.
import fc from 'fast-check';
import { chatHref, chatId, factsDraftArb, factsOf, partText, PARTS, renderRow, scamOrHonest, shows, type ChatFacts, type FactsDraft, type RowLayout } from './chat-list';
import type { MessengerPage } from './page';
import { WRITE_METHODS, type Op, type WriteMethod } from './runtime';

export interface Rewrite {
  row: number;
  draft: FactsDraft;
  method: WriteMethod;
  hrefStyle: 'attr' | 'property';
}

export const rewriteArb: fc.Arbitrary<Rewrite> = fc.record({
  row: fc.nat(99),
  draft: factsDraftArb,
  method: fc.constantFrom(...WRITE_METHODS),
  hrefStyle: fc.constantFrom<'attr' | 'property'>('attr', 'property'),
});

/** The list as it is now: row keys in order and each row's facts. */
export class ListModel {
  readonly order: string[];
  readonly facts = new Map<string, ChatFacts>();
  private next = 10_000;
  constructor(private readonly page: MessengerPage) {
    this.order = page.rows.map((r) => r.key);
    for (const r of page.rows) this.facts.set(r.key, r.facts);
  }

  get rows(): { key: string; facts: ChatFacts }[] {
    return this.order.map((key) => ({ key, facts: this.facts.get(key)! }));
  }

  private get layout(): RowLayout {
    return this.page.spec.row;
  }

  /** Drafts without a tag become tagged customers when the list already has one untagged row in five. */
  private capped(draft: FactsDraft, replacing: string | null): FactsDraft {
    if (draft.kind !== 'untagged-disguise' && draft.kind !== 'untagged-plain') return draft;
    const untagged = this.order.filter((k) => k !== replacing && this.facts.get(k)!.tag === null).length;
    return untagged + 1 <= Math.floor((this.order.length + (replacing ? 0 : 1)) / 5) ? draft : { ...draft, kind: 'honest' };
  }

  private newFacts(draft: FactsDraft, replacing: string | null): ChatFacts {
    return factsOf(this.page.spec.lang, this.capped(draft, replacing), chatId(this.page.spec.seed, this.next++));
  }

  /** Rewrites row `index` (mod length) in place with a new dialogue; returns the page's ops. */
  rewrite(r: Rewrite): Op[] {
    const key = this.order[r.row % this.order.length]!;
    const before = this.facts.get(key)!;
    const after = this.newFacts(r.draft, key);
    this.facts.set(key, after);
    const lang = this.page.spec.lang;
    const ops: Op[] = [];
    for (const part of PARTS) {
      const text = partText(part, after, lang);
      if (text !== partText(part, before, lang)) ops.push({ op: 'text', key: `${key}/${part}#t`, text, method: r.method });
      if (shows(part, after) !== shows(part, before)) ops.push({ op: 'show', key: `${key}/${part}`, on: shows(part, after) });
    }
    if (this.layout.link !== 'none') ops.push({ op: 'href', key: this.layout.link === 'row' ? key : `${key}/link`, href: chatHref(after.id, this.layout.href), style: r.hrefStyle });
    return ops;
  }

  /** Only the preview changes, to an honest or a scam text. */
  preview(index: number, scam: boolean, n: number, method: WriteMethod): Op[] {
    const key = this.order[index % this.order.length]!;
    const f = this.facts.get(key)!;
    const text = scamOrHonest(this.page.spec.lang, scam, n);
    this.facts.set(key, { ...f, preview: text });
    return [{ op: 'text', key: `${key}/preview#t`, text, method }];
  }

  remove(index: number): Op[] {
    const [key] = this.order.splice(index % this.order.length, 1);
    this.facts.delete(key!);
    return [{ op: 'remove', key: key! }];
  }

  add(index: number, draft: FactsDraft): Op[] {
    const key = `a${this.next}`;
    const f = this.newFacts(draft, null);
    const at = index % (this.order.length + 1);
    const before = this.order[at] ?? null;
    this.order.splice(at, 0, key);
    this.facts.set(key, f);
    return [{ op: 'add', node: renderRow(f, this.layout, this.page.spec.lang, this.page.styler, key), before }];
  }
}

export interface RandomOp {
  kind: 'preview' | 'remove' | 'add' | 'rewrite';
  row: number;
  scam: boolean;
  n: number;
  method: WriteMethod;
  draft: FactsDraft;
  frame: boolean;
}

export const randomOpArb: fc.Arbitrary<RandomOp> = fc.record({
  kind: fc.oneof(
    { weight: 6, arbitrary: fc.constant<RandomOp['kind']>('preview') },
    { weight: 1, arbitrary: fc.constant<RandomOp['kind']>('remove') },
    { weight: 1, arbitrary: fc.constant<RandomOp['kind']>('add') },
    { weight: 2, arbitrary: fc.constant<RandomOp['kind']>('rewrite') },
  ),
  row: fc.nat(999),
  scam: fc.boolean(),
  n: fc.nat(99),
  method: fc.constantFrom(...WRITE_METHODS),
  draft: factsDraftArb,
  frame: fc.boolean(),
});

/** The page's ops for one random mutation (a removal that would leave fewer than 10 rows adds one instead). */
export function opsOf(model: ListModel, o: RandomOp): Op[] {
  const ops =
    o.kind === 'preview'
      ? model.preview(o.row, o.scam, o.n, o.method)
      : o.kind === 'rewrite'
        ? model.rewrite({ row: o.row, draft: o.draft, method: o.method, hrefStyle: o.scam ? 'attr' : 'property' })
        : o.kind === 'remove' && model.order.length > 10
          ? model.remove(o.row)
          : model.add(o.row, o.draft);
  return o.frame ? [...ops, { op: 'frame' }] : ops;
}
