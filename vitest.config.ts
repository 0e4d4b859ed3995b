import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/lint/**/*.test.ts', 'lib/**/*.test.ts', 'sandbox/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
  },
});
