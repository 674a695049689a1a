// The date an article is read as of, shared by the rules that depend on "today's map"
// (admin-timeline) and by dates written without a year (weekday-mismatch).
//
// config.referenceDate, when set, wins (an archive being proof-read). Otherwise the latest of the
// reliable dates: the meeting date of the opening (its year, or the dateline's) and the dateline
// (publication stamp). Undated articles have no reference date: the rules stay quiet.

import type { RuleContext } from '../types';
import { meetingDate } from './date-order';
import { isValidDate } from '../facts/dates';

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

/** yyyymmdd, for comparisons. */
export const dayKey = (d: DayDate): number => d.year * 10000 + d.month * 100 + d.day;

/** 1 July 2025: two-level local government (no districts, no thị trấn). */
export const TWO_LEVEL_START: DayDate = { year: 2025, month: 7, day: 1 };

/** Reads "yyyy-mm-dd" or "dd/mm/yyyy"; undefined for anything else or an impossible date. */
export function parseReferenceDate(value: unknown): DayDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let d: DayDate | undefined;
  if (m) d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) d = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  if (!d || d.year < 1900 || d.year > 2100 || !isValidDate(d.day, d.month, d.year)) return undefined;
  return d;
}

/** The article's reference date, or undefined when it has no reliable date. */
export function articleDate(ctx: RuleContext): DayDate | undefined {
  const pinned = parseReferenceDate(ctx.config.referenceDate);
  if (pinned) return pinned;
  const candidates: DayDate[] = [];
  const dateline = ctx.facts.dateline;
  if (dateline && dateline.valid && dateline.year !== undefined) candidates.push({ year: dateline.year, month: dateline.month, day: dateline.day });
  const meeting = meetingDate(ctx);
  const year = meeting?.year ?? dateline?.year;
  if (meeting && meeting.valid && year !== undefined && isValidDate(meeting.day, meeting.month, year)) {
    candidates.push({ year, month: meeting.month, day: meeting.day });
  }
  let latest: DayDate | undefined;
  for (const c of candidates) if (!latest || dayKey(c) > dayKey(latest)) latest = c;
  return latest;
}
