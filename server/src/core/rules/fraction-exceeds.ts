// fraction-exceeds: a numerator above its total where that is impossible — criteria met, villages,
// chi bộ, delegates ("21/19 tiêu chí", "17/16 thôn", "14/13 chi bộ"). Herds, areas and revenue
// counted against a target may exceed it ("540/500 con") and are left alone.
import type { Report, Rule } from '../types';

export const fractionExceeds: Rule = {
  id: 'fraction-exceeds',
  category: 'numbers',
  description: { vi: 'Tử số lớn hơn tổng số', en: 'Numerator above the total' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    exceeds: {
      vi: '{fraction} {counted}: số đạt ({numerator}) lớn hơn tổng số ({denominator}) — không thể có nhiều {counted} hơn tổng số.',
      en: '{fraction} {counted}: the part ({numerator}) is larger than the total ({denominator}); there cannot be more {counted} than the whole set.',
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const f of ctx.facts.fractions) {
      if (f.mayExceed || !(f.numerator > f.denominator)) continue;
      reports.push({
        start: f.start,
        end: f.end,
        messageId: 'exceeds',
        values: { fraction: f.text, counted: f.counted, numerator: f.numerator, denominator: f.denominator },
      });
    }
    return reports;
  },
};
