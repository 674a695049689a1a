// repeated-word: an accidentally doubled word or phrase ("các các", "đã đã", "bám sát sát",
// "tình hình hình", "các đồng chí đồng chí", "Chiều ngày ngày 12"), but not legitimate
// reduplication ("ngày ngày", "người người, nhà nhà", "dần dần", "chung chung", "xanh xanh").
//   - a doubled function word is always an error;
//   - unless each copy completes a known word on its side ("đại biểu biểu quyết");
//   - a doubled content word is an error when the first copy completes a known phrase with the
//     word before it ("tình hình hình": "tình hình") or the second with the word after it;
//   - a legitimately reduplicated time noun followed by a number is an error ("ngày ngày 12");
//   - a doubled two- or three-word phrase is an error.

import { GENRE_PHRASES, LEGITIMATE, LISTED_PHRASES } from '../data/genre-phrases';
import { tokenTable, type TokenTable } from '../text/word-tokens';
import type { Report, Rule, RuleContext } from '../types';

/** Function words that never reduplicate: doubling them is always a slip. */
const FUNCTION_WORDS = new Set(
  (
    'các của đã và được những có cho với trong tại để từ về này đó theo thì mà sẽ đang bị do vì khi như hoặc ' +
    'cũng còn đến trên dưới một mỗi nhằm nhưng rằng tới sau trước giữa bằng không chưa cần'
  ).split(' '),
);

/** Words that reduplicate legitimately ("ngày ngày", "người người", "dần dần"). */
const REDUPLICATING = new Set(
  (
    'ngày đêm năm tháng tuần giờ phút người nhà nơi ai đâu đời mãi chiều sáng tối trưa lớp hàng từ dần chung ' +
    'xanh đỏ vàng trắng đen tím hồng xa gần cao thấp to nhỏ nho khá vừa đều thường rì rầm ào ầm đùng ' +
    'lâu chầm khe nhè nhẹ thỉnh từng ngà ríu tí bé cỏn con chốc lần nhiều ít thấm ngập chan hun ha hi hu ' +
    'mau chậm nhanh sâu êm đủ tận đông bừng rực ngời rộn tươi vui nhộn mới cũ hay'
  ).split(' '),
);
/** Two-word titles and organisations written capitalised, whose doubling is a slip, not a name. */
const TITLE_PAIRS = new Set(
  (
    'trưởng ban|phó ban|trưởng phòng|phó trưởng|bí thư|phó bí|chủ tịch|phó chủ|ủy viên|uỷ viên|thường trực|' +
    'thường vụ|ban thường|đảng ủy|đảng uỷ|hội đồng|ủy ban|uỷ ban|mặt trận|văn phòng|công an|quân sự|ban chấp|' +
    'chấp hành|hội trường|dân vận|tuyên giáo|kiểm tra|tổ chức|văn hóa|văn hoá|kinh tế|hội nông|hội phụ|đoàn thanh'
  ).split('|'),
);
/** Titles ending in an administrative unit: "Trưởng thôn thôn Đồng Trạng" names the hamlet after the title. */
const UNIT_TITLES = new Set(['trưởng thôn', 'phó thôn', 'trưởng ấp', 'phó ấp', 'trưởng bản', 'phó bản', 'trưởng khu', 'trưởng khóm', 'trưởng xóm', 'trưởng buôn', 'già làng']);
const TIME_NOUNS = new Set(['ngày', 'tháng', 'năm', 'tuần', 'quý', 'giờ']);
const NUMBER_AFTER = /^[ \t\u00a0]*\d/;

function knownPair(a: string, b: string): boolean {
  const p = `${a} ${b}`;
  return GENRE_PHRASES.has(p) || LEGITIMATE.has(p);
}

function listedPair(a: string | null, b: string | null): boolean {
  const p = `${a} ${b}`;
  return LISTED_PHRASES.has(p) || LEGITIMATE.has(p);
}

function isCapitalised(text: string, t: TokenTable, i: number): boolean {
  const first = text[t.start[i]];
  if (first === first.toLowerCase()) return false;
  const rest = text.slice(t.start[i] + 1, t.end[i]);
  return rest === rest.toLowerCase();
}

export const repeatedWord: Rule = {
  id: 'repeated-word',
  category: 'text',
  description: { vi: 'Từ bị lặp', en: 'Repeated word' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    word: { vi: 'Từ “{word}” bị lặp lại.', en: 'The word “{word}” is repeated.' },
    phrase: { vi: 'Cụm từ “{phrase}” bị lặp lại.', en: 'The phrase “{phrase}” is repeated.' },
    fixRemove: { vi: 'Xoá “{word}” thừa', en: 'Remove the extra “{word}”' },
  },
  check(ctx: RuleContext): Report[] {
    const text = ctx.doc.nfc;
    const t = tokenTable(text);
    const reports: Report[] = [];
    let coveredUntil = -1;

    for (let i = 0; i + 1 < t.count; i++) {
      const aStart = t.start[i];
      if (aStart < coveredUntil) continue;

      // doubled phrases first: A B A B, A B C A B C. Their first word comes back two or three words
      // later (doubledPhrase's own first test): most tokens are settled here, without the call.
      const w0 = t.word[i];
      const phrase = (i + 2 < t.count && sameWord(t, w0, t.word[i + 2])) || (i + 3 < t.count && sameWord(t, w0, t.word[i + 3])) ? doubledPhrase(t, i) : 0;
      if (phrase > 0) {
        const firstEnd = t.end[i + phrase - 1];
        const end = t.end[i + 2 * phrase - 1];
        const words = wordsOf(t, i, phrase);
        const listed = GENRE_PHRASES.has(words.join(' ')) || LEGITIMATE.has(words.join(' '));
        const shown = text.slice(aStart, firstEnd);
        reports.push({
          start: aStart,
          end,
          messageId: 'phrase',
          values: { phrase: shown },
          fixes: [{ titleId: 'fixRemove', values: { word: shown }, edits: [{ start: firstEnd, end, newText: '' }], safe: listed }],
        });
        coveredUntil = end;
        continue;
      }

      if (t.linked[i + 1] !== 1) continue;
      const wi = t.word[i];
      const wj = t.word[i + 1];
      if (!sameWord(t, wi, wj)) continue;
      const w = t.words[wi];
      if (w.length === 0) continue;
      // a name ("Hà Hà") or a capitalised second copy is left alone; a capitalised first copy before
      // a lower-case one is a doubled word all the same ("Lãnh lãnh đạo")
      if (isCapitalised(text, t, i + 1) || t.nameLike[i + 1] === 1) continue;
      const prev = i > 0 && t.linked[i] === 1 ? t.words[t.word[i - 1]] : null;
      const next = i + 2 < t.count && t.linked[i + 2] === 1 ? t.words[t.word[i + 2]] : null;
      const knownPrev = prev !== null && knownPair(prev, w);
      const knownNext = next !== null && knownPair(w, next);
      // "đại biểu biểu quyết": each copy belongs to its own (listed) word
      if (knownPrev && knownNext && listedPair(prev, w) && listedPair(w, next)) continue;
      // a capitalised first copy that ends a name ("Việt Nam nam giới") is not a slip: the doubled
      // word must start a phrase with the word after it and the copy must not follow a capitalised word
      if (t.nameLike[i] === 1 && (!knownNext || (i > 0 && t.linked[i] === 1 && text[t.start[i - 1]] !== text[t.start[i - 1]].toLowerCase()))) continue;
      // "Trưởng thôn thôn Đồng Trạng": a title ending in a unit, then the unit's name
      if (UNIT_TITLES.has(`${prev} ${w}`) && i + 2 < t.count && t.linked[i + 2] === 1 && isCapitalised(text, t, i + 2)) continue;
      let error = false;
      if (REDUPLICATING.has(w)) {
        // "Chiều ngày ngày 12": a time noun whose second copy introduces a number
        error = TIME_NOUNS.has(w) && NUMBER_AFTER.test(text.slice(t.end[i + 1], t.end[i + 1] + 4));
      } else if (FUNCTION_WORDS.has(w)) {
        // "khen thưởng bằng bằng khen": the second copy starts a word of its own
        error = !(next !== null && listedPair(w, next));
      } else {
        error = knownPrev || knownNext;
      }
      if (!error) continue;
      const bEnd = t.end[i + 1];
      const word = text.slice(t.start[i + 1], bEnd);
      reports.push({
        start: aStart,
        end: bEnd,
        messageId: 'word',
        values: { word },
        fixes: [{ titleId: 'fixRemove', values: { word }, edits: [{ start: t.end[i], end: bEnd, newText: '' }], safe: true }],
      });
      coveredUntil = bEnd;
    }
    return reports;
  },
};

/**
 * Whether words a and b of the table (indexes into t.words) are the same word: the same index, except
 * past the tokenizer's bound on remembered words, where a word gets an index per occurrence and no
 * stable id. (No string comparison per token otherwise.)
 */
function sameWord(t: TokenTable, a: number, b: number): boolean {
  return a === b || (t.wordId[a] < 0 && t.wordId[b] < 0 && t.words[a] === t.words[b]);
}

/** The words of tokens i … i + n - 1. */
function wordsOf(t: TokenTable, i: number, n: number): string[] {
  const words: string[] = [];
  for (let k = i; k < i + n; k++) words.push(t.words[t.word[k]]);
  return words;
}

/** Length (2 or 3) of a phrase repeated right after itself at token i, or 0. */
function doubledPhrase(t: TokenTable, i: number): number {
  for (let n = 3; n >= 2; n--) {
    if (i + 2 * n > t.count) continue;
    // cheapest condition first: the phrase's first word comes back n words later
    if (!sameWord(t, t.word[i], t.word[i + n])) continue;
    let ok = true;
    for (let k = 1; k < 2 * n && ok; k++) ok = t.linked[i + k] === 1;
    for (let k = 0; k < n && ok; k++) ok = sameWord(t, t.word[i + k], t.word[i + n + k]);
    if (!ok) continue;
    // "ngày ngày ngày ngày" is a single word repeated; "đi đi lại lại" is not A B A B
    const words = wordsOf(t, i, n);
    if (new Set(words).size < n) continue;
    if (words.some((w) => w.length < 2)) continue;
    let nameLike = false;
    for (let k = i; k < i + 2 * n && !nameLike; k++) nameLike = t.nameLike[k] === 1;
    // a doubled title or organisation ("Trưởng Ban Trưởng Ban") is not a name
    if (nameLike && !(n === 2 && TITLE_PAIRS.has(words.join(' ')))) continue;
    return n;
  }
  return 0;
}
