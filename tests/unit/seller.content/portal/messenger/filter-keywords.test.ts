// The Chinese filter bar read by key words, when its labels are none we know (the Chinese labels are assumed).
import { beforeEach, describe, expect, it } from 'vitest';
import { filterTargets, findFilterControls, pressedFilters } from '@/entrypoints/seller.content/portal/messenger';
import { filterOfKeywords } from '@/entrypoints/seller.content/portal/messenger/filter-keywords';
import { runTarget } from '@/entrypoints/seller.content/portal/targets';
import { PORTAL_FILTERS, type PortalFilter } from '@/lib/presets/filters';
import { loadPage, messengerPage } from '../../../../fixtures/portal/messenger';

/** Wordings the portal might use that are in none of our lists. */
const OTHER_WORDS: Record<PortalFilter, string> = {
  'without-my-reply': '您尚未回复',
  'without-customer-reply': '客户尚未回复',
  'by-order': '与订单有关',
  'by-products': '与商品有关',
  unread: '只看未读',
  all: '全部对话',
};

function bar(pressed: PortalFilter[], wrap = false): string {
  const button = (f: PortalFilter) => `<button type="button" aria-pressed="${pressed.includes(f)}">${OTHER_WORDS[f]}</button>`;
  return `<div>${PORTAL_FILTERS.map((f) => (wrap ? `<div>${button(f)}</div>` : button(f))).join('')}</div>`;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('a Chinese filter bar in words we do not know', () => {
  it('reads each label by its key words, the customer’s reply before ours', () => {
    for (const f of PORTAL_FILTERS) expect(filterOfKeywords(OTHER_WORDS[f])).toBe(f);
    expect(filterOfKeywords('没有买家的答复')).toBe('without-customer-reply');
    expect(filterOfKeywords('Unread')).toBeNull();
    expect(filterOfKeywords('这是一个很长很长的按订单筛选按钮')).toBeNull();
  });

  it.each([false, true])('finds every filter and its pressed state by the fallback (controls wrapped: %s)', (wrap) => {
    loadPage(bar(['unread', 'by-order'], wrap), 'zh');
    for (const f of PORTAL_FILTERS) {
      const result = runTarget(filterTargets[f], document);
      expect(result.ok, f).toBe(true);
      expect(result.finderIndex, f).toBe(2);
      expect(result.found[0]!.el.textContent).toBe(OTHER_WORDS[f]);
    }
    expect(pressedFilters(findFilterControls(document)).sort()).toEqual(['by-order', 'unread']);
  });

  it('takes no lone control for a filter: a «查看订单» button beside a chat is not «By order»', () => {
    loadPage('<div><button type="button">查看订单</button><button type="button">发送</button></div>', 'zh');
    expect(runTarget(filterTargets['by-order'], document).ok).toBe(false);
  });

  it('leaves the fallback unused when the labels are known', () => {
    loadPage(messengerPage({ lang: 'zh' }), 'zh');
    for (const f of PORTAL_FILTERS) expect(runTarget(filterTargets[f], document).finderIndex).toBe(0);
  });
});
