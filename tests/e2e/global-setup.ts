// Runs once before the e2e files: makes sure the production build exists and is current.
import { ensureBuild } from './build';
import { ROOT } from './harness';

export default function setup(): void {
  if (process.env.SIDEKICK_E2E_SKIP_BUILD === '1') return;
  ensureBuild(ROOT, 'chrome');
}
