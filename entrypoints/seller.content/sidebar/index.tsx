// The sidebar: one <seller-sidekick> shadow host per page, kept there through the portal's re-renders and
// client-side navigation.
//
// The shadow root is open: the contract has outside checks and sellers' styles find the sidebar's notice and buttons.
// A page script can therefore reach its buttons, so every handler in it acts on a person's input only
// (entrypoints/seller.content/trusted-input.ts). The host is built here rather than with WXT's createShadowRootUi, which ties the UI's
// removal to WXT's context, a context a page script can stop (lifecycle.ts).
import { render } from 'preact';
import { Sidebar } from '@/components/page/Sidebar';
import { pageKindOf } from '../portal/page-kind';
import sidebarCss from '@/components/page/sidebar.css?inline';
import type { PageStateStore } from '../page-state';
import { browser } from 'wxt/browser';
import { isCommandMessage } from '@/lib/protocol/commands';
import { emitCommand } from '../commands';
import { isPersonInput } from '../trusted-input';
import { onAbort, type OwnLifecycle } from '../lifecycle';
import type { PageSettings } from '../env';

const HOST_TAG = 'seller-sidekick';

export interface MountedSidebar {
  /** Shows the sidebar for the page at `href` with that navigation's settings (env.ts). */
  showPage(href: string, settings: PageSettings): void;
}

/** `<seller-sidekick>` with an open shadow root holding our styles and the container the sidebar renders into. */
function createHost(): { host: HTMLElement; container: HTMLElement } {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  style.textContent = sidebarCss;
  head.append(style);
  const container = document.createElement('body');
  html.append(head, container);
  shadow.append(html);
  return { host, container };
}

export function mountSidebar(lifecycle: OwnLifecycle, state: PageStateStore): MountedSidebar {
  // A host left by an earlier, invalidated copy of this script (extension update or reload) must not stay as a twin.
  for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();

  const { signal } = lifecycle;
  const { host, container } = createHost();
  document.body.append(host);

  // The portal may replace <body>'s children on a re-render; put the host back if it went with them. A script whose
  // extension is gone (reloaded, updated) ends instead, so it never fights a newer copy's host.
  const observer = new MutationObserver(() => {
    if (!host.isConnected && lifecycle.checkAlive()) document.body.append(host);
  });
  observer.observe(document.body, { childList: true });
  onAbort(signal, () => {
    observer.disconnect();
    render(null, container);
    host.remove();
  });

  // Commands: forwarded by the background (browser.commands), or Alt+Shift+S pressed in the page when the
  // browser did not bind the command (e.g. a conflict with another extension) — a person's key only.
  const onMessage = (raw: unknown) => {
    if (isCommandMessage(raw)) emitCommand(raw.command);
  };
  browser.runtime.onMessage.addListener(onMessage);
  onAbort(signal, () => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension is gone, and its listeners with it.
    }
  });
  window.addEventListener(
    'keydown',
    (event) => {
      if (!isPersonInput(event)) return;
      if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS') {
        event.preventDefault();
        emitCommand('toggle-sidebar');
      }
    },
    { capture: true, signal },
  );

  return {
    showPage(href, settings) {
      if (!host.isConnected) document.body.append(host);
      render(<Sidebar page={pageKindOf(href)} state={state} settings={settings} />, container);
    },
  };
}
