// weekday-mismatch: a weekday written with a date that is not that date's weekday
// ("Thứ Hai, ngày 15/3/2026" — 15/3/2026 was a Sunday).
//
// Reads the weekday before the date ("Thứ Hai, ngày 15/3/2026", "thứ 2 (15/3)", "T2, 15/3/2026",
// "CN ngày 15 tháng 3 năm 2026", "Sáng Chủ nhật, 15/3") or in brackets after it ("ngày 15/3/2026
// (Chủ nhật)"). A date without a year takes the article's year. Ordinals are not weekdays: "kỳ họp
// thứ Hai, ngày …" and "lần thứ 2 ngày …" are left alone (a weekday before a date starts a line
// or a clause, or follows a part of the day such as "Sáng" or "vào").

import type { Report, Rule, RuleContext } from '../types';
import { isValidDate } from '../facts/dates';
import { articleDate } from './_article-date';

const WEEKDAY = String.raw`[Tt]hứ[ \u00a0]+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ[ \u00a0]+[Nn]hật|T[2-7]|CN`;
/** A date; `sep` is the number of its separator group, for the back-reference. */
const date = (sep: number): string =>
  String.raw`(\d{1,2})([/-])(\d{1,2})(?:` + `\\${sep}` + String.raw`(\d{4}))?|(\d{1,2})[ \u00a0]+tháng[ \u00a0]+(\d{1,2})(?:[ \u00a0]*(?:năm|,)[ \u00a0]*(\d{4}))?`;
/** Weekday, then an optional comma / dash / bracket and "ngày", then the date. */
const BEFORE = new RegExp(String.raw`(${WEEKDAY})[ \u00a0]*(?:[,–-][ \u00a0]*|\([ \u00a0]*)?(?:[Nn]gày[ \u00a0]+)?(?:${date(3)})(?![\p{N}]|[/-]\p{N})`, 'gu');
/** The date, then the weekday in brackets. */
const AFTER = new RegExp(String.raw`(?<![\p{N}/-])(?:${date(2)})[ \u00a0]*\([ \u00a0]*(${WEEKDAY})[ \u00a0]*\)`, 'gu');
const LETTER = /(?:\p{L}|\p{M}|\p{N})/u;
/** Words that may stand right before a weekday: parts of the day and "vào", "hôm". */
const WORD_BEFORE_OK = /(?:^|[^\p{L}])(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Vv]ào|[Hh]ôm|[Nn]gày|[Tt]ừ|đến|và|hoặc)[ \u00a0]+$/u;
/** A letter right before the weekday (then spaces): an ordinal unless WORD_BEFORE_OK. */
const WORD_BEFORE = /(?:\p{L}|\p{M}|\p{N})[ \u00a0]+$/u;

/** "Thứ nhất, …; Thứ hai, …": an enumeration by ordinals, whose lower-case "Thứ hai" is not a weekday. */
const ORDINAL_LIST = /[Tt]hứ[ \u00a0]+nhất[ \u00a0]*[,:]/u;

const NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WORD_INDEX: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };

/** 0 = Sunday … 6 = Saturday, or undefined for what is not a weekday. */
function weekdayIndex(text: string): number | undefined {
  const t = text.replace(/[ \u00a0]+/g, ' ');
  if (t === 'CN' || /^chủ nhật$/i.test(t)) return 0;
  let m = /^T([2-7])$/.exec(t);
  if (m) return Number(m[1]) - 1;
  m = /^thứ (\S+)$/i.exec(t);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  if (/^[2-7]$/.test(word)) return Number(word) - 1;
  return WORD_INDEX[word];
}

/** The weekday written the way the text wrote the wrong one ("thứ 2" → "thứ 4", "T2" → "CN"). */
function restyle(found: string, index: number): string {
  const t = found.replace(/[ \u00a0]+/g, ' ');
  if (/^(?:T[2-7]|CN)$/.test(t)) return index === 0 ? 'CN' : `T${index + 1}`;
  const lower = t[0] === 't' || t[0] === 'c';
  if (index === 0) return lower ? 'chủ nhật' : 'Chủ nhật';
  const thu = lower ? 'thứ' : 'Thứ';
  if (/\d$/.test(t)) return `${thu} ${index + 1}`;
  const name = NAMES[index].slice(4);
  // keep the case of the day name ("Thứ hai" stays lower case after the fix)
  const second = t.split(' ')[1];
  const nameLower = second !== undefined && second[0] === second[0].toLowerCase() && /^\p{L}/u.test(second);
  return `${thu} ${nameLower ? name.toLowerCase() : name}`;
}

/** 0 = Sunday for a proleptic Gregorian date. */
function dayOfWeek(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

interface Match {
  /** The weekday's span. */
  start: number;
  end: number;
  weekday: string;
  dateText: string;
  day: number;
  month: number;
  year?: number;
}

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  category: 'numbers',
  description: { vi: 'Thứ trong tuần không khớp với ngày', en: 'Weekday does not match the date' },
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    mismatch: {
      vi: '“{found}” không khớp với ngày {date}: ngày đó là {expected}. Kiểm tra lại thứ hoặc ngày.',
      en: '“{found}” does not match {date}: that date is a “{expected}”. Check the weekday or the date.',
    },
    replace: { vi: 'Sửa thành “{newText}”', en: 'Change to “{newText}”' },
  },
  check(ctx: RuleContext): Report[] {
    const text = ctx.doc.nfc;
    return reportsOf(ctx, scanWeekdays(text, 0, text.length));
  },
  paragraphScan: { scan: scanWeekdays, reports: (ctx, found) => reportsOf(ctx, found as Match[]) },
};

function fromGroups(m: RegExpExecArray, offset: number): Pick<Match, 'day' | 'month' | 'year'> {
  const numeric = m[offset] !== undefined;
  const day = Number(numeric ? m[offset] : m[offset + 4]);
  const month = Number(numeric ? m[offset + 2] : m[offset + 5]);
  const yearText = numeric ? m[offset + 3] : m[offset + 6];
  return { day, month, ...(yearText !== undefined ? { year: Number(yearText) } : {}) };
}

/** The weekdays written with a date in [from, to), by the weekday's start. */
function scanWeekdays(text: string, from: number, to: number): Match[] {
  const matches: Match[] = [];
  // the regexes run on the span alone: a whole-text run would look past `to` for the next match
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  let m: RegExpExecArray | null;
  BEFORE.lastIndex = 0;
  while ((m = BEFORE.exec(part)) !== null) {
    const at = from + m.index;
    if (at > 0 && LETTER.test(text[at - 1])) continue;
    // the words before it, on its line (a paragraph starts after a line break, which WORD_BEFORE_OK reads as a start)
    const before = text.slice(Math.max(from, at - 24), at);
    if (WORD_BEFORE.test(before) && !WORD_BEFORE_OK.test(before)) continue; // "kỳ họp thứ Hai"
    // the numeric date's separator must not be a hyphen without a year ("thứ 2-3")
    if (m[3] === '-' && m[5] === undefined) continue;
    matches.push({ start: at, end: at + m[1].length, weekday: m[1], dateText: m[0].slice(m[1].length).replace(/^[ \u00a0]*[,(–-]?[ \u00a0]*(?:[Nn]gày[ \u00a0]+)?/u, ''), ...fromGroups(m, 2) });
  }
  AFTER.lastIndex = 0;
  while ((m = AFTER.exec(part)) !== null) {
    if (m[2] === '-' && m[4] === undefined) continue;
    const weekday = m[8];
    const weekdayStart = from + m.index + m[0].lastIndexOf(weekday);
    const dateText = m[0].slice(0, m[0].indexOf('(')).trimEnd();
    matches.push({ start: weekdayStart, end: weekdayStart + weekday.length, weekday, dateText, ...fromGroups(m, 1) });
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** Each weekday against its date's (a date without a year takes the article's year). */
function reportsOf(ctx: RuleContext, matches: Match[]): Report[] {
  const text = ctx.doc.nfc;
  if (matches.length === 0) return [];
  const ordinalList = ORDINAL_LIST.test(text);
  const reference = articleDate(ctx);
  const fallbackYear = reference?.year ?? ctx.facts.dates.find((d) => d.valid && d.year !== undefined)?.year;
  /** A date without a year takes the article's year — the one of the three around it nearest the article's date ("2/1" in a piece dated 28/12/2025 is in 2026). */
  const yearFor = (month: number, day: number): number | undefined => {
    if (!reference) return fallbackYear;
    const at = Date.UTC(reference.year, reference.month - 1, reference.day);
    let best = reference.year;
    for (const y of [reference.year - 1, reference.year + 1]) {
      if (Math.abs(Date.UTC(y, month - 1, day) - at) < Math.abs(Date.UTC(best, month - 1, day) - at)) best = y;
    }
    return best;
  };
  const reports: Report[] = [];
  const seen = new Set<number>();
  for (const x of matches) {
    if (seen.has(x.start)) continue;
    seen.add(x.start);
    const index = weekdayIndex(x.weekday);
    const year = x.year ?? yearFor(x.month, x.day);
    if (index === undefined || year === undefined || year < 1900 || year > 2100) continue;
    if (ordinalList && /^[Tt]hứ[ \u00a0]+\p{Ll}/u.test(x.weekday)) continue; // "Thứ hai, ngày …" in a "Thứ nhất, …" list
    if (!isValidDate(x.day, x.month, year)) continue; // date-invalid's business
    const actual = dayOfWeek(year, x.month, x.day);
    if (actual === index) continue;
    const { start, end } = x;
    const newText = restyle(x.weekday, actual);
    reports.push({
      start,
      end,
      messageId: 'mismatch',
      values: {
        found: x.weekday,
        date: x.year !== undefined ? x.dateText : `${x.dateText} (${year})`,
        expected: NAMES[actual],
      },
      // unsafe: the date may be the wrong part
      fixes: [{ titleId: 'replace', values: { newText }, edits: [{ start, end, newText }], safe: false }],
    });
  }
  return reports;
}
