// Writes, from the labelled real corpus (test/corpus/real/labels.json and holdout-odd.json), the kind × section table
// docs/kinds.md and the expectation lists of server/src/core/segment/kinds.ts (between its
// "generated" markers). See test/support/kinds-table.ts for the thresholds.
//   npm run gen:kinds              rewrite both
//   npm run gen:kinds -- --check   exit 1 if either is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectationLabels, kindsSource, renderKindsDoc } from '../test/support/kinds-table';
import type { RealLabel } from '../test/support/real-corpus';

const root = join(__dirname, '..');
const labels: RealLabel[] = expectationLabels(root);
const check = process.argv.includes('--check');
let stale = false;
const update = (path: string, wanted: string): void => {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // a new file
  }
  if (current === wanted) return;
  stale = true;
  if (!check) {
    writeFileSync(path, wanted);
    console.log(`${path} updated`);
  }
};
update(join(root, 'docs', 'kinds.md'), renderKindsDoc(labels));
const kindsPath = join(root, 'server', 'src', 'core', 'segment', 'kinds.ts');
update(kindsPath, kindsSource(readFileSync(kindsPath, 'utf8'), labels));
if (check && stale) {
  console.error('docs/kinds.md or segment/kinds.ts is out of date: run npm run gen:kinds');
  process.exit(1);
}
