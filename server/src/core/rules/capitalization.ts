// capitalization: a small set of certain capitalisation errors under Nghị định 30/2020/NĐ-CP
// (Phụ lục II). Deliberately conservative — only these patterns:
//  - Party committees as names: "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Đảng ủy" (not "huyện ủy",
//    "Huyện Ủy"; "huyện ủy viên" and plurals "các huyện ủy" are left alone);
//  - "Ban Thường vụ", "Ban Chấp hành" ("Ban thường vụ", "Ban chấp hành"; lower-case "ban thường vụ"
//    only after "Ủy viên" or before a committee name);
//  - "Ủy ban nhân dân", "Hội đồng nhân dân" (no capitals inside; capital first letter);
//  - a title before an organisation: "Phó Chủ tịch HĐND", "Phó Bí thư Đảng ủy";
//  - the unit noun "đặc khu" after a body is generic, lower case: "HĐND đặc khu Côn Đảo", not
//    "HĐND Đặc khu Côn Đảo" (the xã / phường checks are name-inconsistent's).
// A place name written "Cao sơn" is name-inconsistent's business, not this rule's.

import type { Report, Rule, RuleContext } from '../types';
import { isLetterAt } from '../facts/names';

const COMMITTEE = /(huyện|tỉnh|thành|đảng|Huyện|Tỉnh|Thành|Đảng)([ \u00a0])(ủy|uỷ|Ủy|Uỷ)(?![\p{L}])/gu;
const BAN = /(Ban|ban)([ \u00a0])(thường|Thường)([ \u00a0])(vụ|Vụ)(?![\p{L}])|(Ban|ban)([ \u00a0])(chấp|Chấp)([ \u00a0])(hành|Hành)(?![\p{L}])/gu;
const PEOPLES_BODY = /(ủy|uỷ|Ủy|Uỷ|hội|Hội)([ \u00a0])(ban|Ban|đồng|Đồng)([ \u00a0])(nhân|Nhân)([ \u00a0])(dân|Dân)(?![\p{L}])/gu;
const VICE = /Phó[ \u00a0](chủ[ \u00a0]tịch|bí[ \u00a0]thư)(?=[ \u00a0](?:HĐND|UBND|Hội đồng|Ủy ban|Uỷ ban|Đảng ủy|Đảng uỷ|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Chi bộ|Thường trực|MTTQ)(?![\p{L}]))/gu;

const SPECIAL_ZONE = /(?:UBND|HĐND|MTTQ|Đảng[ \u00a0]ủy|Đảng[ \u00a0]uỷ|Đảng[ \u00a0]bộ|Công[ \u00a0]an|Ủy[ \u00a0]ban[ \u00a0]nhân[ \u00a0]dân|Uỷ[ \u00a0]ban[ \u00a0]nhân[ \u00a0]dân|Hội[ \u00a0]đồng[ \u00a0]nhân[ \u00a0]dân)[ \u00a0](Đặc[ \u00a0](?:khu|Khu)|đặc[ \u00a0]Khu)(?![\p{L}])/gu;

const PLURAL_BEFORE = /(?:^|[^\p{L}])(?:các|những|mỗi|từng|cấp|nhiều|hai|ba)[ \u00a0]+$/iu;
// "các huyện ủy, thành ủy": the plural carries over a list
const LIST_BEFORE = /(?:ủy|uỷ)[ \u00a0]*(?:,|và|hoặc)[ \u00a0]*$/u;
const MEMBER_BEFORE = /(?:^|[^\p{L}])(?:Ủy|Uỷ|ủy|uỷ)[ \u00a0]viên[ \u00a0]+$/u;
const COMMITTEE_AFTER = /^[ \u00a0]+(?:huyện|Huyện|tỉnh|Tỉnh|thành|Thành|đảng|Đảng)[ \u00a0](?:ủy|uỷ|Ủy|Uỷ|bộ)(?![\p{L}])|^[ \u00a0]+Trung[ \u00a0]ương/u;

const WORDS = /\p{L}+/gu;

const upperFirst = (s: string): string => (s ? s[0].toUpperCase() + s.slice(1) : s);
const lowerFirst = (s: string): string => (s ? s[0].toLowerCase() + s.slice(1) : s);

export const capitalization: Rule = {
  id: 'capitalization',
  category: 'text',
  description: { vi: 'Viết hoa chưa đúng quy định', en: 'Capitalisation' },
  defaultSeverity: 'information',
  fixable: true,
  messages: {
    organisation: {
      vi: 'Tên cơ quan, tổ chức viết hoa theo Nghị định 30/2020: “{expected}”, không phải “{found}”.',
      en: 'Organisation names are capitalised per Decree 30/2020: “{expected}”, not “{found}”.',
    },
    title: {
      vi: 'Chức vụ đi với tên cơ quan viết hoa: “{expected}”, không phải “{found}”.',
      en: 'A title before an organisation is capitalised: “{expected}”, not “{found}”.',
    },
    unitNoun: {
      vi: 'Danh từ chung chỉ đơn vị hành chính viết thường (Nghị định 30/2020): “{expected}”, không phải “{found}”.',
      en: 'The generic unit noun is lower case (Decree 30/2020): “{expected}”, not “{found}”.',
    },
    replace: { vi: 'Sửa thành “{expected}”', en: 'Change to “{expected}”' },
  },
  check(ctx: RuleContext): Report[] {
    const text = ctx.doc.nfc;
    const reports: Report[] = [];
    const push = (start: number, found: string, expected: string, messageId: string): void => {
      if (found === expected || inTitleCaseLine(start)) return;
      const end = start + found.length;
      reports.push({
        start,
        end,
        messageId,
        values: { found, expected },
        fixes: [{ titleId: 'replace', values: { expected }, edits: [{ start, end, newText: expected }], safe: true }],
      });
    };
    const before = (i: number): string => text.slice(Math.max(0, i - 24), i);
    // Title Case headlines ("Ban Thường Vụ Huyện Ủy Làm Việc Với …") follow their own style.
    const titleCase = new Map<number, boolean>();
    const inTitleCaseLine = (i: number): boolean => {
      const n = ctx.doc.lineAt(i);
      let v = titleCase.get(n);
      if (v === undefined) {
        const words = ctx.doc.lines[n]?.text.match(WORDS) ?? [];
        const upper = words.filter((w) => w[0] !== w[0].toLowerCase()).length;
        v = words.length >= 4 && upper / words.length >= 0.8;
        titleCase.set(n, v);
      }
      return v;
    };

    let m: RegExpExecArray | null;
    COMMITTEE.lastIndex = 0;
    while ((m = COMMITTEE.exec(text)) !== null) {
      const expected = upperFirst(m[1]) + m[2] + lowerFirst(m[3]);
      // most matches are already right ("Huyện ủy"): push would drop them, so skip their context tests
      if (m[0] === expected || (m.index > 0 && isLetterAt(text, m.index - 1))) continue;
      const end = m.index + m[0].length;
      if (/^[ \u00a0]+viên(?![\p{L}])/u.test(text.slice(end, end + 8))) continue; // "huyện ủy viên"
      if (PLURAL_BEFORE.test(before(m.index))) continue;
      if (m[1] === m[1].toLowerCase() && LIST_BEFORE.test(before(m.index))) continue;
      push(m.index, m[0], expected, 'organisation');
    }

    BAN.lastIndex = 0;
    while ((m = BAN.exec(text)) !== null) {
      if (m.index > 0 && isLetterAt(text, m.index - 1)) continue;
      const ban = m[1] ?? m[6];
      const expected = m[1] !== undefined ? `Ban${m[2]}Thường${m[4]}vụ` : `Ban${m[7]}Chấp${m[9]}hành`;
      if (ban === 'ban') {
        const end = m.index + m[0].length;
        if (PLURAL_BEFORE.test(before(m.index))) continue;
        if (!MEMBER_BEFORE.test(before(m.index)) && !COMMITTEE_AFTER.test(text.slice(end, end + 16))) continue;
      }
      push(m.index, m[0], expected, 'organisation');
    }

    PEOPLES_BODY.lastIndex = 0;
    while ((m = PEOPLES_BODY.exec(text)) !== null) {
      if (m.index > 0 && isLetterAt(text, m.index - 1)) continue;
      const first = m[1].toLowerCase();
      const second = m[3].toLowerCase();
      if ((first === 'hội') !== (second === 'đồng')) continue; // "ủy đồng", "hội ban": not these bodies
      if (m[1] === first && PLURAL_BEFORE.test(before(m.index))) continue;
      push(m.index, m[0], upperFirst(first) + m[2] + second + m[4] + 'nhân' + m[6] + 'dân', 'organisation');
    }

    VICE.lastIndex = 0;
    while ((m = VICE.exec(text)) !== null) {
      if (m.index > 0 && isLetterAt(text, m.index - 1)) continue;
      const words = m[1].split(/([ \u00a0])/);
      push(m.index, m[0], 'Phó' + m[0][3] + upperFirst(words[0]) + words[1] + words[2], 'title');
    }
    // (a match holds "Đặc", or "đặc" and "Khu" with a space between: most texts have neither; the
    // search is for "ặc Khu", since a string search scans for its first character and "đ" is everywhere)
    SPECIAL_ZONE.lastIndex = 0;
    const zone = text.includes('Đặc') || text.includes('ặc Khu') || text.includes('ặc\u00a0Khu');
    while (zone && (m = SPECIAL_ZONE.exec(text)) !== null) {
      if (m.index > 0 && isLetterAt(text, m.index - 1)) continue;
      const start = m.index + m[0].length - m[1].length;
      push(start, m[1], 'đặc' + m[1][3] + 'khu', 'unitNoun');
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};
