// The text under analysis, in two coordinate systems.
//
// Rules match on `nfc` (NFC-normalised, suppression comments blanked) because Vietnamese
// arrives as NFC, NFD or "Unicode tổ hợp"; findings must point into `original`, the text as
// the editor holds it. `toOriginal` maps an NFC offset back. When the text is already NFC
// (the common case) both views are the same string and the map is the identity.

import type { Span } from '../types';

export interface Line extends Span {
  /** 0-based line number. */
  index: number;
  /** The line's text without its line break (NFC view). */
  text: string;
}

/** A block of text between blank lines (NFC coordinates). */
export interface Paragraph extends Span {
  index: number;
  text: string;
  /** Index of the paragraph's first line. */
  firstLine: number;
  lastLine: number;
}

export interface TextDoc {
  original: string;
  nfc: string;
  lines: Line[];
  paragraphs: Paragraph[];
  /** Maps an offset of `nfc` to an offset of `original` (monotonic; end offsets map to ends). */
  toOriginal(nfcOffset: number): number;
  /** Maps an offset of `original` to the NFC offset of the same character. */
  toNfc(originalOffset: number): number;
  /** 0-based line of an NFC offset. */
  lineAt(nfcOffset: number): number;
}

/** Combining marks that the NFC view folds into the preceding character (by char code). */
function isCombiningCode(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

// General punctuation (U+2000–U+206F) that NFC leaves alone (all but the two quads).
const PUNCTUATION_STABLE = (() => {
  const t = new Uint8Array(0x70);
  for (let c = 0; c < 0x70; c++) {
    const ch = String.fromCharCode(0x2000 + c);
    t[c] = ch.normalize('NFC') === ch ? 1 : 0;
  }
  return t;
})();

/**
 * A character that NFC leaves unchanged and that never composes with what precedes it:
 * Latin below U+0300, precomposed Vietnamese, general punctuation (quotes, dashes, …).
 */
/** The next character that is neither below U+0300 nor a Vietnamese precomposed letter (all isStableAlone, none combining). */
const CHEAP_STABLE_END = /[^\u0000-\u02ff\u1ea0-\u1ef9]/g;

function isStableAlone(c: number): boolean {
  return c < 0x300 || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x2000 && c < 0x2070 && PUNCTUATION_STABLE[c - 0x2000] === 1);
}

// NFC of chunks seen before ("a" + U+0301 → "á"): normalising one chunk at a time is a runtime call each.
const CHUNK_NFC = new Map<string, string>();

function chunkNfc(chunk: string): string {
  let nfc = CHUNK_NFC.get(chunk);
  if (nfc === undefined) {
    nfc = chunk.normalize('NFC');
    if (CHUNK_NFC.size < 20_000) CHUNK_NFC.set(chunk, nfc);
  }
  return nfc;
}

/**
 * Builds the NFC view chunk by chunk (a base character plus its combining marks), so that each
 * NFC code unit can be traced to the chunk of the original it came from. Chunks that NFC cannot
 * change (a stable character with no mark after it) are copied in runs without normalising.
 */
/**
 * Offset maps between the original and the NFC view, stored as segments rather than one entry
 * per code unit: a segment is either a run of unchanged characters (offsets shift by a constant)
 * or one chunk that normalisation rewrote or that holds several code units (every offset inside
 * it maps to the chunk's start). Segments are in text order on both sides.
 */
interface OffsetMap {
  /** Segment starts in the original and in the NFC view. */
  orig: Int32Array;
  nfc: Int32Array;
  /** 1 for a chunk, 0 for a run. */
  chunk: Uint8Array;
  count: number;
  origLength: number;
  nfcLength: number;
}

/** Index of the last of the first `count` sorted `starts` that is ≤ offset (0 when none). */
function lastAtOrBefore(starts: Int32Array, count: number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function mapToOriginal(m: OffsetMap, o: number): number {
  if (o < 0) o = 0;
  if (o >= m.nfcLength) return m.origLength;
  if (!Number.isInteger(o)) return undefined as unknown as number; // as an array index would
  const k = lastAtOrBefore(m.nfc, m.count, o);
  return m.chunk[k] === 1 ? m.orig[k] : m.orig[k] + (o - m.nfc[k]);
}

function mapToNfc(m: OffsetMap, o: number): number {
  if (o < 0) o = 0;
  if (o >= m.origLength) return m.nfcLength;
  if (!Number.isInteger(o)) return undefined as unknown as number;
  const k = lastAtOrBefore(m.orig, m.count, o);
  return m.chunk[k] === 1 ? m.nfc[k] : m.nfc[k] + (o - m.orig[k]);
}

/**
 * Builds the NFC view chunk by chunk (a base character plus its combining marks), so that each
 * NFC code unit can be traced to the chunk of the original it came from. Chunks that NFC cannot
 * change (a stable character with no mark after it) are copied in runs without normalising.
 */
function normaliseWithMap(original: string): { nfc: string; map: OffsetMap | null } {
  const n = original.length;
  // Only stable characters with no mark after them (the common case): already NFC, no need to normalise.
  let firstUnstable = 0;
  while (firstUnstable < n) {
    // a regex scan skips the characters below U+0300 and the Vietnamese precomposed letters
    CHEAP_STABLE_END.lastIndex = firstUnstable;
    firstUnstable = CHEAP_STABLE_END.test(original) ? CHEAP_STABLE_END.lastIndex - 1 : n;
    if (firstUnstable < n && isStableAlone(original.charCodeAt(firstUnstable))) firstUnstable++;
    else break;
  }
  if (firstUnstable === n) return { nfc: original, map: null };
  // Otherwise chunk by chunk. A chunk that NFC changes makes the whole text change; when none
  // changes, the text may still not be NFC (a mark that composes across a chunk boundary).
  let changed = false;
  const parts: string[] = [];
  let capacity = 1024;
  let segOrig = new Int32Array(capacity);
  let segNfc = new Int32Array(capacity);
  let segChunk = new Uint8Array(capacity);
  let count = 0;
  const push = (orig: number, nfc: number, chunk: number): void => {
    if (count === capacity) {
      capacity *= 2;
      segOrig = grow(segOrig, capacity);
      segNfc = grow(segNfc, capacity);
      const c = new Uint8Array(capacity);
      c.set(segChunk);
      segChunk = c;
    }
    segOrig[count] = orig;
    segNfc[count] = nfc;
    segChunk[count] = chunk;
    count++;
  };
  let nfcLength = 0;
  let runStart = 0; // start of the pending run of unchanged characters (original offsets)
  let runNfcStart = 0;
  let i = 0;
  while (i < n) {
    // skip the characters below U+0300 and Vietnamese precomposed letters followed by more of
    // them (each would take the `continue` below), by a regex scan to the next other character
    CHEAP_STABLE_END.lastIndex = i;
    const k = CHEAP_STABLE_END.test(original) ? CHEAP_STABLE_END.lastIndex - 1 : n;
    if (k - 1 > i) i = k - 1;
    if (i >= n) break;
    const c = original.charCodeAt(i);
    if (isStableAlone(c) && (i + 1 >= n || !isCombiningCode(original.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    let j = i + 1;
    // keep surrogate pairs together
    if (j < n && c >= 0xd800 && c <= 0xdbff) j++;
    while (j < n && isCombiningCode(original.charCodeAt(j))) j++;
    const raw = original.slice(i, j);
    const chunk = chunkNfc(raw);
    if (chunk === raw) {
      // unchanged by NFC (one code unit, or a mark that composes with nothing): part of the run,
      // so every offset inside it maps one to one
      i = j;
      continue;
    }
    if (chunk !== raw) changed = true;
    if (runStart < i) {
      push(runStart, runNfcStart, 0);
      parts.push(original.slice(runStart, i));
    }
    nfcLength = runNfcStart + (i - runStart);
    push(i, nfcLength, 1);
    parts.push(chunk);
    nfcLength += chunk.length;
    runStart = j;
    runNfcStart = nfcLength;
    i = j;
  }
  if (!changed && original.normalize('NFC') === original) return { nfc: original, map: null };
  if (runStart < n) {
    push(runStart, runNfcStart, 0);
    parts.push(original.slice(runStart, n));
  }
  nfcLength = runNfcStart + (n - runStart);
  return { nfc: parts.join(''), map: { orig: segOrig, nfc: segNfc, chunk: segChunk, count, origLength: n, nfcLength } };
}

function grow(a: Int32Array, min: number) {
  const b = new Int32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

const LINE_BREAK = /[\r\n]/g;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  if (!text.includes('\r')) {
    // \n only (the usual case): indexOf finds each break without a regex call per line
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ index: index++, start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
    lines.push({ index, start, end: text.length, text: text.slice(start) });
    return lines;
  }
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.test(text)) {
    const i = LINE_BREAK.lastIndex - 1;
    // \r\n, \r or \n
    lines.push({ index: index++, start, end: i, text: text.slice(start, i) });
    start = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    LINE_BREAK.lastIndex = start;
  }
  lines.push({ index, start, end: text.length, text: text.slice(start) });
  return lines;
}

/** White space and line terminators: what \s matches and String.prototype.trim removes (one code unit). */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** text.trim() === '' without the trimmed copy. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Appends to `out` the paragraphs (runs of non-blank lines) of lines[from, to) of `text`, indexed from
 * out.length. A one-line paragraph shares its line's string (the same characters: keys hashed once
 * serve both); a longer one's is a slice of `text`, passed through `copy` when given
 * (core/incremental/textdoc-update: a copy that does not keep the whole text alive).
 */
export function appendParagraphs(text: string, lines: readonly Line[], from: number, to: number, out: Paragraph[], copy?: (s: string) => string): void {
  let first = -1;
  const close = (last: number): void => {
    const start = lines[first].start;
    const end = lines[last].end;
    const slice = first === last ? lines[first].text : text.slice(start, end);
    out.push({ index: out.length, start, end, text: copy && first !== last ? copy(slice) : slice, firstLine: first, lastLine: last });
    first = -1;
  };
  for (let i = from; i < to; i++) {
    if (isBlank(lines[i].text)) {
      if (first >= 0) close(i - 1);
    } else if (first < 0) {
      first = i;
    }
  }
  if (first >= 0) close(to - 1);
}

/** Index of the last element of sorted `starts` that is ≤ offset. */
export function bisect(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * @param original the editor's text
 * @param masked the same text with suppression comments blanked (same length), if any
 */
export function createTextDoc(original: string, masked: string = original): TextDoc {
  const { nfc, map } = normaliseWithMap(masked);
  const lines = splitLines(nfc);
  const paragraphs: Paragraph[] = [];
  appendParagraphs(nfc, lines, 0, lines.length, paragraphs);
  return assemble(original, nfc, map, lines, paragraphs);
}

/**
 * The TextDoc of a text that is its own NFC view (no suppression comment blanked, nothing NFC changes),
 * from its lines and paragraphs, as createTextDoc would split them (core/incremental/textdoc-update).
 */
export function textDocOfLines(text: string, lines: Line[], paragraphs: Paragraph[]): TextDoc {
  return assemble(text, text, null, lines, paragraphs);
}

function assemble(original: string, nfc: string, map: OffsetMap | null, lines: Line[], paragraphs: Paragraph[]): TextDoc {
  const lineStarts = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) lineStarts[i] = lines[i].start;
  const clamp = (n: number, max: number): number => (n < 0 ? 0 : n > max ? max : n);
  return {
    original,
    nfc,
    lines,
    paragraphs,
    toOriginal: map ? (o) => mapToOriginal(map, o) : (o) => clamp(o, original.length),
    toNfc: map ? (o) => mapToNfc(map, o) : (o) => clamp(o, nfc.length),
    lineAt: (o) => bisect(lineStarts, o),
  };
}
