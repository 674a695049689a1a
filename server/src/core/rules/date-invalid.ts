// date-invalid: a date that cannot exist (31/4, 30/02, 29/2 in a non-leap year, month 13), and a
// date whose day/month separator was lost after a date cue ("ngày 27/32023" for 27/3/2023).

import type { Report, Rule, RuleContext } from '../types';
import { daysInMonth } from '../facts/dates';

// "ngày 27/32023", "Chiều 27/32023": a cue, then d/ followed by a month digit glued to a year.
// (?<![\p{L}])(ngày|…)…, with the lookbehind tested after a match (see letterBefore): a leading
// lookbehind is evaluated at every position of the text.
const MALFORMED = /(ngày|sáng|chiều|tối|trưa)\s+(\d{1,2})\/(\d{1,2})((?:19|20)\d{2})(?![\p{N}/])/giu;
const LETTER = /\p{L}/u;

/** Whether the code point just before `i` is a letter (what (?<![\p{L}]) rejects under the u flag). */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  let s = i - 1;
  const c = text.charCodeAt(s);
  if (c >= 0xdc00 && c <= 0xdfff && s > 0) {
    const h = text.charCodeAt(s - 1);
    if (h >= 0xd800 && h <= 0xdbff) s--;
  }
  return LETTER.test(text.slice(s, i));
}

export const dateInvalid: Rule = {
  id: 'date-invalid',
  category: 'numbers',
  description: { vi: 'Ngày không tồn tại', en: 'An impossible date' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    noSuchMonth: {
      vi: 'Ngày “{text}” không tồn tại: không có tháng {month}.',
      en: 'The date “{text}” does not exist: there is no month {month}.',
    },
    noSuchDay: {
      vi: 'Ngày “{text}” không tồn tại: tháng {month} chỉ có {max} ngày.',
      en: 'The date “{text}” does not exist: month {month} has only {max} days.',
    },
    notLeap: {
      vi: 'Ngày “{text}” không tồn tại: năm {year} không nhuận, tháng 2 chỉ có 28 ngày.',
      en: 'The date “{text}” does not exist: {year} is not a leap year, February has 28 days.',
    },
    malformed: {
      vi: 'Ngày “{text}” viết sai, có lẽ là “{suggestion}”.',
      en: 'The date “{text}” is malformed; probably “{suggestion}”.',
    },
  },
  check(ctx: RuleContext): Report[] {
    const reports: Report[] = [];
    const contextYear = ctx.facts.dateline?.year ?? ctx.facts.dates.find((d) => d.year !== undefined)?.year;
    for (const d of ctx.facts.dates) {
      const values = { text: d.text, month: d.month, day: d.day };
      if (d.month < 1 || d.month > 12) {
        reports.push({ start: d.start, end: d.end, messageId: 'noSuchMonth', values });
        continue;
      }
      const year = d.year ?? contextYear;
      const max = daysInMonth(d.month, year);
      if (d.day >= 1 && d.day <= max) continue;
      if (d.month === 2 && d.day === 29 && year !== undefined) {
        reports.push({ start: d.start, end: d.end, messageId: 'notLeap', values: { ...values, year } });
      } else {
        reports.push({ start: d.start, end: d.end, messageId: 'noSuchDay', values: { ...values, max: daysInMonth(d.month) } });
      }
    }
    const text = ctx.doc.nfc;
    MALFORMED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MALFORMED.exec(text)) !== null) {
      if (letterBefore(text, m.index)) {
        MALFORMED.lastIndex = m.index + 1; // as the lookbehind would: try the next position
        continue;
      }
      const day = Number(m[2]);
      const month = Number(m[3]);
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      const start = m.index + m[0].length - m[2].length - 1 - m[3].length - m[4].length;
      const end = m.index + m[0].length;
      reports.push({
        start,
        end,
        messageId: 'malformed',
        values: { text: text.slice(start, end), suggestion: `${m[2]}/${m[3]}/${m[4]}` },
      });
    }
    return reports;
  },
};
