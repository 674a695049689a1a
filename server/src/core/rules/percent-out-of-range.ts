// percent-out-of-range: a share of a whole above 100% ("tỷ lệ hộ … đạt 104,5%", "106% hộ dân"), or a
// coverage rate above 100% ("tỷ lệ tham gia bảo hiểm y tế 101,5%", "tỷ lệ che phủ rừng 102%").
// Performance against a plan or estimate ("đạt 112% kế hoạch", "108,6% dự toán") and growth are not
// shares; rates that are often measured against a plan (revenue, disbursement, vaccination) are left alone.
import type { Report, Rule } from '../types';

/** Rates of coverage: a part of a population or an area, which cannot pass 100%. */
const CAPPED_RATE_RE =
  /bảo hiểm y tế|bảo hiểm xã hội|(?<![\p{L}])(?:bhyt|bhxh)(?![\p{L}])|bao phủ|che phủ|nước sạch|hợp vệ sinh|điện lưới|qua đào tạo|có việc làm|(?<![\p{L}])nghèo|suy dinh dưỡng|gia đình văn hóa|gia đình văn hoá|kiên cố|cứng hóa|cứng hoá|bê tông hóa|bê tông hoá|nhựa hóa|nhựa hoá|tốt nghiệp|lên lớp|đạt chuẩn/u;
/** Rates that may be counted against a target or an estimated population. */
const OPEN_RATE_RE = /thu ngân sách|(?<![\p{L}])thu(?![\p{L}])|giải ngân|hoàn thành|tăng|giảm|tiêm|huy động|kế hoạch|chỉ tiêu|so với|dự toán|vượt/u;

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
    rateAbove100: {
      vi: 'Tỷ lệ {rate} {percent}: tỷ lệ bao phủ không thể vượt 100% (nếu là so với kế hoạch, hãy ghi rõ “kế hoạch”).',
      en: 'The rate of {rate} at {percent}: a coverage rate cannot exceed 100% (if it is against a plan, say “kế hoạch”).',
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const p of ctx.facts.percentages) {
      if (p.role !== 'share' || p.bound === 'upper') continue;
      const milli = p.milli ?? Math.round(p.value * 1000);
      if (milli <= 100000) continue;
      if (p.whole) {
        reports.push({ start: p.start, end: p.end, messageId: 'shareAbove100', values: { percent: p.text, whole: p.whole } });
      } else if (p.rate && CAPPED_RATE_RE.test(p.rate.toLowerCase()) && !OPEN_RATE_RE.test(p.rate.toLowerCase())) {
        reports.push({ start: p.start, end: p.end, messageId: 'rateAbove100', values: { percent: p.text, rate: p.rate } });
      }
    }
    return reports;
  },
};
