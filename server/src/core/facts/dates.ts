// Dates and terms of office ("nhiệm kỳ 2020 – 2025") found in the article.
//
// Dates: numeric "25/4/2023", "25/4" (only after a date cue such as "ngày" or "Sáng", so that
// fractions like "19/34 chỉ tiêu" or "24/7" are not dates), hyphenated "25-4-2023" and spelled
// "ngày 08 tháng 5 năm 2023". The dateline (publication time) is a line near the top holding only
// a date and a time ("14:30 26/05/2023", "Ngày đăng: 03/01/2023 08:30", "Thứ Ba, 14/03/2023 - 16:20").
// All offsets are NFC offsets. The extractor is total and linear.

import type { TextDoc } from '../text/textdoc';
import type { Section, Span } from '../types';
import type { DateFact, TermFact } from './types';

/** Days in a month; February depends on the year (29 when the year is unknown). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(day: number, month: number, year?: number): boolean {
  if (!(month >= 1 && month <= 12)) return false;
  if (!(day >= 1)) return false;
  return day <= daysInMonth(month, year);
}

// A cue right before a short date makes "25/4" a date: "ngày 25/4", "Sáng 25/4", "hôm 25/4".
const CUE_BEFORE = /(?:^|[^\p{L}])(ngày|sáng|chiều|tối|trưa|đêm|hôm|đến|từ)\s*$/iu;
const PART_OF_DAY_BEFORE = /(?:^|[^\p{L}])(sáng|chiều|tối|trưa|đêm)(?:\s+(?:ngày|hôm))?\s*$/iu;

// Numeric: d/m/yyyy, d/m (cue needed), d-m-yyyy. Not inside longer numbers, doc numbers or fractions.
const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?(?![\p{N}]|[/.-]\p{N}|-\p{L})/gu;
const NOT_BEFORE_NUMBER = /(?:\p{L}|\p{N}|\p{M}|[/.,-])/u;
const LETTER = /(?:\p{L}|\p{M})/u;
// Spelled: "ngày 08 tháng 5 năm 2023" (the "năm" part optional).
const SPELLED = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?![\p{N}])/giu;

const TIME = String.raw`\d{1,2}[:hg]\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM|am|pm))?`;
const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`;
const LABEL = String.raw`(?:Ngày\s+đăng|Đăng\s+ngày|Ngày\s+cập\s+nhật|Cập\s+nhật|Ngày\s+xuất\s+bản|Xuất\s+bản|Thời\s+gian\s+đăng|Đăng|Ngày)(?:\s+lúc)?\s*:?\s*`;
const WEEKDAY = String.raw`(?:(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|2|3|4|5|6|7)|Chủ\s+nhật|Chủ\s+Nhật)\s*,?\s*)`;
const SEP = String.raw`\s*(?:[-–—|,]\s*)?`;
// A whole line: optional label, optional weekday, then date and time in either order (or a bare date).
const DATELINE = new RegExp(
  String.raw`^\s*(?:${LABEL})?${WEEKDAY}?(?:(?:${TIME})${SEP})?(${DATE})(?:${SEP}(?:${TIME}))?\s*$`,
  'iu',
);

export interface RawDate {
  start: number;
  end: number;
  day: number;
  month: number;
  year?: number;
  style: DateFact['style'];
  /** A numeric date without a year at its paragraph's start: its cue ("ngày") may end the paragraph before (numericDatesIn). */
  cueBefore?: boolean;
}

/**
 * The numeric dates ("20/12/2023", "ngày 20/12") of [from, to): all of the text, or a paragraph
 * (core/incremental keeps them per paragraph; the characters around it are line breaks). A date
 * without a year needs a cue just before it ("ngày", "sáng"), on its line unless only white space
 * precedes the date in the paragraph: such a date is kept with `cueBefore`, for numericDates to read
 * its cue in the whole text.
 */
export function numericDatesIn(text: string, from: number, to: number): RawDate[] {
  const out: RawDate[] = [];
  // the pattern runs on the span alone: a whole-text run would look past `to` for the next match
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  NUMERIC.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERIC.exec(part)) !== null) {
    const at = from + m.index;
    if (at > 0 && NOT_BEFORE_NUMBER.test(text[at - 1])) continue;
    const sep = m[2];
    const hasYear = m[4] !== undefined;
    if (sep === '.') continue; // "1.174,45" and version numbers; dotted dates are rare in the genre
    if (sep === '-' && !hasYear) continue; // "2020-2025", "Covid-19"
    const day = Number(m[1]);
    const month = Number(m[3]);
    let year: number | undefined;
    let cueBefore = false;
    if (hasYear) {
      year = Number(m[4]);
      if (year < 1900 || year > 2100) continue;
    } else {
      // "25/4" is a date only after a cue word ("ngày 25/4", "Sáng 25/4"), which ends on its line
      // unless only white space precedes the date in its paragraph
      if (from > 0 && text.slice(from, at).trim() === '') cueBefore = true;
      else if (!CUE_BEFORE.test(text.slice(Math.max(from, at - 12), at))) continue;
      if (month < 1 || month > 12) continue;
    }
    const date: RawDate = { start: at, end: at + m[0].length, day, month, year, style: sep === '-' ? 'hyphenated' : 'numeric' };
    if (cueBefore) date.cueBefore = true;
    out.push(date);
  }
  return out;
}

/** Numeric dates read per paragraph (numericDatesIn, in text order), those whose cue is read in the whole text kept when it is there. */
export function numericDates(text: string, read: readonly RawDate[]): RawDate[] {
  const out: RawDate[] = [];
  for (const r of read) {
    if (!r.cueBefore) out.push(r);
    else if (CUE_BEFORE.test(text.slice(Math.max(0, r.start - 12), r.start))) out.push({ start: r.start, end: r.end, day: r.day, month: r.month, year: r.year, style: r.style });
  }
  return out;
}

function scanDates(text: string, base: number, out: RawDate[], numeric?: readonly RawDate[]): void {
  for (const r of numeric ?? numericDatesIn(text, 0, text.length)) out.push(r);
  let m: RegExpExecArray | null;
  SPELLED.lastIndex = 0;
  while ((m = SPELLED.exec(text)) !== null) {
    if (m.index > 0 && LETTER.test(text[m.index - 1])) continue;
    const year = m[3] !== undefined ? Number(m[3]) : undefined;
    if (year !== undefined && (year < 1900 || year > 2100)) continue;
    out.push({ start: base + m.index, end: base + m.index + m[0].length, day: Number(m[1]), month: Number(m[2]), year, style: 'spelled' });
  }
}

/** How many non-blank lines from the top may hold the dateline. */
const DATELINE_WINDOW = 4;

/** `numeric`: the numeric dates when core/incremental has them (numericDates), else read here. */
export function extractDates(doc: TextDoc, sections: Section[], numeric?: readonly RawDate[]): { dates: DateFact[]; dateline?: DateFact } {
  const text = doc.nfc;
  const raw: RawDate[] = [];
  scanDates(text, 0, raw, numeric);
  raw.sort((a, b) => a.start - b.start);

  // The dateline: a line near the top holding only a date (and a time / label / weekday).
  void sections;
  let datelineSpan: Span | undefined;
  let seen = 0;
  for (const line of doc.lines) {
    if (line.text.trim() === '') continue;
    if (++seen > DATELINE_WINDOW) break;
    if (line.text.length > 80) continue;
    const m = DATELINE.exec(line.text);
    if (m) {
      const idx = line.text.indexOf(m[1]);
      datelineSpan = { start: line.start + idx, end: line.start + idx + m[1].length };
      break;
    }
  }

  const dates: DateFact[] = [];
  let dateline: DateFact | undefined;
  let lastEnd = -1;
  for (const r of raw) {
    if (r.start < lastEnd) continue; // overlapping matches: keep the first
    lastEnd = r.end;
    const before = text.slice(Math.max(0, r.start - 16), r.start);
    const pod = PART_OF_DAY_BEFORE.exec(before);
    const fact: DateFact = {
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      day: r.day,
      month: r.month,
      ...(r.year !== undefined ? { year: r.year } : {}),
      style: r.style,
      ...(pod ? { partOfDay: pod[1].toLowerCase() } : {}),
      valid: isValidDate(r.day, r.month, r.year),
    };
    if (datelineSpan && r.start >= datelineSpan.start && r.end <= datelineSpan.end) {
      fact.isDateline = true;
      dateline = fact;
    }
    dates.push(fact);
  }
  return { dates, dateline };
}

// "nhiệm kỳ 2020 – 2025", "Nhiệm kỳ 2020-2025", "NHIỆM KỲ 2020 - 2025"
const TERM = /nhiệm\s+kỳ\s+((?:19|20)\d{2})(\s*[-–—]\s*)((?:19|20)\d{2})(?!\p{N})/giu;

// Who the term belongs to. The nearest cue before the term (within its clause) wins.
const SUBJECT_CUES: Array<[RegExp, string]> = [
  [/hđnd|hội\s+đồng\s+nhân\s+dân|ubnd|ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|đại\s+biểu\s+hội\s+đồng/giu, 'hđnd'],
  [/chi\s+bộ|chi\s+ủy|chi\s+uỷ|bí\s+thư\s+chi/giu, 'chi bộ'],
  [/đảng\s+bộ|đảng\s+ủy|đảng\s+uỷ|ban\s+chấp\s+hành|đại\s+hội\s+đảng|đại\s+hội\s+đại\s+biểu|cấp\s+ủy|cấp\s+uỷ/giu, 'đảng bộ'],
  [/hội\s+nông\s+dân|hội\s+phụ\s+nữ|hội\s+liên\s+hiệp|hội\s+cựu\s+chiến\s+binh|hội\s+người\s+cao\s+tuổi|hội\s+chữ\s+thập|công\s+đoàn|đoàn\s+thanh\s+niên|đoàn\s+tncs|mặt\s+trận|mttq|hội\s+doanh\s+nghiệp|hội\s+khuyến\s+học/giu, 'hội'],
];

const CLAUSE_BREAK = /[.;!?\n]/;

function lastClause(text: string, end: number, max: number): string {
  const from = Math.max(0, end - max);
  const chunk = text.slice(from, end);
  let cut = -1;
  for (let i = chunk.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(chunk[i]) && !(chunk[i] === '.' && /\d/.test(chunk[i - 1] ?? '') && /\d/.test(chunk[i + 1] ?? ''))) {
      cut = i;
      break;
    }
  }
  return chunk.slice(cut + 1);
}

function nearestSubject(clause: string, fromEnd: boolean): string | undefined {
  let best: string | undefined;
  let bestPos = fromEnd ? -1 : Number.MAX_SAFE_INTEGER;
  for (const [re, subject] of SUBJECT_CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clause)) !== null) {
      if (fromEnd ? m.index > bestPos : m.index < bestPos) {
        bestPos = m.index;
        // each mass organisation has its own term
        best = subject === 'hội' ? `hội:${m[0].toLowerCase().replace(/\s+/g, ' ')}` : subject;
      }
      if (!fromEnd) break;
    }
  }
  return best;
}

export function extractTerms(doc: TextDoc): TermFact[] {
  const text = doc.nfc;
  const terms: TermFact[] = [];
  TERM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERM.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const fromStart = end - m[3].length - m[2].length - m[1].length;
    const toStart = fromStart + m[1].length + m[2].length;
    let subject = nearestSubject(lastClause(text, start, 160), true);
    if (!subject) {
      // "đại hội nhiệm kỳ 2023-2028 đối với Hội nông dân": the body may follow the term
      const after = text.slice(end, Math.min(text.length, end + 60));
      const cut = after.search(CLAUSE_BREAK);
      subject = nearestSubject(cut >= 0 ? after.slice(0, cut) : after, false);
    }
    terms.push({
      start,
      end,
      text: m[0],
      from: Number(m[1]),
      to: Number(m[3]),
      ...(subject ? { subject } : {}),
      fromSpan: { start: fromStart, end: fromStart + m[1].length },
      toSpan: { start: toStart, end: toStart + m[3].length },
    });
  }
  return terms;
}
