// The expectations of each article kind (segment/kinds.ts) and the published table (docs/kinds.md)
// are what the labelled real corpus says (test/support/kinds-table.ts); `npm run gen:kinds`
// rewrites both.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectationFor } from '../../server/src/core/segment/kinds';
import { CONTRADICTED, expectationLabels, kindsSource, kindTable, pooledShares, PRIOR, RECOMMENDED_SHARE, renderKindsDoc, REQUIRED_SHARE } from '../support/kinds-table';
import type { RealLabel } from '../support/real-corpus';

const root = join(__dirname, '..', '..');
const labels: RealLabel[] = expectationLabels(root);

describe('article kinds from the real corpus', () => {
  for (const row of kindTable(labels)) {
    it(`${row.kind}: required and recommended sections are the table's`, () => {
      const e = expectationFor(row.kind);
      assert.deepEqual([...e.required].sort(), [...row.required].sort(), 'required');
      assert.deepEqual([...e.recommended].sort(), [...row.recommended].sort(), 'recommended');
    });
  }

  it('requires a section the data decides only when ≥ 90% of the articles have it, and recommends it only when most do', () => {
    for (const row of kindTable(labels)) {
      for (const [name, c] of row.cells) {
        if (!c.fromData) continue;
        assert.equal(row.required.includes(name), c.have / c.decided >= REQUIRED_SHARE, `${row.kind} ${name} required`);
        assert.equal(row.recommended.includes(name), c.have / c.decided > RECOMMENDED_SHARE && c.have / c.decided < REQUIRED_SHARE, `${row.kind} ${name} recommended`);
      }
    }
  });

  it('keeps a prior requirement only while fewer than CONTRADICTED of the few real articles lack it and real articles of all kinds have it', () => {
    const pooled = pooledShares(labels);
    for (const row of kindTable(labels)) {
      for (const [name, c] of row.cells) {
        if (c.fromData || !PRIOR[row.kind].required.includes(name)) continue;
        const contradicted = c.decided - c.have >= CONTRADICTED || pooled.get(name)! < REQUIRED_SHARE;
        assert.equal(row.required.includes(name), !contradicted, `${row.kind} ${name} required`);
        assert.equal(row.recommended.includes(name), contradicted, `${row.kind} ${name} recommended`);
      }
    }
  });

  it('does not require the byline of HĐND session news (a third of real ones have none)', () => {
    assert.ok(!expectationFor('ky-hop-hdnd').required.includes('byline'));
  });

  it('docs/kinds.md and segment/kinds.ts are up to date (npm run gen:kinds)', () => {
    assert.equal(readFileSync(join(root, 'docs', 'kinds.md'), 'utf8'), renderKindsDoc(labels));
    const kindsPath = join(root, 'server', 'src', 'core', 'segment', 'kinds.ts');
    const current = readFileSync(kindsPath, 'utf8');
    assert.equal(current, kindsSource(current, labels));
  });
});
