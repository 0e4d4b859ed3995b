import { describe, expect, it } from 'vitest';
import { createPageObserver, OWNED_ATTRIBUTE } from '@/entrypoints/seller.content/observer';
import { scanChatList } from '@/entrypoints/seller.content/portal/messenger';
import { judgeRows } from '@/entrypoints/seller.content/features/presets/apply-preset';
import { listHtml, loadPage, type RowData } from '../../fixtures/portal/messenger';

const wait = (ms = 40) => new Promise((r) => setTimeout(r, ms));

describe('the shared observer', () => {
  it('hands added roots once per frame, skips our own additions, and watches named attributes', async () => {
    document.body.replaceChildren();
    const observer = createPageObserver(document.body, (run) => setTimeout(run, 0));
    const batches: Element[][] = [];
    const attrs: Element[][] = [];
    observer.onAdded((roots) => batches.push([...roots]));
    expect(batches).toEqual([[document.body]]);
    const off = observer.onAttributes(['data-sidekick-risk'], (els) => attrs.push([...els]));

    const outer = document.createElement('div');
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    outer.append(document.createElement('b'));
    const ours = document.createElement('i');
    ours.setAttribute(OWNED_ATTRIBUTE, 'x');
    document.body.append(ours);
    await wait();
    expect(batches).toHaveLength(2);
    expect(batches[1]).toEqual([outer]);

    outer.setAttribute('data-sidekick-risk', 'warn');
    outer.setAttribute('data-other', '1');
    await wait();
    expect(attrs).toEqual([[outer]]);
    off();
    outer.setAttribute('data-sidekick-risk', 'none');
    await wait();
    expect(attrs).toHaveLength(1);
    observer.disconnect();
  });

  it('hands the parent of text edited in place as an added root, once per frame, never ours nor a field being typed in', async () => {
    document.body.replaceChildren();
    const row = document.createElement('div');
    const preview = document.createElement('span');
    preview.textContent = 'Where is my order?';
    const time = document.createElement('span');
    time.textContent = '12:30';
    row.append(preview, time);
    const badge = document.createElement('span');
    badge.setAttribute(OWNED_ATTRIBUTE, 'badge');
    badge.append(document.createElement('b'));
    badge.firstElementChild!.textContent = 'Check';
    const host = document.createElement('seller-sidekick');
    const hostText = document.createElement('div');
    hostText.textContent = 'sidebar';
    host.append(hostText);
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    editable.append(document.createElement('p'));
    editable.firstElementChild!.textContent = 'draft';
    document.body.append(row, badge, host, editable);
    const observer = createPageObserver(document.body, (run) => setTimeout(run, 0));
    const batches: Element[][] = [];
    observer.onAdded((roots) => batches.push([...roots]));
    batches.length = 0;

    // The portal rewrites the preview's text node in place, twice within a frame, and the time once.
    (preview.firstChild as Text).data = 'Write me on Telegram';
    (preview.firstChild as Text).data = 'Write me on Telegram @x';
    time.firstChild!.nodeValue = '12:31';
    await wait();
    expect(batches).toEqual([[preview, time]]);

    // Our badge, the sidebar host's light DOM and a message box being typed in wake nobody.
    (badge.firstElementChild!.firstChild as Text).data = 'Danger';
    (hostText.firstChild as Text).data = 'sidebar 2';
    (editable.firstElementChild!.firstChild as Text).data = 'draft 2';
    await wait();
    expect(batches).toHaveLength(1);

    // An edit inside an element added in the same frame is covered by that element's root.
    const fresh = document.createElement('div');
    fresh.textContent = 'new row';
    document.body.append(fresh);
    (fresh.firstChild as Text).data = 'new row, edited';
    await wait();
    expect(batches[1]).toEqual([fresh]);

    // Attribute watchers re-observe with new options: text edits are still seen afterwards.
    const off = observer.onAttributes(['data-sidekick-risk'], () => {});
    (preview.firstChild as Text).data = 'again';
    await wait();
    expect(batches[2]).toEqual([preview]);
    off();
    observer.disconnect();
  });

  it('a throwing subscriber does not stop the others', async () => {
    document.body.replaceChildren();
    const observer = createPageObserver(document.body, (run) => setTimeout(run, 0));
    let seen = 0;
    observer.onAdded(() => {
      throw new Error('boom');
    });
    observer.onAdded(() => seen++);
    document.body.append(document.createElement('div'));
    await wait();
    expect(seen).toBe(2);
    observer.disconnect();
  });
});

describe('annotating 1,000 dialogues', () => {
  it('finds, reads and judges 1,000 rows quickly (time printed)', () => {
    const rows: RowData[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      tag: i % 5 === 0 ? 'support' : 'customer',
      name: `Customer ${i}`,
      preview: i % 3 === 0 ? 'about the warranty' : `message ${i}`,
      time: '12:00',
      unread: i % 2,
      context: i % 4 === 0 ? { kind: 'order', number: '0128619527-0157' } : null,
    }));
    loadPage(listHtml(rows, 'en', 'replica'), 'en');
    const t0 = performance.now();
    const scan = scanChatList(document);
    const matching = judgeRows(scan.rows, { id: 'w', name: 'W', filters: [], extra: { textContains: 'warranty' } }, { mode: 'dim' });
    const ms = performance.now() - t0;
    console.log(`[bench] annotate 1,000 dialogues in happy-dom: ${ms.toFixed(0)} ms`);
    expect(scan.rows).toHaveLength(1000);
    expect(matching).toBe(334);
    expect(document.querySelectorAll('[data-sidekick-preset="dim"]')).toHaveLength(666);
    expect(ms).toBeLessThan(5000);
  });
});
