// tinHoiNghi/facts: what the article claims, for the VS Code facts panel and any other client
// (docs/facts-request.md describes the JSON). Everything comes from the cached analysis: kind,
// sections and the extracted facts, each with LSP ranges and the findings that touch it.

import type { Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { listAfter } from '../core/rules/count-mismatch';
import { extractPeople } from '../core/facts/people';
import { describePercent } from '../core/facts/percentages';
import type { DateFact } from '../core/facts/types';
import { findingMessage } from '../core/render';
import type { Finding, Locale, Severity, Span } from '../core/types';
import type { AnalysisEntry } from './cache';
import { formatPercent } from './hover';
import { kindLabel, sectionLabel } from './names';

export { FACTS_REQUEST } from './constants';

export interface FactFinding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
}

/** Every item: a label in the request's locale, an optional detail, where it is, what is wrong there. */
export interface FactItem {
  label: string;
  detail?: string;
  range: Range;
  findings: FactFinding[];
}

export interface FactsResult {
  uri: string;
  version: number;
  /** false when the document is not checked (not an article); the lists are then empty. */
  checked: boolean;
  locale: Locale;
  kind: { id: string; label: string };
  sections: (FactItem & { name: string })[];
  fractions: (FactItem & { text: string; numerator: number; denominator: number; counted: string; qualifier?: string; percent: number | null })[];
  percentages: (FactItem & { text: string; value: number; whole?: string; role: string })[];
  counts: (FactItem & { text: string; count: number; noun: string; role?: string; listed: number | null; listRange?: Range })[];
  dates: (FactItem & { text: string; day: number; month: number; year?: number; valid: boolean; dateline: boolean })[];
  dateline: (FactItem & { text: string; day: number; month: number; year?: number; valid: boolean; dateline: boolean }) | null;
  terms: (FactItem & { text: string; from: number; to: number; subject?: string })[];
  unit: (FactItem & { unit: string; name: string; mentions: Range[] }) | null;
  people: (FactItem & { name: string; title?: string; mentions: Range[] })[];
}

const WORDS = {
  list: { vi: 'danh sách: {n} mục', en: 'list: {n} items' },
  noList: { vi: 'không có danh sách đánh số ngay sau', en: 'no numbered list right after' },
  total: { vi: 'tổng số của bộ chỉ tiêu', en: 'size of an indicator set' },
  dateline: { vi: 'ngày đăng', en: 'dateline' },
  invalid: { vi: 'ngày không có thật', en: 'impossible date' },
  mentions: { vi: '{n} lần nhắc', en: '{n} mentions' },
  mention: { vi: '1 lần nhắc', en: '1 mention' },
  noTitle: { vi: 'chưa rõ chức danh', en: 'title not stated' },
  line: { vi: 'dòng {n}', en: 'line {n}' },
} as const;

function word(key: keyof typeof WORDS, locale: Locale, n?: number): string {
  return WORDS[key][locale].replace('{n}', String(n ?? ''));
}

export function emptyFacts(uri: string, version: number, locale: Locale): FactsResult {
  return {
    uri,
    version,
    checked: false,
    locale,
    kind: { id: 'other', label: kindLabel('other', locale) },
    sections: [],
    fractions: [],
    percentages: [],
    counts: [],
    dates: [],
    dateline: null,
    terms: [],
    unit: null,
    people: [],
  };
}

/** Whether a finding touches [start, end): overlaps it, or sits at a point inside it. */
function touches(f: Finding, start: number, end: number): boolean {
  if (f.start === f.end) return f.start >= start && f.start <= end;
  return f.start < end && f.end > start;
}

/** Findings longer than this are few (a missing section, a whole paragraph); they are checked one by one. */
const LONG_FINDING = 2000;
/** At most this many items per group, so a huge non-article document cannot flood the client. */
export const MAX_ITEMS = 2000;

/**
 * Which findings touch a span, without scanning every finding per item: the short findings sorted
 * by start, searched from (span start − the longest short finding); the long ones kept aside.
 */
class FindingIndex {
  private readonly short: Finding[];
  private readonly long: Finding[];
  private readonly reach: number;

  constructor(findings: readonly Finding[]) {
    this.short = findings.filter((f) => f.end - f.start <= LONG_FINDING).sort((a, b) => a.start - b.start);
    this.long = findings.filter((f) => f.end - f.start > LONG_FINDING);
    this.reach = this.short.reduce((m, f) => Math.max(m, f.end - f.start), 0);
  }

  touching(start: number, end: number): Finding[] {
    const out: Finding[] = [];
    const from = start - this.reach;
    let lo = 0;
    let hi = this.short.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.short[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.short.length && this.short[i].start <= end; i++) if (touches(this.short[i], start, end)) out.push(this.short[i]);
    for (const f of this.long) if (touches(f, start, end)) out.push(f);
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

export function factsOf(doc: TextDocument, entry: AnalysisEntry): FactsResult {
  const { analysis, locale } = entry;
  if (!entry.checked) return emptyFacts(doc.uri, doc.version, locale);
  const nfc = analysis.doc;
  const orig = (s: Span): Span => ({ start: nfc.toOriginal(s.start), end: nfc.toOriginal(s.end) });
  const range = (s: Span): Range => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  const findings = analysis.findings;
  const index = new FindingIndex(findings);
  const toFactFinding = (f: Finding): FactFinding => ({ rule: f.rule, severity: f.severity, message: findingMessage(f, locale), range: range(f) });
  /** Original-offset span → range and the findings touching any of `spans`. */
  const place = (spans: Span[]): { range: Range; findings: FactFinding[] } => {
    const touching = new Set<Finding>();
    for (const s of spans.slice(0, MAX_ITEMS)) for (const f of index.touching(s.start, s.end)) touching.add(f);
    return { range: range(spans[0]), findings: [...touching].map(toFactFinding) };
  };
  const first = <T>(items: readonly T[]): T[] => items.slice(0, MAX_ITEMS);

  const bySection = new Map<string, FactFinding[]>();
  for (const f of findings) if (f.section) bySection.set(f.section, [...(bySection.get(f.section) ?? []), toFactFinding(f)]);
  const sections = first(analysis.sections).map((s) => ({
    name: s.name,
    label: sectionLabel(s.name, locale),
    detail: word('line', locale, doc.positionAt(s.start).line + 1),
    range: range(s),
    findings: bySection.get(s.name) ?? [],
  }));

  const fractions = first(analysis.facts.fractions).map((f) => {
    const percent = f.denominator > 0 ? (f.numerator / f.denominator) * 100 : null;
    const qualifier = f.qualifierText ?? (f.qualifier && f.qualifier !== 'other' ? f.qualifier : undefined);
    const what = [f.counted, qualifier].filter(Boolean).join(' ');
    return {
      text: f.text,
      numerator: f.numerator,
      denominator: f.denominator,
      counted: f.counted,
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      percent,
      label: `${f.numerator}/${f.denominator}${what ? ` ${what}` : ''}`,
      detail: percent === null ? '—' : formatPercent(percent, locale),
      ...place([orig(f)]),
    };
  });

  const percentages = first(analysis.facts.percentages).map((p) => ({
    text: p.text,
    value: p.value,
    ...(p.whole ? { whole: p.whole } : {}),
    role: p.role,
    label: formatPercent(p.value, locale),
    detail: describePercent(p, locale).replace(/^[^—]*—\s*/, ''),
    ...place([orig(p)]),
  }));

  const text = nfc.nfc;
  const counts = first(analysis.facts.counts).map((c) => {
    const list = listAfter(text, c.end, analysis.facts.enumerations);
    const listed = list ? list.items.length : null;
    return {
      text: c.text,
      count: c.count,
      noun: c.noun,
      listed,
      ...(list ? { listRange: range(orig(list)) } : {}),
      label: `${c.count} ${c.noun}`,
      ...(c.role ? { role: c.role } : {}),
      detail: listed !== null ? word('list', locale, listed) : c.role === 'total' ? word('total', locale) : word('noList', locale),
      ...place([orig(c)]),
    };
  });

  const dateItem = (d: DateFact) => ({
    text: d.text,
    day: d.day,
    month: d.month,
    ...(d.year !== undefined ? { year: d.year } : {}),
    valid: d.valid,
    dateline: Boolean(d.isDateline),
    label: d.text,
    ...(d.isDateline || !d.valid ? { detail: [d.isDateline ? word('dateline', locale) : '', d.valid ? '' : word('invalid', locale)].filter(Boolean).join(', ') } : {}),
    ...place([orig(d)]),
  });
  const dates = first(analysis.facts.dates).map(dateItem);
  const dateline = analysis.facts.dateline ? dateItem(analysis.facts.dateline) : null;

  const terms = first(analysis.facts.terms).map((t) => ({
    text: t.text,
    from: t.from,
    to: t.to,
    ...(t.subject ? { subject: t.subject } : {}),
    label: `${t.from} – ${t.to}`,
    ...(t.subject ? { detail: t.subject } : {}),
    ...place([orig(t)]),
  }));

  const u = analysis.facts.unit;
  const unit =
    u && u.mentions.length > 0
      ? {
          unit: u.unit,
          name: u.name,
          mentions: first(u.mentions).map((m) => range(orig(m))),
          label: `${u.unit} ${u.name}`,
          detail: u.mentions.length === 1 ? word('mention', locale) : word('mentions', locale, u.mentions.length),
          ...place(u.mentions.map(orig)),
        }
      : null;

  const people = first(extractPeople(text)).map((p) => {
    const spans = p.mentions.map(orig);
    return {
      name: p.name,
      ...(p.title ? { title: p.title } : {}),
      mentions: first(spans).map(range),
      label: p.name,
      detail: p.title ?? word('noTitle', locale),
      ...place(p.titleSpan ? [...spans, orig(p.titleSpan)] : spans),
      range: range(spans[0]),
    };
  });

  return {
    uri: doc.uri,
    version: doc.version,
    checked: true,
    locale,
    kind: { id: analysis.kind, label: kindLabel(analysis.kind, locale) },
    sections,
    fractions,
    percentages,
    counts,
    dates,
    dateline,
    terms,
    unit,
    people,
  };
}
