// FBS → Orders from my warehouses: shipment rows as a <table>, a role=grid of role=row divs, or div cards; columns in
// any order; the status and the delivery scheme in the page's language; the scheme as a delivery-method column, a
// short realFBS/FBS label column, or a label next to the posting number.
import fc from 'fast-check';
import type { Styler } from './style';
import { h, type VNode } from './vnode';
import { NAMES, OTHER_METHODS, PRODUCTS, RFBS_METHODS, SCHEME_BADGES, SHIPMENT_STATUSES, STATUS_WORDS, UI, formatDate, type Lang, type ShipmentStatus } from './words';

export interface ShipmentFacts {
  number: string;
  status: ShipmentStatus;
  rfbs: boolean;
  /** Picks the delivery-method text / label of its scheme. */
  method: number;
  product: number;
  qty: number;
  date: number;
  customer: number;
}

export type Column = 'number' | 'status' | 'scheme' | 'products' | 'date' | 'customer' | 'actions' | 'check';
export interface OrdersLayout {
  kind: 'table' | 'grid' | 'cards';
  columns: Column[];
  scheme: 'method' | 'badge' | 'in-number';
  numberLink: boolean;
  statusCase: 'as-is' | 'lower';
  statusDate: boolean;
  header: boolean;
}

export interface ContactTruth {
  contact: 'available' | 'unavailable';
  reason: 'delivered' | 'cancelled' | 'not-rfbs' | null;
}

/**
 * The rule (README, "Contact Customer on every row"): a realFBS shipment not yet delivered or cancelled can be
 * contacted; a delivered or cancelled one says so whatever its scheme; any other is not realFBS.
 */
export function contactTruth(f: ShipmentFacts): ContactTruth {
  if (f.status === 'delivered') return { contact: 'unavailable', reason: 'delivered' };
  if (f.status === 'cancelled') return { contact: 'unavailable', reason: 'cancelled' };
  if (!f.rfbs) return { contact: 'unavailable', reason: 'not-rfbs' };
  return { contact: 'available', reason: null };
}

export const shipmentArb: fc.Arbitrary<Omit<ShipmentFacts, 'number'>> = fc.record({
  status: fc.constantFrom(...SHIPMENT_STATUSES),
  rfbs: fc.boolean(),
  method: fc.nat(5),
  product: fc.nat(3),
  qty: fc.integer({ min: 1, max: 5 }),
  date: fc.nat(999),
  customer: fc.nat(9),
});

export const ordersLayoutArb: fc.Arbitrary<OrdersLayout> = fc.record({
  kind: fc.constantFrom<OrdersLayout['kind']>('table', 'grid', 'cards'),
  columns: fc.shuffledSubarray<Column>(['number', 'status', 'scheme', 'products', 'date', 'customer', 'actions', 'check'], { minLength: 8, maxLength: 8 }),
  scheme: fc.constantFrom<OrdersLayout['scheme']>('method', 'badge', 'in-number'),
  numberLink: fc.boolean(),
  statusCase: fc.constantFrom<OrdersLayout['statusCase']>('as-is', 'lower'),
  statusDate: fc.boolean(),
  header: fc.boolean(),
});

export function postingNumber(page: number, i: number): string {
  const order = String((page * 7919 + i * 104729 + 12345678) % 10_000_000_000).padStart(10, '0');
  return `${order}-${String((i * 37 + page) % 10_000).padStart(4, '0')}-${(i % 3) + 1}`;
}

const HEAD: Record<Column, keyof typeof UI | null> = {
  number: 'posting',
  status: 'status',
  scheme: 'method',
  products: 'products',
  date: 'date',
  customer: 'customer',
  actions: null,
  check: null,
};

function schemeText(f: ShipmentFacts, L: OrdersLayout, lang: Lang): string {
  if (L.scheme === 'method') {
    const list = f.rfbs ? RFBS_METHODS : OTHER_METHODS;
    return list[f.method % list.length]![lang];
  }
  const list = f.rfbs ? SCHEME_BADGES.rfbs : SCHEME_BADGES.other;
  return list[f.method % list.length]!;
}

function cellContent(col: Column, f: ShipmentFacts, L: OrdersLayout, lang: Lang, s: Styler): (VNode | string)[] {
  switch (col) {
    case 'number': {
      const num: VNode | string = L.numberLink ? h('a', s.cls('num'), [f.number], { href: `/app/postings/fbs?tab=all&postingDetails=${f.number}` }) : h('span', s.cls('num'), [f.number]);
      return L.scheme === 'in-number' ? [num, ' ', h('span', s.cls('schemeLabel', 'font-size:10px;border:1px solid #999;border-radius:3px;padding:0 3px'), [schemeText(f, L, lang)])] : [num];
    }
    case 'status': {
      const word = STATUS_WORDS[f.status][lang];
      const shown = L.statusCase === 'lower' ? word.toLowerCase() : word;
      return L.statusDate ? [h('div', s.cls('statusWord'), [shown]), h('div', s.cls('statusDate', 'font-size:11px;color:#888'), [formatDate(lang, 'ddmmyyyy', f.date)])] : [shown];
    }
    case 'scheme':
      return L.scheme === 'in-number' ? [] : [schemeText(f, L, lang)];
    case 'products':
      return [`${PRODUCTS[lang][f.product % PRODUCTS[lang].length]} × ${f.qty} ${UI.pcs![lang]}`];
    case 'date':
      return [formatDate(lang, 'ddmmyyyy', f.date)];
    case 'customer':
      return [NAMES[lang][f.customer % NAMES[lang].length]!];
    case 'actions':
      return f.status === 'awaiting_packaging' ? [h('button', s.cls('assemble'), [UI.assemble![lang]], { type: 'button' })] : [];
    case 'check':
      return [h('input', s.cls('check'), [], { type: 'checkbox', 'aria-label': f.number })];
  }
}

/** The whole list; each shipment row is keyed `ship:<i>`. */
export function renderOrders(rows: readonly ShipmentFacts[], L: OrdersLayout, lang: Lang, s: Styler): VNode {
  const cols = L.columns.filter((c) => !(c === 'scheme' && L.scheme === 'in-number'));
  const headText = (c: Column) => {
    if (c === 'scheme' && L.scheme === 'badge') return UI.scheme![lang];
    const k = HEAD[c];
    return k ? UI[k]![lang] : '';
  };
  if (L.kind === 'table') {
    const thead = h('thead', undefined, [h('tr', undefined, cols.map((c) => h('th', s.cls('th', 'text-align:left;padding:6px'), [headText(c)])))]);
    const body = h('tbody', undefined, rows.map((f, i) => h('tr', s.cls('tr'), cols.map((c) => h('td', s.cls('td', 'padding:6px;border-top:1px solid #eee'), cellContent(c, f, L, lang, s))), undefined, `ship:${i}`)));
    return h('div', s.cls('scroll', 'overflow:auto;max-height:800px'), [h('table', s.cls('table', 'border-collapse:collapse;width:100%'), L.header ? [thead, body] : [body])]);
  }
  if (L.kind === 'grid') {
    const template = `display:grid;grid-template-columns:repeat(${cols.length},minmax(0,1fr));gap:6px;padding:6px;border-top:1px solid #eee`;
    const head = h('div', s.cls('ghead', template), cols.map((c) => h('div', s.cls('gh'), [headText(c)], { role: 'columnheader' })), { role: 'row' });
    const rowsNodes = rows.map((f, i) => h('div', s.cls('grow', template), cols.map((c) => h('div', s.cls('gc'), cellContent(c, f, L, lang, s), { role: 'gridcell' })), { role: 'row' }, `ship:${i}`));
    return h('div', s.cls('grid', 'overflow:auto;max-height:800px'), [...(L.header ? [h('div', undefined, [head], { role: 'rowgroup' })] : []), h('div', undefined, rowsNodes, { role: 'rowgroup' })], { role: 'grid' });
  }
  const cards = rows.map((f, i) =>
    h('div', s.cls('card', 'border:1px solid #ddd;border-radius:8px;padding:10px;margin:8px 0'), cols.map((c) => {
      const label = headText(c);
      const content = cellContent(c, f, L, lang, s);
      return h('div', s.cls('field', 'display:flex;gap:8px'), L.header && label ? [h('span', s.cls('label', 'color:#888'), [label]), h('span', s.cls('value'), content)] : [h('span', s.cls('value'), content)]);
    }), undefined, `ship:${i}`),
  );
  return h('div', s.cls('cards', 'overflow:auto;max-height:800px'), cards);
}
