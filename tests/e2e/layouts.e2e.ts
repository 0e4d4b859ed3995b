// Issue #11, "Read the portal as it shows itself": generated portal layouts (tests/e2e/layouts/) served at real portal
// URLs to the production build in Chromium, DOM-only. Each layout's truth is known; the extension must read every
// one of them right. SIDEKICK_LAYOUT_SEED / SIDEKICK_LAYOUT_RUNS replay or extend; see tests/e2e/layouts/README.md.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { messageProblem, readChatRows, readGeometry, readMessages, readShipments, readStrayMarks, rowProblem, settle, shipmentProblem } from './layouts/check';
import { ListModel, rewriteArb } from './layouts/mutations';
import { buildMessenger, buildOrders, messengerArb, ordersArb, type MessengerPage } from './layouts/page';
import { GeneratorBug, runLayoutProperty, type LayoutOutcome } from './layouts/property';
import { openLayoutSession, type LayoutSession } from './layouts/session';
import { expectRow } from './layouts/truth';
import type { Op } from './layouts/runtime';

const PROPERTY_TIMEOUT = 240_000;
/** Every layout is on the screen once the extension could start: a generous bound for a busy 2-core machine. */
const SETTLE = { timeoutMs: 5_000, quietMs: 1_000 };

function features(page: MessengerPage): Record<string, unknown> {
  const { row, lang, htmlLang, delay, open, filters } = page.spec;
  return { lang, htmlLang, delay, filters, rows: page.rows.length, ...row, openChat: open?.layout ?? null };
}

async function fail(ls: LayoutSession, message: string): Promise<never> {
  throw new GeneratorBug(`${message} at ${ls.page.url()}`);
}

/** Every row of the list against the truth of `rows` (and nothing else marked), polled until right or settled. */
async function listProblems(
  ls: LayoutSession,
  rows: { key: string; facts: MessengerPage['rows'][number]['facts'] }[],
  openRow: MessengerPage['rows'][number]['facts'] | null = null,
): Promise<string[]> {
  const keys = rows.map((r) => r.key);
  const want = new Map(rows.map((r) => [r.key, expectRow(r.facts)]));
  const facts = new Map(rows.map((r) => [r.key, r.facts]));
  return settle(
    async () => ({
      marks: await readChatRows(ls.page, keys),
      strays: await readStrayMarks(ls.page, keys),
      failSafe: await ls.page.evaluate(() => !!document.querySelector('seller-sidekick')?.shadowRoot?.querySelector('[data-sidekick-notice="tag-unreadable"]')),
    }),
    (s) => [
      ...s.marks.map((m) => rowProblem(m, want.get(m.key)!, facts.get(m.key)!, facts.get(m.key) === openRow)).filter((p): p is string => p !== null),
      ...s.strays.map((html) => `marked outside every dialogue row: ${html}`),
      ...(s.failSafe ? ['the fail-safe notice "tag-unreadable" is shown, yet every tag of this layout is on the page'] : []),
    ],
    { ...SETTLE, complete: (s) => s.marks.every((m) => m.where !== 'unmarked') },
  );
}

async function showMessenger(ls: LayoutSession, page: MessengerPage): Promise<void> {
  await ls.show(page.path, page.html);
  const geometry = await readGeometry(ls.page, page.rows.map((r) => r.key));
  if (geometry.length) await fail(ls, `generator bug: ${geometry.join('; ')}`);
}


describe('generated portal layouts, production build in Chromium (DOM-only)', () => {
  let ls: LayoutSession;
  let gen = 0;

  beforeAll(async () => {
    ls = await openLayoutSession();
  });
  afterAll(async () => {
    await ls?.close();
  });

  it(
    'Messages → Customers: every row of a generated list gets its true tag, risk and reasons',
    async () => {
      await runLayoutProperty(ls, 'chat-list', 0, messengerArb({ open: false }), 80, async (spec): Promise<LayoutOutcome> => {
        const page = buildMessenger(spec, ++gen);
        await showMessenger(ls, page);
        const problems = [...(await listProblems(ls, page.rows)), ...ls.errors()];
        return { problems, html: page.html, features: features(page), truth: page.rows.map((r) => ({ key: r.key, ...r.facts, expect: expectRow(r.facts) })) };
      });
    },
    propertyTimeout(),
  );

  it(
    'an open chat next to the list: its flagged messages are marked, the seller’s and honest ones are not, the list is still right',
    async () => {
      await runLayoutProperty(ls, 'open-chat', 1, messengerArb({ open: true }), 35, async (spec): Promise<LayoutOutcome> => {
        const page = buildMessenger(spec, ++gen);
        await showMessenger(ls, page);
        const open = page.open!;
        const honestSender = open.row.tag === 'customer' && expectRow({ ...open.row, preview: '' }).risk === 'none';
        const messageProblems = await settle(
          () => readMessages(ls.page, open.messages.length),
          (marks) => marks.map((m) => messageProblem(m, open.messages[m.index]!, honestSender, open.row)).filter((p): p is string => p !== null),
          SETTLE,
        );
        const problems = [...(await listProblems(ls, page.rows, open.row)), ...messageProblems, ...ls.errors()];
        return { problems, html: page.html, features: features(page), truth: { rows: page.rows.map((r) => ({ key: r.key, ...r.facts, expect: expectRow(r.facts) })), open } };
      });
    },
    propertyTimeout(),
  );

  it(
    'FBS orders: every generated shipment row says whether the customer can be contacted, and why not',
    async () => {
      await runLayoutProperty(ls, 'orders', 2, ordersArb, 60, async (spec): Promise<LayoutOutcome> => {
        const page = buildOrders(spec, ++gen);
        await ls.show(page.path, page.html);
        const keys = page.rows.map((r) => r.key);
        const found = await settle(
          () => readShipments(ls.page, keys),
          (marks) => marks.map((m, i) => shipmentProblem(m, page.rows[i]!.truth, `${page.rows[i]!.facts.number} (${page.rows[i]!.facts.status}, ${page.rows[i]!.facts.rfbs ? 'realFBS' : 'not realFBS'})`)).filter((p): p is string => p !== null),
          { ...SETTLE, complete: (marks) => marks.every((m) => m.contact !== null) },
        );
        return { problems: [...found, ...ls.errors()], html: page.html, features: { lang: spec.lang, htmlLang: spec.htmlLang, delay: spec.delay, ...spec.layout }, truth: page.rows };
      });
    },
    propertyTimeout(),
  );

  it(
    'virtualised lists: rows rewritten in place (texts, parts, links) get the marks of their new content',
    async () => {
      const arb = fc.record({ spec: messengerArb({ open: false, maxRows: 12 }), batches: fc.array(fc.array(rewriteArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }) });
      await runLayoutProperty(ls, 'in-place', 3, arb, 30, async ({ spec, batches }): Promise<LayoutOutcome> => {
        const page = buildMessenger(spec, ++gen);
        await showMessenger(ls, page);
        const model = new ListModel(page);
        const problems = (await listProblems(ls, model.rows)).map((p) => `first render: ${p}`);
        const applied: Op[][] = [];
        for (const [b, batch] of batches.entries()) {
          if (problems.length) break;
          const ops = batch.flatMap((r) => model.rewrite(r));
          applied.push(ops);
          await ls.page.evaluate((list) => window.__gen!.apply(list), ops);
          problems.push(...(await listProblems(ls, model.rows)).map((p) => `after rewrite batch ${b + 1} (${batch.map((r) => r.method).join(', ')}): ${p}`));
        }
        problems.push(...ls.errors());
        return { problems, html: page.html, features: { ...features(page), batches: batches.map((bt) => bt.map((r) => ({ row: r.row, method: r.method, kind: r.draft.kind }))) }, truth: { rows: model.rows, applied } };
      });
    },
    propertyTimeout(),
  );
});

/** Long enough for the default runs on a busy machine, scaled with SIDEKICK_LAYOUT_RUNS. */
function propertyTimeout(): number {
  const scale = Number(process.env.SIDEKICK_LAYOUT_RUNS ?? 1);
  return PROPERTY_TIMEOUT * (Number.isFinite(scale) && scale > 1 ? scale : 1) * (process.env.SIDEKICK_LAYOUT_SURVEY === '1' ? 4 : 1);
}
