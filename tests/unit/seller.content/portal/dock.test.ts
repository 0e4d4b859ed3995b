import { afterEach, describe, expect, it } from 'vitest';
import { dockPage } from '@/entrypoints/seller.content/portal/dock';

const docks = () => document.head.querySelectorAll('style[data-sidekick-owned="sidebar-dock"]');

describe('docking the sidebar', () => {
  afterEach(() => dockPage(0));

  it('gives the page a right margin as wide as the sidebar, once, and takes it back', () => {
    dockPage(320);
    dockPage(360);
    expect(docks()).toHaveLength(1);
    expect(docks()[0]!.textContent).toContain('margin-right: 360px');
    // Only where the window is wide enough to spare it.
    expect(docks()[0]!.textContent).toContain('min-width: 1384px');
    dockPage(0);
    expect(docks()).toHaveLength(0);
  });
});
