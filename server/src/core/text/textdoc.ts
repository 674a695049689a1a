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
function normaliseWithMap(original: string): { nfc: string; nfcToOrig: Int32Array | null; origToNfc: Int32Array | null } {
  const n = original.length;
  // Only stable characters with no mark after them (the common case): already NFC, no need to normalise.
  let allStable = true;
  for (let i = 0; i < n && allStable; i++) allStable = isStableAlone(original.charCodeAt(i));
  if (allStable) return { nfc: original, nfcToOrig: null, origToNfc: null };
  // Otherwise chunk by chunk. A chunk that NFC changes makes the whole text change; when none
  // changes, the text may still not be NFC (a mark that composes across a chunk boundary).
  let changed = false;
  const parts: string[] = [];
  let nfcToOrig = new Int32Array(n + 16);
  const origToNfc = new Int32Array(n + 1);
  let nfcLength = 0;
  let runStart = 0; // start of the pending run of unchanged chunks
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (isStableAlone(c) && (i + 1 >= n || !isCombiningCode(original.charCodeAt(i + 1)))) {
      if (nfcLength >= nfcToOrig.length) nfcToOrig = grow(nfcToOrig, nfcLength + 1);
      nfcToOrig[nfcLength] = i;
      origToNfc[i] = nfcLength;
      nfcLength++;
      i++;
      continue;
    }
    let j = i + 1;
    // keep surrogate pairs together
    if (j < n && c >= 0xd800 && c <= 0xdbff) j++;
    while (j < n && isCombiningCode(original.charCodeAt(j))) j++;
    const raw = original.slice(i, j);
    const chunk = chunkNfc(raw);
    if (chunk !== raw) changed = true;
    if (runStart < i) parts.push(original.slice(runStart, i));
    parts.push(chunk);
    runStart = j;
    if (nfcLength + chunk.length >= nfcToOrig.length) nfcToOrig = grow(nfcToOrig, nfcLength + chunk.length + 1);
    for (let k = 0; k < chunk.length; k++) nfcToOrig[nfcLength + k] = i;
    for (let k = i; k < j; k++) origToNfc[k] = nfcLength;
    nfcLength += chunk.length;
    i = j;
  }
  if (!changed && original.normalize('NFC') === original) return { nfc: original, nfcToOrig: null, origToNfc: null };
  if (runStart < n) parts.push(original.slice(runStart, n));
  if (nfcLength >= nfcToOrig.length) nfcToOrig = grow(nfcToOrig, nfcLength + 1);
  nfcToOrig[nfcLength] = n;
  origToNfc[n] = nfcLength;
  return { nfc: parts.join(''), nfcToOrig: nfcToOrig.subarray(0, nfcLength + 1), origToNfc };
}

function grow(a: Int32Array, min: number) {
  const b = new Int32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    // \r\n, \r or \n
    lines.push({ index: index++, start, end: i, text: text.slice(start, i) });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ index, start, end: text.length, text: text.slice(start) });
  return lines;
}

function splitParagraphs(text: string, lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let first = -1;
  const close = (last: number): void => {
    const start = lines[first].start;
    const end = lines[last].end;
    paragraphs.push({ index: paragraphs.length, start, end, text: text.slice(start, end), firstLine: first, lastLine: last });
    first = -1;
  };
  for (const line of lines) {
    const blank = line.text.trim() === '';
    if (blank) {
      if (first >= 0) close(line.index - 1);
    } else if (first < 0) {
      first = line.index;
    }
  }
  if (first >= 0) close(lines.length - 1);
  return paragraphs;
}

/** Index of the last element of sorted `starts` that is ≤ offset. */
function bisect(starts: ArrayLike<number>, offset: number): number {
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
  const { nfc, nfcToOrig, origToNfc } = normaliseWithMap(masked);
  const lines = splitLines(nfc);
  const paragraphs = splitParagraphs(nfc, lines);
  const lineStarts = Int32Array.from(lines.map((l) => l.start));
  const clamp = (n: number, max: number): number => (n < 0 ? 0 : n > max ? max : n);
  return {
    original,
    nfc,
    lines,
    paragraphs,
    toOriginal: nfcToOrig ? (o) => nfcToOrig[clamp(o, nfc.length)] : (o) => clamp(o, original.length),
    toNfc: origToNfc ? (o) => origToNfc[clamp(o, original.length)] : (o) => clamp(o, nfc.length),
    lineAt: (o) => bisect(lineStarts, o),
  };
}
