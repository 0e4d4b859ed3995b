import { beforeEach, describe, expect, it } from 'vitest';
import ruTable from '../../../../fixtures/orders/ru-table.html?raw';
import enGrid from '../../../../fixtures/orders/en-grid.html?raw';
import detailsRu from '../../../../fixtures/orders/details-ru.html?raw';
import { LAYOUTS, listElement, matrixRows, rowElement, tabsElement } from '../../../../fixtures/orders/matrix';
import { detailsHref, findColumnHeaders, findDetailsPanel, findPortalContactButton, findShipmentRows, readShipmentRow } from '@/entrypoints/seller.content/portal/orders';
import { judge } from '@/lib/shipments/judge';
import { schemeOfTpl } from '@/lib/shipments/scheme';

function load(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('orders adapters on hand-written pages', () => {
  it('finds each row of the Russian table with its number, status, scheme, customer and products', () => {
    load(ruTable);
    const rows = findShipmentRows(document);
    expect(rows.map((r) => r.postingNumber)).toEqual([
      '0128619527-0157-1',
      '0131122334-0001-2',
      '0145566778-0042-1',
      '0152233445-0009-1',
      '0160011223-0100-3',
      '0170099887-0003-1',
    ]);
    for (const r of rows) {
      expect(r.row.tagName).toBe('TR');
      expect(r.link?.getAttribute('href')).toContain(`postingDetails=${r.postingNumber}`);
    }
    const facts = rows.map((r) => readShipmentRow(r));
    expect(facts.map((f) => [f.status, f.scheme])).toEqual([
      ['awaiting_packaging', 'rfbs'],
      ['delivering', 'not-rfbs'],
      ['delivered', 'rfbs'],
      ['cancelled', 'rfbs'],
      ['arbitration', 'rfbs'],
      ['awaiting_deliver', 'not-rfbs'],
    ]);
    expect(facts[0]?.customer).toBe('Анна Смирнова');
    expect(facts[4]?.products).toEqual(['Наушники × 1 шт.', 'Кабель USB-C × 2 шт.']);
    expect(findColumnHeaders(document).length).toBeGreaterThanOrEqual(5);
  });

  it('finds the rows of an English grid of divs with the number as text and a status with a date', () => {
    load(enGrid);
    const rows = findShipmentRows(document);
    expect(rows).toHaveLength(4);
    for (const r of rows) {
      expect(r.link).toBeNull();
      // The row is the grid's row element: it holds the five cells, not just the number's cell.
      expect(r.row.children).toHaveLength(5);
    }
    const facts = rows.map((r) => readShipmentRow(r));
    expect(facts.map((f) => [f.status, f.scheme])).toEqual([
      ['awaiting_packaging', 'rfbs'],
      ['delivered', 'rfbs'],
      ['delivering', 'not-rfbs'],
      ['sent_by_seller', 'rfbs'],
    ]);
    expect(facts[0]?.customer).toBe('Anna Smith');
  });

  it('ignores the posting number in the details panel and finds the portal’s own button there', () => {
    load(ruTable + detailsRu);
    expect(findShipmentRows(document)).toHaveLength(6);
    const panel = findDetailsPanel(document, '0128619527-0157-1');
    expect(panel?.getAttribute('role')).toBe('dialog');
    expect(findDetailsPanel(document, '0131122334-0001-2')).toBeNull();
    expect(findPortalContactButton(panel as HTMLElement)?.textContent).toBe('Связаться с покупателем');
  });

  it('finds the English button and one by its aria-label', () => {
    const panel = document.createElement('div');
    panel.setAttribute('role', 'dialog');
    const b1 = document.createElement('button');
    b1.textContent = 'Close';
    const b2 = document.createElement('button');
    b2.textContent = ' Contact  Customer ';
    panel.append(b1, b2);
    document.body.append(panel);
    expect(findPortalContactButton(panel)).toBe(b2);
    b2.textContent = '';
    b2.setAttribute('aria-label', 'Связаться с покупателем');
    expect(findPortalContactButton(panel)).toBe(b2);
  });

  it('finds the Chinese button (wording assumed, docs/portal-reading.md) by its text or aria-label', () => {
    const panel = document.createElement('div');
    panel.setAttribute('role', 'dialog');
    const close = document.createElement('button');
    close.textContent = '关闭';
    const contact = document.createElement('button');
    contact.textContent = ' 联系买家 ';
    panel.append(close, contact);
    document.body.append(panel);
    expect(findPortalContactButton(panel)).toBe(contact);
    contact.textContent = '';
    contact.setAttribute('aria-label', '联系客户');
    expect(findPortalContactButton(panel)).toBe(contact);
  });

  it('keeps the path and tab in the details URL', () => {
    expect(detailsHref('https://seller.ozon.ru/app/postings/crossborder/fbs?tab=delivering', '0128619527-0157-1')).toBe(
      '/app/postings/crossborder/fbs?tab=delivering&postingDetails=0128619527-0157-1',
    );
  });

  it('finds one row with a single shipment in a grid (the header bounds it)', () => {
    const { root, body } = listElement(document, 'en', 'grid');
    const [first] = matrixRows();
    body.append(rowElement(document, first!, 'en', 'all', 'grid'));
    document.body.append(tabsElement(document, 'en'), root);
    const rows = findShipmentRows(document);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.row.parentElement).toBe(body);
  });
});

describe('every status × scheme in every layout and language', () => {
  for (const layout of LAYOUTS) {
    for (const lang of ['en', 'ru', 'zh'] as const) {
      it(`${layout} / ${lang}`, () => {
        const data = matrixRows();
        const { root, body } = listElement(document, lang, layout);
        for (const row of data) body.append(rowElement(document, row, lang, 'all', layout));
        document.body.append(tabsElement(document, lang), root);
        const rows = findShipmentRows(document);
        expect(rows.map((r) => r.postingNumber)).toEqual(data.map((d) => d.postingNumber));
        rows.forEach((r, i) => {
          const want = data[i]!;
          const facts = readShipmentRow(r);
          expect(facts.status, `${want.status} in ${layout}/${lang}`).toBe(want.status);
          expect(facts.scheme).toBe(schemeOfTpl(want.tpl));
          const verdict = judge(facts.status, facts.scheme);
          expect(verdict.eligible ? null : verdict.reason).toBe(want.expected.reason);
        });
      });
    }
  }
});
