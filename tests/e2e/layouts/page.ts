// Whole generated pages (messenger with or without an open chat; FBS orders) as documents, with their truth.
import fc from 'fast-check';
import { listContainer, listFacts, factsDraftArb, renderRow, rowLayoutArb, type ChatFacts, type FactsDraft, type RowLayout } from './chat-list';
import { messagesOf, openChatDraftArb, renderOpenChat, type ChatMessage, type OpenChatDraft } from './open-chat';
import { contactTruth, ordersLayoutArb, postingNumber, renderOrders, shipmentArb, type ContactTruth, type OrdersLayout, type ShipmentFacts } from './orders';
import { pageRuntime, type RuntimeSpec } from './runtime';
import { styler, type Styler } from './style';
import { h, toHtml, type VNode } from './vnode';
import { FILTER_WORDS, LANGS, UI, type Lang } from './words';

export interface PageCommon {
  lang: Lang;
  /** `<html lang>` variant: en / en-US, ru / ru-RU, zh / zh-CN / zh-Hans. */
  htmlLang: string;
  seed: number;
  delay: RuntimeSpec['delay'];
}

const commonArb: fc.Arbitrary<PageCommon> = fc
  .record({ lang: fc.constantFrom(...LANGS), variant: fc.nat(2), seed: fc.integer({ min: 1, max: 0x7fffffff }), delay: fc.constantFrom<RuntimeSpec['delay']>(0, 1, 2) })
  .map(({ lang, variant, seed, delay }) => ({ lang, seed, delay, htmlLang: ({ en: ['en', 'en-US', 'en'], ru: ['ru', 'ru-RU', 'ru'], zh: ['zh', 'zh-CN', 'zh-Hans'] } as const)[lang][variant]! }));

export interface MessengerSpec extends PageCommon {
  row: RowLayout;
  drafts: FactsDraft[];
  open: OpenChatDraft | null;
  filters: boolean;
}

export const messengerArb = (opts: { open?: boolean; minRows?: number; maxRows?: number } = {}): fc.Arbitrary<MessengerSpec> =>
  fc
    .record({
      common: commonArb,
      row: rowLayoutArb,
      drafts: fc.array(factsDraftArb, { minLength: opts.minRows ?? 10, maxLength: opts.maxRows ?? 16 }),
      open: opts.open === true ? openChatDraftArb : opts.open === false ? fc.constant(null) : fc.option(openChatDraftArb, { nil: null }),
      filters: fc.boolean(),
    })
    .map(({ common, ...rest }) => ({ ...common, ...rest }));

export interface MessengerPage {
  spec: MessengerSpec;
  path: string;
  html: string;
  /** Row keys `r<i>` in list order, with their facts. */
  rows: { key: string; facts: ChatFacts }[];
  open: { row: ChatFacts; messages: ChatMessage[] } | null;
  styler: Styler;
}

function document_(common: PageCommon, s: Styler, tree: VNode, title: string): string {
  const json = JSON.stringify({ tree, delay: common.delay } satisfies RuntimeSpec).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${common.htmlLang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
body{margin:0;font:14px/1.35 system-ui,sans-serif}
${s.css()}
</style>
</head>
<body>
<div id="root">${UI.loading![common.lang]}</div>
<script>(${pageRuntime.toString()})(${json});</script>
</body>
</html>
`;
}

function topBar(lang: Lang, s: Styler): VNode {
  const link = (href: string, text: string) => h('a', s.cls('top', 'margin-right:16px;color:#333'), [text], { href });
  return h('header', s.cls('bar', 'display:flex;padding:10px 16px;border-bottom:1px solid #ddd'), [
    link('/app/dashboard/main', UI.home![lang]),
    link('/app/postings/fbs', UI.fbs![lang]),
    link('/app/messenger?group=customers_v2', UI.messages![lang]),
  ]);
}

export function buildMessenger(spec: MessengerSpec, gen: number): MessengerPage {
  const s = styler(spec.seed);
  const facts = listFacts(spec.lang, spec.seed, spec.drafts);
  const rows = facts.map((f, i) => ({ key: `r${i}`, facts: f }));
  const rowNodes = rows.map((r) => renderRow(r.facts, spec.row, spec.lang, s, r.key));
  const list = listContainer(spec.row, s, rowNodes);

  let open: MessengerPage['open'] = null;
  let chatPane: VNode = h('div', s.cls('empty', 'padding:40px;color:#888'), ['…']);
  if (spec.open) {
    const row = facts[spec.open.row % facts.length]!;
    const messages = messagesOf(spec.lang, spec.open, row);
    // The list shows the chat's last message: the row's preview is the open chat's last customer message.
    open = { row, messages };
    chatPane = renderOpenChat(row, messages, spec.open.layout, spec.lang, s);
  }
  const tabs = h('nav', s.cls('tabs', 'display:flex;gap:12px;padding:8px 12px'), [
    h('a', s.cls('tab'), [UI.customers![spec.lang]], { href: '/app/messenger?group=customers_v2', 'aria-current': 'page' }),
    h('a', s.cls('tab'), [UI.supportGroup![spec.lang]], { href: '/app/messenger?group=support_v2' }),
    h('a', s.cls('tab'), [UI.main![spec.lang]], { href: '/app/messenger?group=main' }),
  ]);
  const filters = spec.filters
    ? [h('div', s.cls('filters', 'display:flex;flex-wrap:wrap;gap:6px;padding:6px 12px'), [...FILTER_WORDS.map((w) => h('button', s.cls('filter'), [w[spec.lang]], { type: 'button', 'aria-pressed': 'false' })), h('button', s.cls('reset'), [UI.reset![spec.lang]], { type: 'button' })])]
    : [];
  const tree = h('div', s.cls('app'), [
    topBar(spec.lang, s),
    h('main', s.cls('main', 'display:flex;height:calc(100vh - 42px)'), [
      h('section', s.cls('listCol', 'width:380px;flex:none;border-right:1px solid #ddd;display:flex;flex-direction:column'), [tabs, ...filters, list]),
      h('section', s.cls('chatCol', 'flex:1;min-width:0'), [chatPane]),
    ]),
  ]);
  const path = `/app/messenger?group=customers_v2${open ? `&id=${open.row.id}` : ''}&gen=${gen}`;
  return { spec, path, html: document_(spec, s, tree, UI.messages![spec.lang]), rows, open, styler: s };
}

/** Static HTML of the rendered state, for the failure report. */
export function messengerStaticHtml(page: MessengerPage): string {
  return page.html.replace(/<script>[\s\S]*<\/script>/, '');
}

// ---- orders ----

export interface OrdersSpec extends PageCommon {
  layout: OrdersLayout;
  shipments: Omit<ShipmentFacts, 'number'>[];
}

export const ordersArb: fc.Arbitrary<OrdersSpec> = fc
  .record({ common: commonArb, layout: ordersLayoutArb, shipments: fc.array(shipmentArb, { minLength: 4, maxLength: 12 }) })
  .map(({ common, ...rest }) => ({ ...common, ...rest }));

export interface OrdersPage {
  spec: OrdersSpec;
  path: string;
  html: string;
  rows: { key: string; facts: ShipmentFacts; truth: ContactTruth }[];
  tree: VNode;
}

export function buildOrders(spec: OrdersSpec, gen: number): OrdersPage {
  const s = styler(spec.seed);
  const facts = spec.shipments.map((f, i) => ({ ...f, number: postingNumber(spec.seed, i) }));
  const tabs = h('nav', s.cls('tabs', 'display:flex;gap:12px;padding:8px 16px'), [
    h('a', s.cls('tab'), [{ en: 'All', ru: 'Все отправления', zh: '全部' }[spec.lang]], { href: '/app/postings/fbs?tab=all', 'aria-current': 'page' }),
    h('a', s.cls('tab'), [{ en: 'Awaiting packaging', ru: 'Ожидают сборки', zh: '等待配货' }[spec.lang]], { href: '/app/postings/fbs?tab=awaiting_packaging' }),
    h('a', s.cls('tab'), [{ en: 'Delivered', ru: 'Доставлены', zh: '已送达' }[spec.lang]], { href: '/app/postings/fbs?tab=delivered' }),
  ]);
  const tree = h('div', s.cls('app'), [
    topBar(spec.lang, s),
    h('main', s.cls('main', 'padding:0 16px'), [h('h1', s.cls('title', 'font-size:20px'), [UI.ordersTitle![spec.lang]]), tabs, renderOrders(facts, spec.layout, spec.lang, s)]),
  ]);
  return {
    spec,
    path: `/app/postings/fbs?tab=all&gen=${gen}`,
    html: document_(spec, s, tree, UI.ordersTitle![spec.lang]),
    rows: facts.map((f, i) => ({ key: `ship:${i}`, facts: f, truth: contactTruth(f) })),
    tree,
  };
}

export { toHtml };
