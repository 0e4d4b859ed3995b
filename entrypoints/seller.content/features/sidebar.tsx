// The sidebar: one <seller-sidekick> shadow host per page, kept there through the portal's re-renders and
// client-side navigation.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '@/components/Sidebar';
import { pageKindOf } from '@/lib/portal/page-kind';
import sidebarCss from '@/components/sidebar.css?inline';
import type { PageStateStore } from '@/lib/portal/page-state';
import { browser } from 'wxt/browser';
import { emitCommand, isCommandMessage } from '@/lib/portal/commands';

const HOST_TAG = 'seller-sidekick';

export async function mountSidebar(ctx: ContentScriptContext, state: PageStateStore): Promise<void> {
  // A host left by an earlier, invalidated copy of this script (extension update or reload) must not stay as a twin.
  for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();

  let href = location.href;
  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    inheritStyles: true,
    css: sidebarCss,
    onMount(container) {
      render(<Sidebar page={pageKindOf(href)} state={state} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();

  const remountIfGone = () => {
    if (!ui.shadowHost.isConnected) ui.mount();
  };
  // The portal may replace <body>'s children on a re-render; put the host back if it went with them.
  const observer = new MutationObserver(remountIfGone);
  observer.observe(document.body, { childList: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    ui.remove();
  });

  // Commands: forwarded by the background (browser.commands), or Alt+Shift+S pressed in the page when the
  // browser did not bind the command (e.g. a conflict with another extension).
  const onMessage = (raw: unknown) => {
    if (isCommandMessage(raw)) emitCommand(raw.command);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  ctx.addEventListener(window, 'keydown', (event) => {
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS') {
      event.preventDefault();
      emitCommand('toggle-sidebar');
    }
  }, { capture: true });

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    href = newUrl.href;
    remountIfGone();
    const container = ui.uiContainer;
    render(<Sidebar page={pageKindOf(href)} state={state} />, container);
  });
}
