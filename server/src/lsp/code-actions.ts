// Code actions: each finding's quick fixes (read back from Diagnostic.data), "fix all safe
// problems" (source.fixAll.tin-hoi-nghi) and the two suppression comments.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { suppressionComment } from '../core/suppression';
import type { Finding, Fix, Locale } from '../core/types';
import type { AnalysisEntry } from './cache';
import { FIX_ALL_KIND, SOURCE } from './constants';
import { fixesOf, isDiagnosticData, type DiagnosticFix, type LspEdit } from './diagnostics';
import { t } from './messages';

export interface CodeActionOptions {
  locale: Locale;
  /** Client supports versioned `documentChanges` in workspace edits. */
  documentChanges: boolean;
}

/** Whether a requested kind (`only` entry) covers `kind` (kinds are hierarchical, dot separated). */
export function kindCovers(requested: string, kind: string): boolean {
  return requested === '' || kind === requested || kind.startsWith(requested + '.');
}

function workspaceEdit(doc: TextDocument, edits: TextEdit[], options: CodeActionOptions): WorkspaceEdit {
  if (options.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  }
  return { changes: { [doc.uri]: edits } };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** The safe fixes of `findings` whose edits do not overlap, first come first served. */
export function nonOverlappingSafeFixes(findings: readonly Finding[]): Fix[] {
  const accepted: { start: number; end: number }[] = [];
  const fixes: Fix[] = [];
  const candidates = findings.flatMap((f) => f.fixes.filter((x) => x.safe && x.edits.length > 0).slice(0, 1));
  candidates.sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  for (const fix of candidates) {
    if (fix.edits.some((e) => e.end < e.start)) continue;
    const clash = fix.edits.some((e, i) => accepted.some((s) => overlaps(e, s)) || fix.edits.some((o, j) => j !== i && overlaps(e, o)));
    if (clash) continue;
    for (const e of fix.edits) accepted.push(e);
    fixes.push(fix);
  }
  return fixes;
}

function fixAllAction(doc: TextDocument, entry: AnalysisEntry, options: CodeActionOptions): CodeAction | undefined {
  const fixes = nonOverlappingSafeFixes(entry.analysis.findings);
  if (fixes.length === 0) return undefined;
  const edits: TextEdit[] = fixes.flatMap((f) =>
    f.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })),
  );
  return { title: t('fixAll', options.locale), kind: FIX_ALL_KIND, edit: workspaceEdit(doc, edits, options) };
}

const rangeKey = (d: Diagnostic): string => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

/** The fixes of a diagnostic: from its data when it is current, else from the current analysis. */
function diagnosticFixes(d: Diagnostic, doc: TextDocument, entry: AnalysisEntry, locale: Locale): DiagnosticFix[] {
  if (isDiagnosticData(d.data) && d.data.version === doc.version) return d.data.fixes;
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  const match = entry.analysis.findings.find((f) => f.rule === d.code && f.start === start && f.end === end);
  return match ? fixesOf(match, doc, locale) : [];
}

const LINE_COMMENT = /<!--\s*tin-hoi-nghi-disable-line\b([^]*?)(\s*)-->/;
const FILE_COMMENT = /<!--\s*tin-hoi-nghi-disable(?!-)\b([^]*?)(\s*)-->/;

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

/** Adds `rule` to an existing comment on `text` of `line`, or undefined when there is none. */
function mergeIntoComment(re: RegExp, text: string, line: number, rule: string): TextEdit | null | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const ids = m[1].split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0 || ids.includes(rule)) return null; // already covered
  const at = m.index + m[0].length - m[2].length - 3; // before the spaces and "-->"
  return { range: { start: { line, character: at }, end: { line, character: at } }, newText: `, ${rule}` };
}

function suppressLineEdit(doc: TextDocument, line: number, rule: string): TextEdit | null {
  const text = lineText(doc, line);
  const merged = mergeIntoComment(LINE_COMMENT, text, line, rule);
  if (merged !== undefined) return merged;
  const end = { line, character: text.length };
  const sep = text.length === 0 || /\s$/.test(text) ? '' : ' ';
  return { range: { start: end, end }, newText: `${sep}${suppressionComment('line', rule)}` };
}

function suppressFileEdit(doc: TextDocument, rule: string): TextEdit | null {
  const first = lineText(doc, 0);
  const merged = mergeIntoComment(FILE_COMMENT, first, 0, rule);
  if (merged !== undefined) return merged;
  const eol = /\r\n/.test(doc.getText({ start: { line: 0, character: 0 }, end: { line: 2, character: 0 } })) ? '\r\n' : '\n';
  const top = { line: 0, character: 0 };
  return { range: { start: top, end: top }, newText: suppressionComment('file', rule) + eol };
}

const toTextEdits = (edits: LspEdit[]): TextEdit[] => edits.map((e) => ({ range: e.range, newText: e.newText }));

export function codeActions(doc: TextDocument, entry: AnalysisEntry, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  if (!entry.checked) return [];
  const only = params.context?.only;
  const wantQuickFix = !only || only.some((k) => kindCovers(k, CodeActionKind.QuickFix));
  const wantFixAll = !only || only.some((k) => kindCovers(k, FIX_ALL_KIND));
  const actions: CodeAction[] = [];
  const ours = (params.context?.diagnostics ?? []).filter((d) => d && d.source === SOURCE && typeof d.code === 'string');

  if (wantQuickFix) {
    const seenLine = new Set<string>();
    const seenFile = new Set<string>();
    const seenFix = new Set<string>();
    const suppressions: CodeAction[] = [];
    for (const d of ours) {
      const rule = d.code as string;
      let preferred = false;
      for (const fix of diagnosticFixes(d, doc, entry, options.locale)) {
        const key = `${rule}@${rangeKey(d)}:${fix.title}`;
        if (seenFix.has(key)) continue;
        seenFix.add(key);
        const action: CodeAction = {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: workspaceEdit(doc, toTextEdits(fix.edits), options),
        };
        if (fix.safe && !preferred) {
          action.isPreferred = true;
          preferred = true;
        }
        actions.push(action);
      }
      const line = d.range.start.line;
      if (!seenLine.has(`${rule}@${line}`)) {
        seenLine.add(`${rule}@${line}`);
        const edit = suppressLineEdit(doc, line, rule);
        if (edit) {
          suppressions.push({
            title: t('disableLine', options.locale, { rule }),
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: workspaceEdit(doc, [edit], options),
          });
        }
      }
      if (!seenFile.has(rule)) {
        seenFile.add(rule);
        const edit = suppressFileEdit(doc, rule);
        if (edit) {
          suppressions.push({
            title: t('disableFile', options.locale, { rule }),
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: workspaceEdit(doc, [edit], options),
          });
        }
      }
    }
    actions.push(...suppressions);
  }

  // Explicit requests (e.g. on save) always get "fix all"; the light bulb only next to a problem of ours.
  if (wantFixAll && (only !== undefined || ours.length > 0)) {
    const fixAll = fixAllAction(doc, entry, options);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}
