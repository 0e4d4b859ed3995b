// Layout reports as fixtures (tests/fixtures/layouts): each committed report, made from our replica's pages, is
// replayed as a page; the replay must read back as the same skeleton, and the adapters must find on it as many
// rows as they found on the original page. Regenerate the fixtures with
//   npx tsx tests/fixtures/layouts/update.ts
// (it renders the replica's pages under Node and runs this file with LAYOUT_PAGES set to them).
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { layoutReport, pageFindings, type ElementNode, type LayoutReport } from '@/entrypoints/seller.content/layout-report';
import { scanChatList } from '@/entrypoints/seller.content/portal/messenger';
import { findShipmentRows } from '@/entrypoints/seller.content/portal/orders';
import { replayReport } from '../../../fixtures/layouts/replay';
import type { ReplicaPage } from '../../../fixtures/layouts/replica-pages';

const DIR = path.resolve(__dirname, '../../../fixtures/layouts');
const fixtureFiles = () => fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const readFixture = (file: string): LayoutReport => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as LayoutReport;

function loadHtml(headHtml: string, bodyHtml: string, pagePath: string, lang: string): void {
  history.replaceState(null, '', pagePath);
  document.documentElement.lang = lang;
  const range = document.createRange();
  // Our replica's own rendering (its chat texts were rendered as text there and stay escaped in the HTML).
  document.head.replaceChildren(range.createContextualFragment(headHtml));
  document.body.replaceChildren(range.createContextualFragment(bodyHtml));
}

/** What a replay must reproduce exactly: the page's shape and the tree (geometry is checked separately). */
function skeleton(report: LayoutReport): unknown {
  const strip = (node: ElementNode): unknown => {
    const { box: _box, cut: _cut, kids, ...rest } = node;
    return { ...rest, kids: kids?.map((k) => ('tag' in k ? strip(k) : k)) };
  };
  return { page: { path: report.page.path, query: report.page.query, lang: report.page.lang }, root: strip(report.root) };
}

const pagesFile = process.env['LAYOUT_PAGES'];
describe.runIf(pagesFile)('regenerating the fixtures from the replica', () => {
  it('writes one report per replica page', () => {
    const pages = JSON.parse(fs.readFileSync(pagesFile ?? '', 'utf8')) as ReplicaPage[];
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      loadHtml(page.headHtml, page.bodyHtml, page.path, page.lang);
      const report = layoutReport(document.body, { findings: pageFindings(document) });
      fs.writeFileSync(path.join(DIR, `${page.name}.json`), `${JSON.stringify(report, null, 1)}\n`);
    }
  });
});

describe('layout fixtures replayed', () => {
  it('has the replica’s messenger and orders pages', () => {
    expect(fixtureFiles()).toEqual(['messenger-en-open-chat.json', 'messenger-ru-open-chat.json', 'orders-fbs-ru.json']);
  });

  for (const file of fixtureFiles()) {
    describe(file, () => {
      // Read in each test, not at collection: an update run checks the files it has just written.
      let fixture: LayoutReport;
      beforeEach(() => {
        fixture = readFixture(file);
      });

      it('holds no id, posting number or digit run of the original page', () => {
        const strings = JSON.stringify(fixture, (_, v: unknown) => (typeof v === 'number' ? 0 : v));
        expect(strings).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
        expect(strings).not.toMatch(/\d{3,}/);
      });

      it('replays as a page whose report is the fixture’s skeleton (round trip)', () => {
        replayReport(fixture, document);
        expect(skeleton(layoutReport(document.body))).toEqual(skeleton(fixture));
      });

      it('replays as a page where the adapters find what they found on the original', () => {
        replayReport(fixture, document);
        const findings = fixture.findings ?? {};
        // Counts only (the adapters' internals are being rewritten; what they read per row is tested elsewhere).
        // chat-list adapter (scanChatList): as many dialogue rows, and as many of them with a readable tag.
        const rows = scanChatList(document).rows;
        expect(rows.length).toBe(findings['chatRows']);
        expect(rows.filter((r) => r.tag !== null).length).toBe(findings['chatRowsWithTag']);
        // orders adapter (findShipmentRows): as many shipment rows.
        expect(findShipmentRows(document).length).toBe(findings['shipmentRows']);
      });
    });
  }

  it('the fixtures are not empty pages: rows were found where the page has them', () => {
    const counts = Object.fromEntries(fixtureFiles().map((f) => [f, readFixture(f).findings]));
    expect(counts['messenger-en-open-chat.json']).toMatchObject({ chatRows: 30, shipmentRows: 0 });
    expect(counts['messenger-ru-open-chat.json']).toMatchObject({ chatRows: 30, shipmentRows: 0 });
    expect(counts['orders-fbs-ru.json']).toMatchObject({ shipmentRows: 30 });
  });
});

describe('replaying geometry', () => {
  it('places every element at its recorded box, relative to its parent', () => {
    const report: LayoutReport = {
      format: 'seller-sidekick/layout-report',
      version: 1,
      page: { path: '/app/messenger', query: [['group', 'customers_v2']], lang: 'en', viewport: { width: 1280, height: 800 } },
      geometry: true,
      limits: { maxElements: 4000, maxSiblings: 60 },
      stats: { elements: 3, texts: 1, cut: 0 },
      root: {
        tag: 'body',
        box: [0, 0, 1280, 800],
        style: { display: 'block' },
        kids: [
          {
            tag: 'div',
            box: [100, 50, 400, 300],
            style: { display: 'flex', flexDirection: 'column', background: true },
            kids: [{ tag: 'span', box: [420, 60, 60, 20], style: { display: 'inline', fontSize: 12, fontWeight: 600 }, kids: [{ text: 'time' }] }],
          },
        ],
      },
    };
    replayReport(report, document);
    const div = document.body.firstElementChild as HTMLElement;
    const span = div.firstElementChild as HTMLElement;
    expect(document.body.style.position).toBe('relative');
    expect([div.style.position, div.style.left, div.style.top, div.style.width, div.style.height]).toEqual(['absolute', '100px', '50px', '400px', '300px']);
    expect([span.style.position, span.style.left, span.style.top, span.style.fontSize, span.style.fontWeight]).toEqual(['absolute', '320px', '10px', '12px', '600']);
    expect(div.style.flexDirection).toBe('column');
    expect(span.textContent).toBe('12:30');
  });
});
