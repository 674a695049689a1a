// admin-timeline: in an article dated on or after 1 July 2025 (two-level local government), a
// district-level body named as a current actor ("Bí thư Huyện ủy", "UBND huyện … tổ chức",
// "Phó Chủ tịch HĐND huyện dự") or "thị trấn" as the current unit (districts and thị trấn were
// abolished on that day).
//
// Quiet on history and quotations: "nguyên …", "… cũ", "(cũ)", "trước đây", "trước sáp nhập /
// sắp xếp", "từng", "nay là", a sentence holding a year before 2025, a date before 1 July 2025 or a
// past term ("nhiệm kỳ 2020 – 2025"), a document cited by title or number ("Nghị quyết số
// 12-NQ/HU của Huyện ủy"), text inside quotation marks. Articles dated before 1 July 2025 and
// undated ones are left alone; config.referenceDate pins the date. No fix: what replaces the body
// depends on the facts.

import type { Report, Rule, RuleContext } from '../types';
import { articleDate, dayKey, TWO_LEVEL_START } from './_article-date';

const S = String.raw`[ \u00a0]+`;
const UY = String.raw`(?:ủy|uỷ|Ủy|Uỷ)`;
/** District-level bodies. Group 1: the level word ("huyện", "quận", "thị xã"). */
const DISTRICT_BODY = new RegExp(
  String.raw`(?:[Hh]uyện|Quận|Thị)${S}${UY}(?![\p{L}]|${S}viên)` +
    String.raw`|(?:UBND|HĐND|[UỦ]ỷ?${S}ban${S}nhân${S}dân|Uỷ${S}ban${S}nhân${S}dân|Hội${S}đồng${S}nhân${S}dân|Ủy${S}ban${S}MTTQ(?:${S}Việt${S}Nam)?|Uỷ${S}ban${S}MTTQ(?:${S}Việt${S}Nam)?|Ủy${S}ban${S}Mặt${S}trận${S}Tổ${S}quốc(?:${S}Việt${S}Nam)?|MTTQ(?:${S}Việt${S}Nam)?|Công${S}an|Đảng${S}bộ)${S}(huyện|quận|thị${S}xã)(?![\p{L}])`,
  'gu',
);
/** Commune bodies of a thị trấn. */
const TOWNLET_BODY = new RegExp(
  String.raw`(?:UBND|HĐND|Ủy${S}ban${S}nhân${S}dân|Uỷ${S}ban${S}nhân${S}dân|Hội${S}đồng${S}nhân${S}dân|Đảng${S}${UY}|Đảng${S}bộ|Ủy${S}ban${S}MTTQ|Uỷ${S}ban${S}MTTQ|MTTQ|Công${S}an|Văn${S}phòng|Đài${S}truyền${S}thanh)${S}(thị${S}trấn)(?![\p{L}])`,
  'gu',
);
const LETTER = /[\p{L}\p{M}\p{N}]/u;

const HISTORY_BEFORE =
  /(?:^|[^\p{L}])(?:nguyên|từng|trước[ \u00a0]+đây|trước[ \u00a0]+kia|trước[ \u00a0]+(?:khi[ \u00a0]+)?(?:sáp[ \u00a0]+nhập|sắp[ \u00a0]+xếp|hợp[ \u00a0]+nhất|sát[ \u00a0]+nhập)|khi[ \u00a0]+còn|thời[ \u00a0]+kỳ|giai[ \u00a0]+đoạn[ \u00a0]+trước|(?:cấp|các)[ \u00a0]+huyện[ \u00a0]+cũ)(?![\p{L}])/iu;
const HISTORY_AFTER = /^[^,;.]{0,40}?(?:(?:^|[^\p{L}])(?:cũ|trước[ \u00a0]+đây|trước[ \u00a0]+kia|trước[ \u00a0]+sáp[ \u00a0]+nhập|trước[ \u00a0]+sắp[ \u00a0]+xếp)(?![\p{L}])|\([ \u00a0]*(?:cũ|nay|trước)|(?:^|[^\p{L}])nay[ \u00a0]+(?:là|thuộc|đã))/iu;
/** A year before 2025 or a past term in the sentence: the sentence tells history. */
const PAST_YEAR = /(?<![\p{N}])(?:19\d{2}|20[01]\d|202[0-4])(?![\p{N}])/u;
/** A document cited by kind or number: what it says of a former body is a quotation. */
const DOCUMENT_BEFORE =
  /(?:^|[^\p{L}])(?:Nghị[ \u00a0]+quyết|Chỉ[ \u00a0]+thị|Kết[ \u00a0]+luận|Quyết[ \u00a0]+định|Kế[ \u00a0]+hoạch|Chương[ \u00a0]+trình|Đề[ \u00a0]+án|Công[ \u00a0]+văn|Thông[ \u00a0]+báo|Hướng[ \u00a0]+dẫn|Quy[ \u00a0]+định|Quy[ \u00a0]+chế|văn[ \u00a0]+bản|số[ \u00a0]+\d+[^ \u00a0]*\/)(?![\p{L}])/u;
const SENTENCE_END = /[.!?\n]/;

export const adminTimeline: Rule = {
  id: 'admin-timeline',
  category: 'text',
  description: {
    vi: 'Cơ quan cấp huyện hoặc thị trấn trong bài viết sau ngày 01/7/2025',
    en: 'A district body or a thị trấn in an article dated after 1 July 2025',
  },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    district: {
      vi: '“{found}”: từ ngày 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp: tỉnh và xã), nên trong bài viết ngày {date} cơ quan này không thể là chủ thể hiện tại. Có lẽ là “{suggestion}”; nếu nói về quá khứ, hãy ghi rõ (“nguyên …”, “… cũ”, “trước sáp nhập”).',
      en: '“{found}”: district-level government was abolished on 1 July 2025 (two levels: province and commune), so in an article dated {date} this body cannot be a current actor. Probably “{suggestion}”; if this is history, say so (“nguyên …”, “… cũ”, “trước sáp nhập”).',
    },
    districtOther: {
      vi: '“{found}”: từ ngày 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp: tỉnh và xã), nên trong bài viết ngày {date} cơ quan này không thể là chủ thể hiện tại. Hãy ghi cơ quan cấp tỉnh hoặc cấp xã tương ứng; nếu nói về quá khứ, hãy ghi rõ (“nguyên …”, “… cũ”, “trước sáp nhập”).',
      en: '“{found}”: district-level government was abolished on 1 July 2025 (two levels: province and commune), so in an article dated {date} this body cannot be a current actor. Name the province or commune body instead; if this is history, say so (“nguyên …”, “… cũ”, “trước sáp nhập”).',
    },
    townlet: {
      vi: '“{found}”: từ ngày 01/7/2025 không còn thị trấn (các thị trấn đã trở thành xã hoặc phường), nên trong bài viết ngày {date} đây không thể là đơn vị hiện tại. Hãy ghi xã hoặc phường mới; nếu nói về quá khứ, hãy ghi rõ (“thị trấn … cũ”, “trước sáp nhập”).',
      en: '“{found}”: thị trấn (townlets) were abolished on 1 July 2025 and became xã or phường, so in an article dated {date} this cannot be the current unit. Name the new xã or phường; if this is history, say so (“thị trấn … cũ”, “trước sáp nhập”).',
    },
  },
  check(ctx: RuleContext): Report[] {
    const date = articleDate(ctx);
    if (!date || dayKey(date) < dayKey(TWO_LEVEL_START)) return [];
    const text = ctx.doc.nfc;
    const dateText = `${date.day}/${date.month}/${date.year}`;
    // where past terms ("nhiệm kỳ 2020 – 2025") and dates before 1 July 2025 start, sorted
    const pastMarks = [
      ...ctx.facts.terms.filter((t) => t.from <= 2021).map((t) => t.start),
      ...ctx.facts.dates.filter((d) => d.year !== undefined && dayKey({ year: d.year, month: d.month, day: d.day }) < dayKey(TWO_LEVEL_START)).map((d) => d.start),
    ].sort((a, b) => a - b);
    /** Whether a past mark starts in [s, e) (binary search: linear time overall). */
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

    const sentenceStart = (i: number): number => {
      for (let j = i - 1, n = 0; j >= 0 && n < 400; j--, n++) {
        if (SENTENCE_END.test(text[j]) && !(text[j] === '.' && /\d/.test(text[j - 1] ?? '') && /\d/.test(text[j + 1] ?? ''))) return j + 1;
      }
      return Math.max(0, i - 400);
    };
    const sentenceEnd = (i: number): number => {
      for (let j = i, n = 0; j < text.length && n < 400; j++, n++) {
        if (SENTENCE_END.test(text[j]) && !(text[j] === '.' && /\d/.test(text[j - 1] ?? '') && /\d/.test(text[j + 1] ?? ''))) return j;
      }
      return Math.min(text.length, i + 400);
    };
    const isHistory = (start: number, end: number): boolean => {
      const s = sentenceStart(start);
      const e = sentenceEnd(end);
      const before = text.slice(Math.max(s, start - 80), start);
      if (HISTORY_BEFORE.test(before) || DOCUMENT_BEFORE.test(before)) return true;
      if (HISTORY_AFTER.test(text.slice(end, Math.min(e, end + 60)))) return true;
      const sentence = text.slice(s, e);
      if (PAST_YEAR.test(sentence)) return true;
      if (pastMarkIn(s, e)) return true;
      // inside a quotation (a title cited in quotes)
      const head = text.slice(s, start);
      return head.lastIndexOf('“') > head.lastIndexOf('”') || head.lastIndexOf('«') > head.lastIndexOf('»');
    };

    const reports: Report[] = [];
    let m: RegExpExecArray | null;
    DISTRICT_BODY.lastIndex = 0;
    while ((m = DISTRICT_BODY.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (start > 0 && LETTER.test(text[start - 1])) continue;
      if (isHistory(start, end)) continue;
      const found = m[0].replace(/[ \u00a0]+/g, ' ');
      const level = m[1] ?? found.split(' ')[0];
      const suggestion = /^[Hh]uyện$/.test(level) && !found.startsWith('Công an') ? found.replace(/^Huyện/, 'Tỉnh').replace(/huyện/g, 'tỉnh') : undefined;
      reports.push({
        start,
        end,
        messageId: suggestion ? 'district' : 'districtOther',
        values: { found, date: dateText, ...(suggestion ? { suggestion } : {}) },
      });
    }
    const townlets = new Set<number>();
    const pushTownlet = (start: number, end: number): void => {
      if (townlets.has(start) || isHistory(start, end)) return;
      townlets.add(start);
      reports.push({ start, end, messageId: 'townlet', values: { found: text.slice(start, end).replace(/[ \u00a0]+/g, ' '), date: dateText } });
    };
    TOWNLET_BODY.lastIndex = 0;
    while ((m = TOWNLET_BODY.exec(text)) !== null) {
      if (m.index > 0 && LETTER.test(text[m.index - 1])) continue;
      const start = m.index + m[0].length - m[1].length;
      pushTownlet(start, start + m[1].length);
    }
    // the article's own unit is a thị trấn
    const unit = ctx.facts.unit;
    if (unit && unit.unit === 'thị trấn') {
      for (const mention of unit.mentions) pushTownlet(mention.start, mention.end);
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};
