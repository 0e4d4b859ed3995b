// Only a person's input makes the extension act. Our buttons on the portal live in the page's DOM (the contract wants
// them findable), so a page script can reach them: `el.click()`, `dispatchEvent(new MouseEvent(…))`, synthetic
// `keydown`s. The browser marks every such event `isTrusted: false`; a person's click or key — including Enter or
// Space on a focused button, which the browser turns into a trusted click — is `isTrusted: true`, and no page script
// can forge that flag. So every handler that sends, starts, saves, deletes or navigates passes through here.
// Beware events the browser fires itself after a script's call: `form.requestSubmit()` fires a *trusted* `submit`,
// so a form acts on its submit button's click, never on `submit` (README, Security).

/** True only for input a person gave (the browser sets `isTrusted`); false for anything a script dispatched. */
export function isPersonInput(event: Event | null | undefined): boolean {
  return event?.isTrusted === true;
}

/**
 * The handler, run only for a person's input. A script's event is ignored and its default action (following a link,
 * submitting a form) cancelled, so a synthetic click on our link or submit button does nothing either.
 */
export function personOnly<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event: E) => {
    if (!isPersonInput(event)) {
      if (event.cancelable) event.preventDefault();
      return;
    }
    handler(event);
  };
}
