// The article's sections as an outline (DocumentSymbol) and as folding ranges.

import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisEntry } from './cache';
import { kindLabel, sectionLabel } from './names';

export function documentSymbols(doc: TextDocument, entry: AnalysisEntry): DocumentSymbol[] {
  if (!entry.checked) return [];
  const { locale } = entry;
  const text = doc.getText();
  const symbols: DocumentSymbol[] = [];
  for (const s of entry.analysis.sections) {
    const start = Math.max(0, Math.min(s.start, text.length));
    const end = Math.max(start, Math.min(s.end, text.length));
    const startPos = doc.positionAt(start);
    const endPos = doc.positionAt(end);
    // the selection is the section's first line (trimmed to the section)
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const firstLine = text.slice(start, Math.min(lineEnd, start + 80)).trim();
    symbols.push({
      name: sectionLabel(s.name, locale),
      detail: firstLine.length > 60 ? firstLine.slice(0, 59) + '…' : firstLine,
      kind: SymbolKind.String,
      range: { start: startPos, end: endPos },
      selectionRange: { start: startPos, end: doc.positionAt(lineEnd) },
    });
  }
  if (symbols.length > 0 && entry.analysis.kind !== 'other') {
    symbols[0].detail = `${kindLabel(entry.analysis.kind, locale)} · ${symbols[0].detail ?? ''}`;
  }
  return symbols;
}

export function foldingRanges(doc: TextDocument, entry: AnalysisEntry): FoldingRange[] {
  if (!entry.checked) return [];
  const ranges: FoldingRange[] = [];
  for (const s of entry.analysis.sections) {
    const startLine = doc.positionAt(s.start).line;
    let endLine = doc.positionAt(s.end).line;
    // a section ending at the start of a line (after its line break) ends on the line before
    if (endLine > startLine && doc.positionAt(s.end).character === 0) endLine--;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return ranges;
}
