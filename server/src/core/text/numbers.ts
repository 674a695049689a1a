// Vietnamese number reading and small clause helpers shared by the number facts.
// Vietnamese writes a dot for thousands and a comma for decimals: "32.695", "1.174,45", "88,94".
// Pure and total: functions return undefined instead of throwing.

import { WORD_CLASS_LIMIT, WORD_CLASSES } from './char-tables';
/** Source of a Vietnamese number token (no sign): "1.174,45", "24.000", "88,94", "05". */
export const VI_NUMBER_SOURCE = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

/** A number as an exact integer scaled by 1000 (3 decimals, rounded half up), or undefined. */
export function parseViMilli(token: string): number | undefined {
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(token);
  if (!m) return undefined;
  const intDigits = m[1].replace(/\./g, '');
  if (intDigits.length > 12) return undefined;
  const frac = m[2] ?? '';
  let milli = Number(intDigits) * 1000;
  if (frac.length > 0) {
    const head = (frac + '000').slice(0, 3);
    milli += Number(head);
    if (frac.length > 3 && frac.charCodeAt(3) >= 0x35) milli += 1;
  }
  return Number.isFinite(milli) ? milli : undefined;
}

/** Parses a Vietnamese number ("1.174,45" → 1174.45); undefined when it is not one. */
export function parseViNumber(token: string): number | undefined {
  const milli = parseViMilli(token);
  return milli === undefined ? undefined : milli / 1000;
}

/** Formats an exact ×1000 value the Vietnamese way (dot thousands, comma decimals). */
export function formatViMilli(milli: number): string {
  const negative = milli < 0;
  const abs = Math.abs(Math.round(milli));
  const int = Math.floor(abs / 1000);
  let frac = String(abs % 1000).padStart(3, '0').replace(/0+$/, '');
  const intText = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (negative ? '-' : '') + intText + (frac ? ',' + frac : '');
}

/** Cardinal number words, lower case ("tư" as in "thứ tư"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** Ordinal words after "thứ" ("thứ nhất" → 1, "thứ tư" → 4). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhất: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True when the character at i is a clause boundary (not a thousands dot / decimal comma). */
export function isClauseBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3b /* ; */ || c === 0x3a /* : */ || c === 0x0a || c === 0x0d || c === 0x28 /* ( */) return true;
  if (c === 0x2c /* , */ || c === 0x2e /* . */ || c === 0x21 || c === 0x3f) {
    if (c === 0x2c || c === 0x2e) {
      if (i > 0 && i + 1 < text.length && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return false;
    }
    return true;
  }
  return false;
}

/** True when the character at i ends a sentence ('.', '!', '?', line break; not inside a number). */
export function isSentenceBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x0d || c === 0x21 || c === 0x3f) return true;
  if (c === 0x2e) {
    if (i > 0 && i + 1 < text.length && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return false;
    return true;
  }
  return false;
}

/** Offset of the next clause boundary at or after `from` (or `limit`). */
export function clauseEnd(text: string, from: number, limit = text.length): number {
  const max = Math.min(limit, text.length);
  for (let i = from; i < max; i++) if (isClauseBoundary(text, i)) return i;
  return max;
}

/** Offset just after the previous clause boundary before `from` (or `floor`). */
export function clauseStart(text: string, from: number, floor = 0): number {
  for (let i = from - 1; i >= floor; i--) if (isClauseBoundary(text, i)) return i + 1;
  return Math.max(0, floor);
}

/** Offset just after the previous sentence boundary before `from` (or `floor`). */
export function sentenceStart(text: string, from: number, floor = 0): number {
  for (let i = from - 1; i >= floor; i--) if (isSentenceBoundary(text, i)) return i + 1;
  return Math.max(0, floor);
}

/** Offset of the next sentence boundary at or after `from` (or `limit`). */
export function sentenceEnd(text: string, from: number, limit = text.length): number {
  const max = Math.min(limit, text.length);
  for (let i = from; i < max; i++) if (isSentenceBoundary(text, i)) return i;
  return max;
}

/** Index of the paragraph containing `offset` among sorted paragraph spans, or -1. */
export function paragraphIndexAt(paragraphs: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Lower case with the same length and offsets as the input (characters whose lower case is longer are kept). */
export function lowerSameLength(text: string): string {
  const low = text.toLowerCase();
  if (low.length === text.length) return low;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const WORD_CHAR_RE = /(?:\p{L}|\p{M}|\p{N})/u;
const LETTER_CHAR_RE = /(?:\p{L}|\p{M})/u;

/** The two classes of one code unit (bit 1: WORD_CHAR_RE, bit 2: LETTER_CHAR_RE). */
export function wordClassSlow(c: number): number {
  const ch = String.fromCharCode(c);
  return (WORD_CHAR_RE.test(ch) ? 1 : 0) | (LETTER_CHAR_RE.test(ch) ? 2 : 0);
}

// wordClassSlow tabled below U+2000, precomputed in char-tables.ts (checked by test/core/char-tables.test.ts).
const CLASS_LIMIT = WORD_CLASS_LIMIT;
const CLASSES = WORD_CLASSES;

/** True when text[i] is a letter, mark or digit (false outside the string). */
export function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < CLASS_LIMIT && (i | 0) === i ? (CLASSES[c] & 1) !== 0 : WORD_CHAR_RE.test(text[i]);
}

/** True when text[i] is a letter or combining mark (false outside the string). */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < CLASS_LIMIT && (i | 0) === i ? (CLASSES[c] & 2) !== 0 : LETTER_CHAR_RE.test(text[i]);
}

const SENTENCE_CHARS = new Uint8Array(128);
for (const ch of '.!?\r\n') SENTENCE_CHARS[ch.charCodeAt(0)] = 1;
const CLAUSE_CHARS = new Uint8Array(128);
for (const ch of '.,;:!?(\r\n') CLAUSE_CHARS[ch.charCodeAt(0)] = 1;

/**
 * Finds boundaries around offsets that only move forward. Each character is examined at most
 * once per direction while queries move forward, and at most `window` characters per query, so
 * the number extractors stay linear on long texts, with or without punctuation.
 */
export class BoundaryCursor {
  private readonly chars: Uint8Array;
  /** [0, backTo) was scanned; `lastAfter` is just after its last boundary (-1 none). */
  private backTo = 0;
  private lastAfter = -1;
  /** Forward state: [fwdFrom, fwdTo) was scanned; `fwdFound` is its first boundary, or -1. */
  private fwdFrom = 0;
  private fwdTo = 0;
  private fwdFound = -1;

  constructor(
    private readonly text: string,
    private readonly isBoundary: (text: string, i: number) => boolean,
  ) {
    this.chars = isBoundary === isSentenceBoundary ? SENTENCE_CHARS : CLAUSE_CHARS;
  }

  private at(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return c < 128 && this.chars[c] === 1 && this.isBoundary(this.text, i);
  }

  /** Offset just after the last boundary before `offset`, at least `floor` (floors must not decrease). */
  startOf(offset: number, floor: number): number {
    const low = Math.max(0, floor);
    if (offset < this.backTo) {
      for (let i = offset - 1; i >= low; i--) if (this.at(i)) return i + 1;
      return low;
    }
    const text = this.text;
    const chars = this.chars;
    // floors only move forward, so nothing below `low` matters again
    let from = this.backTo;
    if (from < low) {
      from = low;
      this.lastAfter = -1;
    }
    for (let i = from; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 && chars[c] === 1 && this.isBoundary(text, i)) this.lastAfter = i + 1;
    }
    this.backTo = offset;
    return Math.max(this.lastAfter, low);
  }

  /** Offset of the first boundary at or after `offset`, at most `limit`. */
  endOf(offset: number, limit: number): number {
    const max = Math.min(limit, this.text.length);
    if (offset >= this.fwdFrom && offset <= this.fwdTo) {
      if (this.fwdFound >= offset) return Math.min(this.fwdFound, max);
      if (this.fwdFound < 0) {
        for (let i = this.fwdTo; i < max; i++) {
          if (this.at(i)) {
            this.fwdTo = i + 1;
            this.fwdFound = i;
            return i;
          }
        }
        if (max > this.fwdTo) this.fwdTo = max;
        return max;
      }
    }
    for (let i = offset; i < max; i++) {
      if (this.at(i)) {
        this.fwdFrom = offset;
        this.fwdTo = i + 1;
        this.fwdFound = i;
        return i;
      }
    }
    this.fwdFrom = offset;
    this.fwdTo = Math.max(offset, max);
    this.fwdFound = -1;
    return max;
  }
}

/**
 * The match a global scan of `text` from `from` with `sticky`'s pattern finds, trying only the
 * positions just before each `mark` character. `sticky` (flag y) must be a pattern whose every
 * match holds exactly one `mark`, preceded only by the number characters 0-9 . , (and, when
 * `space`, one optional space or no-break space right before the mark): then every match starts
 * in the run of number characters before its mark, and the first mark with a match has the
 * leftmost one.
 */
export function execBeforeMark(sticky: RegExp, text: string, from: number, mark: string, space: boolean): RegExpExecArray | null {
  for (let q = text.indexOf(mark, from); q >= 0; q = text.indexOf(mark, q + 1)) {
    let w = q;
    if (space && w > 0) {
      const c = text.charCodeAt(w - 1);
      if (c === 0x20 || c === 0xa0) w--;
    }
    for (let c = text.charCodeAt(w - 1); w > 0 && ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c); c = text.charCodeAt(w - 1)) w--;
    for (let s = w > from ? w : from; s < q; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
  }
  return null;
}

/** Cheap test for a word character code (Latin letters incl. Vietnamese, digits, combining marks). */
export function isWordCode(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c >= 0x30 && c <= 0x39) return true;
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, dashes, symbols
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe00 && c <= 0xff0f) return false;
  return true;
}

/**
 * The words right before `to`, nearest first, lower case: only whitespace may separate them
 * (any punctuation stops the walk). At most `k` words, not before `floor`.
 */
export function wordsBefore(text: string, to: number, k: number, floor = 0): string[] {
  const words: string[] = [];
  let i = to - 1;
  while (words.length < k && i >= floor) {
    let c = text.charCodeAt(i);
    while (i >= floor && (c === 0x20 || c === 0x09 || c === 0xa0)) c = text.charCodeAt(--i);
    if (i < floor || !isWordCode(c)) break;
    const end = i + 1;
    while (i >= floor && isWordCode(text.charCodeAt(i))) i--;
    words.push(text.slice(i + 1, end).toLowerCase());
  }
  return words;
}

/** Drops leading hedge words ("trên", "hơn", "khoảng", …) from a nearest-first word list. */
export function skipWords(words: readonly string[], skip: ReadonlySet<string>): string[] {
  let n = 0;
  while (n < words.length && skip.has(words[n])) n++;
  return n === 0 ? (words as string[]) : words.slice(n);
}

/**
 * Whether `text` has `digits` ASCII digits in a row right after `after` (a single character):
 * a quick test before a regex that needs them, found with indexOf instead of a regex pass over a
 * long text ("/32023" before date-invalid's glued dates).
 */
export function hasDigitsAfter(text: string, after: string, digits: number): boolean {
  for (let i = text.indexOf(after); i >= 0; i = text.indexOf(after, i + 1)) {
    let k = i + 1;
    while (k < text.length && k - i <= digits) {
      const c = text.charCodeAt(k);
      if (c < 0x30 || c > 0x39) break;
      k++;
    }
    if (k - i > digits) return true;
  }
  return false;
}
