// Completion: section skeletons at the start of a paragraph, abbreviation expansions, and the
// article's own people and place names.

import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ABBREVIATIONS } from '../core/data/abbreviations';
import type { TextDoc } from '../core/text/textdoc';
import { extra, type AnalysisEntry } from './cache';
import { t } from './messages';
import { sectionLabel } from './names';
import { plainText, type Skeleton } from './skeletons';

export interface CompletionOptions {
  skeletons: readonly Skeleton[];
  /** The client accepts snippet syntax (completionItem.snippetSupport); else skeletons are plain text. */
  snippets?: boolean;
  /** Names used in the article (facts/names.ts once it exists), else a simple scan. */
  extractNames?: (doc: TextDoc) => string[];
}

const WORD_CHAR = /(?:\p{L}|\p{M}|[\-–])/u;
const NAME_AFTER =
  /(?<!(?:\p{L}|\p{M}))(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]hôn|[Bb]ản|[Hh]uyện|[Tt]ỉnh) (\p{Lu}(?:\p{Ll}|\p{M})*(?: \p{Lu}(?:\p{Ll}|\p{M})*){0,3})/gu;
const MAX_NAMES = 200;

/** People and place names after a title or unit noun ("đồng chí Lê Văn Trọng", "xã Cao Sơn"). */
export function scanNames(doc: TextDoc): string[] {
  const names = new Set<string>();
  NAME_AFTER.lastIndex = 0;
  for (const m of doc.nfc.matchAll(NAME_AFTER)) {
    names.add(m[1]);
    if (names.size >= MAX_NAMES) break;
  }
  return [...names];
}

function namesOf(entry: AnalysisEntry, options: CompletionOptions): string[] {
  return extra(entry, 'names', () => {
    if (options.extractNames) {
      try {
        const found = options.extractNames(entry.analysis.doc);
        if (Array.isArray(found)) return found.filter((n) => typeof n === 'string' && n.trim() !== '').slice(0, MAX_NAMES);
      } catch {
        // fall back to the simple scan
      }
    }
    return scanNames(entry.analysis.doc);
  });
}

export function completionsAt(doc: TextDocument, entry: AnalysisEntry, offset: number, options: CompletionOptions): CompletionItem[] {
  if (!entry.checked) return [];
  const { locale } = entry;
  const text = doc.getText();
  let start = offset;
  while (start > 0 && offset - start < 40 && WORD_CHAR.test(text[start - 1])) start--;
  const prefix = text.slice(start, offset);
  const range: Range = { start: doc.positionAt(start), end: doc.positionAt(offset) };
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const beforeWord = text.slice(lineStart, start);
  const items: CompletionItem[] = [];

  // skeletons: at the start of a paragraph (first line, after a blank line, or on an otherwise empty line)
  if (beforeWord.trim() === '') {
    const prevLineEnd = lineStart - 1;
    const prevLineStart = prevLineEnd > 0 ? text.lastIndexOf('\n', prevLineEnd - 1) + 1 : 0;
    const previous = lineStart === 0 ? '' : text.slice(prevLineStart, prevLineEnd);
    let lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) lineEnd = text.length;
    const rest = text.slice(offset, Math.min(lineEnd, offset + 200));
    if (previous.trim() === '' || rest.trim() === '') {
      options.skeletons.forEach((s, i) => {
        const label = sectionLabel(s.section, locale);
        const plain = plainText(s.body);
        items.push({
          label,
          kind: CompletionItemKind.Snippet,
          detail: t('skeleton', locale, { section: label }),
          documentation: plain,
          filterText: `${plain} ${label}`,
          sortText: `0${String(i).padStart(2, '0')}`,
          insertTextFormat: options.snippets === false ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
          textEdit: { range, newText: options.snippets === false ? plain : s.body },
        });
      });
    }
  }

  // abbreviations and names: when the word being typed starts with a capital
  if (prefix.length > 0 && prefix[0] !== prefix[0].toLowerCase()) {
    for (const a of ABBREVIATIONS) {
      items.push({
        label: a.abbr,
        kind: CompletionItemKind.Constant,
        detail: a.vi,
        documentation: a.en,
        filterText: a.abbr,
        sortText: `2${a.abbr}`,
        textEdit: { range, newText: a.vi },
      });
    }
    for (const name of namesOf(entry, options)) {
      items.push({
        label: name,
        kind: CompletionItemKind.Reference,
        detail: t('nameDetail', locale),
        sortText: `1${name}`,
        textEdit: { range, newText: name },
      });
    }
  }
  return items;
}
