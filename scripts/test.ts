// `npm test`: every check, in order, stopping at the first failure, always ending with a summary of what ran,
// how long each step took and `N passed, M failed`. `--skip=e2e,firefox` leaves steps out (named in the summary).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The whole run must stay under 15 minutes on 2 cores; one step hanging must not eat the budget silently. */
const STEP_TIMEOUT_MS = 10 * 60_000;

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

// The builds come first among the browser steps, and the browser steps then use exactly those builds.
const STEPS: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'eslint', command: ['npx', 'eslint', '.'] },
  { name: 'unit', command: ['npx', 'vitest', 'run'] },
  { name: 'build-chrome', command: ['npx', 'wxt', 'build'] },
  { name: 'build-firefox', command: ['npx', 'wxt', 'build', '-b', 'firefox'] },
  { name: 'e2e', command: ['npx', 'tsx', 'tests/e2e/run.ts', 'tests/e2e/'], env: { SIDEKICK_E2E_SKIP_BUILD: '1' } },
  // Page scripts and a faulty API as the attacker (issue #12): its own step, so each browser suite has its own cap.
  { name: 'security', command: ['npx', 'tsx', 'tests/e2e/run.ts', 'tests/security/'], env: { SIDEKICK_E2E_SKIP_BUILD: '1' } },
  { name: 'firefox', command: ['npx', 'tsx', 'tests/firefox/smoke.ts'], env: { SIDEKICK_E2E_SKIP_BUILD: '1' } },
  { name: 'web-ext-lint', command: ['npx', 'web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted'] },
];

type Outcome = 'passed' | 'failed' | 'skipped' | 'not run';

function run(step: Step): Promise<{ ok: boolean; detail: string }> {
  return new Promise((resolve) => {
    const [cmd, ...args] = step.command as [string, ...string[]];
    // Its own process group, so a timeout can stop the browsers a step started too.
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...step.env }, detached: true });
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, STEP_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: error.message });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, detail: signal ? `killed by ${signal}` : `exit ${code}` });
    });
  });
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const skipArg = process.argv.find((a) => a.startsWith('--skip='));
  const skip = new Set(skipArg ? skipArg.slice('--skip='.length).split(',') : []);
  const results: { name: string; outcome: Outcome; ms: number; detail: string }[] = [];
  const started = Date.now();
  let failed = false;

  for (const step of STEPS) {
    if (failed) {
      results.push({ name: step.name, outcome: 'not run', ms: 0, detail: '' });
      continue;
    }
    if (skip.has(step.name)) {
      results.push({ name: step.name, outcome: 'skipped', ms: 0, detail: '--skip' });
      continue;
    }
    console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
    const t0 = Date.now();
    const { ok, detail } = await run(step);
    const ms = Date.now() - t0;
    results.push({ name: step.name, outcome: ok ? 'passed' : 'failed', ms, detail });
    console.log(`=== ${step.name}: ${ok ? 'passed' : `FAILED (${detail})`} in ${seconds(ms)}`);
    failed = !ok;
  }

  const total = Date.now() - started;
  console.log('\nSummary');
  for (const r of results) {
    console.log(`  ${r.outcome.padEnd(8)} ${r.name.padEnd(14)} ${r.outcome === 'passed' || r.outcome === 'failed' ? seconds(r.ms).padStart(8) : ''}${r.outcome === 'failed' ? `  (${r.detail})` : ''}`);
  }
  const passed = results.filter((r) => r.outcome === 'passed').length;
  const failedCount = results.filter((r) => r.outcome === 'failed').length;
  const notRun = results.filter((r) => r.outcome === 'not run' || r.outcome === 'skipped').length;
  console.log(`\n${passed} passed, ${failedCount} failed${notRun ? `, ${notRun} not run` : ''} in ${seconds(total)}`);
  if (total > 15 * 60_000) console.log('WARNING: over the 15-minute budget');
  return failedCount === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
