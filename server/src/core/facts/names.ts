// People and place names of the article, and the helpers name-inconsistent needs to compare them.
//
// A name is a run of capitalised syllables separated by single spaces:
//  - a person: starts with a Vietnamese surname and has ≥3 syllables, or ≥2 after "đồng chí" / "đ/c";
//  - a place: ≥2 syllables after a place noun ("xã Cao Sơn", "thôn Nà Vạc", "chợ Đồng Tâm").
// ALL-CAPS words (headlines) are not names. Offsets are NFC. Linear in the text; total.

import { BASE_LETTERS, NAME_CASE_LIMIT, NAME_CASES, NAME_LETTER_LIMIT, NAME_LETTERS, TONED_LETTERS } from '../text/char-tables';
import { hashSpan, SpanCache } from '../text/span-cache';
import type { TextDoc } from '../text/textdoc';

export interface NameMention {
  text: string;
  start: number;
  end: number;
  kind: 'person' | 'place';
}

export const SURNAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Đoàn Vương Trịnh Trương ' +
    'Mai Cao Lâm Lương Hà Tạ Tô Chu Châu Lục Ma Nông Lò Lường Cầm Bế Bàn Hứa Triệu Mạc Lăng Lưu Quách Thái Tăng ' +
    'Khổng Vi Đàm Lại Phùng Kiều Quan Lã La Hầu Sầm Thân Tống Từ Giáp Doãn Mẫn Nghiêm Ninh Thạch Đồng Phương ' +
    'Diệp Âu Kim Tiêu Viên Khúc Lạc Ông Vàng Giàng Sùng Thào Mùa Hờ Lầu Chẩu Dư Bạch Quàng Điêu Hoàng Khương ' +
    'Lạng Lục Mông Nịnh Nhan Ôn Phí Quản Sơn Thều Thiều Trình Ứng Văn Vy Hứa Hà Lộc Nìm Chảo Tẩn Lù Giang ' +
    'Cù Mã Trịnh Mạch Âu Triệu Lô Lỳ Bàng Hán Yên Đèo Cà Lưu Tòng Xa Lự'
  ).split(' '),
);

const PERSON_CUE = /(?:^|[^\p{L}])(?:đồng chí|Đồng chí|đ\/c|Đ\/c|Đ\/C|ông|Ông|bà|Bà|anh|Anh|chị|Chị)[ \u00a0]+$/u;
const PLACE_CUE =
  /(?:^|[^\p{L}])(?:xã|Xã|phường|Phường|đặc khu|Đặc khu|thị trấn|Thị trấn|huyện|Huyện|tỉnh|Tỉnh|thành phố|Thành phố|quận|Quận|thôn|Thôn|bản|Bản|xóm|Xóm|làng|Làng|khu|Khu|tổ dân phố|Tổ dân phố|chợ|Chợ|suối|Suối|sông|Sông|núi|Núi|đường|phố|cầu|hồ|đèo|xứ)[ \u00a0]+$/u;

// Capitalised words that end or start a run without being part of the name (titles, sentence words).
const NOT_NAME = new Set([
  'Bí', 'Phó', 'Chủ', 'Ủy', 'Uỷ', 'Trưởng', 'Chánh', 'Tổ', 'Huyện', 'Tỉnh', 'Đảng', 'Giám', 'Hiệu',
  'Kết', 'Phát', 'Khai', 'Tại', 'Về', 'Và', 'Ban', 'Tới', 'Dự', 'Theo', 'Chi', 'Xã', 'Phường', 'Thị',
  'Thôn', 'Phòng', 'Tham', 'Nguồn', 'Tin', 'Ảnh', 'Bài', 'Tác', 'Chiều', 'Sáng',
  'Tối', 'Ngày', 'Năm', 'Tháng', 'Đại', 'Nghị', 'Chỉ', 'Ủy', 'Thường', 'Cùng', 'Sau', 'Trong',
]);

const OTHER_LETTER = /(?:\p{L}|\p{M})/u;

// Case of one UTF-16 unit, as `ch !== ch.toLowerCase()` / `ch !== ch.toUpperCase()` say, tabled
// below U+2000 (bit 1: upper, bit 2: lower) so scans need no per-character strings; precomputed in
// text/char-tables.ts (test/core/char-tables.test.ts checks it against that definition).
const CASE_LIMIT = NAME_CASE_LIMIT;
const CASE = NAME_CASES;

function isUpperCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < CASE_LIMIT) return (CASE[c] & 1) !== 0;
  if (Number.isNaN(c)) return false;
  const ch = text[i];
  return ch !== ch.toLowerCase();
}

function isLowerCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < CASE_LIMIT) return (CASE[c] & 2) !== 0;
  if (Number.isNaN(c)) return false;
  const ch = text[i];
  return ch !== ch.toUpperCase();
}

/** Where a name word may start: A–Z and the upper-case letters of U+00C0–U+1EF9. */
function isNameInitial(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x1ef9 && (CASE[c] & 1) !== 0);
}

/** Letter test on one UTF-16 unit: Latin with Vietnamese letters and combining marks; others via regex. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < LETTER_LIMIT ? LETTERS[c] === 1 : isLetterAtSlow(text, i);
}

export function isLetterAtSlow(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c < 0xc0 || Number.isNaN(c)) return c === 0xaa || c === 0xb5 || c === 0xba;
  return OTHER_LETTER.test(text[i]);
}

// isLetterAtSlow tabled below U+2000 (precomputed in text/char-tables.ts)
const LETTER_LIMIT = NAME_LETTER_LIMIT;
const LETTERS = NAME_LETTERS;

function wordEnd(text: string, i: number): number {
  while (i < text.length && isLetterAt(text, i)) i++;
  return i;
}

export const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 0xa0;
};

/** A word; `merged` when a split word ("L ê") was joined. */
export interface Token {
  start: number;
  end: number;
  text: string;
  merged: boolean;
}

export function isCapitalised(w: string): boolean {
  if (w.length === 0 || !isUpperCode(w, 0)) return false;
  for (let i = 1; i < w.length; i++) if (isUpperCode(w, i)) return false;
  return true;
}

function isAllCaps(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/**
 * Reads the word starting at `i`. A single capital letter followed by one space and a short
 * lower-case word ("L ê") is read as one merged word, so split names can be matched.
 */
export function readWord(text: string, i: number): Token | undefined {
  const e = wordEnd(text, i);
  if (e === i) return undefined;
  if (e - i === 1 && isUpperCode(text, i) && isSpaceAt(text, e) && e + 1 < text.length && isLetterAt(text, e + 1) && isLowerCode(text, e + 1)) {
    const e2 = wordEnd(text, e + 1);
    if (e2 - (e + 1) <= 6) return { start: i, end: e2, text: text[i] + text.slice(e + 1, e2), merged: true };
  }
  return { start: i, end: e, text: text.slice(i, e), merged: false };
}

/** The word after `tok` when exactly one space separates them. */
export function nextWord(text: string, tok: Token): Token | undefined {
  if (!isSpaceAt(text, tok.end)) return undefined;
  return readWord(text, tok.end + 1);
}

/**
 * Calls `visit` with the first word of every word that starts with a capital letter (in text order).
 * `visit` returns the offset to continue scanning from.
 */
export function forEachCapitalWord(text: string, visit: (tok: Token) => number): void {
  forEachCapitalStart(text, (i) => {
    const tok = readWord(text, i);
    return tok ? visit(tok) : i + 1;
  });
}

let startsText: string | null = null;
interface CapitalStarts {
  count: number;
  start: Int32Array;
  /** End of the word's letters. */
  end: Int32Array;
  /** 1 when the word is Capitalised (isCapitalisedAt). */
  capitalised: Uint8Array;
}
let startsCache: CapitalStarts = { count: 0, start: new Int32Array(0), end: new Int32Array(0), capitalised: new Uint8Array(0) };

/** Words that start with a capital letter (no letter before it), in text order; cached for the last text. */
function capitalStarts(text: string): CapitalStarts {
  if (text === startsText) return startsCache;
  // about one capital start per 12–16 code units of Vietnamese news text: sized once for most texts
  let capacity = Math.max(1024, text.length >> 4);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let caps = new Uint8Array(capacity);
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isNameInitial(text.charCodeAt(i)) || (i > 0 && isLetterAt(text, i - 1))) continue;
    if (count === capacity) {
      capacity *= 2;
      const s2 = new Int32Array(capacity);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(capacity);
      e2.set(ends);
      ends = e2;
      const c2 = new Uint8Array(capacity);
      c2.set(caps);
      caps = c2;
    }
    const e = wordEnd(text, i);
    starts[count] = i;
    ends[count] = e;
    caps[count] = e > i && isCapitalisedAt(text, i, e) ? 1 : 0;
    count++;
    // no word starts inside this one (its letters follow a letter)
    if (e > i) i = e - 1;
  }
  startsText = text;
  startsCache = { count, start: starts, end: ends, capitalised: caps };
  return startsCache;
}

/**
 * Calls `visit` with the start of every word that starts with a capital letter (in text order),
 * with the end of its letters and whether it is Capitalised, skipping those before the offset
 * `visit` returns (as forEachCapitalWord, without building tokens).
 */
export function forEachCapitalStart(text: string, visit: (start: number, end: number, capitalised: boolean) => number): void {
  const c = capitalStarts(text);
  let next = 0;
  for (let k = 0; k < c.count; k++) {
    const i = c.start[k];
    if (i < next) continue;
    const r = visit(i, c.end[k], c.capitalised[k] === 1);
    next = r > i ? r : i + 1;
  }
}

/**
 * forEachCapitalStart over the words starting in [from, to) only, read from the characters (no
 * whole-text table): a word at `from` counts as having no letter before it. Inside a paragraph (the
 * character before it is a line break) it visits what forEachCapitalStart visits there.
 */
export function forEachCapitalStartIn(text: string, from: number, to: number, visit: (start: number, end: number, capitalised: boolean) => number): void {
  for (let i = from; i < to; i++) {
    if (!isNameInitial(text.charCodeAt(i)) || (i > from && isLetterAt(text, i - 1))) continue;
    const e = wordEnd(text, i);
    const r = visit(i, e, e > i && isCapitalisedAt(text, i, e));
    // no word starts inside this one (its letters follow a letter)
    const next = r > i ? r : i + 1;
    i = Math.max(next, e) - 1;
  }
}

/** End of the letters from `i`. */
export function lettersEnd(text: string, i: number): number {
  return wordEnd(text, i);
}

/** isCapitalised(text.slice(start, end)) without the slice (end > start). */
export function isCapitalisedAt(text: string, start: number, end: number): boolean {
  if (!isUpperCode(text, start)) return false;
  for (let i = start + 1; i < end; i++) if (isUpperCode(text, i)) return false;
  return true;
}

/** Whether the code unit at `i` is an upper-case letter (as ch !== ch.toLowerCase()). */
export function isUpperAt(text: string, i: number): boolean {
  return isUpperCode(text, i);
}

const SPAN_SKELETONS = new SpanCache<string>(100_000);

/** skeleton(text.slice(start, end)), cached by span. */
export function skeletonAt(text: string, start: number, end: number): string {
  const hash = hashSpan(text, start, end);
  let sk = SPAN_SKELETONS.get(text, start, end, hash);
  if (sk === undefined) {
    const word = text.slice(start, end);
    sk = skeleton(word);
    SPAN_SKELETONS.set(word, hash, sk);
  }
  return sk;
}

/**
 * The word readWord would read at `i` when it is a plain (not merged) word: its end, else -1
 * (no letters, or a merged split word such as "L ê").
 */
function plainWordEnd(text: string, i: number): number {
  const e = wordEnd(text, i);
  if (e === i) return -1;
  if (e - i === 1 && isUpperCode(text, i) && isSpaceAt(text, e) && e + 1 < text.length && isLetterAt(text, e + 1) && isLowerCode(text, e + 1)) {
    if (wordEnd(text, e + 1) - (e + 1) <= 6) return -1;
  }
  return e;
}

// The words of a run of capitalised words (namesOf), by offsets: a run has at most 8.
const RUN_STARTS = new Int32Array(8);
const RUN_ENDS = new Int32Array(8);

/** People and place names of the text (NFC), every mention, in text order. */
export function namesOf(text: string): NameMention[] {
  const names: NameMention[] = [];
  forEachName(text, (start, end, kind) => names.push({ text: text.slice(start, end), start, end, kind }));
  return names;
}

/** Calls `visit` with every mention of a person's or place's name (namesOf without building the list). */
export function forEachName(text: string, visit: NameVisit): void {
  forEachCapitalStart(text, nameVisitor(text, 0, visit));
}

/**
 * namesOf(text) restricted to the paragraph [from, to) (NFC offsets; core/incremental keeps them per
 * paragraph): the same mentions as namesOf finds there. The cue before a name ("ông", "xã") must end
 * right before it on its line, and the character before a paragraph is a line break (a non-letter,
 * as the start of namesOf's 16-character window is), so the window is clipped to the paragraph.
 */
export function namesIn(text: string, from: number, to: number): NameMention[] {
  const names: NameMention[] = [];
  forEachCapitalStartIn(text, from, to, nameVisitor(text, from, (start, end, kind) => names.push({ text: text.slice(start, end), start, end, kind })));
  return names;
}

type NameVisit = (start: number, end: number, kind: NameMention['kind']) => void;

/** namesOf's reading of one capital word: visits the name it starts, if any; returns where to go on. */
function nameVisitor(text: string, floor: number, visit: NameVisit): (i: number, e: number, capitalised: boolean) => number {
  return (i, e, capitalised) => {
    // most capital words are not followed by another one: settle them without reading words
    if (e - i > 1) {
      if (!capitalised) return e;
      if (!isSpaceAt(text, e) || !isUpperCode(text, e + 1)) return e;
    }
    const firstEnd = plainWordEnd(text, i);
    if (firstEnd < 0) return e > i ? readWord(text, i)!.end : i + 1;
    if (!isCapitalisedAt(text, i, firstEnd)) return firstEnd;
    // the run: words separated by one space, each a plain Capitalised word (as nextWord reads them)
    RUN_STARTS[0] = i;
    RUN_ENDS[0] = firstEnd;
    let count = 1;
    while (count < 8 && isSpaceAt(text, RUN_ENDS[count - 1])) {
      const s = RUN_ENDS[count - 1] + 1;
      const end = plainWordEnd(text, s);
      if (end < 0 || !isCapitalisedAt(text, s, end)) break;
      RUN_STARTS[count] = s;
      RUN_ENDS[count] = end;
      count++;
    }
    const runEnd = RUN_ENDS[count - 1];
    const word = (k: number): string => text.slice(RUN_STARTS[k], RUN_ENDS[k]);
    let a = 0;
    let b = count - 1;
    while (b > a && NOT_NAME.has(word(b))) b--;
    while (a < b && NOT_NAME.has(word(a)) && !SURNAMES.has(word(a))) a++;
    const size = b - a + 1;
    if (size >= 2 && size <= 5) {
      const start = RUN_STARTS[a];
      const end = RUN_ENDS[b];
      const first = word(a);
      const before = text.slice(Math.max(floor, start - 16), start);
      let kind: NameMention['kind'] | undefined;
      if (SURNAMES.has(first) && (size >= 3 || PERSON_CUE.test(before))) kind = 'person';
      else if (size <= 3 && PLACE_CUE.test(before)) kind = 'place';
      if (kind && !isAllCaps(first)) visit(start, end, kind);
    }
    return runEnd;
  };
}

/** People and place names mentioned in the article, in text order (every mention). */
export function extractNames(doc: TextDoc): NameMention[] {
  return namesOf(doc.nfc);
}

// Precomposed Latin letters (U+00C0–U+1EF9) → base letter (NFD without marks), precomputed in
// text/char-tables.ts.
const BASE = new Map<number, string>();
for (let i = 0; i < BASE_LETTERS.length; i += 2) BASE.set(BASE_LETTERS.charCodeAt(i), BASE_LETTERS[i + 1]);
BASE.set(0x111, 'd');
BASE.set(0x110, 'D');

/** Letters without any diacritic, lower case, đ → d: "Lường" → "luong". Expects NFC. */
export function skeleton(word: string): string {
  let cached = SKELETONS.get(word);
  if (cached === undefined) {
    cached = computeSkeleton(word);
    if (SKELETONS.size < 100_000) SKELETONS.set(word, cached);
  }
  return cached;
}

const SKELETONS = new Map<string, string>();

function computeSkeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) out += word[i];
    else if (c >= 0x300 && c <= 0x36f) continue;
    else out += BASE.get(c) ?? word[i];
  }
  return out.toLowerCase();
}

// Precomposed letters → [letter without tone mark, tone mark]: "ắ" → ["ă", "\u0301"] (precomputed in
// text/char-tables.ts: each entry is the letter, the rest, then the tone mark).
const TONED = new Map<number, [string, string]>();
for (const e of TONED_LETTERS) TONED.set(e.charCodeAt(0), [e.slice(1, -1), e.slice(-1)]);

/**
 * A syllable's letters and tone, independent of where the tone mark sits (old "hòa" and new
 * "hoà" agree), lower case: "Thắng" → "thăng|\u0301". Expects NFC.
 */
export function syllableSignature(word: string): string {
  let tone = '';
  let base = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const toned = c >= 0xc0 ? TONED.get(c) : undefined;
    if (toned) {
      base += toned[0];
      tone = toned[1];
    } else if (c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323) {
      tone = word[i];
    } else {
      base += word[i];
    }
  }
  return base.toLowerCase() + '|' + tone;
}
