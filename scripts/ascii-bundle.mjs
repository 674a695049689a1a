// Makes an esbuild bundle pure ASCII: esbuild escapes non-ASCII characters in string literals but
// leaves them in regular expression literals and template literals, and one such character makes V8
// keep the whole source (the server bundle: 620,000 characters, kept for lazy compilation) two bytes
// per character instead of one: ~0.6 MB of the language server's RSS.
//
// Rewrites, in regular expression literals, untagged template literals and String.raw templates, each
// non-ASCII UTF-16 unit as \uXXXX, which denotes the same character there (a surrogate pair written as
// two escapes is still one code point under the u flag); an identity escape of such a character (\ý)
// becomes the plain escape. String.raw is only used for regular expression sources in server/src, where
// the escape means the same character; any other tag's raw text would change, so it is left alone, as
// is a line continuation (backslash before U+2028 or U+2029) in a template. The source map's generated
// columns are moved to match. Code that reads a pattern's `source` sees the escapes: segment/cues.ts's
// ub() decodes them.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The literals to rewrite: [start, end) of each regular expression and untagged template piece. */
function literalRanges(text, file) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const ranges = [];
  const visit = (node) => {
    const kind = node.kind;
    if (kind === ts.SyntaxKind.RegularExpressionLiteral || kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) {
      ranges.push([node.getStart(source), node.end]);
    } else if (kind === ts.SyntaxKind.TemplateExpression) {
      ranges.push([node.head.getStart(source), node.head.end]);
      for (const span of node.templateSpans) {
        visit(span.expression);
        ranges.push([span.literal.getStart(source), span.literal.end]);
      }
      return;
    } else if (kind === ts.SyntaxKind.TaggedTemplateExpression) {
      // String.raw builds pattern sources in this code base (facts/*.ts): an escape there is read by
      // new RegExp as the same character. Any other tag sees the raw text: left alone.
      if (node.tag.getText(source) === 'String.raw') return visit(node.template);
      visit(node.tag);
      if (node.template.kind === ts.SyntaxKind.TemplateExpression) for (const span of node.template.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return ranges.sort((a, b) => a[0] - b[0]);
}

const hex4 = (code) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with the literals escaped, and the edits: { at (offset in the old text), removed, added }. */
function escapeLiterals(text, ranges) {
  const edits = [];
  let out = '';
  let copied = 0;
  for (const [start, end] of ranges) {
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) continue;
      let backslashes = 0;
      while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
      const escaped = backslashes % 2 === 1;
      if (escaped && (code === 0x2028 || code === 0x2029)) continue; // a line continuation in a template
      const from = escaped ? i - 1 : i;
      out += text.slice(copied, from) + hex4(code);
      edits.push({ at: from, removed: i + 1 - from, added: 6 });
      copied = i + 1;
    }
  }
  return { text: out + text.slice(copied), edits };
}

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(values) {
  let out = '';
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest > 0) digit |= 32;
      out += BASE64[digit];
    } while (rest > 0);
  }
  return out;
}

/** Moves the generated columns of a source map's mappings by the edits (offsets of the old text). */
function shiftMappings(mappings, oldText, edits) {
  const lineStarts = [0];
  for (let i = 0; i < oldText.length; i++) if (oldText.charCodeAt(i) === 0x0a) lineStarts.push(i + 1);
  // per generated line: the edits as [column, growth], in order
  const byLine = new Map();
  let line = 0;
  for (const edit of edits) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= edit.at) line++;
    const list = byLine.get(line) ?? [];
    list.push([edit.at - lineStarts[line], edit.added - edit.removed]);
    byLine.set(line, list);
  }
  return mappings
    .split(';')
    .map((segments, lineIndex) => {
      const lineEdits = byLine.get(lineIndex);
      if (!lineEdits || segments === '') return segments;
      let oldColumn = 0;
      let newPrevious = 0;
      let k = 0;
      let growth = 0;
      return segments
        .split(',')
        .map((segment) => {
          const values = decodeVlq(segment);
          oldColumn += values[0];
          while (k < lineEdits.length && lineEdits[k][0] < oldColumn) growth += lineEdits[k++][1];
          const newColumn = oldColumn + growth;
          values[0] = newColumn - newPrevious;
          newPrevious = newColumn;
          return encodeVlq(values);
        })
        .join(',');
    })
    .join(';');
}

/** Rewrites `file` (and `file.map` when `withMap`); returns the non-ASCII characters left (0 when all went). */
export function asciiBundle(file, withMap) {
  const text = readFileSync(file, 'utf8');
  const { text: rewritten, edits } = escapeLiterals(text, literalRanges(text, file));
  if (edits.length === 0) return countNonAscii(text);
  writeFileSync(file, rewritten);
  if (withMap) {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    map.mappings = shiftMappings(map.mappings, text, edits);
    writeFileSync(`${file}.map`, JSON.stringify(map));
  }
  return countNonAscii(rewritten);
}

function countNonAscii(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}
