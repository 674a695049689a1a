// Applying fixes in tests: edits are offsets into the original text and never overlap.

import type { Finding, TextEdit } from '../../server/src/core/types';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let last = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return out + text.slice(last);
}

/** The text after one finding's fix (the first by default). */
export function applyFix(text: string, finding: Finding, index = 0): string {
  return applyEdits(text, finding.fixes[index].edits);
}

/** The text after the first fix of every finding (findings without a fix change nothing). */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  return applyEdits(text, findings.flatMap((f) => f.fixes[0]?.edits ?? []));
}
