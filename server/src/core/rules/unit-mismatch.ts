// unit-mismatch: the article's own commune is a "xã" in one place and a "phường"/"đặc khu"/"thị trấn" in
// another ("kinh tế – xã hội của phường" in an article about xã Cao Sơn).
//
// Flags another unit noun only when it clearly means the article's own commune:
//  - followed by the commune's own name ("phường Cao Sơn" when it is xã Cao Sơn), or
//  - used bare after an own-unit cue ("của phường", "trên địa bàn thị trấn", "Đảng ủy phường",
//    "lớn nhất phường"), when the article names no other place of that unit type.
// "xã hội", "hợp tác xã", lists ("các xã, thị trấn") and other named places are left alone, and so
// is a former thị trấn told as history in an article dated from 1 July 2025, when thị trấn became
// xã or phường, often under the same name ("trước sáp nhập, thị trấn Na Dương …" in an article
// about xã Na Dương).

import type { Report, Rule, RuleContext } from '../types';
import { PLACE_NAME, trimPlaceName, unitTypeOf } from '../facts/unit';
import type { UnitType } from '../facts/types';
import { articleDate, dayKey, TWO_LEVEL_START } from './_article-date';
import { historyReader } from './_history';

/** The unit nouns by type (the spellings facts/unit.ts's unitTypeOf reads). */
const NOUN_SOURCES: ReadonlyArray<[UnitType, string]> = [
  ['xã', 'xã|Xã'],
  ['phường', 'phường|Phường'],
  ['đặc khu', 'đặc[ \u00a0]khu|Đặc[ \u00a0]khu'],
  ['thị trấn', 'thị[ \u00a0]trấn|Thị[ \u00a0]trấn'],
];
/**
 * Per article unit, the nouns of the other types: the article's own noun, by far the most frequent
 * match, is never reported, and no noun can start inside another, so leaving it out of the pattern
 * finds the same other nouns at the same places with far fewer matches to look at.
 */
const OTHER_NOUN = new Map(
  NOUN_SOURCES.map(([type]) => [
    type,
    new RegExp(`(${NOUN_SOURCES.filter(([t]) => t !== type).map(([, source]) => source).join('|')})(?![\\p{L}])`, 'gu'),
  ]),
);
const LETTER = /(?:\p{L}|\p{M})/u;
const NAME_AFTER = new RegExp(String.raw`^[ \u00a0](${PLACE_NAME})(?![\p{L}])`, 'u');
const OTHER_NAMED = new RegExp(String.raw`(${NOUN_SOURCES.map(([, source]) => source).join('|')})[ \u00a0](\p{Lu}\p{Ll}*(?:[ \u00a0]\p{Lu}\p{Ll}*){0,3})(?![\p{L}])`, 'gu');

// What may follow a bare unit noun that means "our commune": punctuation, end, or a lowercase word
// that is not part of a compound ("xã hội", "xã viên", "xã giao").
const COMPOUND_AFTER = /^[ \u00a0]+(hội|viên|giao|tắc|đội|luận|thuyết|hội\p{L}*)(?![\p{L}])/iu;
// "đặc khu kinh tế" (a special economic zone) is not a commune-level unit.
const SPECIAL_ZONE_AFTER = /^[ \u00a0]+(?:kinh[ \u00a0]tế|hành[ \u00a0]chính[ \u00a0]kinh[ \u00a0]tế)(?![\p{L}])/iu;
const LIST_AFTER = /^\s*(?:,|\/|và|hoặc|-|–)\s*(?:các\s+)?(?:xã|phường|đặc\s+khu|thị\s+trấn|huyện|thành\s+phố|tỉnh)(?![\p{L}])/iu;
// Own-unit cues right before the noun.
const CUE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:của|toàn|trên[ \u00a0]địa[ \u00a0]bàn|địa[ \u00a0]bàn|nhất|Đảng[ \u00a0]ủy|Đảng[ \u00a0]uỷ|Đảng[ \u00a0]bộ|UBND|HĐND|Ủy[ \u00a0]ban[ \u00a0]nhân[ \u00a0]dân|Uỷ[ \u00a0]ban[ \u00a0]nhân[ \u00a0]dân|Hội[ \u00a0]đồng[ \u00a0]nhân[ \u00a0]dân|MTTQ|chính[ \u00a0]quyền|lãnh[ \u00a0]đạo|Thường[ \u00a0]trực|Chủ[ \u00a0]tịch|Bí[ \u00a0]thư|Công[ \u00a0]an|Trạm[ \u00a0]Y[ \u00a0]tế|Văn[ \u00a0]phòng|Đài[ \u00a0]truyền[ \u00a0]thanh|đoàn[ \u00a0]thể)[ \u00a0]+$`,
  'u',
);
const LIST_BEFORE = /(?:các|những|mỗi|từng|giữa|liên|hợp[ \u00a0]tác|(?:xã|phường|đặc[ \u00a0]khu|thị[ \u00a0]trấn|huyện)\s*(?:,|\/|và|hoặc|-|–))[ \u00a0]*$/iu;

function capitalise(word: string, like: string): string {
  return like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

export const unitMismatch: Rule = {
  id: 'unit-mismatch',
  category: 'numbers',
  description: {
    vi: 'Đơn vị hành chính của bài viết bị gọi lẫn (xã / phường / đặc khu / thị trấn)',
    en: "The article's administrative unit is called by another unit type (xã / phường / đặc khu / thị trấn)",
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    named: {
      vi: '“{found}” — bài viết nói về {unit} {name}, không phải {other}.',
      en: '“{found}” — the article is about {unit} {name}, not a {other}.',
    },
    bare: {
      vi: 'Bài viết nói về {unit} {name}; “{other}” ở đây có lẽ là “{unit}”.',
      en: 'The article is about {unit} {name}; “{other}” here probably should be “{unit}”.',
    },
    replace: { vi: 'Sửa thành “{newText}”', en: 'Change to “{newText}”' },
  },
  check(ctx: RuleContext): Report[] {
    const unit = ctx.facts.unit;
    if (!unit) return [];
    const text = ctx.doc.nfc;
    // Unit types that name some other place in the article ("thị trấn Minh Đức" in an article about a xã);
    // read on the first bare noun of another type that needs it (most articles have none)
    let otherNamed: Set<UnitType> | undefined;
    const namesOtherPlace = (type: UnitType): boolean => {
      if (otherNamed === undefined) {
        otherNamed = new Set<UnitType>();
        OTHER_NAMED.lastIndex = 0;
        let o: RegExpExecArray | null;
        while ((o = OTHER_NAMED.exec(text)) !== null) {
          if (o.index > 0 && LETTER.test(text[o.index - 1])) continue;
          const t = unitTypeOf(o[1]);
          if (t !== unit.unit && trimPlaceName(o[2]) !== unit.name) otherNamed.add(t);
        }
      }
      return otherNamed.has(type);
    };
    const reports: Report[] = [];
    // after the reform, a thị trấn in a history sentence is the commune's former self
    let history: ((start: number, end: number) => boolean) | undefined;
    const formerTownlet = (type: UnitType, start: number, end: number): boolean => {
      if (type !== 'thị trấn') return false;
      if (history === undefined) {
        const date = articleDate(ctx);
        history = date && dayKey(date) >= dayKey(TWO_LEVEL_START) ? historyReader(ctx) : () => false;
      }
      return history(start, end);
    };
    const others = OTHER_NOUN.get(unit.unit);
    if (!others) return [];
    others.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = others.exec(text)) !== null) {
      if (m.index > 0 && LETTER.test(text[m.index - 1])) continue;
      const noun = m[1];
      const type = unitTypeOf(noun);
      if (type === unit.unit) continue;
      const start = m.index;
      const end = start + noun.length;
      const after = text.slice(end, end + 48);
      const newText = capitalise(unit.unit, noun);
      const named = NAME_AFTER.exec(after);
      if (named) {
        const name = trimPlaceName(named[1]);
        if (name === unit.name && !formerTownlet(type, start, end + named[0].length)) {
          reports.push({
            start,
            end,
            messageId: 'named',
            values: { found: `${noun} ${name}`, unit: unit.unit, name: unit.name, other: type },
            fixes: [{ titleId: 'replace', values: { newText }, edits: [{ start, end, newText }], safe: true }],
          });
        }
        continue;
      }
      if (namesOtherPlace(type)) continue;
      if (type === 'xã' && COMPOUND_AFTER.test(after)) continue;
      if (type === 'đặc khu' && SPECIAL_ZONE_AFTER.test(after)) continue;
      if (LIST_AFTER.test(after)) continue;
      const before = text.slice(Math.max(0, start - 40), start);
      if (LIST_BEFORE.test(before)) continue;
      if (!CUE_BEFORE.test(before)) continue;
      if (formerTownlet(type, start, end)) continue;
      reports.push({
        start,
        end,
        messageId: 'bare',
        values: { unit: unit.unit, name: unit.name, other: type },
        fixes: [{ titleId: 'replace', values: { newText }, edits: [{ start, end, newText }], safe: false }],
      });
    }
    return reports;
  },
};
