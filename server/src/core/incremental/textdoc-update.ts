// The TextDoc of an edited text built from the previous version's lines and paragraphs, for the
// editor (core/incremental): the lines and paragraphs before the edit are the same objects, those
// after it are new objects with their offsets moved but the same strings, and only the lines and
// paragraphs the edit touched are split again. The result equals createTextDoc(text) (lines,
// paragraphs, offsets and characters; test/core/textdoc-update.test.ts).
//
// Why: a new TextDoc per edit of the 1 MB article allocated every line and paragraph again (objects
// that live through the whole analysis, so V8 promotes them at every edit), scanned the whole text for
// line breaks and for characters NFC could change, and gave every line and paragraph a new string,
// whose hash segmenting's memo and the kept paragraphs' map computed again. Kept strings keep theirs.
//
// Only the common case is handled (else undefined: the caller builds the TextDoc afresh): a text
// with no suppression comment, no carriage return, and NFC both before and after the edit (then the
// NFC view is the text itself and the offset maps are the identity). A text is NFC when each of its
// lines is (a line break never composes with what is next to it), so the lines the edit touched are
// the only ones checked.
//
// Memory: the strings of new lines and paragraphs are copies, not slices of the edited text, so that
// a line kept through many edits holds at most the text of the version it was first split from (the
// full build's), never one per edit in between.

import { appendParagraphs, textDocOfLines, type Line, type Paragraph, type TextDoc } from '../text/textdoc';

/** What the next update needs of a version: its text, lines and paragraphs. */
export interface DocShape {
  text: string;
  lines: readonly Line[];
  paragraphs: readonly Paragraph[];
}

/** Compared a chunk at a time (string equality of two slices: one native comparison each). */
const CHUNK = 4096;

/** Length of the common start of x and y. */
function commonPrefix(x: string, y: string): number {
  const max = Math.min(x.length, y.length);
  let p = 0;
  let step = CHUNK;
  while (p < max) {
    const e = Math.min(p + step, max);
    if (x.slice(p, e) === y.slice(p, e)) p = e;
    else if (e - p === 1) return p;
    else step = (e - p) >> 1; // the first difference is in [p, e): halve
  }
  return p;
}

/** Length of the common end of x and y, at most `max`. */
function commonSuffix(x: string, y: string, max: number): number {
  const xl = x.length;
  const yl = y.length;
  let s = 0;
  let step = CHUNK;
  while (s < max) {
    const e = Math.min(s + step, max);
    if (x.slice(xl - e, xl - s) === y.slice(yl - e, yl - s)) s = e;
    else if (e - s === 1) return s;
    else step = (e - s) >> 1;
  }
  return s;
}

/** The first of the lines (from `lo`) whose `key` is at least `value` (keys ascending), or lines.length. */
function firstLineFrom(lines: readonly Line[], lo: number, value: number, key: (line: Line) => number): number {
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(lines[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const END_AFTER_BREAK = (line: Line): number => line.end + 1;
const START = (line: Line): number => line.start;

/**
 * A copy of a string that is not a slice of (and so does not keep alive) the text it came from;
 * V8 makes a slice of 13 code units or more a view into its parent. Also the incremental room's.
 */
export function flat(s: string): string {
  return s.length > 12 ? (JSON.parse(JSON.stringify(s)) as string) : s;
}

/**
 * The TextDoc of `text` from the shape of the previous version (`prev`, whose text was NFC, had no
 * suppression comment and no carriage return), or undefined when this case does not apply. `masked`
 * is `text` with suppression comments blanked (analyze's): it must be `text` itself.
 */
export function updateTextDoc(prev: DocShape, text: string, masked: string): TextDoc | undefined {
  if (masked !== text || text.includes('\r')) return undefined;
  const old = prev.lines;
  const n = old.length;
  if (n === 0) return undefined;
  const delta = text.length - prev.text.length;
  const prefix = commonPrefix(prev.text, text);
  // lines before the edit: they and the line break after them lie in the common start (the last
  // line has no line break after it: never kept as it is)
  const a = Math.min(n - 1, firstLineFrom(old, 0, prefix + 1, END_AFTER_BREAK));
  // lines after it: they and the line break before them lie in the common end, and that line break
  // is not before the one that ends line a - 1 (in the edited text)
  const suffix = commonSuffix(prev.text, text, Math.min(prev.text.length, text.length));
  const prefixEnd = a > 0 ? old[a - 1].end : 0; // where the edited text's line break before line a is (or 0: from the second character)
  const b = firstLineFrom(old, Math.max(a, 1), Math.max(prev.text.length - suffix, prefixEnd - delta) + 1, START);
  // the lines in between, split again: [midStart, midEnd) of the new text
  const midStart = a > 0 ? old[a - 1].end + 1 : 0;
  const midEnd = b < n ? old[b].start + delta - 1 : text.length;
  const middle = midEnd >= midStart ? text.slice(midStart, midEnd) : undefined;
  if (middle !== undefined && middle.normalize('NFC') !== middle) return undefined;
  const lines: Line[] = new Array<Line>(a);
  for (let i = 0; i < a; i++) lines[i] = old[i];
  if (middle !== undefined) {
    let start = midStart;
    for (let i = text.indexOf('\n', start); i >= 0 && i < midEnd; i = text.indexOf('\n', start)) {
      lines.push({ index: lines.length, start, end: i, text: flat(text.slice(start, i)) });
      start = i + 1;
    }
    lines.push({ index: lines.length, start, end: midEnd, text: flat(text.slice(start, midEnd)) });
  }
  const lineShift = lines.length - b;
  for (let j = b; j < n; j++) {
    const line = old[j];
    lines.push({ index: j + lineShift, start: line.start + delta, end: line.end + delta, text: line.text });
  }
  return textDocOfLines(text, lines, updateParagraphs(prev.paragraphs, lines, a, b, lineShift, delta, text));
}

/**
 * The paragraphs of the new lines: the previous version's that end before line a's blank line, as they
 * are; those that start after a blank line at or after old line b, moved; the rest split again as
 * createTextDoc splits (a paragraph is a run of non-blank lines).
 */
function updateParagraphs(old: readonly Paragraph[], lines: readonly Line[], a: number, b: number, lineShift: number, delta: number, text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // kept as they are: closed by a blank line before line a (that line and all before it unchanged)
  let k = 0;
  while (k < old.length && old[k].lastLine + 1 < a) paragraphs.push(old[k++]);
  // kept, moved: opened after a blank line at or after old line b
  let s = old.length;
  while (s > k && old[s - 1].firstLine - 1 >= b) s--;
  const from = k > 0 ? old[k - 1].lastLine + 1 : 0;
  const to = s < old.length ? old[s].firstLine + lineShift : lines.length; // new lines [from, to) split again
  appendParagraphs(text, lines, from, to, paragraphs, flat);
  const indexShift = paragraphs.length - s;
  for (let j = s; j < old.length; j++) {
    const p = old[j];
    paragraphs.push({ index: j + indexShift, start: p.start + delta, end: p.end + delta, text: p.text, firstLine: p.firstLine + lineShift, lastLine: p.lastLine + lineShift });
  }
  return paragraphs;
}
