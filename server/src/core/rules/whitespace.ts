// whitespace: double spaces inside a line, a space before , . ; : ? !, a missing space after
// , ; : (and . between words), trailing spaces. Leading indentation (captions are often indented)
// and everything inside numbers, times, dates, URLs, e-mails, "./.", ellipses and abbreviations
// such as "TP.HCM" or "đ/c" are left alone.

import { isWebArtifactLine } from '../segment/cues';
import { isWhiteSpaceCode } from '../text/textdoc';
import type { Report, Rule, RuleContext } from '../types';

const SPACE_RUN = /[ \u00a0]{2,}/g;

/**
 * Runs of two or more spaces (or no-break spaces) between two non-space characters: the matches
 * of /(?<=\S)[ \u00a0]{2,}(?=\S)/g, found as whole runs with the neighbours checked after (a
 * leading lookbehind would be tried at every space). A run that fails has no match inside it.
 */
function doubleSpaces(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  SPACE_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPACE_RUN.exec(text)) !== null) {
    const i = m.index;
    const j = i + m[0].length;
    if (i > 0 && j < n && !isWhiteSpaceCode(text.charCodeAt(i - 1)) && !isWhiteSpaceCode(text.charCodeAt(j))) out.push([i, j]);
  }
  return out;
}

// a space (run) before , ; : ? ! or a single "." (not "...", not "./."); the character before
// the spaces must not be a space, an opening bracket/quote or a dash (checked in code: lookbehinds are slow)
const BEFORE = /[ \u00a0]+([,;:?!]|\.(?![.\/]))/g;
const BEFORE_EXCLUDED = /[\s([{“"‘'«–—\-/]/;
// a , ; : . directly followed by a letter; the character(s) before are checked in code:
//   , ;  after a letter or digit ("qua,hiện"; not "1.174,45", "2,5")
//   :    between two letters (not "14:30", not "http://")
//   .    between a lower-case word (≥ 2 letters) and a capitalised word ("xã.Các"; not "TP.HCM")
const AFTER = /[,;:.](?=\p{L})/gu;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /(?:\p{L}|\p{N})/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

function missingSpaceAfter(text: string, i: number): boolean {
  const mark = text[i];
  const before = text[i - 1];
  if (before === undefined) return false;
  if (mark === ',' || mark === ';') return LETTER_OR_DIGIT.test(before);
  if (mark === ':') return LETTER.test(before);
  // "."
  const before2 = text[i - 2];
  const after2 = text[i + 2];
  return (
    before2 !== undefined && after2 !== undefined &&
    LOWER.test(before) && LOWER.test(before2) && UPPER.test(text[i + 1]) && LOWER.test(after2)
  );
}
const WEB_TOKEN = /[@]|:\/\/|www\.|\.(?:com|vn|net|org|gov|edu)\b/i;
const ENTITY_BEFORE = /&#?\w+$/;
const ALL_SPACE = /^[ \t\u00a0]*$/;

/** Trailing white space: `[ \t\u00a0]+(?=\r|\n|$)`, found from the line ends. */

const TOKEN_LIMIT = 80;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;

/** The whitespace-delimited token around offset `i` of `line` (at most 80 units each way). */
function tokenAt(line: string, i: number): string {
  let s = i;
  while (s > 0 && i - s < TOKEN_LIMIT && !isSpace(line.charCodeAt(s - 1))) s--;
  let e = i;
  while (e < line.length && e - i < TOKEN_LIMIT && !isSpace(line.charCodeAt(e))) e++;
  return line.slice(s, e);
}

export const whitespace: Rule = {
  id: 'whitespace',
  category: 'text',
  description: { vi: 'Khoảng trắng sai', en: 'Whitespace' },
  defaultSeverity: 'information',
  fixable: true,
  messages: {
    doubleSpace: { vi: 'Thừa khoảng trắng giữa hai từ.', en: 'More than one space between words.' },
    spaceBefore: {
      vi: 'Không đặt khoảng trắng trước dấu “{mark}”.',
      en: 'No space before “{mark}”.',
    },
    missingSpaceAfter: {
      vi: 'Thiếu khoảng trắng sau dấu “{mark}”.',
      en: 'Missing space after “{mark}”.',
    },
    trailing: { vi: 'Thừa khoảng trắng ở cuối dòng.', en: 'Trailing spaces at the end of the line.' },
    fixSingleSpace: { vi: 'Chỉ để một khoảng trắng', en: 'Keep a single space' },
    fixRemoveSpace: { vi: 'Xoá khoảng trắng', en: 'Remove the space' },
    fixInsertSpace: { vi: 'Thêm khoảng trắng sau “{mark}”', en: 'Insert a space after “{mark}”' },
    fixTrailing: { vi: 'Xoá khoảng trắng cuối dòng', en: 'Remove the trailing spaces' },
  },
  check(ctx: RuleContext): Report[] {
    const { doc } = ctx;
    const text = doc.nfc;
    const reports: Report[] = [];
    // suppression comments are blanked to spaces in the NFC view: only real spaces count
    const masked = text !== doc.original;
    const realSpace = (start: number, end: number): boolean =>
      !masked || ALL_SPACE.test(doc.original.slice(doc.toOriginal(start), doc.toOriginal(end)));
    let m: RegExpExecArray | null;

    for (const [start, end] of doubleSpaces(text)) {
      if (!realSpace(start, end)) continue;
      reports.push({
        start,
        end,
        messageId: 'doubleSpace',
        fixes: [{ titleId: 'fixSingleSpace', edits: [{ start, end, newText: ' ' }], safe: true }],
      });
    }

    BEFORE.lastIndex = 0;
    while ((m = BEFORE.exec(text)) !== null) {
      const mark = m[1];
      if (m.index === 0 || BEFORE_EXCLUDED.test(text[m.index - 1])) continue;
      const spaceEnd = m.index + m[0].length - 1;
      const next = text[spaceEnd + 1];
      // the mark must end something: followed by a space, the end, a quote/bracket or (for , ;) a letter
      if (next !== undefined && !/[\s”"’'»)\]]/.test(next) && !(/[,;]/.test(mark) && /\p{L}/u.test(next))) continue;
      // a colon/dot starting a token (":)", ".NET", ".5") is not punctuation of the sentence
      if (WEB_TOKEN.test(tokenAt(text, spaceEnd))) continue;
      const start = m.index;
      const end = spaceEnd;
      if (!realSpace(start, end)) continue;
      reports.push({
        start,
        end: end + 1,
        messageId: 'spaceBefore',
        values: { mark },
        fixes: [{ titleId: 'fixRemoveSpace', edits: [{ start, end, newText: '' }], safe: true }],
      });
    }

    {
      AFTER.lastIndex = 0;
      while ((m = AFTER.exec(text)) !== null) {
        const start = m.index;
        if (!missingSpaceAfter(text, start)) continue;
        if (WEB_TOKEN.test(tokenAt(text, start))) continue;
        if (m[0] === ';' && ENTITY_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
        reports.push({
          start,
          end: start + 1,
          messageId: 'missingSpaceAfter',
          values: { mark: m[0] },
          fixes: [{ titleId: 'fixInsertSpace', values: { mark: m[0] }, edits: [{ start: start + 1, end: start + 1, newText: ' ' }], safe: true }],
        });
      }
    }

    // TRAILING's matches, read back from each line end (every \r or \n that a match can precede
    // ends a line; the \n of \r\n follows a \r)
    for (const line of doc.lines) {
      const end = line.end;
      let start = end;
      for (let c = text.charCodeAt(start - 1); start > line.start && (c === 0x20 || c === 0x09 || c === 0xa0); c = text.charCodeAt(start - 1)) start--;
      if (start === end) continue;
      // a line of spaces only is not "trailing"; a lone non-breaking space is harmless
      if (start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r' || !/[ \t]/.test(text.slice(start, end))) continue;
      if (!realSpace(start, end)) continue;
      reports.push({
        start,
        end,
        messageId: 'trailing',
        fixes: [{ titleId: 'fixTrailing', edits: [{ start, end, newText: '' }], safe: true }],
      });
    }
    // Spacing inside scraped page junk is web-artifact's business: that line is deleted whole.
    const junk = new Map<number, boolean>();
    return reports.filter((r) => {
      const line = doc.lineAt(r.start);
      let isJunk = junk.get(line);
      if (isJunk === undefined) junk.set(line, (isJunk = isWebArtifactLine(doc.lines[line].text)));
      return !isJunk;
    });
  },
};
