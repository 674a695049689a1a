// Pull diagnostics: an "unchanged" report when a new version's diagnostics equal the ones the client
// already holds. Most keystrokes in a long article move no diagnostic (only those after the cursor on
// the same line, or on later lines after a new line); re-sending them all is the biggest part of an
// edit's reply (1 MB bench article: 452 KB of JSON per edit, which the server writes and the client
// parses and re-renders). The LSP report kind "unchanged" says "keep what you have" under a new result id.
//
// A kept diagnostic's data still names the version it was made for; code actions then take its fixes
// from the current analysis (code-actions.ts diagnosticFixes), which is right because the ranges are
// the same in both versions.

import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver/node';
import { isDiagnosticData } from './diagnostics';

interface LastReport {
  resultId: string;
  items: readonly Diagnostic[];
}

export class PullReports {
  private readonly last = new Map<string, LastReport>();

  /**
   * The report for `items` (the diagnostics of the document's current version, under `resultId`), given
   * the result id the client holds. `keep` false (a huge document) remembers nothing: the items would
   * stay alive through the next version's analysis.
   */
  report(uri: string, resultId: string, previousResultId: string | undefined, items: Diagnostic[], keep: boolean): DocumentDiagnosticReport {
    const last = this.last.get(uri);
    if (!keep) this.last.delete(uri);
    else this.last.set(uri, { resultId, items });
    // the client holds this version's result, or an equal one (the last sent)
    const same = previousResultId === resultId || (keep && last !== undefined && previousResultId === last.resultId && sameDiagnostics(last.items, items));
    if (same) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/** Whether two diagnostic lists show the same thing in the same order; `data.version` aside. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDiagnostic(a[i], b[i])) return false;
  return true;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a === b) return true;
  const r = a.range;
  const s = b.range;
  if (r.start.line !== s.start.line || r.start.character !== s.start.character || r.end.line !== s.end.line || r.end.character !== s.end.character) return false;
  if (a.code !== b.code || a.message !== b.message || a.severity !== b.severity || a.source !== b.source) return false;
  if (a.codeDescription?.href !== b.codeDescription?.href) return false;
  // any other field (tags, related information, …): only the same object counts as the same
  for (const key in a) if (!KNOWN.has(key) && a[key as keyof Diagnostic] !== b[key as keyof Diagnostic]) return false;
  for (const key in b) if (!KNOWN.has(key) && !(key in a)) return false;
  return sameData(a.data, b.data);
}

const KNOWN = new Set(['range', 'code', 'message', 'severity', 'source', 'codeDescription', 'data']);

function sameData(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (!isDiagnosticData(a) || !isDiagnosticData(b)) return false;
  // fixes are few (1 of 1,113 diagnostics in the 1 MB bench article); their JSON is a plain value
  return a.rule === b.rule && JSON.stringify(a.fixes) === JSON.stringify(b.fixes);
}
