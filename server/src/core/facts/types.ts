// Facts extracted once per analysis and shared by rules, hovers and the CLI's JSON.
// Spans here are NFC offsets (see TextDoc); map with `doc.toOriginal` before showing them.

import type { Span } from '../types';

export interface DateFact extends Span {
  text: string;
  day: number;
  month: number;
  year?: number;
  style: 'numeric' | 'hyphenated' | 'spelled';
  /** "Sáng", "Chiều", "Tối", "Trưa" before the date, lower case. */
  partOfDay?: string;
  /** false for impossible dates such as 31/4 or 30/02. */
  valid: boolean;
  /** The publication dateline rather than a date inside the text. */
  isDateline?: boolean;
}

export interface TermFact extends Span {
  text: string;
  from: number;
  to: number;
  /** The body whose term it is, when known: 'đảng bộ', 'hđnd', 'chi bộ', 'hội:<name>' (a mass organisation). */
  subject?: string;
  /** NFC spans of the two years inside the text (for fixes). */
  fromSpan?: Span;
  toSpan?: Span;
}

export interface TermNumberFact extends Span {
  /** "khóa XX" as written. */
  text: string;
  /** The numeral as written ("XX", "20") and its value. */
  numeral: string;
  value: number;
  numeralSpan: Span;
  /** The elected body the number belongs to, when the words before "khóa" name it. */
  body?: {
    /** 'hđnd', 'đảng', 'chi bộ', 'quốc hội', 'trung ương', 'hội:<name>'. */
    type: string;
    /** 'xã', 'phường', 'tỉnh', …; 'tw' for national bodies. */
    level?: string;
    /** The place name after the level, lower case ("cao sơn"). */
    name?: string;
  };
}

export type FractionQualifier = 'đạt' | 'chưa đạt' | 'vượt' | 'đang thực hiện' | 'other';

export interface FractionFact extends Span {
  text: string;
  numerator: number;
  denominator: number;
  /** The thing counted, NFC lower case, e.g. "chỉ tiêu", "tiêu chí", "con", "thôn". */
  counted: string;
  qualifier?: FractionQualifier;
  /** Whether the numerator may exceed the total (herds, revenue against targets). */
  mayExceed: boolean;
  /** Span of the denominator digits (for fixes). */
  denominatorSpan?: Span;
  /** The phrase that gave the qualifier, NFC lower case ("đạt và vượt", "chưa hoàn thành"). */
  qualifierText?: string;
  /** Marked "còn lại" (the rest): the parts of its list should make up the whole. */
  remainder?: boolean;
  /** The indicator set when it has a known size, e.g. "tiêu chí nông thôn mới". */
  setKey?: string;
  /** The sentence the fraction sits in. */
  sentence?: Span;
}

export interface PercentFact extends Span {
  text: string;
  value: number;
  /** What the percentage is a share of, NFC lower case, when known ("đảng viên", "hộ"). */
  whole?: string;
  /** The rate a share is named by after "tỷ lệ", as written ("tham gia BHYT"). */
  rate?: string;
  /** share: part of a whole (≤ 100%); performance: against plan/estimate; change: growth. */
  role: 'share' | 'performance' | 'change' | 'unknown';
  /** The value as an exact integer ×1000 (88,94% → 88940). */
  milli?: number;
  /** "trên/hơn 95%" is a lower bound, "dưới/gần 95%" an upper bound. */
  bound?: 'exact' | 'lower' | 'upper';
  /** A rating category the share belongs to (party-member ladder or grades), levels from..to (4 = best). */
  rating?: { ladder: 'party' | 'grade'; from: number; to: number };
  /** The sentence the percentage sits in. */
  sentence?: Span;
}

export interface CountFact extends Span {
  text: string;
  count: number;
  /** The counted noun, e.g. "nhóm nhiệm vụ", "nhiệm vụ, giải pháp". */
  noun: string;
  /** task: a list of tasks/solutions/contents is announced; total: the size of an indicator set ("Trong 24 chỉ tiêu"). */
  role?: 'task' | 'total';
}

export interface EnumerationItem extends Span {
  label: string;
  /** 1-based ordinal the label stands for ((3) → 3, c) → 3, "Thứ ba" → 3). */
  ordinal: number;
}

export interface EnumerationFact extends Span {
  style: 'paren' | 'dot' | 'letter' | 'words';
  items: EnumerationItem[];
}

/** Commune-level unit types; 'đặc khu' since 1 July 2025, 'thị trấn' only before. */
export type UnitType = 'xã' | 'phường' | 'đặc khu' | 'thị trấn';

export interface UnitFact {
  /** The unit type of the article's own commune. */
  unit: UnitType;
  /** Its place name, e.g. "Cao Sơn". */
  name: string;
  /** Where the name is mentioned with its unit noun. */
  mentions: Span[];
}

export interface Facts {
  dates: DateFact[];
  dateline?: DateFact;
  terms: TermFact[];
  /** "khóa XX" of councils and Party committees. */
  termNumbers: TermNumberFact[];
  fractions: FractionFact[];
  percentages: PercentFact[];
  counts: CountFact[];
  enumerations: EnumerationFact[];
  unit?: UnitFact;
}

export function emptyFacts(): Facts {
  return { dates: [], terms: [], termNumbers: [], fractions: [], percentages: [], counts: [], enumerations: [] };
}
