// Hover: a fraction or percentage (what it amounts to), an abbreviation (its full form), or the
// section under the cursor (its name and what the article's kind expects of it).

import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lookupAbbreviation } from '../core/data/abbreviations';
import { describeFraction as coreDescribeFraction } from '../core/facts/fractions';
import type { Facts, FractionFact, PercentFact } from '../core/facts/types';
import type { Config, KindExpectation, Locale, Section } from '../core/types';
import type { AnalysisEntry } from './cache';
import { t } from './messages';
import { kindLabel, SECTION_ABOUT, sectionLabel } from './names';
import { toRange } from './diagnostics';

/** Optional provider of what a kind expects (segment/kinds.ts once it exists). */
export type ExpectationProvider = (kind: string, config: Config) => KindExpectation | undefined;

export interface HoverOptions {
  locale: Locale;
  config: Config;
  expectationFor?: ExpectationProvider;
}

/** "50%", "33,33%" (vi) / "33.33%" (en). */
export function formatPercent(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Math.round(value * 100) / 100;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2).replace(/0+$/, '');
  return (locale === 'vi' ? text.replace('.', ',') : text) + '%';
}

interface FractionLike {
  numerator: number;
  denominator: number;
  counted?: string;
  qualifier?: string;
}

export function describeFraction(f: FractionLike, locale: Locale): string {
  const fraction = `${f.numerator}/${f.denominator}`;
  const qualifier = f.qualifier && f.qualifier !== 'other' ? ` ${f.qualifier}` : '';
  const counted = (f.counted ? ` ${f.counted}` : '') + qualifier;
  const percent = f.denominator > 0 ? formatPercent((f.numerator / f.denominator) * 100, locale) : '—';
  const parts = [t('fraction', locale, { fraction, counted, percent })];
  if (f.denominator > 0 && f.numerator < f.denominator) {
    parts.push(t('fractionRest', locale, { rest: f.denominator - f.numerator, total: f.denominator }));
  } else if (f.denominator > 0 && f.numerator > f.denominator) {
    parts.push(t('fractionOver', locale, { over: f.numerator - f.denominator, total: f.denominator }));
  }
  return parts.join('; ');
}

/** The numbers core's description (with the fraction's sibling parts) when it can give one, else ours. */
function describeFact(f: FractionFact, facts: Pick<Facts, 'fractions'>, locale: Locale): string {
  if (f.denominator > 0) {
    try {
      const text = coreDescribeFraction(f, facts, locale);
      if (typeof text === 'string' && text.length > 0) return text;
    } catch {
      // fall through to the local description
    }
  }
  return describeFraction(f, locale);
}

function describePercent(p: PercentFact, locale: Locale): string {
  const percent = formatPercent(p.value, locale);
  switch (p.role) {
    case 'share':
      return t('percentShare', locale, { percent, whole: p.whole ? ` (${p.whole})` : p.rate ? ` (${p.rate})` : '' });
    case 'performance':
      return t('percentPerformance', locale, { percent });
    case 'change':
      return t('percentChange', locale, { percent });
    default:
      return t('percentUnknown', locale, { percent });
  }
}

function within(entry: AnalysisEntry, span: { start: number; end: number }, offset: number): { start: number; end: number } | undefined {
  const start = entry.analysis.doc.toOriginal(span.start);
  const end = entry.analysis.doc.toOriginal(span.end);
  return offset >= start && offset <= end ? { start, end } : undefined;
}

// A fallback for when the fraction extractor finds nothing at all: a bare "a/b" that is not a
// date ("ngày 25/4"), not part of a longer slash group ("21/10/2022", "1083-QĐ/HU").
const BARE_FRACTION = /(?<![\d/.,\-\p{L}])(\d{1,6})\/(\d{1,6})(?![\d/\p{L}]|[.,]\d)/gu;
const DATE_BEFORE = /(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|tháng|từ|đến|số)\s*$/iu;
const COUNTED_AFTER = /^\s+(\p{Ll}+(?:\s\p{Ll}+)?)/u;

function bareFractionAt(text: string, offset: number): { f: FractionLike; start: number; end: number } | undefined {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (offset - lineStart > 2000) lineStart = offset - 2000;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0 || lineEnd - offset > 2000) lineEnd = Math.min(text.length, offset + 2000);
  const line = text.slice(lineStart, lineEnd);
  BARE_FRACTION.lastIndex = 0;
  for (const m of line.matchAll(BARE_FRACTION)) {
    const start = lineStart + m.index;
    const end = start + m[0].length;
    if (offset < start || offset > end) continue;
    if (DATE_BEFORE.test(line.slice(Math.max(0, m.index - 12), m.index))) return undefined;
    const denominator = Number(m[2]);
    if (denominator === 0) return undefined;
    const after = COUNTED_AFTER.exec(line.slice(m.index + m[0].length, m.index + m[0].length + 40));
    return { f: { numerator: Number(m[1]), denominator, counted: after?.[1] }, start, end };
  }
  return undefined;
}

const TOKEN_CHAR = /(?:\p{L}|\p{M}|[\-–])/u;

function tokenAt(text: string, offset: number): { text: string; start: number; end: number } | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && offset - start < 24 && TOKEN_CHAR.test(text[start - 1])) start--;
  while (end < text.length && end - offset < 24 && TOKEN_CHAR.test(text[end])) end++;
  while (start < end && /[-–]/.test(text[start])) start++;
  while (end > start && /[-–]/.test(text[end - 1])) end--;
  return end > start ? { text: text.slice(start, end), start, end } : undefined;
}

function abbreviationAt(text: string, offset: number): { abbr: string; vi: string; en: string; start: number; end: number } | undefined {
  const token = tokenAt(text, offset);
  if (!token) return undefined;
  const whole = lookupAbbreviation(token.text);
  if (whole) return { ...whole, start: token.start, end: token.end };
  // "UBND-HĐND": the part under the cursor
  let partStart = token.start;
  for (const part of token.text.split(/([-–])/)) {
    const partEnd = partStart + part.length;
    if (part.length > 1 && offset >= partStart && offset <= partEnd) {
      const hit = lookupAbbreviation(part);
      if (hit) return { ...hit, start: partStart, end: partEnd };
    }
    partStart = partEnd;
  }
  return undefined;
}

function describeSection(section: Section, entry: AnalysisEntry, options: HoverOptions): string {
  const { locale } = options;
  const about = SECTION_ABOUT[section.name]?.[locale] ?? '';
  const lines = [t('section', locale, { section: sectionLabel(section.name, locale), about })];
  lines.push(t('kind', locale, { kind: kindLabel(entry.analysis.kind, locale) }));
  let expectation: KindExpectation | undefined;
  try {
    expectation = options.expectationFor?.(entry.analysis.kind, options.config);
  } catch {
    expectation = undefined;
  }
  if (expectation) {
    const { required = [], recommended = [] } = expectation;
    lines.push(required.includes(section.name) ? t('required', locale) : recommended.includes(section.name) ? t('recommended', locale) : t('optional', locale));
    const list = (names: readonly string[]): string => (names.length ? names.map((n) => sectionLabel(n, locale)).join(', ') : t('none', locale));
    lines.push(t('expected', locale, { required: list(required), recommended: list(recommended) }));
  }
  return lines.join('\n\n');
}

export function hoverAt(doc: TextDocument, entry: AnalysisEntry, offset: number, options: HoverOptions): Hover | null {
  if (!entry.checked) return null;
  const { locale } = options;
  const { facts } = entry.analysis;
  const markdown = (value: string, start: number, end: number): Hover => ({
    contents: { kind: MarkupKind.Markdown, value },
    range: toRange(doc, start, end),
  });

  for (const f of facts.fractions as FractionFact[]) {
    const span = within(entry, f, offset);
    if (span) return markdown(describeFact(f, facts, locale), span.start, span.end);
  }
  for (const p of facts.percentages) {
    const span = within(entry, p, offset);
    if (span) return markdown(describePercent(p, locale), span.start, span.end);
  }
  const text = doc.getText();
  if (facts.fractions.length === 0) {
    const bare = bareFractionAt(text, offset);
    if (bare) return markdown(describeFraction(bare.f, locale), bare.start, bare.end);
  }
  const abbr = abbreviationAt(text, offset);
  if (abbr) {
    return markdown(t('abbreviation', locale, { abbr: abbr.abbr, full: abbr.vi, gloss: abbr.en }), abbr.start, abbr.end);
  }
  const section = entry.analysis.sections.find((s) => offset >= s.start && offset < s.end);
  if (section) return markdown(describeSection(section, entry, options), section.start, section.end);
  return null;
}
