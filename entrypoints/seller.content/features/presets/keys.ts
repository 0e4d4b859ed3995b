// Presets by keyboard: Alt+1…9 pressed in the page (a person's key only) and the background's "apply-preset-1"…
// "apply-preset-9" commands apply the n-th preset. Both listeners hang on the feature's signal.
import { onAbort, type FeatureEnv } from '../../feature';
import { onCommand } from '../../commands';
import { isPersonInput } from '../../trusted-input';

/** Alt+1…9 on the page (a person's key only) and the background's "apply-preset-1"…"apply-preset-9" commands. */
export function listenForKeys({ signal }: Pick<FeatureEnv, 'signal'>, applyNth: (n: number) => boolean): void {
  // Chrome allows only 4 suggested command keys: the page listens for the others itself.
  window.addEventListener(
    'keydown',
    (event) => {
      // A person's key only: a page script's synthetic keydown must not press the portal's filters.
      if (!isPersonInput(event)) return;
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      if (digit && applyNth(Number(digit))) event.preventDefault();
    },
    { capture: true, signal },
  );
  onAbort(
    signal,
    onCommand((command) => {
      const n = /^apply-preset-([1-9])$/.exec(command)?.[1];
      if (n) applyNth(Number(n));
    }),
  );
}
