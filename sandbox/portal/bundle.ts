// The client bundle, built from sandbox/portal/client/*.ts with esbuild once per process and kept in memory.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let cached: Promise<string> | undefined;

export function clientBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [fileURLToPath(new URL('./client/main.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    logLevel: 'silent',
    tsconfigRaw: { compilerOptions: { strict: true } },
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild produced no output for the portal client');
    return file.text;
  });
  // A failed build is not cached: the next request tries again.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
