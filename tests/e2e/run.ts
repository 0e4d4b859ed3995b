// `npm run test:e2e`: the e2e suite under its own vitest config (extra arguments pass through, e.g. a file name).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
