// date-order: the meeting date (the opening's first date) is after the article's dateline
// (publication time), e.g. "Ngày 16/3/2023, Đoàn công tác …" under "Thứ Ba, 14/03/2023 - 16:20".

import type { DateFact } from '../facts/types';
import type { Report, Rule, RuleContext } from '../types';

/** How far into its paragraph the meeting date may start ("Chiều ngày 25/4/2023, …"). */
const OPENING_REACH = 40;
/** How many paragraphs after the dateline are searched for the opening. */
const PARAGRAPH_REACH = 4;

/** The opening's first date: the first non-dateline date near the start of an early paragraph. */
export function meetingDate(ctx: RuleContext): DateFact | undefined {
  const { dates } = ctx.facts;
  const opening = ctx.sections.find((s) => s.name === 'opening');
  if (opening) {
    const d = dates.find((x) => !x.isDateline && x.start >= opening.start && x.start < opening.end);
    if (d && d.start - opening.start <= OPENING_REACH * 4) return d;
  }
  let counted = 0;
  let di = 0;
  for (const p of ctx.doc.paragraphs) {
    if (counted >= PARAGRAPH_REACH) break;
    while (di < dates.length && dates[di].start < p.start) di++;
    const d = dates[di];
    const inside = d !== undefined && d.start < p.end;
    if (inside && d.isDateline) continue; // the dateline's own paragraph
    counted++;
    if (inside && d.start - p.start <= OPENING_REACH) return d;
  }
  return undefined;
}

function key(d: DateFact, year: number): number {
  return year * 10000 + d.month * 100 + d.day;
}

export const dateOrder: Rule = {
  id: 'date-order',
  category: 'numbers',
  description: { vi: 'Ngày họp sau ngày đăng bài', en: 'Meeting date after the dateline' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    afterDateline: {
      vi: 'Ngày họp {meeting} muộn hơn ngày đăng bài {dateline}.',
      en: 'The meeting date {meeting} is later than the publication date {dateline}.',
    },
  },
  check(ctx: RuleContext): Report[] {
    const dateline = ctx.facts.dateline;
    if (!dateline || !dateline.valid || dateline.year === undefined) return [];
    const meeting = meetingDate(ctx);
    if (!meeting || !meeting.valid) return [];
    const year = meeting.year ?? dateline.year;
    if (key(meeting, year) <= key(dateline, dateline.year)) return [];
    return [
      {
        start: meeting.start,
        end: meeting.end,
        messageId: 'afterDateline',
        values: { meeting: meeting.text, dateline: dateline.text },
      },
    ];
  },
};
