// A person's input in unit tests. Browsers set `isTrusted: true` only on input a person gave and no script can set
// it; happy-dom has no such flag, so these helpers define it on the event, as the browser would for a real click or
// key. A plain `el.click()` or `dispatchEvent(new MouseEvent(…))` in a test stays a script's input (isTrusted unset).

/** The event, marked as a person's input. */
export function asPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A person's click on `el` (what the browser dispatches for a mouse click, or Enter/Space on a focused button). */
export function personClick(el: Element): void {
  el.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}

/** A person's key press on `target` (keydown only: what our shortcut and resize handlers listen to). */
export function personKey(target: EventTarget, init: KeyboardEventInit): void {
  target.dispatchEvent(asPerson(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })));
}
