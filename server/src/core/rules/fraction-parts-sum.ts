// fraction-parts-sum: complementary parts of one whole that do not add up to it
// ("9/23 chỉ tiêu đạt và vượt tiến độ, 11/23 chỉ tiêu chưa đạt tiến độ": 9 + 11 ≠ 23), and listed
// categories of one whole that add up to more than the whole. Lists with another category
// ("13/31 chỉ tiêu đạt trên 70%") only have to stay within the whole.
import { countedFamily } from '../facts/fractions';
import type { FractionFact } from '../facts/types';
import { formatViMilli } from '../text/numbers';
import type { Report, Rule } from '../types';

/** A count written the Vietnamese way ("2.315"). */
const viNumber = (n: number): string => formatViMilli(Math.round(n * 1000));

/** Nested parts, or another period ("năm 2021 …, năm 2022 …"), end a list. */
const NESTING_RE = /trong đó|riêng|bao gồm|gồm có|(?<!(?:\p{L}|\p{N}))(?:năm|quý|tháng|kỳ|(?:19|20)\d\d)(?!(?:\p{L}|\p{N}))/u;

const complete = (f: FractionFact): boolean => !f.remainder && (f.qualifier === 'đạt' || f.qualifier === 'vượt');
const incomplete = (f: FractionFact): boolean => f.remainder === true || f.qualifier === 'chưa đạt' || f.qualifier === 'đang thực hiện';

/** Runs of fractions listed together: same sentence, same total, same counted family, close, not nested. */
export function fractionLists(fractions: readonly FractionFact[], text: string): FractionFact[][] {
  const lists: FractionFact[][] = [];
  let current: FractionFact[] = [];
  for (const f of fractions) {
    const prev = current[current.length - 1];
    const joins =
      prev !== undefined &&
      prev.denominator === f.denominator &&
      countedFamily(prev.counted) === countedFamily(f.counted) &&
      prev.sentence?.start === f.sentence?.start &&
      f.start - prev.end <= 200 &&
      !NESTING_RE.test(text.slice(prev.end, f.start).toLowerCase());
    if (joins) current.push(f);
    else {
      if (current.length > 1) lists.push(current);
      current = [f];
    }
  }
  if (current.length > 1) lists.push(current);
  return lists;
}

export const fractionPartsSum: Rule = {
  id: 'fraction-parts-sum',
  category: 'numbers',
  description: { vi: 'Các phần không cộng đủ tổng', en: 'Parts do not add up to the whole' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    notWhole: {
      vi: 'Các phần {parts} của cùng tổng {total} {counted} cộng lại bằng {sum}, không bằng {total}.',
      en: 'The parts {parts} of the same {total} {counted} add up to {sum}, not {total}.',
    },
    aboveWhole: {
      vi: 'Các phần {parts} của cùng tổng {total} {counted} cộng lại bằng {sum}, vượt tổng số {total}.',
      en: 'The parts {parts} of the same {total} {counted} add up to {sum}, more than the total {total}.',
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    const text = ctx.doc.nfc;
    const candidates = ctx.facts.fractions.filter((f) => !f.mayExceed);
    for (const list of fractionLists(candidates, text)) {
      const total = list[0].denominator;
      const sum = list.reduce((acc, f) => acc + f.numerator, 0);
      const qualified = list.every((f) => f.qualifier !== undefined || f.remainder);
      if (!qualified) continue;
      const complementary =
        list.some(complete) && list.some(incomplete) && list.every((f) => complete(f) || incomplete(f));
      let messageId: string | undefined;
      if (complementary && sum !== total) messageId = 'notWhole';
      else if (sum > total) {
        const texts = list.map((f) => f.qualifierText ?? f.qualifier ?? '');
        const distinct = new Set(texts).size === texts.length;
        const nested = texts.some((t) => /trở lên/u.test(t));
        if (distinct && !nested) messageId = 'aboveWhole';
      }
      if (!messageId) continue;
      reports.push({
        start: list[0].start,
        end: list[list.length - 1].end,
        messageId,
        values: { parts: list.map((f) => viNumber(f.numerator)).join(' + '), sum: viNumber(sum), total: viNumber(total), counted: list[0].counted },
      });
    }
    return reports;
  },
};
