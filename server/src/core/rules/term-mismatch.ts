// term-mismatch: the same term of office written with different years ("nhiệm kỳ 2020 – 2025"
// in the opening, "nhiệm kỳ 2020 – 2026" later).
//
// An article legitimately names several terms (HĐND 2021–2026 beside the Party's 2020–2025, a
// chi bộ's 2022–2025, the next term 2025–2030), so a term is flagged only when it is a near miss
// of a more common (or earlier) form of the same body: one year equal, the other off by one.

import type { TermFact } from '../facts/types';
import type { Report, Rule, RuleContext } from '../types';

function nearMiss(a: TermFact, b: { from: number; to: number }): boolean {
  return (a.from === b.from && Math.abs(a.to - b.to) === 1) || (a.to === b.to && Math.abs(a.from - b.from) === 1);
}

interface Form {
  from: number;
  to: number;
  count: number;
  first: number;
}

export const termMismatch: Rule = {
  id: 'term-mismatch',
  category: 'numbers',
  description: { vi: 'Cùng một nhiệm kỳ viết khác năm', en: 'The same term written with different years' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    mismatch: {
      vi: 'Nhiệm kỳ “{found}” khác với “{expected}” viết ở chỗ khác trong bài.',
      en: 'The term “{found}” differs from “{expected}” written elsewhere in the article.',
    },
    replace: { vi: 'Sửa thành {expected}', en: 'Change to {expected}' },
  },
  check(ctx: RuleContext): Report[] {
    const terms = ctx.facts.terms;
    if (terms.length < 2) return [];
    const subjects = new Set(terms.map((t) => t.subject).filter((s): s is string => s !== undefined));
    // Forms per subject; a term without a known subject joins the only subject, if there is one.
    const groupOf = (t: TermFact): string | undefined => t.subject ?? (subjects.size <= 1 ? [...subjects][0] ?? '' : undefined);
    const forms = new Map<string, Map<string, Form>>();
    terms.forEach((t, i) => {
      const g = groupOf(t);
      if (g === undefined) return;
      let byForm = forms.get(g);
      if (!byForm) forms.set(g, (byForm = new Map()));
      const k = `${t.from}-${t.to}`;
      const f = byForm.get(k);
      if (f) f.count++;
      else byForm.set(k, { from: t.from, to: t.to, count: 1, first: i });
    });
    const reports: Report[] = [];
    terms.forEach((t) => {
      const g = groupOf(t);
      if (g === undefined) return;
      const byForm = forms.get(g);
      if (!byForm) return;
      const own = byForm.get(`${t.from}-${t.to}`);
      if (!own) return;
      // the preferred form this one nearly repeats: more frequent, or as frequent and earlier
      let target: Form | undefined;
      for (const f of byForm.values()) {
        if (f === own || !nearMiss(t, f)) continue;
        if (f.count > own.count || (f.count === own.count && f.first < own.first)) {
          if (!target || f.count > target.count || (f.count === target.count && f.first < target.first)) target = f;
        }
      }
      if (!target) return;
      const dash = t.text.slice(t.fromSpan ? t.fromSpan.end - t.start : 0, t.toSpan ? t.toSpan.start - t.start : 0);
      const expected = `${target.from}${dash}${target.to}`;
      const edit =
        t.from !== target.from && t.fromSpan
          ? { start: t.fromSpan.start, end: t.fromSpan.end, newText: String(target.from) }
          : t.toSpan
            ? { start: t.toSpan.start, end: t.toSpan.end, newText: String(target.to) }
            : undefined;
      reports.push({
        start: t.start,
        end: t.end,
        messageId: 'mismatch',
        values: { found: `${t.from}${dash}${t.to}`, expected },
        ...(edit ? { fixes: [{ titleId: 'replace', values: { expected }, edits: [edit], safe: false }] } : {}),
      });
    });
    return reports;
  },
};
