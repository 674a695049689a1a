// term-mismatch: the same term of office written differently — with other years ("nhiệm kỳ
// 2020 – 2025" in the opening, "nhiệm kỳ 2020 – 2026" later) or with another number for the same
// body ("HĐND xã khóa XIX" in the lead, "HĐND xã khóa XX" further down).
//
// An article legitimately names several terms (HĐND 2021–2026 beside the Party's 2020–2025, a
// chi bộ's 2022–2025, the next term 2025–2030), so a term's years are flagged only when they are a
// near miss of a more common (or earlier) form of the same body: one year equal, the other off by one.
// Numbers are compared per body (type, level, place: Quốc hội khóa XV, HĐND tỉnh khóa XVIII and
// HĐND xã khóa XX are three bodies); articles about a change of term (congresses, elections, a
// council's first session) name the outgoing and the incoming number on purpose. A term that cannot
// be — ending before it starts ("2015-2010") or with a malformed year ("2025-22030") — is reported
// on its own.

import type { TermFact, TermNumberFact } from '../facts/types';
import type { Fix, Report, Rule, RuleContext } from '../types';

function nearMiss(a: TermFact, b: { from: number; to: number }): boolean {
  return (a.from === b.from && Math.abs(a.to - b.to) === 1) || (a.to === b.to && Math.abs(a.from - b.from) === 1);
}

interface Form {
  from: number;
  to: number;
  count: number;
  first: number;
}

/** The more frequent form, or as frequent and earlier. */
function preferred(f: Form, than: Form): boolean {
  return f.count > than.count || (f.count === than.count && f.first < than.first);
}

function yearFix(t: TermFact, target: Form, expected: string): Fix | undefined {
  const edit =
    t.from !== target.from && t.fromSpan
      ? { start: t.fromSpan.start, end: t.fromSpan.end, newText: String(target.from) }
      : t.toSpan
        ? { start: t.toSpan.start, end: t.toSpan.end, newText: String(target.to) }
        : undefined;
  return edit ? { titleId: 'replace', values: { expected }, edits: [edit], safe: false } : undefined;
}

function yearReports(terms: readonly TermFact[]): Report[] {
  if (terms.length < 2) return [];
  const subjects = new Set(terms.map((t) => t.subject).filter((s): s is string => s !== undefined));
  // Forms per subject; a term without a known subject joins the only subject, if there is one.
  const groupOf = (t: TermFact): string | undefined => t.subject ?? (subjects.size <= 1 ? [...subjects][0] ?? '' : undefined);
  const forms = new Map<string, Map<string, Form>>();
  const loose = new Map<string, Form>();
  terms.forEach((t, i) => {
    const g = groupOf(t);
    let byForm = g === undefined ? loose : forms.get(g);
    if (!byForm) forms.set(g!, (byForm = new Map()));
    const k = `${t.from}-${t.to}`;
    const f = byForm.get(k);
    if (f) f.count++;
    else byForm.set(k, { from: t.from, to: t.to, count: 1, first: i });
  });
  const reports: Report[] = [];
  for (const t of terms) {
    const dash = t.text.slice(t.fromSpan ? t.fromSpan.end - t.start : 0, t.toSpan ? t.toSpan.start - t.start : 0);
    const show = (f: { from: number; to: number }): string => `${f.from}${dash}${f.to}`;
    const g = groupOf(t);
    if (g === undefined) {
      // A term without its body among several bodies: wrong when it is no body's term and nearly
      // repeats one ("2020 – 2026" beside the Party's 2020 – 2025 and HĐND's 2021 – 2026).
      const own = loose.get(`${t.from}-${t.to}`)!;
      const known = [...forms.values()].flatMap((byForm) => [...byForm.values()]);
      if (known.some((f) => f.from === t.from && f.to === t.to)) continue;
      const targets = known.filter((f) => nearMiss(t, f) && preferred(f, own));
      const distinct = [...new Map(targets.map((f) => [`${f.from}-${f.to}`, f])).values()].sort((a, b) => a.first - b.first);
      if (distinct.length === 0) continue;
      const fixes = distinct.map((f) => yearFix(t, f, show(f))).filter((f): f is Fix => f !== undefined);
      reports.push({
        start: t.start,
        end: t.end,
        messageId: distinct.length === 1 ? 'mismatch' : 'mismatchEither',
        values: { found: show(t), expected: distinct.map(show).join('”, “') },
        ...(fixes.length > 0 ? { fixes } : {}),
      });
      continue;
    }
    const byForm = forms.get(g);
    const own = byForm?.get(`${t.from}-${t.to}`);
    if (!byForm || !own) continue;
    // the preferred form this one nearly repeats
    let target: Form | undefined;
    for (const f of byForm.values()) {
      if (f === own || !nearMiss(t, f) || !preferred(f, own)) continue;
      if (!target || preferred(f, target)) target = f;
    }
    if (!target) continue;
    const expected = show(target);
    const fix = yearFix(t, target, expected);
    reports.push({
      start: t.start,
      end: t.end,
      messageId: 'mismatch',
      values: { found: show(t), expected },
      ...(fix ? { fixes: [fix] } : {}),
    });
  }
  return reports;
}

/** "nhiệm kỳ 2025-22030": an end year with a digit too many. */
const MALFORMED_TERM_RE = /nhiệm\s+kỳ\s+((?:19|20)\d{2})\s*[-–—]\s*(\d{5,8})(?!\p{N})/giu;

// A span of several terms ("qua hai nhiệm kỳ 2010 – 2020") is possible; an end before the start is not.
const possible = (t: { from: number; to: number }): boolean => t.to > t.from;

/** Digits of `short` in order inside `long` ("2030" in "22030"). */
function subsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** Terms that cannot be: ending before they start ("2015-2010") or with a malformed year ("2025-22030"). */
function impossibleReports(terms: readonly TermFact[], text: string): Report[] {
  const reports: Report[] = [];
  const written = (t: TermFact): string => (t.fromSpan && t.toSpan ? text.slice(t.fromSpan.start, t.toSpan.end) : `${t.from}–${t.to}`);
  for (const t of terms) {
    if (possible(t)) continue;
    // the right form is usually written elsewhere with the same first year
    const right = terms.find((o) => o !== t && possible(o) && o.from === t.from);
    const fix = right && t.toSpan ? { start: t.toSpan.start, end: t.toSpan.end, newText: String(right.to) } : undefined;
    reports.push({
      start: t.start,
      end: t.end,
      messageId: 'impossible',
      values: { found: written(t) },
      ...(fix ? { fixes: [{ titleId: 'replace', values: { expected: String(right!.to) }, edits: [fix], safe: false }] } : {}),
    });
  }
  if (!/\d{5}/.test(text)) return reports;
  MALFORMED_TERM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MALFORMED_TERM_RE.exec(text)) !== null) {
    const token = m[2];
    const from = Number(m[1]);
    const right = terms.find((o) => possible(o) && o.from === from && subsequence(String(o.to), token));
    const tokenStart = m.index + m[0].length - token.length;
    reports.push({
      start: m.index,
      end: m.index + m[0].length,
      messageId: 'malformed',
      values: { found: m[0].slice(m[0].lastIndexOf(m[1], m[0].length - token.length)), year: token },
      ...(right
        ? { fixes: [{ titleId: 'replace', values: { expected: String(right.to) }, edits: [{ start: tokenStart, end: m.index + m[0].length, newText: String(right.to) }], safe: false }] }
        : {}),
    });
  }
  return reports;
}

/** A change of term in the article: the outgoing and the incoming number of one body are then both meant. */
const COUNCIL_CHANGE_RE =
  /kỳ họp thứ nhất|kỳ họp đầu tiên|phiên họp thứ nhất|bầu cử|khóa mới|khoá mới|khóa trước|khoá trước|nhiệm kỳ trước|nhiệm kỳ mới|nhiệm kỳ tới|tái cử|kế nhiệm/iu;
const PARTY_CHANGE_RE =
  /đại hội đại biểu|đại hội chi bộ|khai mạc đại hội|tổ chức đại hội|tiến hành đại hội|đại hội lần thứ|đại hội đã bầu|(?<![\p{L}])bầu(?![\p{L}])|lần thứ nhất|khóa mới|khoá mới|khóa trước|khoá trước|nhiệm kỳ trước|nhiệm kỳ mới|nhiệm kỳ tới|tái cử|kế nhiệm/iu;

const BODY_NAMES: Readonly<Record<string, string>> = {
  hđnd: 'HĐND',
  đảng: 'Đảng bộ',
  'chi bộ': 'Chi bộ',
};

function bodyName(body: NonNullable<TermNumberFact['body']>): string {
  const type = body.type.startsWith('hội:') ? body.type.slice(4) : BODY_NAMES[body.type] ?? body.type;
  return body.level ? `${type} ${body.level}` : type;
}

/** Mentions of the same body: a mention without level or name joins the only one written for its type. */
function bodyGroups(placed: readonly TermNumberFact[]): TermNumberFact[][] {
  const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V): void => {
    const set = map.get(key);
    if (set) set.add(value);
    else map.set(key, new Set([value]));
  };
  const only = <V>(set: Set<V> | undefined, none: V): V | undefined => (!set || set.size === 0 ? none : set.size === 1 ? [...set][0] : undefined);
  const levels = new Map<string, Set<string>>();
  for (const n of placed) if (n.body!.level) add(levels, n.body!.type, n.body!.level);
  const levelOf = (n: TermNumberFact): string | undefined => n.body!.level ?? only(levels.get(n.body!.type), '');
  const names = new Map<string, Set<string>>();
  for (const n of placed) {
    const level = levelOf(n);
    if (level !== undefined && n.body!.name) add(names, `${n.body!.type}|${level}`, n.body!.name);
  }
  const groups = new Map<string, TermNumberFact[]>();
  for (const n of placed) {
    const level = levelOf(n);
    if (level === undefined) continue;
    const k = `${n.body!.type}|${level}`;
    const name = n.body!.name ?? only(names.get(k), '');
    if (name === undefined) continue;
    const list = groups.get(`${k}|${name}`);
    if (list) list.push(n);
    else groups.set(`${k}|${name}`, [n]);
  }
  return [...groups.values()];
}

function numberReports(numbers: readonly TermNumberFact[], terms: readonly TermFact[], text: string): Report[] {
  // National bodies are cited with past terms ("Nghị quyết Trung ương 4 khóa XII", "Quốc hội khóa XIV").
  const placed = numbers.filter((n) => n.body !== undefined && n.body.level !== 'tw');
  if (placed.length < 2) return [];
  /** The term years written right after a mention ("khóa XX, nhiệm kỳ 2021 – 2026"); terms are in text order. */
  const yearsOf = (n: TermNumberFact): string | undefined => {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid].start < n.end) lo = mid + 1;
      else hi = mid;
    }
    const t = terms[lo];
    return t && t.start - n.end <= 24 ? `${t.from}-${t.to}` : undefined;
  };
  const reports: Report[] = [];
  for (const members of bodyGroups(placed)) {
    const counts = new Map<number, number>();
    for (const n of members) counts.set(n.value, (counts.get(n.value) ?? 0) + 1);
    if (counts.size < 2) continue;
    const type = members[0].body!.type;
    const change = (type === 'hđnd' ? COUNCIL_CHANGE_RE : PARTY_CHANGE_RE).test(text);
    // the most frequent number, or as frequent and first
    let major = members[0];
    for (const n of members) if (counts.get(n.value)! > counts.get(major.value)!) major = n;
    for (const n of members) {
      if (n.value === major.value) continue;
      // a change of term names two consecutive numbers; one that follows no other number is still a slip
      if (change && (counts.has(n.value - 1) || counts.has(n.value + 1))) continue;
      const a = yearsOf(n);
      const b = yearsOf(major);
      if (a && b && a !== b) continue; // two terms, each with its own years
      reports.push({
        start: n.start,
        end: n.end,
        messageId: 'numberMismatch',
        values: { found: n.numeral, expected: major.numeral, body: bodyName(n.body!) },
        fixes: [{ titleId: 'replace', values: { expected: major.numeral }, edits: [{ ...n.numeralSpan, newText: major.numeral }], safe: false }],
      });
    }
  }
  return reports;
}

export const termMismatch: Rule = {
  id: 'term-mismatch',
  category: 'numbers',
  description: { vi: 'Cùng một nhiệm kỳ viết khác năm hoặc khác số khóa', en: 'The same term written with different years or numbers' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    mismatch: {
      vi: 'Nhiệm kỳ “{found}” khác với “{expected}” viết ở chỗ khác trong bài.',
      en: 'The term “{found}” differs from “{expected}” written elsewhere in the article.',
    },
    mismatchEither: {
      vi: 'Nhiệm kỳ “{found}” không khớp nhiệm kỳ nào viết ở chỗ khác trong bài (“{expected}”).',
      en: 'The term “{found}” matches none of the terms written elsewhere in the article (“{expected}”).',
    },
    impossible: {
      vi: 'Nhiệm kỳ “{found}” không thể có: năm kết thúc phải sau năm bắt đầu.',
      en: 'The term “{found}” cannot be: its end year must come after its start year.',
    },
    malformed: {
      vi: 'Nhiệm kỳ “{found}”: “{year}” không phải là một năm.',
      en: 'The term “{found}”: “{year}” is not a year.',
    },
    numberMismatch: {
      vi: '{body} khóa “{found}” khác với khóa “{expected}” của cùng cơ quan viết ở chỗ khác trong bài.',
      en: '{body} “khóa {found}” differs from “khóa {expected}” of the same body written elsewhere in the article.',
    },
    replace: { vi: 'Sửa thành {expected}', en: 'Change to {expected}' },
  },
  check(ctx: RuleContext): Report[] {
    const reports = yearReports(ctx.facts.terms.filter(possible));
    reports.push(...impossibleReports(ctx.facts.terms, ctx.doc.nfc));
    reports.push(...numberReports(ctx.facts.termNumbers, ctx.facts.terms, ctx.doc.nfc));
    return reports;
  },
};
