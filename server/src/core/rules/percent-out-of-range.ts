// percent-out-of-range: a share of a whole above 100% ("tỷ lệ hộ … đạt 104,5%", "106% hộ dân").
// Performance against a plan or estimate ("đạt 112% kế hoạch", "108,6% dự toán") and growth are not shares.
import type { Report, Rule } from '../types';

export const percentOutOfRange: Rule = {
  id: 'percent-out-of-range',
  category: 'numbers',
  description: { vi: 'Tỷ lệ của một tổng thể vượt 100%', en: 'A share of a whole above 100%' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    shareAbove100: {
      vi: '{percent} {whole}: tỷ lệ trên tổng số {whole} không thể vượt 100%.',
      en: '{percent} of {whole}: a share of all {whole} cannot exceed 100%.',
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const p of ctx.facts.percentages) {
      if (p.role !== 'share' || !p.whole || p.bound === 'upper') continue;
      const milli = p.milli ?? Math.round(p.value * 1000);
      if (milli <= 100000) continue;
      reports.push({ start: p.start, end: p.end, messageId: 'shareAbove100', values: { percent: p.text, whole: p.whole } });
    }
    return reports;
  },
};
