// admin-timeline: in an article dated on or after 1 July 2025 (two-level local government), a
// district-level body named as a current actor ("Bí thư Huyện ủy", "UBND huyện … tổ chức",
// "Phó Chủ tịch HĐND huyện dự") or "thị trấn" as the current unit (districts and thị trấn were
// abolished on that day).
//
// Quiet on history and quotations (rules/_history.ts): "nguyên …", "… cũ", "(cũ)", "trước đây",
// "trước sáp nhập / sắp xếp", "từng", "nay là", "kết thúc hoạt động", "không còn", a sentence
// holding a year before 2025, a date before 1 July 2025 or a past term ("nhiệm kỳ 2020 – 2025"),
// a document cited by title or number ("Nghị quyết số 12-NQ/HU của Huyện ủy"), text inside
// quotation marks; a building ("trụ sở UBND huyện") is not an actor. Articles dated before 1 July 2025 and
// undated ones are left alone; config.referenceDate pins the date. No fix: what replaces the body
// depends on the facts.

import type { Report, Rule, RuleContext } from '../types';
import { articleDate, dayKey, TWO_LEVEL_START } from './_article-date';
import { historyReader } from './_history';
import { PLACE_NAME, trimPlaceName } from '../facts/unit';

const S = String.raw`[ \u00a0]+`;
const UY = String.raw`(?:ủy|uỷ|Ủy|Uỷ)`;
/** District-level bodies. Group 1: the level word ("huyện", "quận", "thị xã"). */
const DISTRICT_BODY = new RegExp(
  String.raw`(?:[Hh]uyện|Quận|Thị)${S}${UY}(?![\p{L}]|${S}viên)` +
    String.raw`|(?:UBND|HĐND|(?:Ủy|Uỷ)${S}ban${S}nhân${S}dân|Hội${S}đồng${S}nhân${S}dân|(?:Ủy|Uỷ)${S}ban${S}(?:MTTQ|Mặt${S}trận${S}Tổ${S}quốc)(?:${S}Việt${S}Nam)?|MTTQ(?:${S}Việt${S}Nam)?|Công${S}an|Đảng${S}bộ)${S}(huyện|quận|thị${S}xã)(?![\p{L}])`,
  'gu',
);
/** Commune bodies of a thị trấn. */
const TOWNLET_BODY = new RegExp(
  String.raw`(?:UBND|HĐND|(?:Ủy|Uỷ)${S}ban${S}nhân${S}dân|Hội${S}đồng${S}nhân${S}dân|Đảng${S}${UY}|Đảng${S}bộ|(?:Ủy|Uỷ)${S}ban${S}MTTQ|MTTQ|Công${S}an|Văn${S}phòng|Đài${S}truyền${S}thanh)${S}(thị${S}trấn)(?![\p{L}])`,
  'gu',
);
const LETTER = /(?:\p{L}|\p{M}|\p{N})/u;
const NAME_AFTER = new RegExp(String.raw`^[ \u00a0](${PLACE_NAME})(?![\p{L}])`, 'u');

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
    const isHistory = historyReader(ctx);

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
    const unit = ctx.facts.unit;
    TOWNLET_BODY.lastIndex = 0;
    while ((m = TOWNLET_BODY.exec(text)) !== null) {
      if (m.index > 0 && LETTER.test(text[m.index - 1])) continue;
      const start = m.index + m[0].length - m[1].length;
      const end = start + m[1].length;
      // "Đảng ủy thị trấn Na Dương" in an article about xã Na Dương: unit-mismatch reports it, with a fix
      const named = NAME_AFTER.exec(text.slice(end, end + 48));
      if (unit && unit.unit !== 'thị trấn' && named && trimPlaceName(named[1]) === unit.name) continue;
      pushTownlet(start, end);
    }
    // the article's own unit is a thị trấn
    if (unit && unit.unit === 'thị trấn') {
      for (const mention of unit.mentions) pushTownlet(mention.start, mention.end);
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};
