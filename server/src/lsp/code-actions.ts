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

/** Index of the first span of `sorted` (non-overlapping, by start) whose end is after `offset`. */
function firstEndingAfter(sorted: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function clashes(sorted: readonly { start: number; end: number }[], e: { start: number; end: number }): boolean {
  // spans ending before e.start cannot overlap; check the neighbours around e
  for (let j = firstEndingAfter(sorted, e.start - 1); j < sorted.length && sorted[j].start <= e.end; j++) {
    if (overlaps(sorted[j], e)) return true;
  }
  return false;
}

/** The safe fixes of `findings` whose edits do not overlap, first come first served. O(n log n). */
export function nonOverlappingSafeFixes(findings: readonly Finding[]): Fix[] {
  const accepted: { start: number; end: number }[] = []; // sorted by start, non-overlapping
  const fixes: Fix[] = [];
  const candidates: { fix: Fix; start: number }[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe && x.edits.length > 0);
    if (!fix) continue;
    let start = Infinity;
    for (const e of fix.edits) start = Math.min(start, e.start);
    candidates.push({ fix, start });
  }
  candidates.sort((a, b) => a.start - b.start);
  for (const { fix } of candidates) {
    const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let ok = edits.every((e) => e.end >= e.start);
    for (let i = 0; ok && i < edits.length; i++) {
      if (i > 0 && overlaps(edits[i - 1], edits[i])) ok = false;
      else if (clashes(accepted, edits[i])) ok = false;
    }
    if (!ok) continue;
    for (const e of edits) {
      const at = firstEndingAfter(accepted, e.start);
      let k = at;
      while (k < accepted.length && (accepted[k].start < e.start || (accepted[k].start === e.start && accepted[k].end <= e.end))) k++;
      accepted.splice(k, 0, { start: e.start, end: e.end });
    }
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

/** The fixes of a diagnostic: from its data when it is current, else (no data: no fixes, or an older version) from the current analysis. */
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
