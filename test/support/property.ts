// Settings shared by the property tests (fast-check). A fixed seed keeps `npm test` reproducible;
// PROPERTY_SEED=random (or a number) explores more, PROPERTY_RUNS sets how many cases each property runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed: PROPERTY_SEED (a number, or "random"), else `fallback`. */
export function propertySeed(fallback = 20261202): number {
  return process.env.PROPERTY_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.PROPERTY_SEED ?? fallback);
}

/** The number of runs: PROPERTY_RUNS, else `fallback`. */
export function propertyRuns(fallback: number): number {
  return Number(process.env.PROPERTY_RUNS ?? fallback);
}

/** The texts of docs/examples/*.txt, in file-name order (starting points for edit sequences). */
export function exampleTexts(): string[] {
  const dir = join(__dirname, '..', '..', 'docs', 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
