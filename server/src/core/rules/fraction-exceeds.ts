// fraction-exceeds: a numerator above its total where that is impossible — criteria met, villages,
// chi bộ, delegates ("21/19 tiêu chí", "17/16 thôn", "14/13 chi bộ"), households in a state
// ("2.315/2.280 hộ đạt gia đình văn hóa"). Herds, areas and revenue counted against a target may
// exceed it ("540/500 con", "125/120 hộ thoát nghèo, vượt chỉ tiêu") and are left alone.
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
      // the numbers as written ("2.315"), not as parsed
      const [numerator, denominator] = f.text.split('/');
      reports.push({
        start: f.start,
        end: f.end,
        messageId: 'exceeds',
        values: { fraction: f.text, counted: f.counted, numerator, denominator },
      });
    }
    return reports;
  },
};
