// analyze(text, config) -> { kind, sections, facts, findings }: the one entry point of the core.
// Total: any input gives a result; a rule that throws is reported as a problem and skipped.

import { defaultConfig } from './config';
import { extractFacts } from './facts';
import { expectManyDecisions, languageModel, type LanguageModel } from './lm';
import { emptyFacts, type Facts } from './facts/types';
import { RULES } from './rules';
import { buildCuePatternsWhole, segment, type SegmentMemo } from './segment';
import { applySuppressions, findSuppressions, maskSuppressions } from './suppression';
import { createTextDoc, type TextDoc } from './text/textdoc';
import { PositionMap } from './text/positions';
import type { Analysis, Config, Finding, Problem, Report, Rule, RuleContext, Section, Severity } from './types';

export interface FullAnalysis extends Analysis {
  /** The text views the analysis ran on (facts carry NFC offsets; map them with doc.toOriginal). */
  doc: TextDoc;
}

const sameOffset = (o: number): number => o;

// Most findings have no values and no fixes: one shared (frozen) empty object and array for them
// rather than two new ones per finding, which an editor keeps with the analysis (a 1 MB article:
// 1,113 findings at every edit, all promoted to the old generation).
const NO_VALUES: Finding['values'] = Object.freeze({});
const NO_FIXES: Finding['fixes'] = Object.freeze([]) as unknown as Finding['fixes'];

function toFinding(rule: Rule, severity: Severity, report: Report, doc: TextDoc): Finding {
  const map = report.coords === 'original' ? sameOffset : doc.toOriginal;
  const start = map(report.start);
  const end = map(report.end);
  const values = report.values ?? NO_VALUES;
  const fixes =
    report.fixes === undefined || report.fixes.length === 0
      ? NO_FIXES
      : report.fixes.map((fix) => ({
          ...fix,
          edits: fix.edits.map((e) => ({ start: map(e.start), end: map(e.end), newText: e.newText })),
        }));
  // two literals (with and without a section) rather than spreading one in: the same keys in the same order
  return report.section
    ? { rule: rule.id, severity, start, end, messageId: report.messageId, values, section: report.section, fixes }
    : { rule: rule.id, severity, start, end, messageId: report.messageId, values, fixes };
}

/**
 * Findings in text order; at the same range by rule id. Rule ids are lower-case ASCII words and
 * hyphens, which code-unit order sorts as localeCompare does (test/core/analyze.test.ts) without
 * loading a collator in every process.
 */
function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export interface AnalyzeOptions {
  /** The language model to use; default: the one installed with setLanguageModelSource (or none). */
  lm?: LanguageModel | null;
  /** Lets core/incremental supply a rule's reports (reused per paragraph) instead of `rule.check(ctx)`. */
  reports?(rule: Rule, ctx: RuleContext): Report[];
  /** Lets core/incremental supply the facts (some reused per paragraph) instead of `extractFacts(doc, sections)`. */
  facts?(doc: TextDoc, sections: Section[]): Facts;
  /** Lets core/incremental keep what segmenting reads from each paragraph's text alone. */
  segmentMemo?: SegmentMemo;
  /** Lets core/incremental build the text's TextDoc from the previous version's (undefined: `createTextDoc(text, masked)`). */
  textDoc?(text: string, masked: string): TextDoc | undefined;
}

/**
 * Tells the core that this process is about to analyse many texts (a batch of files): what is
 * built lazily to keep one analysis's cold start short is then built whole at its first use.
 * Speed only; results are the same.
 */
export function expectManyAnalyses(): void {
  buildCuePatternsWhole();
  expectManyDecisions();
}

export function analyze(input: unknown, partialConfig?: Partial<Config>, options?: AnalyzeOptions): FullAnalysis {
  const config: Config = { ...defaultConfig(), ...(partialConfig ?? {}) };
  const problems: Problem[] = [];
  const text = typeof input === 'string' ? input : '';
  if (typeof input !== 'string') problems.push({ messageId: 'notText' });

  const suppressions = findSuppressions(text);
  const masked = maskSuppressions(text, suppressions);
  const doc = options?.textDoc?.(text, masked) ?? createTextDoc(text, masked);

  let kind: Analysis['kind'] = 'other';
  let nfcSections: Section[] = [];
  try {
    ({ kind, sections: nfcSections } = segment(doc, config, options?.segmentMemo));
  } catch (error) {
    problems.push({ messageId: 'ruleCrashed', values: { rule: 'segment', error: String(error) } });
  }
  let facts = emptyFacts();
  try {
    facts = options?.facts ? options.facts(doc, nfcSections) : extractFacts(doc, nfcSections);
  } catch (error) {
    problems.push({ messageId: 'ruleCrashed', values: { rule: 'facts', error: String(error) } });
  }

  const lm = options && 'lm' in options ? options.lm ?? null : languageModel();
  const ctx: RuleContext = { doc, kind, sections: nfcSections, facts, config, lm };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const configured = config.rules[rule.id];
    const setting = configured ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    try {
      const reports = options?.reports ? options.reports(rule, ctx) : rule.check(ctx);
      for (let i = 0; i < reports.length; i++) findings.push(toFinding(rule, configured === undefined ? reports[i].severity ?? setting : setting, reports[i], doc));
    } catch (error) {
      problems.push({ messageId: 'ruleCrashed', values: { rule: rule.id, error: String(error) } });
    }
  }

  // line numbers are needed only to apply suppression comments
  let positions: PositionMap | undefined;
  const lineOf = (o: number): number => (positions ??= new PositionMap(text)).position(o).line;
  const kept = applySuppressions(findings, suppressions, lineOf).sort(compareFindings);
  // a section whose offsets are the same in the original text (an NFC text without suppression
  // comments: all of them) is the segmenter's own object, not a copy
  const sections = nfcSections.map((s) => {
    const start = doc.toOriginal(s.start);
    const end = doc.toOriginal(s.end);
    return start === s.start && end === s.end ? s : { name: s.name, start, end };
  });
  return { kind, sections, facts, findings: kept, problems, doc };
}
