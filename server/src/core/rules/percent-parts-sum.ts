// percent-parts-sum: shares of one whole listed as disjoint categories that add up to more than 100%
// ("98% đảng viên hoàn thành tốt nhiệm vụ trở lên, 4% đảng viên hoàn thành nhiệm vụ" = 102%).
// Sums use exact decimals (×1000); "trên/hơn 95%" counts as 95, "dưới/khoảng" values are not counted.
// Nested shares ("100% … trở lên, trong đó 89% …") are not parts of one split and are skipped.
import { formatViMilli } from '../text/numbers';
import type { PercentFact } from '../facts/types';
import type { Report, Rule } from '../types';

/** Nested parts, or another period ("năm 2021 …, năm 2022 …"), end a list. */
const NESTING_RE = /trong đó|riêng|bao gồm|gồm có|(?<![\p{L}\p{N}])(?:năm|quý|tháng|kỳ|(?:19|20)\d\d)(?![\p{L}\p{N}])/u;

function disjoint(items: PercentFact[]): boolean {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i].rating!;
      const b = items[j].rating!;
      if (a.from <= b.to && b.from <= a.to) return false;
    }
  }
  return true;
}

export const percentPartsSum: Rule = {
  id: 'percent-parts-sum',
  category: 'numbers',
  description: { vi: 'Tổng các tỷ lệ vượt 100%', en: 'Shares of one whole sum above 100%' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    sumAbove100: {
      vi: 'Các tỷ lệ {parts} của cùng tổng số {whole} cộng lại bằng {sum}%, vượt 100%.',
      en: 'The shares {parts} of the same {whole} add up to {sum}%, more than 100%.',
    },
  },
  check(ctx) {
    const text = ctx.doc.nfc;
    const reports: Report[] = [];
    const rated = ctx.facts.percentages.filter((p) => p.rating && p.whole && p.role === 'share');
    let i = 0;
    while (i < rated.length) {
      const group = [rated[i]];
      let j = i + 1;
      while (j < rated.length) {
        const prev = group[group.length - 1];
        const next = rated[j];
        if (next.whole !== prev.whole || next.rating!.ladder !== prev.rating!.ladder) break;
        if (!next.sentence || !prev.sentence || next.sentence.start !== prev.sentence.start) break;
        const between = text.slice(prev.end, next.start).toLowerCase();
        if (between.length > 160 || NESTING_RE.test(between)) break;
        group.push(next);
        j++;
      }
      i = j;
      if (group.length < 2 || !disjoint(group)) continue;
      let sum = 0;
      for (const p of group) if (p.bound !== 'upper') sum += p.milli ?? Math.round(p.value * 1000);
      if (sum <= 100000) continue;
      reports.push({
        start: group[0].start,
        end: group[group.length - 1].end,
        messageId: 'sumAbove100',
        values: { parts: group.map((p) => p.text).join(' + '), whole: group[0].whole ?? '', sum: formatViMilli(sum) },
      });
    }
    return reports;
  },
};
