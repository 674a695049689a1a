// Finding → Diagnostic. Diagnostic.data carries the fixes as ready-made LSP edits, so code
// actions can be answered from the diagnostic alone (stateless), as long as the version matches.
// A finding without fixes gets no data: code actions then find it in the analysis of the document's
// version (as for a diagnostic of an older version) and offer its suppression comments only. Most
// findings of a long article have no fix (1 MB bench article: 1,112 of 1,113; ~60 KB of each reply).

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findingMessage, fixTitle } from '../core/render';
import type { Finding, Locale, Severity } from '../core/types';
import { docsUrl, SOURCE } from './constants';

export interface LspEdit {
  range: Range;
  newText: string;
}

export interface DiagnosticFix {
  title: string;
  safe: boolean;
  edits: LspEdit[];
}

/** What a tin-hoi-nghi diagnostic carries in `data`. */
export interface DiagnosticData {
  rule: string;
  /** The document version the ranges refer to. */
  version: number;
  fixes: DiagnosticFix[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function fixesOf(finding: Finding, doc: TextDocument, locale: Locale): DiagnosticFix[] {
  return finding.fixes.map((fix) => ({
    title: fixTitle(finding.rule, fix, locale),
    safe: fix.safe,
    edits: fix.edits.map((e) => ({ range: toRange(doc, e.start, e.end), newText: e.newText })),
  }));
}

export function toDiagnostic(finding: Finding, doc: TextDocument, locale: Locale): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(doc, finding.start, finding.end),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.rule,
    codeDescription: { href: docsUrl(finding.rule) },
    source: SOURCE,
    message: findingMessage(finding, locale),
  };
  if (finding.fixes.length > 0) diagnostic.data = { rule: finding.rule, version: doc.version, fixes: fixesOf(finding, doc, locale) } satisfies DiagnosticData;
  return diagnostic;
}

export function toDiagnostics(findings: readonly Finding[], doc: TextDocument, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) out.push(toDiagnostic(f, doc, locale));
  return out;
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<DiagnosticData>;
  return typeof v.rule === 'string' && typeof v.version === 'number' && Array.isArray(v.fixes);
}
