// Inline styles of the controls added to the portal's rows: the portal's stylesheet is not ours to extend, and
// inline styles need no stylesheet injected into the page.
export const WRAPPER_STYLE = 'position:relative;display:inline-block;margin-left:8px;vertical-align:middle;white-space:nowrap';
export const BUTTON_STYLE =
  'display:inline-flex;align-items:center;margin:0;padding:1px 8px;font:12px/18px system-ui,sans-serif;color:#005bff;background:#fff;border:1px solid #005bff;border-radius:4px;cursor:pointer;white-space:nowrap';
export const MENU_STYLE = `${BUTTON_STYLE};padding:1px 5px;margin-left:2px`;
export const ERROR_STYLE = 'font:12px/16px system-ui,sans-serif;color:#c4001d;white-space:normal;max-width:260px';
/** Fixed, so a scrolling list (overflow: auto) never clips it (popover-placement.ts puts it beside its button). */
export const POPOVER_STYLE =
  'position:fixed;z-index:2147483000;padding:8px;background:#fff;border:1px solid #c6cdd6;border-radius:6px;box-shadow:0 4px 16px rgba(0,26,52,.16);text-align:left;white-space:normal';
