// Report formats: stylish (people), json (tools), sarif (code-scanning services).
// JSON/SARIF positions are UTF-16 code units of the file's text after any BOM (as LSP counts);
// JSON is 0-based, SARIF and stylish are 1-based. For a Word draft (.docx) a "line" is the
// document's paragraph and a "character" the column inside that paragraph (see positionsOf).

import { findingMessage, fixTitle } from '../core/render';
import { RULES } from '../core/rules';
import { PositionMap, type Position, type Range } from '../core/text/positions';
import type { Analysis, Locale, Severity } from '../core/types';

export type Format = 'stylish' | 'json' | 'sarif' | 'html';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'html'];

import type { LineOrigin } from '../node/docx';
export type { LineOrigin };

export interface FileReport {
  /** The path as given on the command line (or --stdin-filename). */
  file: string;
  text: string;
  analysis: Analysis;
  locale: Locale;
  /** Fixes applied by --fix. */
  fixed: number;
  /** Text extracted from a Word draft: per line of `text`, its paragraph and starting column. */
  lineOrigins?: LineOrigin[];
}

/** Offsets of a report's text → positions: line/character, or paragraph/column for a .docx. */
export function positionsOf(report: Pick<FileReport, 'text' | 'lineOrigins'>): { position(offset: number): Position; range(start: number, end: number): Range } {
  const map = new PositionMap(report.text);
  const origins = report.lineOrigins;
  if (!origins) return map;
  const position = (offset: number): Position => {
    const p = map.position(offset);
    const origin = origins[p.line];
    return origin ? { line: origin.paragraph, character: origin.column + p.character } : p;
  };
  return { position, range: (start, end) => ({ start: position(start), end: position(end) }) };
}

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  section?: string;
  fixes: { title: string; edits: { range: Range; newText: string }[] }[];
}

export interface JsonFileResult {
  file: string;
  kind: string;
  sections: { name: string; range: Range }[];
  diagnostics: JsonDiagnostic[];
}

export function toJsonResult(report: FileReport): JsonFileResult {
  const map = positionsOf(report);
  const { analysis, locale } = report;
  return {
    file: report.file,
    kind: analysis.kind,
    sections: analysis.sections.map((s) => ({ name: s.name, range: map.range(s.start, s.end) })),
    diagnostics: analysis.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: findingMessage(f, locale),
      range: map.range(f.start, f.end),
      ...(f.section ? { section: f.section } : {}),
      fixes: f.fixes.map((fix) => ({
        title: fixTitle(f.rule, fix, locale),
        edits: fix.edits.map((e) => ({ range: map.range(e.start, e.end), newText: e.newText })),
      })),
    })),
  };
}

/** One file's element of the JSON report, an array of these joined by "," inside "[" … "]\n". */
export function jsonElement(report: FileReport): string {
  return JSON.stringify(toJsonResult(report));
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

function toUri(file: string): string {
  return encodeURI(file.replace(/\\/g, '/'));
}

export function formatSarif(reports: FileReport[], version: string, locale: Locale): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tin-hoi-nghi',
            version,
            informationUri: 'https://github.com/tin-hoi-nghi/tin-hoi-nghi',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description[locale] },
              fullDescription: { text: `${r.description.vi} / ${r.description.en}` },
              helpUri: `https://github.com/tin-hoi-nghi/tin-hoi-nghi/blob/main/docs/rules/${r.id}.md`,
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              properties: { category: r.category, fixable: r.fixable },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: reports.map((r) => ({ location: { uri: toUri(r.file) } })),
        results: reports.flatMap((report, artifactIndex) => {
          const map = positionsOf(report);
          return report.analysis.findings.map((f) => {
            const range = map.range(f.start, f.end);
            return {
              ruleId: f.rule,
              ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
              level: SARIF_LEVEL[f.severity],
              message: { text: findingMessage(f, report.locale) },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: toUri(report.file), index: artifactIndex },
                    region: {
                      startLine: range.start.line + 1,
                      startColumn: range.start.character + 1,
                      endLine: range.end.line + 1,
                      endColumn: range.end.character + 1,
                    },
                  },
                },
              ],
              ...(f.section ? { properties: { section: f.section } } : {}),
            };
          });
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

const COLORS = { red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', gray: '\x1b[90m', bold: '\x1b[1m', underline: '\x1b[4m', green: '\x1b[32m', reset: '\x1b[0m' };
const SEVERITY_COLOR: Record<Severity, keyof typeof COLORS> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export function countFindings(reports: Pick<FileReport, 'analysis'>[]): Counts {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) for (const f of r.analysis.findings) counts[f.severity]++;
  return counts;
}

export function summary(counts: Counts, files: number, fixed: number, locale: Locale): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const parts: string[] = [];
  if (locale === 'vi') {
    const fixedText = fixed > 0 ? `; đã sửa ${fixed} lỗi` : '';
    if (total === 0) return `✔ ${files} tệp, không có vấn đề nào${fixedText}`;
    parts.push(`${counts.error} lỗi`, `${counts.warning} cảnh báo`);
    if (counts.information) parts.push(`${counts.information} thông tin`);
    if (counts.hint) parts.push(`${counts.hint} gợi ý`);
    return `✖ ${total} vấn đề (${parts.join(', ')}) trong ${files} tệp${fixedText}`;
  }
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const fixedText = fixed > 0 ? `; fixed ${plural(fixed, 'problem')}` : '';
  if (total === 0) return `✔ ${plural(files, 'file')}, no problems${fixedText}`;
  parts.push(plural(counts.error, 'error'), plural(counts.warning, 'warning'));
  if (counts.information) parts.push(`${counts.information} information`);
  if (counts.hint) parts.push(plural(counts.hint, 'hint'));
  return `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(files, 'file')}${fixedText}`;
}

/**
 * The stylish report is "line:col  severity  message  rule-id" per finding, grouped per file, then a
 * summary line. This is one file's part ('' without findings), streamed by the CLI as each file is done.
 */
export function stylishBlock(report: FileReport, color: boolean): string {
  if (report.analysis.findings.length === 0) return '';
  const paint = painter(color);
  const map = positionsOf(report);
  const rows = report.analysis.findings.map((f) => {
    const p = map.position(f.start);
    return { where: `${p.line + 1}:${p.character + 1}`, severity: f.severity, message: findingMessage(f, report.locale).replace(/\s*[\r\n]+\s*/g, ' '), rule: f.rule };
  });
  const whereWidth = rows.reduce((w, r) => Math.max(w, r.where.length), 0);
  const sevWidth = rows.reduce((w, r) => Math.max(w, r.severity.length), 0);
  const out = [paint('underline', report.file)];
  for (const r of rows) {
    out.push(`  ${r.where.padEnd(whereWidth)}  ${paint(SEVERITY_COLOR[r.severity], r.severity.padEnd(sevWidth))}  ${r.message}  ${paint('gray', r.rule)}`);
  }
  return `${out.join('\n')}\n\n`;
}

/** The stylish report's last line. */
export function stylishSummary(counts: Counts, files: number, fixed: number, locale: Locale, color: boolean): string {
  const line = summary(counts, files, fixed, locale);
  return `${painter(color)(counts.error ? 'red' : counts.warning ? 'yellow' : 'green', color ? `${COLORS.bold}${line}` : line)}\n`;
}

function painter(color: boolean): (c: keyof typeof COLORS, s: string) => string {
  return (c, s) => (color ? `${COLORS[c]}${s}${COLORS.reset}` : s);
}
