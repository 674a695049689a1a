// Properties of the whole core on generated Vietnamese-heavy text (quick: ~200 runs each).
// scripts/fuzz.ts runs the same properties with 100,000 cases.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { parseConfig } from '../../server/src/core/config';
import { RULES_BY_ID } from '../../server/src/core/rules';
import type { Finding, TextEdit } from '../../server/src/core/types';
import { articleText, configText } from './arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

/** Asserts every invariant of one analysis; returns a description of the first violation or ''. */
export function checkAnalysisInvariants(text: string): string {
  const result = analyze(text);
  const n = text.length;
  for (const s of result.sections) if (!(0 <= s.start && s.start <= s.end && s.end <= n)) return `section ${s.name} [${s.start},${s.end}) outside [0,${n}]`;
  for (const f of result.findings) {
    if (!RULES_BY_ID.has(f.rule)) return `unknown rule ${f.rule}`;
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= n)) return `${f.rule} range [${f.start},${f.end}) outside [0,${n}]`;
    if (!(f.messageId in RULES_BY_ID.get(f.rule)!.messages)) return `${f.rule} message id ${f.messageId} not in its messages`;
    for (const fix of f.fixes) {
      if (!(fix.titleId in RULES_BY_ID.get(f.rule)!.messages)) return `${f.rule} fix title ${fix.titleId} not in its messages`;
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i];
        if (!(0 <= e.start && e.start <= e.end && e.end <= n)) return `${f.rule} fix edit [${e.start},${e.end}) outside [0,${n}]`;
        if (i > 0 && e.start < edits[i - 1].end) return `${f.rule} fix edits overlap`;
      }
    }
  }
  return '';
}

function applyFix(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let last = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return out + text.slice(last);
}

const key = (f: Finding): string => `${f.rule}\u0000${f.messageId}`;
function counts(findings: Finding[], filter: (f: Finding) => boolean = () => true): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (filter(f)) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}

/** Applies each safe fix alone; the finding must go and no new error-severity finding may appear. */
export function checkSafeFixes(text: string): string {
  const before = analyze(text).findings;
  const beforeCounts = counts(before);
  const beforeErrors = counts(before, (f) => f.severity === 'error');
  for (const f of before) {
    const fix = f.fixes.find((x) => x.safe);
    if (!fix) continue;
    const fixed = applyFix(text, fix.edits);
    if (fixed === text) return `${f.rule} safe fix changes nothing`;
    const after = analyze(fixed).findings;
    const delta = fix.edits.reduce((d, e) => d + (e.start < f.start ? e.newText.length - (e.end - e.start) : 0), 0);
    const same = after.find((g) => key(g) === key(f) && g.start === f.start + delta);
    const stillCount = counts(after).get(key(f)) ?? 0;
    if (same && stillCount >= (beforeCounts.get(key(f)) ?? 0)) return `${f.rule}/${f.messageId} remains after its safe fix: ${JSON.stringify(fixed.slice(Math.max(0, f.start - 20), f.end + 20))}`;
    for (const [k, c] of counts(after, (g) => g.severity === 'error')) {
      if (c > (beforeErrors.get(k) ?? 0)) return `${f.rule} safe fix adds an error finding ${k.replace('\u0000', '/')}`;
    }
  }
  return '';
}

describe('properties of analyze (fast-check)', function () {
  this.timeout(120000);

  it('never throws and every range and fix edit lies inside the text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const problem = checkAnalysisInvariants(text);
        assert.equal(problem, '', problem);
      }),
      { numRuns: RUNS },
    );
  });

  it('applying a safe fix removes its finding and adds no error', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const problem = checkSafeFixes(text);
        assert.equal(problem, '', problem);
      }),
      { numRuns: RUNS },
    );
  });

  it('reports no internal problem (no rule crashes) on generated text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const problems = analyze(text).problems;
        assert.deepEqual(problems, [], JSON.stringify(problems));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('properties of parseConfig (fast-check)', () => {
  it('never throws; problems have 1-based positions inside the text', () => {
    fc.assert(
      fc.property(configText, (text) => {
        const { config, problems } = parseConfig(text, 'c.json');
        assert.equal(typeof config, 'object');
        const lines = text.split(/\r\n|\r|\n/);
        for (const p of problems) {
          assert.ok(p.line >= 1 && p.line <= lines.length, `line ${p.line}`);
          assert.ok(p.column >= 1 && p.column <= lines[p.line - 1].length + 1, `column ${p.column}`);
          assert.ok(p.message.length > 0);
        }
      }),
      { numRuns: RUNS },
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
      { numRuns: RUNS },
    );
  });
});
