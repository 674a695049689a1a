// web-artifact: lines of scraped page text left in the article ("loading...", "Xem thêm: …",
// "Chia sẻ bài viết", "Bình luận", "In bài viết", "Lượt xem: 123", …). The fix deletes the line.

import { isWebArtifactLine } from '../segment/cues';
import type { Line } from '../text/textdoc';
import type { LocalText, Report, Rule, RuleContext, Span } from '../types';

const messages: Record<string, LocalText> = {
  webArtifact: {
    vi: 'Dòng “{text}” là chữ thừa của trang web (sao chép từ trình duyệt), không thuộc bài viết.',
    en: '“{text}” is leftover web-page text (copied from a browser), not part of the article.',
  },
  deleteLine: { vi: 'Xóa dòng “{text}”', en: 'Delete the line “{text}”' },
};

const MAX_SHOWN = 60;

export const webArtifact: Rule = {
  id: 'web-artifact',
  category: 'text',
  description: { vi: 'Rác từ trang web', en: 'Scraped web-page text' },
  defaultSeverity: 'warning',
  fixable: true,
  messages,
  check(ctx) {
    return reportsOf(ctx, scanDocLines(ctx.doc.lines));
  },
  paragraphScan: { scan: scanLines, reports: reportsOf },
};

const LINE_BREAK = /\r\n?|\n/g;

/** The web-artifact lines of [from, to) (whole lines: the text, or a paragraph), each as the span of its trimmed text. */
function scanLines(text: string, from: number, to: number): Span[] {
  const found: Span[] = [];
  let start = from;
  LINE_BREAK.lastIndex = from;
  for (;;) {
    const m = LINE_BREAK.exec(text);
    const end = m && m.index < to ? m.index : to;
    addIfArtifact(found, text.slice(start, end), start);
    if (!m || m.index >= to) break;
    start = LINE_BREAK.lastIndex;
  }
  return found;
}

/**
 * scanLines over the whole text, from the document's lines (the same lines: each break is \r\n, \r
 * or \n), so no match or slice per line.
 */
function scanDocLines(lines: readonly Line[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < lines.length; i++) addIfArtifact(found, lines[i].text, lines[i].start);
  return found;
}

/** Adds the span of the line's trimmed text (the line starts at `start`) when it is a web-artifact line. */
function addIfArtifact(found: Span[], line: string, start: number): void {
  if (!isWebArtifactLine(line)) return;
  const trimmed = line.trim();
  const at = start + line.indexOf(trimmed);
  found.push({ start: at, end: at + trimmed.length });
}

/** A report on each web-artifact line, with a fix that deletes it (and a blank line next to it). */
function reportsOf(ctx: RuleContext, found: Span[]): Report[] {
  const { lines } = ctx.doc;
  const reports: Report[] = [];
  const lineOf = found.map((f) => ctx.doc.lineAt(f.start));
  const junk = new Set(lineOf);
  found.forEach(({ start, end }, k) => {
    const i = lineOf[k];
    const line = lines[i];
    const text = ctx.doc.nfc.slice(start, end);
    // What to delete: the line and its break; when the line is a paragraph of its own, one of
    // the blank lines around it too, so paragraphs stay separated by exactly one blank line.
    let delStart = line.start;
    let delEnd: number;
    if (i + 1 < lines.length) {
      const prevBlank = i > 0 && lines[i - 1].text.trim() === '';
      let next = i + 1;
      if (prevBlank || i === 0) while (next < lines.length - 1 && lines[next].text.trim() === '' ) next++;
      delEnd = lines[next].start;
    } else if (i > 0 && !junk.has(i - 1)) {
      let prev = i - 1;
      while (prev > 0 && lines[prev].text.trim() === '') prev--;
      delStart = lines[prev].text.trim() === '' ? lines[prev].start : lines[prev].end;
      delEnd = line.end;
    } else {
      delEnd = line.end;
    }
    const shown = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN - 1) + '…' : text;
    reports.push({
      start,
      end,
      messageId: 'webArtifact',
      values: { text: shown },
      fixes: [{ titleId: 'deleteLine', values: { text: shown }, edits: [{ start: delStart, end: delEnd, newText: '' }], safe: true }],
    });
  });
  return reports;
}
