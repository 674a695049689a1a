// --fix: applies safe fixes, one non-overlapping batch per pass, re-analysing until nothing
// changes (at most MAX_PASSES passes). Pure: text in, text out; writing is main.ts's job.

import { analyze, type FullAnalysis } from '../core/analyze';
import type { Config, Finding, TextEdit } from '../core/types';

export const MAX_PASSES = 5;

export interface FixOutcome {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** The analysis of the final text. */
  analysis: FullAnalysis;
}

/** The safe fixes of `findings` that can be applied together: no two touch the same text. */
export function selectSafeEdits(findings: Finding[], textLength: number): { edits: TextEdit[]; count: number } {
  const candidates: { start: number; end: number; edits: TextEdit[] }[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe && x.edits.length > 0);
    if (!fix) continue;
    const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let ok = true;
    for (let i = 0; i < edits.length; i++) {
      const e = edits[i];
      if (!(e.start >= 0 && e.end >= e.start && e.end <= textLength) || typeof e.newText !== 'string') ok = false;
      if (i > 0 && e.start < edits[i - 1].end) ok = false;
      if (i > 0 && e.start === edits[i - 1].start && e.start === e.end) ok = false;
    }
    if (!ok) continue;
    candidates.push({ start: edits[0].start, end: edits.reduce((m, e) => Math.max(m, e.end), 0), edits });
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: TextEdit[] = [];
  let count = 0;
  let lastEnd = -1;
  let lastStart = -1;
  for (const c of candidates) {
    // Strictly after the previous fix; two edits at one point (insertions) would be ambiguous.
    if (c.start < lastEnd || c.start === lastStart || (c.start === lastEnd && c.start === c.edits[0].end)) continue;
    chosen.push(...c.edits);
    count++;
    lastEnd = c.end;
    lastStart = c.start;
  }
  return { edits: chosen, count };
}

/** Applies sorted, non-overlapping edits. Linear in the text length. */
export function applyEdits(text: string, edits: readonly TextEdit[], lineEnding = '\n'): string {
  const parts: string[] = [];
  let last = 0;
  for (const e of edits) {
    parts.push(text.slice(last, e.start), lineEnding === '\n' ? e.newText : e.newText.replace(/\r?\n/g, lineEnding));
    last = e.end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** The file's line ending: CRLF when most of its line breaks are CRLF. */
export function dominantLineEnding(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

export function fixText(text: string, config: Partial<Config>): FixOutcome {
  const eol = dominantLineEnding(text);
  let current = text;
  let applied = 0;
  let analysis = analyze(current, config);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { edits, count } = selectSafeEdits(analysis.findings, current.length);
    if (count === 0) break;
    const next = applyEdits(current, edits, eol);
    if (next === current) break;
    current = next;
    applied += count;
    analysis = analyze(current, config);
  }
  return { text: current, applied, analysis };
}
