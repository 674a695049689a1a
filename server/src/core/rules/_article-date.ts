// The date an article is read as of, shared by the rules that depend on "today's map"
// (admin-timeline) and by dates written without a year (weekday-mismatch).
//
// config.referenceDate, when set, wins (an archive being proof-read). Otherwise the latest of the
// reliable dates: the meeting date of the opening (its year, or the dateline's), the dateline
// (publication stamp) and an event date near the top written the way openings write it ("Sáng
// ngày 08/12/2025, …", "… tổ chức vào chiều ngày 22/4/2024"; real articles often run the title
// and the opening together) and a publication stamp on a line of its own anywhere ("Ngày đăng bài:
// 29/12/2025 | Tác giả: …", "Cập nhật lúc : 17:15 09/12/2025"). Deadlines ("trước ngày 30/9/2025")
// are not event dates. Undated articles have no reference date: the rules stay quiet.

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

/** How far from the top an opening's event date may be (NFC code units). */
const TOP_REACH = 600;
/** Before an event date: a part of the day, or "Ngày" / "vào ngày" starting a sentence or clause. */
const EVENT_CUE = /(?:(?:^|[.!?\n]|[,:;–-])[ \u00a0]*(?:[Vv]ào[ \u00a0]+)?[Nn]gày|(?:^|[^\p{L}])(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)(?:[ \u00a0]+(?:ngày|hôm))?)[ \u00a0]*$/u;

/** A publication stamp line: label, optional time, then the date. */
const STAMP =
  /^[ \t]*(?:Ngày[ \u00a0]+đăng(?:[ \u00a0]+bài)?|Đăng[ \u00a0]+ngày|Ngày[ \u00a0]+cập[ \u00a0]+nhật|Cập[ \u00a0]+nhật(?:[ \u00a0]+(?:ngày|lúc))?|Ngày[ \u00a0]+xuất[ \u00a0]+bản|Xuất[ \u00a0]+bản)[ \u00a0]*:?[ \u00a0]*(?:\d{1,2}[:hg]\d{2}(?::\d{2})?[ \u00a0]*(?:[-–|,][ \u00a0]*)?)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/iu;
/** Stamps are short lines. */
const STAMP_MAX_LINE = 120;

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
  const text = ctx.doc.nfc;
  const event = ctx.facts.dates.find(
    (d) => d.start < TOP_REACH && !d.isDateline && d.valid && d.year !== undefined && EVENT_CUE.test(text.slice(Math.max(0, d.start - 24), d.start)),
  );
  if (event && event.year !== undefined) candidates.push({ year: event.year, month: event.month, day: event.day });
  const lines = ctx.doc.lines;
  for (let i = 0; i < lines.length; i++) {
    // indexed: see core/incremental on for…of in the interpreter
    const line = lines[i];
    if (line.text.length > STAMP_MAX_LINE) continue;
    const m = STAMP.exec(line.text);
    if (!m) continue;
    const d = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
    if (d.year >= 1900 && d.year <= 2100 && isValidDate(d.day, d.month, d.year)) candidates.push(d);
  }
  let latest: DayDate | undefined;
  for (const c of candidates) if (!latest || dayKey(c) > dayKey(latest)) latest = c;
  return latest;
}
