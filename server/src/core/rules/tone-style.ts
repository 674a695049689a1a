// tone-style: old (hòa, khỏe, thủy) and new (hoà, khoẻ, thuỷ) tone placement mixed in one article,
// or differing from config.toneStyle. Only open oa/oe/uy rhymes differ between the styles. With
// 'consistent' (the default) the article's majority wins; a tie goes to the first word's style.
// Proper names (Capitalised inside a sentence) neither vote nor get reported, unless the same word
// also occurs in lower case (Ủy ban beside ủy).

import type { Report, Rule, RuleContext } from '../types';
import { placeTone, styleOf, type ToneStyleName } from '../text/tone';
import { casePosition, nextIsCapitalised, previousIsCapitalised } from '../text/casing';

const LETTER = 'A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff';
/** An open oa/oe/uy rhyme with a tone mark on either vowel, at the end of a word. */
const STYLE_RHYME = new RegExp(
  `(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[òóỏõọÒÓỎÕỌ][aAeE]|[uU][ỳýỷỹỵỲÝỶỸỴ]|[ùúủũụÙÚỦŨỤ][yY])(?![${LETTER}])`,
  'g',
);
/** LETTER as char codes (what LETTER_CHAR.test says of one code unit). */
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

interface StyleInfo {
  lowerWord: string;
  style: ReturnType<typeof styleOf>;
  /** placeTone(lowerWord, 'new') for old/new words. */
  key: string;
}

// Per distinct word: its lower case, style and key (words repeat; styleOf and placeTone do not need redoing).
const WORD_STYLES = new Map<string, StyleInfo>();

function wordStyle(word: string): StyleInfo {
  let ws = WORD_STYLES.get(word);
  if (ws === undefined) {
    const lowerWord = word.toLowerCase();
    const style = styleOf(lowerWord);
    ws = { lowerWord, style, key: style === 'old' || style === 'new' ? placeTone(lowerWord, 'new') : '' };
    if (WORD_STYLES.size < 20_000) WORD_STYLES.set(word, ws);
  }
  return ws;
}

interface Occurrence {
  start: number;
  end: number;
  word: string;
  style: ToneStyleName;
  /** Style-independent key: lower case, new style. */
  key: string;
  /** Capitalised inside a sentence (a word in a run of Capitalised words is not read at all). */
  name: boolean;
  lower: boolean;
}

export const toneStyle: Rule = {
  id: 'tone-style',
  category: 'text',
  description: { vi: 'Trộn kiểu bỏ dấu cũ và mới', en: 'Mixed old and new tone placement' },
  defaultSeverity: 'information',
  fixable: true,
  messages: {
    oldInNew: {
      vi: '“{word}” bỏ dấu kiểu cũ trong bài dùng kiểu mới (“{suggestion}”).',
      en: '“{word}” uses the old tone placement in an article that uses the new one (“{suggestion}”).',
    },
    newInOld: {
      vi: '“{word}” bỏ dấu kiểu mới trong bài dùng kiểu cũ (“{suggestion}”).',
      en: '“{word}” uses the new tone placement in an article that uses the old one (“{suggestion}”).',
    },
    oldConfigured: {
      vi: '“{word}” bỏ dấu kiểu cũ; cấu hình yêu cầu kiểu mới (“{suggestion}”).',
      en: '“{word}” uses the old tone placement; the configuration asks for the new one (“{suggestion}”).',
    },
    newConfigured: {
      vi: '“{word}” bỏ dấu kiểu mới; cấu hình yêu cầu kiểu cũ (“{suggestion}”).',
      en: '“{word}” uses the new tone placement; the configuration asks for the old one (“{suggestion}”).',
    },
    replace: { vi: 'Đặt lại dấu: “{suggestion}”', en: 'Re-place the tone mark: “{suggestion}”' },
  },
  check(ctx: RuleContext): Report[] {
    const text = ctx.doc.nfc;
    return reportsOf(ctx, scanStyles(text, 0, text.length));
  },
  paragraphScan: { scan: scanStyles, reports: reportsOf },
};

/** The oa/oe/uy words of [from, to) with their style and case position (text order). */
function scanStyles(text: string, from: number, to: number): Occurrence[] {
  const found: Occurrence[] = [];
  // the regex runs on the span alone: a whole-text run would look past `to` for the next match
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  STYLE_RHYME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STYLE_RHYME.exec(part)) !== null) {
    const end = from + m.index + 2;
    let start = from + m.index;
    while (start > 0 && start > end - 12 && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (start > 0 && isLetterCode(text.charCodeAt(start - 1))) continue; // absurdly long "word"
    const word = text.slice(start, end);
    const { style, key } = wordStyle(word);
    if (style !== 'old' && style !== 'new') continue;
    const position = casePosition(text, start, word);
    const lower = position === 'lower';
    // In a run of Capitalised words (Thanh Hóa, La Văn Hoà) the word is a name and never counts;
    // alone inside a sentence (Ủy ban) it counts when the same word also occurs in lower case.
    const inNameRun = position !== 'lower' && position !== 'caps' && (nextIsCapitalised(text, end) || previousIsCapitalised(text, start));
    // a word in a name run neither votes nor is reported, nor is it lower case (reportsOf): not kept,
    // which spares core/incremental a copy of every "Hòa Bình" at every edit
    if (inNameRun) continue;
    const name = position === 'mid';
    found.push({ start, end, word, style, key, name, lower });
  }
  return found;
}

/** The majority (or configured) style over every occurrence, and a report on each word in the other. */
function reportsOf(ctx: RuleContext, found: Occurrence[]): Report[] {
  const lowerKeys = new Set<string>();
  // indexed loops over the occurrences: see core/incremental on for…of in the interpreter
  for (let i = 0; i < found.length; i++) if (found[i].lower) lowerKeys.add(found[i].key);
  const voters = found.filter((o) => !o.name || lowerKeys.has(o.key));
  if (voters.length === 0) return [];
  const setting = ctx.config.toneStyle;
  let target: ToneStyleName;
  if (setting === 'old' || setting === 'new') {
    target = setting;
  } else {
    let oldCount = 0;
    for (let i = 0; i < voters.length; i++) if (voters[i].style === 'old') oldCount++;
    const newCount = voters.length - oldCount;
    target = oldCount > newCount ? 'old' : newCount > oldCount ? 'new' : voters[0].style;
  }
  const configured = setting === 'old' || setting === 'new';
  const reports: Report[] = [];
  for (let i = 0; i < voters.length; i++) {
    const o = voters[i];
    if (o.style === target) continue;
    const suggestion = placeTone(o.word, target);
    const messageId = configured ? (o.style === 'old' ? 'oldConfigured' : 'newConfigured') : o.style === 'old' ? 'oldInNew' : 'newInOld';
    reports.push({
      start: o.start,
      end: o.end,
      messageId,
      values: { word: o.word, suggestion },
      fixes: [{ titleId: 'replace', values: { suggestion }, edits: [{ start: o.start, end: o.end, newText: suggestion }], safe: true }],
    });
  }
  return reports;
}
