// The analysis cache (server/src/lsp/cache.ts): one analysis per version, and how slow a document is.

import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../server/src/core/config';
import { AnalysisCache, type AnalysisEntry } from '../../server/src/lsp/cache';

describe('analysis cache', () => {
  const cache = (warmUpEdits = 0): AnalysisCache => new AnalysisCache({ configFor: () => ({ config: defaultConfig(), locale: 'vi' }), shouldCheck: () => true }, warmUpEdits);
  const doc = (version: number, uri = 'file:///a.tin.txt') => ({ uri, languageId: 'tin-hoi-nghi', version, getText: () => `Hội nghị lần ${version}.\n` });

  it('analyses once per version and counts the time spent', () => {
    const c = cache();
    const first = c.get(doc(1));
    assert.equal(c.get(doc(1)), first);
    assert.equal(c.analyses, 1);
    const second = c.get(doc(2));
    assert.equal(c.analyses, 2);
    assert.ok(Math.abs(c.busyMs - first.ms - second.ms) < 1e-9);
  });

  it('judges a document by the shortest of its last three analyses after an edit', () => {
    const c = cache();
    const entries: AnalysisEntry[] = [];
    for (let v = 1; v <= 6; v++) {
      entries.push(c.get(doc(v)));
      // the first analysis (opening) is not counted
      const recent = entries.slice(1).slice(-3).map((e) => e.ms);
      assert.equal(entries[v - 1].typicalMs, v === 1 ? 0 : Math.min(...recent), `version ${v}`);
      assert.equal(entries[v - 1].paceMs, v === 1 ? 0 : entries[v - 1].ms, `version ${v}`);
    }
    // another document and a closed one start afresh
    const other = c.get(doc(1, 'file:///b.tin.txt'));
    assert.equal(other.typicalMs, 0);
    assert.equal(c.get(doc(2, 'file:///b.tin.txt')).typicalMs, c.peek('file:///b.tin.txt')!.ms);
    c.delete('file:///a.tin.txt');
    const reopened = c.get(doc(7));
    assert.equal(reopened.typicalMs, 0);
    assert.equal(reopened.paceMs, 0);
    const edited = c.get(doc(8));
    assert.equal(edited.typicalMs, edited.ms);
    assert.equal(edited.paceMs, edited.ms);
  });

  it("does not count the process's first analyses after an edit (JIT warm-up)", () => {
    const c = cache(2);
    c.get(doc(1));
    const cold = [c.get(doc(2)), c.get(doc(3))];
    for (const e of cold) assert.deepEqual([e.paceMs, e.typicalMs], [0, 0]);
    // the warm-up is the process's: another document's edits are counted from then on
    c.get(doc(1, 'file:///b.tin.txt'));
    const warm = c.get(doc(2, 'file:///b.tin.txt'));
    assert.deepEqual([warm.paceMs, warm.typicalMs], [warm.ms, warm.ms]);
    const next = c.get(doc(4));
    assert.deepEqual([next.paceMs, next.typicalMs], [next.ms, next.ms]);
  });

  it('does not count the full analysis after a change of settings', () => {
    const c = cache();
    c.get(doc(1));
    const edited = c.get(doc(2));
    c.invalidateAll();
    const full = c.get(doc(2));
    assert.notEqual(full, edited);
    assert.equal(full.paceMs, 0);
    assert.equal(full.typicalMs, edited.ms);
  });
});
