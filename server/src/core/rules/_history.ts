// Whether a mention of a former body or unit tells history ("nguyên Bí thư Huyện ủy", "huyện Cao
// Lộc cũ", "trước sáp nhập", "Năm 2023, UBND huyện …", "Nghị quyết số 12-NQ/HU của Huyện ủy") rather
// than naming a current actor. Shared by admin-timeline and unit-mismatch ("thị trấn Na Dương (cũ)"
// in an article about the new xã Na Dương). Linear: sentence scans are bounded, past marks are
// found by binary search.

import type { RuleContext } from '../types';
import { dayKey, TWO_LEVEL_START } from './_article-date';

const HISTORY_BEFORE =
  /(?:^|[^\p{L}])(?:nguyên|từng|trước[ \u00a0]+đây|trước[ \u00a0]+kia|trước[ \u00a0]+(?:khi[ \u00a0]+)?(?:sáp[ \u00a0]+nhập|sắp[ \u00a0]+xếp|hợp[ \u00a0]+nhất|sát[ \u00a0]+nhập)|trụ[ \u00a0]+sở|hội[ \u00a0]+trường|khuôn[ \u00a0]+viên|khi[ \u00a0]+còn|không[ \u00a0]+còn|thay[ \u00a0]+(?:cho|vì|thế)|thời[ \u00a0]+kỳ|giai[ \u00a0]+đoạn[ \u00a0]+trước|(?:cấp|các)[ \u00a0]+huyện[ \u00a0]+cũ)(?![\p{L}])/iu;
/** The sentence tells the end of the district level: history too. */
const ENDING = /(?:kết[ \u00a0]+thúc|chấm[ \u00a0]+dứt|dừng)[ \u00a0]+hoạt[ \u00a0]+động|giải[ \u00a0]+thể|bàn[ \u00a0]+giao|chia[ \u00a0]+tay/iu;
const HISTORY_AFTER = /^[^,;.]{0,40}?(?:(?:^|[^\p{L}])(?:cũ|trước[ \u00a0]+đây|trước[ \u00a0]+kia|trước[ \u00a0]+sáp[ \u00a0]+nhập|trước[ \u00a0]+sắp[ \u00a0]+xếp)(?![\p{L}])|\([ \u00a0]*(?:cũ|nay|trước)|(?:^|[^\p{L}])nay[ \u00a0]+(?:là|thuộc|đã))/iu;
/** A year before 2025 or a past term in the sentence: the sentence tells history. */
const PAST_YEAR = /(?<![\p{N}])(?:19\d{2}|20[01]\d|202[0-4])(?![\p{N}])/u;
/** A document cited by kind or number: what it says of a former body is a quotation. */
const DOCUMENT_BEFORE =
  /(?:^|[^\p{L}])(?:Nghị[ \u00a0]+quyết|Chỉ[ \u00a0]+thị|Kết[ \u00a0]+luận|Quyết[ \u00a0]+định|Kế[ \u00a0]+hoạch|Chương[ \u00a0]+trình|Đề[ \u00a0]+án|Công[ \u00a0]+văn|Thông[ \u00a0]+báo|Hướng[ \u00a0]+dẫn|Quy[ \u00a0]+định|Quy[ \u00a0]+chế|văn[ \u00a0]+bản|số[ \u00a0]+\d+[^ \u00a0]*\/)(?![\p{L}])/u;
const SENTENCE_END = /[.!?\n]/;

/** Reach of the sentence scans around a mention (code units). */
const SENTENCE_REACH = 400;

/** A function telling, for a span of ctx.doc.nfc, whether its sentence tells history. */
export function historyReader(ctx: RuleContext): (start: number, end: number) => boolean {
  const text = ctx.doc.nfc;
  // where past terms ("nhiệm kỳ 2020 – 2025") and dates before 1 July 2025 start, sorted
  const pastMarks = [
    ...ctx.facts.terms.filter((t) => t.from <= 2021).map((t) => t.start),
    ...ctx.facts.dates.filter((d) => d.year !== undefined && dayKey({ year: d.year, month: d.month, day: d.day }) < dayKey(TWO_LEVEL_START)).map((d) => d.start),
  ].sort((a, b) => a - b);
  const pastMarkIn = (s: number, e: number): boolean => {
    let lo = 0;
    let hi = pastMarks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pastMarks[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    return lo < pastMarks.length && pastMarks[lo] < e;
  };
  const isBreak = (j: number): boolean =>
    SENTENCE_END.test(text[j]) && !(text[j] === '.' && /\d/.test(text[j - 1] ?? '') && /\d/.test(text[j + 1] ?? ''));
  const sentenceStart = (i: number): number => {
    for (let j = i - 1, n = 0; j >= 0 && n < SENTENCE_REACH; j--, n++) if (isBreak(j)) return j + 1;
    return Math.max(0, i - SENTENCE_REACH);
  };
  const sentenceEnd = (i: number): number => {
    for (let j = i, n = 0; j < text.length && n < SENTENCE_REACH; j++, n++) if (isBreak(j)) return j;
    return Math.min(text.length, i + SENTENCE_REACH);
  };
  return (start, end) => {
    const s = sentenceStart(start);
    const e = sentenceEnd(end);
    // the cue must be in the same clause: "nguyên Bí thư Huyện ủy; đồng chí …, Phó Chủ tịch HĐND huyện"
    const clause = text.lastIndexOf(';', start - 1) + 1;
    const before = text.slice(Math.max(s, clause, start - 80), start);
    if (HISTORY_BEFORE.test(before) || DOCUMENT_BEFORE.test(before)) return true;
    if (HISTORY_AFTER.test(text.slice(end, Math.min(e, end + 60)))) return true;
    const sentence = text.slice(s, e);
    if (PAST_YEAR.test(sentence) || ENDING.test(sentence)) return true;
    if (pastMarkIn(s, e)) return true;
    // inside a quotation (a title cited in quotes)
    const head = text.slice(s, start);
    return head.lastIndexOf('“') > head.lastIndexOf('”') || head.lastIndexOf('«') > head.lastIndexOf('»');
  };
}
