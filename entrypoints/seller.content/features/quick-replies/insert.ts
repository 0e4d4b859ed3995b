// Puts text into the portal's message box as typing would: through the native value setter (a framework's own
// setter on the element would swallow the change) and an `input` event that bubbles, so React-style pages see it.
export function insertAsTyping(box: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  box.focus();
  if (setter) setter.call(box, text);
  else box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
  try {
    box.setSelectionRange(text.length, text.length);
  } catch {
    // Some inputs refuse a selection; the text is in either way.
  }
}
