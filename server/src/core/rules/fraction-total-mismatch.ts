// fraction-total-mismatch: one indicator set counted against two totals — against the total the
// paragraph announced ("Nghị quyết đề ra 26 chỉ tiêu … 17/28 chỉ tiêu"), against a known national set
// (config.knownTotals, "tiêu chí nông thôn mới" = 19 by default), or between the complementary parts
// of one list ("18/20 chỉ tiêu đạt, 02/21 chỉ tiêu chưa đạt"). The quick fix uses the announced,
// known or majority total. Different indicators may have different totals ("18/31 chỉ tiêu", "3/16 chi bộ").
import { countedFamily } from '../facts/fractions';
import type { FractionFact } from '../facts/types';
import { paragraphIndexAt } from '../text/numbers';
import type { Fix, Report, Rule } from '../types';

const NESTING_RE = /trong đó|riêng|bao gồm|gồm có/u;
const SUBSET_RE = /(?<![\p{L}\p{N}])\d+\s+(?:chỉ tiêu|mục tiêu|tiêu chí)|nhóm|lĩnh vực/u;

function fixTo(f: FractionFact, total: number): Fix[] {
  if (!f.denominatorSpan) return [];
  return [
    {
      titleId: 'useTotal',
      values: { fraction: f.text, fixed: `${f.text.slice(0, f.denominatorSpan.start - f.start)}${total}`, total },
      edits: [{ start: f.denominatorSpan.start, end: f.denominatorSpan.end, newText: String(total) }],
      safe: false,
    },
  ];
}

export const fractionTotalMismatch: Rule = {
  id: 'fraction-total-mismatch',
  category: 'numbers',
  description: { vi: 'Cùng một chỉ tiêu nhưng tổng số khác nhau', en: 'One indicator with two totals' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    announcedTotal: {
      vi: '{fraction} {counted}: tổng số {denominator} khác với {total} {counted} đã nêu trước đó trong đoạn.',
      en: '{fraction} {counted}: the total {denominator} differs from the {total} {counted} announced earlier in the paragraph.',
    },
    knownTotal: {
      vi: '{fraction} {counted}: bộ {set} có {total} tiêu chí (theo cấu hình), không phải {denominator}.',
      en: '{fraction} {counted}: the {set} set has {total} criteria (per configuration), not {denominator}.',
    },
    listTotal: {
      vi: '{fraction} {counted}: các phần của cùng một danh sách dùng tổng số khác nhau ({denominator} và {total}).',
      en: '{fraction} {counted}: parts of one list use different totals ({denominator} and {total}).',
    },
    useTotal: {
      vi: 'Sửa {fraction} thành {fixed}',
      en: 'Change {fraction} to {fixed}',
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    const reported = new Set<FractionFact>();
    const { fractions, counts } = ctx.facts;
    const text = ctx.doc.nfc;
    const paragraphs = ctx.doc.paragraphs;
    const known = new Map<string, number>();
    for (const [key, value] of Object.entries(ctx.config.knownTotals ?? {})) {
      if (typeof value === 'number' && Number.isFinite(value) && value > 0) known.set(key.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' '), value);
    }

    // 1. Known set sizes ("tiêu chí nông thôn mới" = 19).
    for (const f of fractions) {
      if (!f.setKey) continue;
      const total = known.get(f.setKey);
      if (total === undefined || f.denominator === total) continue;
      reported.add(f);
      reports.push({
        start: f.start,
        end: f.end,
        messageId: 'knownTotal',
        values: { fraction: f.text, counted: f.counted, set: f.setKey, total, denominator: f.denominator },
        fixes: fixTo(f, total),
      });
    }

    // 2. An announced total binds the next list of the same indicator in its paragraph.
    const totals = counts.filter((c) => c.role === 'total');
    const nextSame: number[] = new Array<number>(totals.length);
    const seen = new Map<string, number>();
    for (let k = totals.length - 1; k >= 0; k--) {
      const family = countedFamily(totals[k].noun);
      nextSame[k] = seen.get(family) ?? Number.POSITIVE_INFINITY;
      seen.set(family, totals[k].start);
    }
    let fi = 0;
    for (let k = 0; k < totals.length; k++) {
      const c = totals[k];
      const family = countedFamily(c.noun);
      const paragraph = paragraphIndexAt(paragraphs, c.start);
      const limit = paragraph >= 0 ? paragraphs[paragraph].end : c.end + 600;
      const stop = Math.min(limit, nextSame[k]);
      while (fi < fractions.length && fractions[fi].start < c.end) fi++;
      let first: FractionFact | undefined;
      let j = fi;
      for (; j < fractions.length && fractions[j].start < stop; j++) {
        if (countedFamily(fractions[j].counted) === family) {
          first = fractions[j];
          break;
        }
      }
      if (!first || first.setKey) continue;
      // "Trong 26 chỉ tiêu, có 10 chỉ tiêu kinh tế … 8/10": a subset is counted in between
      const gap = text.slice(c.end, first.start).toLowerCase();
      if (NESTING_RE.test(gap) || SUBSET_RE.test(gap)) continue;
      for (; j < fractions.length && fractions[j].start < stop; j++) {
        const f = fractions[j];
        if (countedFamily(f.counted) !== family || f.sentence?.start !== first.sentence?.start) continue;
        if (f.denominator === c.count || reported.has(f)) continue;
        reported.add(f);
        reports.push({
          start: f.start,
          end: f.end,
          messageId: 'announcedTotal',
          values: { fraction: f.text, counted: f.counted, total: c.count, denominator: f.denominator },
          fixes: fixTo(f, c.count),
        });
      }
    }

    // 3. Complementary parts of one list with different totals.
    const strict = fractions.filter((f) => !f.mayExceed);
    for (let i = 0; i + 1 < strict.length; i++) {
      const a = strict[i];
      const b = strict[i + 1];
      if (a.denominator === b.denominator || countedFamily(a.counted) !== countedFamily(b.counted)) continue;
      if (a.sentence?.start !== b.sentence?.start || b.start - a.end > 200) continue;
      if (NESTING_RE.test(text.slice(a.end, b.start).toLowerCase())) continue;
      const aDone = !a.remainder && (a.qualifier === 'đạt' || a.qualifier === 'vượt');
      const bRest = b.remainder === true || b.qualifier === 'chưa đạt' || b.qualifier === 'đang thực hiện';
      if (!aDone || !bRest || reported.has(b) || reported.has(a)) continue;
      // The majority of the sentence's fractions of this family decides which total is right.
      const family = countedFamily(a.counted);
      const votes = new Map<number, number>();
      const vote = (f: FractionFact): void => {
        if (countedFamily(f.counted) === family) votes.set(f.denominator, (votes.get(f.denominator) ?? 0) + 1);
      };
      for (let j = i; j >= 0 && strict[j].sentence?.start === a.sentence?.start && i - j < 50; j--) vote(strict[j]);
      for (let j = i + 1; j < strict.length && strict[j].sentence?.start === a.sentence?.start && j - i < 50; j++) vote(strict[j]);
      const odd = (votes.get(b.denominator) ?? 0) > (votes.get(a.denominator) ?? 0) ? a : b;
      const right = odd === a ? b.denominator : a.denominator;
      reported.add(odd);
      reports.push({
        start: odd.start,
        end: odd.end,
        messageId: 'listTotal',
        values: { fraction: odd.text, counted: odd.counted, total: right, denominator: odd.denominator },
        fixes: fixTo(odd, right),
      });
    }
    reports.sort((x, y) => x.start - y.start);
    return reports;
  },
};
