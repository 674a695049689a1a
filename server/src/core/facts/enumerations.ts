// Announced counts ("8 nhóm nhiệm vụ và giải pháp", "04 nhiệm vụ trọng tâm", "Trong 24 chỉ tiêu")
// and enumerations ((1)…(8); "1." "2." at line starts; a) b); "Một là…, Hai là…"; "thứ nhất … thứ tư").

import type { TextDoc } from '../text/textdoc';
import { NUMBER_WORDS, ORDINAL_WORDS, isLetterAt, isWordCharAt, lowerSameLength, paragraphIndexAt } from '../text/numbers';
import type { CountFact, EnumerationFact, EnumerationItem } from './types';

const NUMBER_WORD_SOURCE = 'một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười';
const TASK_NOUN_SOURCE =
  'nhóm nhiệm vụ|nhóm giải pháp|nhóm vấn đề|nhóm nội dung|nhiệm vụ|giải pháp|nội dung|khâu đột phá|đột phá|chương trình|vấn đề|kiến nghị|đề xuất|yêu cầu|bài học|nhóm';
const TOTAL_NOUN_SOURCE = 'chỉ tiêu|mục tiêu|tiêu chí';

// Matched on a same-length lower-case copy, without the slow /iu flags; boundaries are checked by hand.
const COUNT_RE = new RegExp(
  String.raw`(?:\d{1,2}|${NUMBER_WORD_SOURCE})[ \t\u00a0]+(?:${TASK_NOUN_SOURCE}|${TOTAL_NOUN_SOURCE})`,
  'g',
);
const COUNT_PARTS_RE = new RegExp(String.raw`^(\d{1,2}|${NUMBER_WORD_SOURCE})[ \t\u00a0]+(.+)$`);
const NOUN_CONTINUATION_RE = /^(?:,\s*|\s+và\s+)(?:nhiệm vụ|giải pháp)(?!(?:\p{L}|\p{M}))/u;
const MODIFIER_RE = /^\s+(trọng tâm|đột phá|chủ yếu|trọng điểm|cụ thể|căn cơ|cơ bản)(?!(?:\p{L}|\p{M}))/u;
const TOTAL_CUE_RE = /(?<![\p{L}])(?:trong|trong số|trong tổng số|đề ra|xác định|gồm|bao gồm|giao|tổng số|tổng cộng)\s+$/u;
const TOTAL_SO_RE = /(?<![\p{L}])(?:trong|tổng)\s+số\s+$/u;
const ORDINAL_BEFORE_RE = /(?<![\p{L}])(?:thứ|lần|số|khóa|khoá|quý|tháng|năm|ngày)\s+$/u;

const PAREN_RE = /\((\d{1,2})\)(?=[ \t\u00a0]*[^\s\d])/g;
const DOT_RE = /^[ \t\u00a0]*(\d{1,2})\.(?=[ \t\u00a0]+[^\s\d])/gm;
const LETTER_RE = /([a-eđghik])\)(?=[ \t\u00a0]+[^\s\d])/g;
const WORDS_RE = new RegExp(String.raw`(?:(${NUMBER_WORD_SOURCE}) là|thứ (nhất|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín|mười))`, 'g');
const LETTER_ORDINALS: Record<string, number> = { a: 1, b: 2, c: 3, d: 4, đ: 5, e: 6, g: 7, h: 8, i: 9, k: 10 };

function toCount(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  return NUMBER_WORDS[token.toLowerCase()];
}

/**
 * Ranges of paragraphs worth scanning: those that pass `test`, extended by `before` paragraphs
 * before and `after` paragraphs after (a count may sit in the paragraph before its list).
 */
export function candidateRanges(doc: TextDoc, test: (text: string) => boolean, before: number, after: number): Array<[number, number]> {
  const ps = doc.paragraphs;
  return rangesOf(ps, (i) => test(ps[i].text), before, after);
}

/** candidateRanges with the test asked by paragraph index (core/incremental keeps each paragraph's answers). */
export function rangesOf(ps: ReadonlyArray<{ start: number; end: number }>, passes: (index: number) => boolean, before: number, after: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let lastIndex = -1;
  for (let i = 0; i < ps.length; i++) {
    if (!passes(i)) continue;
    const from = Math.max(i - before, lastIndex + 1);
    const to = Math.min(ps.length - 1, i + after);
    if (from > to) continue;
    const start = ps[from].start;
    const end = ps[to].end;
    const prev = ranges[ranges.length - 1];
    if (prev && start <= prev[1] + 2) prev[1] = end;
    else ranges.push([start, end]);
    lastIndex = to;
  }
  return ranges;
}

const hasListStart = (t: string): boolean =>
  t.includes('(1)') || t.includes('1.') || t.includes('a)') || t.includes('nhất') || t.includes('ột là') || t.includes('1)');
export const hasCountTarget = (t: string): boolean => t.includes('/') || hasListStart(t);
/** Paragraphs that may start a letter list (a paragraph scans for letter items up to 12 after one). */
export const hasLetterStart = (t: string): boolean => t.includes('a)');
/** Paragraphs that may start a list in words ("Một là", "Thứ nhất"). */
export const hasWordsStart = (t: string): boolean => t.includes('nhất') || t.includes('ột là') || t.includes('NHẤT') || t.includes('ỘT LÀ');
/** How far after a paragraph that may start a letter or words list such items are read. */
export const LIST_REACH = 12;

export function extractCounts(doc: TextDoc): CountFact[] {
  const out: CountFact[] = [];
  for (const [from, to] of candidateRanges(doc, hasCountTarget, 1, 0)) extractCountsIn(doc.nfc, from, to, out);
  return out;
}

export function extractCountsIn(full: string, from: number, to: number, out: CountFact[]): void {
  const text = full.slice(from, to);
  const low = lowerSameLength(text);
  COUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_RE.exec(low)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    const prev = start > 0 ? low[start - 1] : '';
    if (isWordCharAt(low, start - 1) || prev === '.' || prev === ',' || prev === '/') {
      COUNT_RE.lastIndex = start + 1;
      continue;
    }
    if (isLetterAt(low, end)) {
      COUNT_RE.lastIndex = start + 1;
      continue;
    }
    const parts = COUNT_PARTS_RE.exec(m[0]);
    if (!parts) continue;
    const count = toCount(parts[1]);
    if (count === undefined || count === 0) continue;
    const before = low.slice(Math.max(0, start - 20), start);
    // "số 25" is an ordinal ("Nghị quyết số 05"), but "trong số 25 chỉ tiêu", "tổng số 25 chỉ tiêu" are totals
    if (ORDINAL_BEFORE_RE.test(before) && !TOTAL_SO_RE.test(before)) continue;
    const head = parts[2];
    const total = head === 'chỉ tiêu' || head === 'mục tiêu' || head === 'tiêu chí';
    if (total && !TOTAL_CUE_RE.test(before)) continue;
    if (parts[1] === 'năm' && /^\s*\d/.test(low.slice(end, end + 3))) continue;
    let noun = head;
    const cont = NOUN_CONTINUATION_RE.exec(low.slice(end, end + 20));
    if (cont && !total) {
      noun = `${head}${cont[0].replace(/\s+/g, ' ')}`;
      end += cont[0].length;
    }
    const modifier = MODIFIER_RE.exec(low.slice(end, end + 24));
    if (modifier && !total) {
      noun = `${noun} ${modifier[1]}`;
      end += modifier[0].length;
    }
    out.push({ start: from + start, end: from + end, text: text.slice(start, end), count, noun, role: total ? 'total' : 'task' });
  }
}

export interface RawItem extends EnumerationItem {
  style: EnumerationFact['style'];
  /** The label starts its line (after indentation). */
  lineStart: boolean;
}

/** The next non-blank character after `index` is a letter. */
function letterFollows(text: string, index: number): boolean {
  let k = index;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
  return isLetterAt(text, k);
}

function atLineStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  return true;
}

/** The word items must open a clause: text before is a start, '.', ';', ':', ',' or a line break. */
function opensClause(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return c === '.' || c === ';' || c === ':' || c === ',' || c === '\n' || c === '\r' || c === '-' || c === '–' || c === '•';
  }
  return true;
}

function rawItems(doc: TextDoc): RawItem[] {
  const text = doc.nfc;
  const items: RawItem[] = [];
  itemsIn(text, 0, text.length, items);
  for (const [from, to] of candidateRanges(doc, hasLetterStart, 0, LIST_REACH)) letterItemsIn(text, from, to, items);
  for (const [from, to] of candidateRanges(doc, hasWordsStart, 0, LIST_REACH)) wordItemsIn(text, from, to, items);
  return items;
}

/**
 * The list items of one paragraph [from, to), as rawItems reads them there (core/incremental keeps
 * them per paragraph): `letters` / `words` say whether the paragraph lies in a candidate range for
 * letter / word items, `wordsLast` whether it ends its words range (the character after a word item
 * is read up to the range's end). Items in text order within each style. `before` is true when a
 * reading looked at the text before `from` (a "(1)" after "và" and odd white space at the paragraph's
 * start): the items then depend on more than the paragraph.
 */
export function rawItemsIn(text: string, from: number, to: number, letters: boolean, words: boolean, wordsLast: boolean): { items: RawItem[]; before: boolean } {
  const items: RawItem[] = [];
  const before = itemsIn(text, from, to, items);
  if (letters) letterItemsIn(text, from, to, items);
  if (words) wordItemsIn(text, from, wordsLast ? to : Math.min(text.length, to + 1), items);
  return { items, before };
}

/** "(1)" and "1." items in [from, to); true when a reading looked before `from`. */
function itemsIn(text: string, from: number, to: number, items: RawItem[]): boolean {
  let before = false;
  // the patterns run on the span alone (a paragraph's neighbours are line breaks)
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  let m: RegExpExecArray | null;
  PAREN_RE.lastIndex = 0;
  while ((m = PAREN_RE.exec(part)) !== null) {
    const at = from + m.index;
    if (isWordCharAt(text, at - 1) || !letterFollows(text, at + m[0].length)) continue;
    if (!opensClause(text, at)) {
      if (at - 6 < from) before = true;
      if (!/(?:^|[^\p{L}])và\s+$/u.test(text.slice(Math.max(0, at - 6), at).toLowerCase())) continue;
    }
    items.push({ start: at, end: at + m[0].length, label: m[0], ordinal: Number(m[1]), style: 'paren', lineStart: atLineStart(text, at) });
  }
  DOT_RE.lastIndex = 0;
  while ((m = DOT_RE.exec(part)) !== null) {
    const start = from + m.index + m[0].length - m[1].length - 1;
    if (!letterFollows(text, start + m[1].length + 1)) continue;
    items.push({ start, end: start + m[1].length + 1, label: `${m[1]}.`, ordinal: Number(m[1]), style: 'dot', lineStart: true });
  }
  return before;
}

/** "a)" items in [from, to). */
function letterItemsIn(text: string, from: number, to: number, items: RawItem[]): void {
  const part = text.slice(from, to);
  let m: RegExpExecArray | null;
  LETTER_RE.lastIndex = 0;
  while ((m = LETTER_RE.exec(part)) !== null) {
    const start = from + m.index;
    const ordinal = LETTER_ORDINALS[m[1]];
    if (ordinal === undefined || isWordCharAt(text, start - 1) || !letterFollows(text, start + 2)) continue;
    // a letter item opens a line or follows ':' / ';'
    let k = start - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
    if (k >= 0 && text[k] !== '\n' && text[k] !== '\r' && text[k] !== ':' && text[k] !== ';') continue;
    items.push({ start, end: start + 2, label: `${m[1]})`, ordinal, style: 'letter', lineStart: atLineStart(text, start) });
  }
}

/** "Một là", "thứ nhất" items starting in [from, to). */
function wordItemsIn(text: string, from: number, to: number, items: RawItem[]): void {
  const low = lowerSameLength(text.slice(from, to));
  let m: RegExpExecArray | null;
  WORDS_RE.lastIndex = 0;
  while ((m = WORDS_RE.exec(low)) !== null) {
    const rel = m.index;
    const relEnd = rel + m[0].length;
    if (isWordCharAt(low, rel - 1) || isWordCharAt(low, relEnd)) continue;
    const start = from + rel;
    const end = from + relEnd;
    if (!opensClause(text, start)) continue;
    if (!m[1]) {
      // "thứ nhất," / "thứ hai:" — an ordinal must be followed by a comma or colon
      let k = relEnd;
      while (k < low.length && (low[k] === ' ' || low[k] === '\t')) k++;
      if (low[k] !== ',' && low[k] !== ':') continue;
    } else {
      const next = low[relEnd];
      if (next !== undefined && next !== ' ' && next !== ',' && next !== ':' && next !== '\t' && next !== '\u00a0') continue;
    }
    const ordinal = m[1] ? NUMBER_WORDS[m[1]] : ORDINAL_WORDS[m[2] ?? ''];
    if (!ordinal) continue;
    items.push({ start, end, label: text.slice(start, end), ordinal, style: 'words', lineStart: atLineStart(text, start) });
  }
}

export function extractEnumerations(doc: TextDoc): EnumerationFact[] {
  return enumerationsOf(doc, rawItems(doc));
}

/** The lists the raw items make (each style's items in text order). */
export function enumerationsOf(doc: TextDoc, raw: readonly RawItem[]): EnumerationFact[] {
  const out: EnumerationFact[] = [];
  const byStyle = new Map<EnumerationFact['style'], RawItem[]>();
  // indexed loops over the items: see core/incremental on for…of in the interpreter
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i];
    let list = byStyle.get(item.style);
    if (!list) byStyle.set(item.style, (list = []));
    list.push(item);
  }
  for (const [style, list] of byStyle) {
    list.sort((a, b) => a.start - b.start);
    let current: { items: RawItem[]; paragraph: number } | undefined;
    const close = (): void => {
      if (current && current.items.length >= 2) {
        const items = current.items.map(({ start, end, label, ordinal }) => ({ start, end, label, ordinal }));
        out.push({ start: items[0].start, end: items[items.length - 1].end, style, items });
      }
      current = undefined;
    };
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      const paragraph = paragraphIndexAt(doc.paragraphs, item.start);
      if (item.ordinal === 1) {
        close();
        current = { items: [item], paragraph };
        continue;
      }
      if (!current) continue;
      const last = current.items[current.items.length - 1];
      const sameParagraph = paragraph === current.paragraph;
      const nextLine = item.lineStart && last.lineStart && paragraph - current.paragraph <= 1;
      // words/letters that restart far away are a different list
      if (sameParagraph || nextLine || (style === 'dot' && item.lineStart)) {
        if (item.ordinal < last.ordinal && item.ordinal !== last.ordinal) {
          close();
          continue;
        }
        current.items.push(item);
        current.paragraph = paragraph;
      } else {
        close();
      }
    }
    close();
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
