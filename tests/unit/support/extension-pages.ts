// Shared by the popup and options unit tests: a fake background behind the mocked `send`, and DOM helpers.
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { RequestError } from '@/lib/protocol/send';
import type { RequestType, ResponseMap, RequestOf } from '@/lib/protocol/messages';

export type Handlers = { [T in RequestType]?: ResponseMap[T] | ((request: RequestOf<T>) => ResponseMap[T] | Promise<ResponseMap[T]>) };

/** Answers each request kind from `handlers`; an unknown kind fails as the real background would. */
export function backend(sendMock: ReturnType<typeof vi.fn>, handlers: Handlers): void {
  sendMock.mockImplementation(async (request: { type: RequestType }) => {
    const handler = handlers[request.type] as unknown;
    if (handler === undefined) throw new RequestError('bad-request', `no handler for ${request.type}`);
    return typeof handler === 'function' ? (handler as (r: unknown) => unknown)(request) : structuredClone(handler);
  });
}

/** Lets pending promises, effects and renders settle. */
export async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Waits (real time) until `check` passes or the time runs out. */
export async function waitFor(check: () => boolean, ms = 4000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('waitFor: condition not met in time');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
  }
}

export function requestsOf(sendMock: ReturnType<typeof vi.fn>, type: RequestType): unknown[] {
  return sendMock.mock.calls.map((call) => call[0] as { type: string }).filter((r) => r.type === type);
}

/** The control a visible <label> names (what Playwright's getByLabel finds): exact text, `for` or wrapping. */
export function byLabel(root: HTMLElement, text: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const labels = [...root.querySelectorAll('label')].filter((l) => l.textContent?.trim() === text);
  if (labels.length !== 1) throw new Error(`expected one label "${text}", found ${labels.length}`);
  const label = labels[0]!;
  const control = label.htmlFor ? root.querySelector(`#${CSS.escape(label.htmlFor)}`) : label.querySelector('input, select, textarea');
  if (!control) throw new Error(`label "${text}" names no control`);
  return control as HTMLInputElement;
}

export function buttonNamed(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found.length) throw new Error(`no button "${name}"`);
  return found[0]!;
}

export async function type(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function change(control: HTMLInputElement | HTMLSelectElement, value?: string | boolean): Promise<void> {
  await act(() => {
    if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
    else if (value !== undefined) control.value = value;
    if (control instanceof HTMLInputElement && control.type !== 'checkbox') control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => {
    element.click();
  });
  await settle();
}
