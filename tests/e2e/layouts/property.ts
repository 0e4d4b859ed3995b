// Runs one generated-layout property: fixed seed, endOnFailure (fast in `npm test`), the failing layout written to
// tests/e2e/layouts/out/ with the seed and fast-check's path in the message; survey and shrink modes for diagnosis.
import fc from 'fast-check';
import type { LayoutSession, SurveyEntry } from './session';
import { layoutConfig, writeFailure, writeSurvey } from './session';

export interface LayoutOutcome {
  problems: string[];
  /** The generated document. */
  html: string;
  /** What the layout is (for the survey's tallies and the failure file). */
  features: Record<string, unknown>;
  truth: unknown;
}

/** A generator bug (the layout itself is wrong): never counted as the extension's failure. */
export class GeneratorBug extends Error {}

export async function runLayoutProperty<T>(
  ls: LayoutSession,
  name: string,
  /** Offsets the seed so that the properties draw different layouts from one SIDEKICK_LAYOUT_SEED. */
  seedOffset: number,
  arb: fc.Arbitrary<T>,
  defaultRuns: number,
  body: (value: T, run: number) => Promise<LayoutOutcome>,
): Promise<void> {
  const cfg = layoutConfig();
  const numRuns = Math.round(defaultRuns * cfg.scale);
  const entries: SurveyEntry[] = [];
  let run = 0;
  const property = fc.asyncProperty(arb, async (value) => {
    const n = run++;
    const outcome = await body(value, n);
    if (outcome.problems.length === 0) return;
    const files = writeFailure(`${name}-seed${cfg.seed}-last-failure`, outcome.html, await ls.page.content(), {
      seed: cfg.seed,
      run: n,
      url: ls.page.url(),
      problems: outcome.problems,
      features: outcome.features,
      truth: outcome.truth,
    });
    if (cfg.survey) {
      entries.push({ property: name, run: n, problems: outcome.problems, features: outcome.features });
      return;
    }
    throw new Error(
      `${name}: generated layout #${n} (SIDEKICK_LAYOUT_SEED=${cfg.seed}, fast-check seed ${cfg.seed + seedOffset}) at ${ls.page.url()}\n` +
        `${outcome.problems.length} problem(s):\n  ${outcome.problems.slice(0, 12).join('\n  ')}\n` +
        `layout: ${JSON.stringify(outcome.features)}\nfiles: ${files.join(' ')}`,
    );
  });
  const replayPath = process.env.SIDEKICK_LAYOUT_PATH;
  await fc.assert(property, { seed: cfg.seed + seedOffset, numRuns, endOnFailure: !cfg.shrink, ...(replayPath ? { path: replayPath } : {}) });
  console.log(`[layouts] ${name}: ${run} layouts generated (seed ${cfg.seed})${cfg.survey ? `, ${entries.length} failed` : ''}`);
  if (cfg.survey && entries.length > 0) {
    const file = writeSurvey(name, run, entries);
    throw new Error(`${name}: ${entries.length} of ${run} generated layouts failed (seed ${cfg.seed}); every failure in ${file}`);
  }
}
