// Vietnamese number reading and small clause helpers shared by the number facts.
// Vietnamese writes a dot for thousands and a comma for decimals: "32.695", "1.174,45", "88,94".
// Pure and total: functions return undefined instead of throwing.

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
