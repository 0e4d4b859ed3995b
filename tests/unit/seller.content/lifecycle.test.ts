// Issue 12, item 2: the content script's lifetime and the navigation it follows are its own. No event a page script
// can dispatch (WXT's "content-script-started" / "locationchange", popstate, the navigation API's events) ends it,
// restarts its features without a real URL change, or throws; only the extension's own end (runtime id gone) stops it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLifecycle, watchLocation } from '@/entrypoints/seller.content/lifecycle';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  history.replaceState(null, '', '/');
});

describe('the lifecycle', () => {
  it('ends only when the extension is gone, once, calling every listener', () => {
    let alive = true;
    const lifecycle = createLifecycle(() => alive);
    const ended = vi.fn();
    const dropped = vi.fn();
    lifecycle.onInvalidated(ended);
    lifecycle.onInvalidated(dropped)();
    expect(lifecycle.checkAlive()).toBe(true);
    expect(lifecycle.isValid).toBe(true);
    alive = false;
    expect(lifecycle.checkAlive()).toBe(false);
    expect(lifecycle.checkAlive()).toBe(false);
    expect(lifecycle.isValid).toBe(false);
    expect(lifecycle.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
    // A listener added after the end runs at once (nothing is left running).
    const late = vi.fn();
    lifecycle.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('ignores the events WXT’s context obeys, as a page script would dispatch them', () => {
    const lifecycle = createLifecycle(() => true);
    const ended = vi.fn();
    lifecycle.onInvalidated(ended);
    for (const name of ['wxt:content-script-started', 'abcdef:seller:wxt:content-script-started']) {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'seller', messageId: 'page' } }));
      window.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'seller', messageId: 'page' } }));
    }
    expect(ended).not.toHaveBeenCalled();
    expect(lifecycle.isValid).toBe(true);
    lifecycle.end();
  });
});

describe('the URL watcher', () => {
  it('reports each real URL change once, from location.href; forged events change nothing and throw nothing', async () => {
    const lifecycle = createLifecycle(() => true);
    const seen: string[] = [];
    watchLocation(lifecycle, (href) => seen.push(new URL(href).pathname + new URL(href).search), { intervalMs: 10 });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);

    // Forged hints: popstate, WXT's location event with a made-up URL, the navigation API's events.
    window.dispatchEvent(new PopStateEvent('popstate'));
    const forged = new Event('abcdef:seller:wxt:locationchange');
    Object.defineProperty(forged, 'newUrl', { value: new URL('https://evil.example/') });
    window.dispatchEvent(forged);
    await wait(40);
    expect(seen).toEqual([]);

    history.pushState(null, '', '/app/postings/fbs?tab=all');
    await wait(40);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await wait(40);
    history.pushState(null, '', '/app/messenger?group=customers_v2');
    window.dispatchEvent(new PopStateEvent('popstate')); // a hint: looks at once
    expect(seen).toEqual(['/app/postings/fbs?tab=all', '/app/messenger?group=customers_v2']);
    await wait(40);
    expect(seen).toHaveLength(2);

    lifecycle.end();
    history.pushState(null, '', '/app/somewhere');
    await wait(40);
    expect(seen).toHaveLength(2);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it('stops itself, and everything on the lifecycle, once the extension is gone', async () => {
    let alive = true;
    const lifecycle = createLifecycle(() => alive);
    const ended = vi.fn();
    lifecycle.onInvalidated(ended);
    const onChange = vi.fn();
    watchLocation(lifecycle, onChange, { intervalMs: 10 });
    alive = false;
    await wait(40);
    expect(ended).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/app/after');
    await wait(40);
    expect(onChange).not.toHaveBeenCalled();
  });
});
