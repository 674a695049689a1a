// The analysis cache (server/src/lsp/cache.ts): one analysis per version, and how slow a document is.

import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../server/src/core/config';
import { AnalysisCache, type AnalysisEntry } from '../../server/src/lsp/cache';

describe('analysis cache', () => {
  const cache = (): AnalysisCache => new AnalysisCache({ configFor: () => ({ config: defaultConfig(), locale: 'vi' }), shouldCheck: () => true });
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

  it('judges a document by the shortest of its last three analyses', () => {
    const c = cache();
    const entries: AnalysisEntry[] = [];
    for (let v = 1; v <= 6; v++) {
      entries.push(c.get(doc(v)));
      const recent = entries.slice(-3).map((e) => e.ms);
      assert.equal(entries[v - 1].typicalMs, Math.min(...recent), `version ${v}`);
    }
    // another document and a closed one start afresh
    assert.equal(c.get(doc(1, 'file:///b.tin.txt')).typicalMs, c.peek('file:///b.tin.txt')!.ms);
    c.delete('file:///a.tin.txt');
    const reopened = c.get(doc(7));
    assert.equal(reopened.typicalMs, reopened.ms);
  });
});
