// Fixtures with their expected findings inside them (rust-analyzer / markdownlint style).
//
//   Đến nay xã đạt 21/19 tiêu chí.
//   #>             ^^^^^ fraction-exceeds
//
// A line starting with "#>" annotates the nearest text line above it: the carets mark the
// UTF-16 columns [start, end) of the finding on that line, then the rule id. A zero-width
// finding is marked with a single "|". Annotation lines are removed before analysis.

import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Config } from '../../server/src/core/types';
import { PositionMap } from '../../server/src/core/text/positions';

export interface ExpectedFinding {
  rule: string;
  line: number;
  start: number;
  end: number;
}

export function parseFixture(source: string): { text: string; expected: ExpectedFinding[] } {
  const kept: string[] = [];
  const expected: ExpectedFinding[] = [];
  for (const line of source.split('\n')) {
    const m = /^#>(.*)$/.exec(line);
    if (!m) {
      kept.push(line);
      continue;
    }
    const body = '  ' + m[1]; // "#>" occupies two columns
    const marks = /(\^+|\|)\s+([a-z][a-z0-9-]*)/g;
    for (const a of body.matchAll(marks)) {
      const start = a.index;
      const end = a[1] === '|' ? start : start + a[1].length;
      expected.push({ rule: a[2], line: kept.length - 1, start, end });
    }
  }
  return { text: kept.join('\n'), expected };
}

const key = (f: ExpectedFinding): string => `${f.rule}@${f.line}:${f.start}-${f.end}`;

/**
 * Analyses the fixture and asserts that the findings of `rules` (default: the rules named in
 * the annotations) are exactly the annotated ones.
 */
export function checkFixture(source: string, options: { rules?: string[]; config?: Partial<Config> } = {}): void {
  const { text, expected } = parseFixture(source);
  const rules = new Set(options.rules ?? expected.map((e) => e.rule));
  const positions = new PositionMap(text);
  const actual = analyze(text, options.config)
    .findings.filter((f) => rules.has(f.rule))
    .map((f) => {
      const s = positions.position(f.start);
      const e = positions.position(f.end);
      assert.equal(s.line, e.line, `finding ${f.rule} spans lines`);
      return { rule: f.rule, line: s.line, start: s.character, end: e.character };
    });
  assert.deepEqual(actual.map(key).sort(), expected.map(key).sort());
}

/** An annotation line putting carets under `part` of `line` (its first occurrence at or after `after`). */
export function caretUnder(line: string, part: string, rule: string, after = 0): string {
  const col = line.indexOf(part, after);
  return '#>' + ' '.repeat(col - 2) + '^'.repeat(part.length) + ' ' + rule;
}
