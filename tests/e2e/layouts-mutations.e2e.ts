// Issue #11: a generated list under 1,000 random in-place mutations (previews rewritten between honest and scam
// texts by every write method, whole rows rewritten, rows removed and added, frames between some of them). Afterwards
// every row's marks match its current content, and the sidebar's suspicious count matches the rows.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDictionaries } from '../../lib/i18n';
import { readChatRows, readGeometry, readSidebarCount, rowProblem, settle } from './layouts/check';
import { ListModel, opsOf, randomOpArb } from './layouts/mutations';
import { buildMessenger, messengerArb } from './layouts/page';
import type { Op } from './layouts/runtime';
import { layoutConfig, openLayoutSession, writeFailure, type LayoutSession } from './layouts/session';
import { expectRow } from './layouts/truth';

const MUTATIONS = 1_000;

describe('a generated list after 1,000 random in-place mutations (production build in Chromium, DOM-only)', () => {
  let ls: LayoutSession;
  beforeAll(async () => {
    ls = await openLayoutSession();
  });
  afterAll(async () => {
    await ls?.close();
  });

  it('every row’s marks match its current content, and the sidebar counts the flagged rows', async () => {
    const { seed } = layoutConfig();
    // A readable layout from the seed (the layout properties test the shapes; this test the bookkeeping).
    const [spec] = fc.sample(messengerArb({ open: false, minRows: 14, maxRows: 20 }), { seed, numRuns: 1 });
    const [drafts] = fc.sample(fc.array(randomOpArb, { minLength: MUTATIONS, maxLength: MUTATIONS }), { seed: seed + 1, numRuns: 1 });
    const page = buildMessenger(spec!, 1);
    await ls.show(page.path, page.html);
    expect(await readGeometry(ls.page, page.rows.map((r) => r.key))).toEqual([]);

    const model = new ListModel(page);
    const ops: Op[] = drafts!.flatMap((d) => opsOf(model, d));
    for (let i = 0; i < ops.length; i += 200) await ls.page.evaluate((chunk) => window.__gen!.apply(chunk), ops.slice(i, i + 200));

    const rows = model.rows;
    const want = new Map(rows.map((r) => [r.key, expectRow(r.facts)]));
    const flagged = rows.filter((r) => want.get(r.key)!.risk !== 'none').length;
    const templates = Object.values(allDictionaries).map((d) => d.suspiciousCount);
    const keys = rows.map((r) => r.key);
    const problems = await settle(
      async () => ({ marks: await readChatRows(ls.page, keys), count: await readSidebarCount(ls.page, templates) }),
      (s) => [
        ...s.marks.map((m) => rowProblem(m, want.get(m.key)!, model.facts.get(m.key)!)).filter((p): p is string => p !== null),
        ...(s.count === flagged ? [] : [`sidebar count: want ${flagged} (rows with risk warn/danger) got ${s.count}`]),
        ...(s.count === s.marks.filter((m) => m.risk === 'warn' || m.risk === 'danger').length ? [] : [`sidebar count ${s.count} differs from the rows marked warn/danger on the page`]),
      ],
      { timeoutMs: 8_000, quietMs: 1_500 },
    );
    if (problems.length) {
      const files = writeFailure(`mutations-seed${seed}`, page.html, await ls.page.content(), { seed, features: page.spec.row, problems, rows });
      console.log(`[layouts] mutations: ${problems.length} problems; files ${files.join(' ')}`);
    }
    console.log(`[layouts] mutations: ${drafts!.length} random mutations (${ops.length} page ops) on a ${page.spec.lang} list; ${rows.length} rows now, ${flagged} flagged`);
    expect(problems, `seed ${seed}, layout ${JSON.stringify(page.spec.row)}`).toEqual([]);
    expect(ls.errors()).toEqual([]);
  }, 120_000);
});
