// count-mismatch: an announced count that differs from the numbered list right after it
// ("6 nhóm nhiệm vụ: (1) … (5)", "3 giải pháp đột phá: thứ nhất … thứ tư"). Unnumbered lists
// (clauses separated by semicolons) are not counted.
import { isSentenceBoundary } from '../text/numbers';
import type { EnumerationFact } from '../facts/types';
import type { Report, Rule } from '../types';

const MAX_GAP = 260;
const INTRO_RE = /(?<![\p{L}])(?:đó là|là|gồm|gồm có|bao gồm|như sau|cụ thể|sau đây)[\s,:]*$/u;

/** The numbered list that an announced count at [start, end) introduces, if any. */
export function listAfter(text: string, end: number, enumerations: readonly EnumerationFact[]): EnumerationFact | undefined {
  // enumerations are sorted by start: binary search the first one at or after `end`
  let lo = 0;
  let hi = enumerations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (enumerations[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  const e = enumerations[lo];
  if (!e || e.items[0].ordinal !== 1 || e.start - end > MAX_GAP) return undefined;
  const between = text.slice(end, e.start);
  if (between.includes(';')) return undefined;
  // the list must be introduced: "…: (1)", "…, đó là: (1)", "… gồm (1)", or follow at once
  if (between.trim() !== '' && !/:\s*$/.test(between) && !INTRO_RE.test(between.toLowerCase())) return undefined;
  for (let i = 0; i < between.length; i++) {
    if (!isSentenceBoundary(between, i)) continue;
    // a line break is fine right after a colon ("… 4 nội dung:\n1. …")
    if ((between[i] === '\n' || between[i] === '\r') && /:\s*$/.test(between.slice(0, i))) continue;
    return undefined;
  }
  return e;
}

export const countMismatch: Rule = {
  id: 'count-mismatch',
  category: 'numbers',
  description: { vi: 'Số lượng công bố khác danh sách liệt kê', en: 'Announced count differs from the list' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    countMismatch: {
      vi: 'Nêu {count} {noun} nhưng danh sách sau đó có {items} mục.',
      en: 'Announces {count} {noun} but the list that follows has {items} items.',
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    const text = ctx.doc.nfc;
    for (const c of ctx.facts.counts) {
      if (c.role === 'total') continue;
      const list = listAfter(text, c.end, ctx.facts.enumerations);
      if (!list) continue;
      const items = list.items.length;
      const last = list.items[items - 1].ordinal;
      if (c.count === items || c.count === last) continue;
      reports.push({ start: c.start, end: c.end, messageId: 'countMismatch', values: { count: c.count, noun: c.noun, items } });
    }
    return reports;
  },
};
