import { beforeEach, describe, expect, it } from 'vitest';
import { createRowTracker } from '@/entrypoints/seller.content/portal/messenger';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function row(n: number, lang: 'en' | 'ru'): HTMLElement {
  const wrap = document.createElement('div');
  const a = document.createElement('a');
  a.href = `/app/messenger?group=customers_v2&id=${uuid(n)}`;
  for (const text of [lang === 'en' ? 'Customer' : 'Покупатель', `Name ${n}`, '12:30', `Preview ${n}`]) {
    const line = document.createElement('div');
    line.textContent = text;
    a.append(line);
  }
  wrap.append(a);
  return wrap;
}

for (const lang of ['en', 'ru'] as const) {
  describe(`row tracker (${lang})`, () => {
    let list: HTMLElement;
    beforeEach(() => {
      document.body.replaceChildren();
      list = document.createElement('section');
      for (let i = 0; i < 5; i++) list.append(row(i, lang));
      document.body.append(list);
    });

    it(`places rows added by scrolling without a full scan (${lang})`, () => {
      const tracker = createRowTracker(document);
      expect(tracker.rowsOfBatch([list])).toBeNull(); // nothing learnt yet
      expect(tracker.fullScan().rows).toHaveLength(5);
      const added = [row(5, lang), row(6, lang)];
      list.append(...added);
      const rows = tracker.rowsOfBatch(added)!;
      expect(rows.map((r) => r.name)).toEqual(['Name 5', 'Name 6']);
      expect(rows.map((r) => r.el)).toEqual(added);
    });

    it(`finds the known row around a change inside it, and asks for a full scan for the whole page (${lang})`, () => {
      const tracker = createRowTracker(document);
      tracker.fullScan();
      const preview = list.children[2]!.querySelector('a > div:last-child')!;
      const badge = document.createElement('span');
      badge.textContent = '3';
      preview.append(badge);
      expect(tracker.rowsOfBatch([badge])!.map((r) => r.name)).toEqual(['Name 2']);
      expect(tracker.rowsOfBatch([document.body])).toBeNull();
    });
  });
}
