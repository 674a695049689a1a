// Properties of the whole core on generated Vietnamese-heavy text (quick: ~200 runs each).
// scripts/fuzz.ts runs the same properties with 100,000 cases.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { parseConfig } from '../../server/src/core/config';
import { articleText, checkAnalysisInvariants, checkConfigProblems, checkSafeFixes, configText } from './arbitraries';
import { propertyRuns, propertySeed } from '../support/property';

const RUNS = propertyRuns(200);
const SEED = propertySeed(20261122);

describe('properties of analyze (fast-check)', function () {
  this.timeout(120000);

  it('never throws and every range and fix edit lies inside the text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const problem = checkAnalysisInvariants(text);
        assert.equal(problem, '', problem);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('applying a safe fix removes its finding and adds no error', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const problem = checkSafeFixes(text);
        assert.equal(problem, '', problem);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('reports no internal problem (no rule crashes) on generated text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const problems = analyze(text).problems;
        assert.deepEqual(problems, [], JSON.stringify(problems));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('properties of parseConfig (fast-check)', () => {
  it('never throws; problems have 1-based positions inside the text', () => {
    fc.assert(
      fc.property(configText, (text) => {
        const problem = checkConfigProblems(text);
        assert.equal(problem, '', problem);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('agrees with JSON.parse on what is valid JSON (comments and trailing commas aside)', () => {
    fc.assert(
      fc.property(configText, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const syntax = parseConfig(text, 'c.json').problems.some((p) => p.message.startsWith('JSON không hợp lệ'));
        if (valid) assert.ok(!syntax, `valid JSON reported as broken: ${text}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
