// Decides whether a production build (.output/chrome-mv3, .output/firefox-mv2) is missing or older than its sources, and
// rebuilds it with the ordinary `wxt build [-b firefox]` (as `npm run build:chrome|build:firefox`), never a dev variant.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export type Target = 'chrome' | 'firefox';
export const OUTPUT_DIR: Record<Target, string> = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' };

/** Why the build must be (re)made, or null when it is up to date. */
export function staleReason(root: string, target: Target = 'chrome'): string | null {
  const manifest = path.join(root, '.output', OUTPUT_DIR[target], 'manifest.json');
  if (!fs.existsSync(manifest)) return 'missing';
  const builtAt = fs.statSync(manifest).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(path.join(root, s)) > builtAt);
  return changed ? `older than ${changed}` : null;
}

export function ensureBuild(root: string, target: Target = 'chrome', log: (line: string) => void = console.log): void {
  const reason = staleReason(root, target);
  if (!reason) return;
  const args = target === 'chrome' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox'];
  log(`[build] production build .output/${OUTPUT_DIR[target]} ${reason}: running \`npx ${args.join(' ')}\``);
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status ?? result.signal})`);
}
