// Inline suppression comments. HTML comments survive both .txt and .md (Markdown hides them):
//   <!-- tin-hoi-nghi-disable rule-a, rule-b -->            the whole file (no ids: every rule)
//   <!-- tin-hoi-nghi-disable-line rule-a -->               the line the comment is on
//   <!-- tin-hoi-nghi-disable-next-line rule-a -->          the following line

import type { Finding, Span } from './types';

export type SuppressionScope = 'file' | 'line' | 'next-line';

export interface Suppression extends Span {
  scope: SuppressionScope;
  /** Rule ids; empty means every rule. */
  rules: string[];
}

const COMMENT = /<!--\s*tin-hoi-nghi-disable(-line|-next-line)?\b([^]*?)-->/g;

export function findSuppressions(text: string): Suppression[] {
  const found: Suppression[] = [];
  // plain substring searches first: most texts have no comment, and the pattern is slow on a huge one;
  // "<!--" first, as "<" is rare in an article (its search skips ahead far faster than one for "t…")
  if (!text.includes('<!--') || !text.includes('tin-hoi-nghi-disable')) return found;
  for (const m of text.matchAll(COMMENT)) {
    const scope: SuppressionScope = m[1] === '-line' ? 'line' : m[1] === '-next-line' ? 'next-line' : 'file';
    const rules = m[2].split(/[\s,]+/).filter((id) => /^[a-z][a-z0-9-]*$/.test(id));
    found.push({ start: m.index, end: m.index + m[0].length, scope, rules });
  }
  return found;
}

/** The text with every suppression comment replaced by spaces (same length), so rules never see it. */
export function maskSuppressions(text: string, suppressions: Suppression[]): string {
  if (suppressions.length === 0) return text;
  let out = '';
  let last = 0;
  for (const s of suppressions) {
    out += text.slice(last, s.start) + text.slice(s.start, s.end).replace(/[^\r\n]/g, ' ');
    last = s.end;
  }
  return out + text.slice(last);
}

/** The comment text that suppresses `ruleId` on the line of a finding (written by quick fixes). */
export function suppressionComment(scope: SuppressionScope, ruleId: string): string {
  const suffix = scope === 'file' ? '' : `-${scope}`;
  return `<!-- tin-hoi-nghi-disable${suffix} ${ruleId} -->`;
}

/**
 * Keeps the findings no comment suppresses. `lineOf` maps an original offset to its line.
 * Findings touching a comment itself are dropped too (the comment is not article text).
 */
export function applySuppressions(findings: Finding[], suppressions: Suppression[], lineOf: (offset: number) => number): Finding[] {
  if (suppressions.length === 0) return findings;
  const covers = (s: Suppression, rule: string): boolean => s.rules.length === 0 || s.rules.includes(rule);
  return findings.filter((f) => {
    for (const s of suppressions) {
      if (f.start <= s.end && f.end >= s.start && f.end > f.start) return false;
      if (!covers(s, f.rule)) continue;
      if (s.scope === 'file') return false;
      const commentLine = lineOf(s.start);
      const target = s.scope === 'line' ? commentLine : commentLine + 1;
      if (lineOf(f.start) === target) return false;
    }
    return true;
  });
}
