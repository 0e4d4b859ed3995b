// End-to-end tests (and the security suite, page scripts as the attacker): real Chromium with the production build,
// against the sandbox. Node environment (the
// browser is the DOM), one file at a time (one browser at a time on 2 cores), generous timeouts.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The unit config gets `@/…` from WXT's plugin; the e2e files import source by the same alias.
  resolve: { alias: { '@': dirname(fileURLToPath(import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts', 'tests/security/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    // A flaky browser test hides a real bug more often than it reveals a slow machine: no retries.
    retry: 0,
    reporters: ['verbose'],
  },
});
