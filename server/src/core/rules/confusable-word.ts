// confusable-word: real-word confusions that a syllable spell checker cannot see.
// (a) a table of known confusions (data/confusables.ts): "sảy ra" → "xảy ra", "sát nhập" → "sáp nhập";
// (b) near misses of the genre's frequent phrases (data/genre-phrases.ts): a bigram/trigram that is
//     not itself a known phrase but is one tone mark, one hat/horn/breve or one letter away from a
//     frequent one ("phần đấu" → "phấn đấu", "nông thông mới" → "nông thôn mới", "chí đạo" → "chỉ đạo").
// Candidates come from an index keyed by the phrase with one syllable wildcarded, so each text
// bigram costs two map lookups (linear on large documents).
// (c) with the language model (core/lm): any syllable that a one-slip candidate fits far better in
//     its context ("Đài hội" → "Đại hội", "vả các" → "và các", "ông tác" → "công tác").

import { CONFUSABLES, type Confusable } from '../data/confusables';
import { GENRE_PHRASES, LEGITIMATE, LISTED_PHRASES } from '../data/genre-phrases';
import { isAttested, iyVariant } from '../text/syllable';
import type { Fix, Report, Rule, RuleContext } from '../types';
import { tokenTable, WordIdMemo, type TokenTable } from '../text/word-tokens';
import { findSlips, THRESHOLDS } from '../lm';
import { placeTone } from '../text/tone';
import { BASE_LETTERS, NAME_CASE_LIMIT, NAME_CASES } from '../text/char-tables';

// ---------- (a) the table ----------

const TABLE_BY_FIRST = new Map<string, Array<{ entry: Confusable; words: string[] }>>();
for (const entry of CONFUSABLES) {
  const words = entry.wrong.normalize('NFC').toLowerCase().split(' ');
  const list = TABLE_BY_FIRST.get(words[0]) ?? [];
  list.push({ entry, words });
  TABLE_BY_FIRST.set(words[0], list);
}

// ---------- (a') titles and organisations ----------

/**
 * Two-word titles and organisations of the genre, written capitalised ("Ủy viên", "Thường trực",
 * "Hội trường", "Dân vận"): a capitalised word one mark away before a lower-case word that completes
 * one ("Uy viên", "Thương trực", "Hồi trường", "Khối Dan vận") is a slip, not a name.
 */
const TITLE_PHRASES = (
  'ủy viên|thường trực|thường vụ|hội trường|dân vận|bí thư|chủ tịch|hội đồng|mặt trận|đảng ủy|ủy ban|' +
  'tuyên giáo|kiểm tra|tổ chức|văn phòng|nội chính|dân tộc|pháp chế|văn hóa|xã hội|nhân dân|chấp hành|' +
  'đại biểu|trưởng ban|phó ban|công an|quân sự|thanh niên|phụ nữ|nông dân|chiến binh|hội nghị|đại hội|kỳ họp|' +
  'dân chủ|kinh tế|ngân sách|giám sát|phản biện|mặt trận|dân vận'
).split('|');
/** skeleton key → the title, null when two titles share it. */
let TITLE_INDEX: Map<string, string[] | null> | null = null;
/** Skeletons of the titles' second words (a cheap first test). */
const TITLE_SECONDS = new Set<string>();
function titleIndex(): Map<string, string[] | null> {
  if (TITLE_INDEX === null) {
    TITLE_INDEX = new Map();
    for (const title of TITLE_PHRASES) {
      const words = title.split(' ');
      const key = words.map(skeleton).join(' ');
      const had = TITLE_INDEX.get(key);
      TITLE_INDEX.set(key, had === undefined || (had !== null && had.join(' ') === title) ? words : null);
      TITLE_SECONDS.add(skeleton(words[1]));
    }
  }
  return TITLE_INDEX;
}
/** Capitalised words that head an organisation or a title ("Khối Dân vận", "Phó Bí thư"). */
const TITLE_HEADS = new Set(['khối', 'ban', 'phó', 'trưởng', 'hội', 'phòng', 'ủy', 'uỷ', 'đảng', 'vụ', 'sở', 'tổ', 'đoàn', 'trung', 'tâm', 'viên']);
/** Words before a person's name ("anh Thương trực tiếp …" is a name). */
const HONORIFICS = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cháu', 'chí', 'cụ', 'thầy']);

// Words-only part of titleSlip, per distinct pair of lower-case words (the tokens' shared strings):
// the title the pair is one mark away from, or null.
const TITLE_FOR = new Map<string, Map<string, string[] | null>>();
let titleForEntries = 0;

function titleFor(index: Map<string, string[] | null>, first: string, second: string): string[] | null {
  let inner = TITLE_FOR.get(first);
  const cached = inner?.get(second);
  if (cached !== undefined) return cached;
  let right = index.get(skeleton(first) + ' ' + skeleton(second)) ?? null;
  if (right !== null) {
    const typed = [first, second];
    let differ = 0;
    for (let k = 0; k < 2; k++) {
      const a = placeTone(typed[k], 'new');
      if (a !== placeTone(right[k], 'new') && iyVariant(a) !== placeTone(right[k], 'new')) differ++;
    }
    if (differ !== 1 || known(first + ' ' + second)) right = null;
  }
  if (titleForEntries < 100_000) {
    if (inner === undefined) TITLE_FOR.set(first, (inner = new Map()));
    inner.set(second, right);
    titleForEntries++;
  }
  return right;
}

/**
 * A capitalised slip inside a title at token i (a capitalised word, then a lower-case one), or null.
 * `wordFlags`: flagsOf per distinct word of the text (t.words).
 */
function titleSlip(text: string, t: TokenTable, wordFlags: Int32Array, i: number): Report | null {
  if (i + 1 >= t.count || t.linked[i + 1] !== 1) return null;
  if (!changedByLowerCase(text, t.start[i]) || changedByLowerCase(text, t.start[i + 1])) return null;
  const index = titleIndex();
  if ((wordFlags[t.word[i + 1]] & TITLE_SECOND) === 0 || !isCapitalised(text, t, i)) return null;
  // not a sentence opener ("Hồi trường …" may open a sentence about the past)
  let b = t.start[i] - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\u00a0')) b--;
  if (b < 0 || '.!?:\n\r"“(–-•*#'.includes(text[b])) return null;
  const typed = [t.words[t.word[i]], t.words[t.word[i + 1]]];
  const right = titleFor(index, typed[0], typed[1]);
  if (right === null) return null;
  // a name: after an honorific, or its lower-case word belongs with the next one ("Thương trực tiếp")
  if (t.linked[i] === 1 && HONORIFICS.has(t.words[t.word[i - 1]])) return null;
  // after another capitalised word only inside an organisation ("Khối Dan vận"), not a name ("Lê Văn Hồi")
  if (t.linked[i] === 1 && isCapitalised(text, t, i - 1) && !TITLE_HEADS.has(t.words[t.word[i - 1]])) return null;
  if (i + 2 < t.count && t.linked[i + 2] === 1 && listedWord(`${typed[1]} ${t.words[t.word[i + 2]]}`)) return null;
  const start = t.start[i];
  const end = t.end[i + 1];
  const found = text.slice(start, end);
  const fixed = matchCase(found, right.join(' '));
  return {
    start,
    end,
    messageId: 'nearMiss',
    values: { found, right: fixed },
    fixes: [{ titleId: 'fixReplace', values: { right: fixed }, edits: [{ start, end, newText: fixed }], safe: false }],
  };
}

// ---------- (b) the near-miss index ----------

interface Candidate {
  words: string[];
  /** Position of the syllable that differs. */
  at: number;
  tier: number;
}

const skeletonCache = new Map<string, string>();

/** A syllable without tone, hat/horn/breve and with đ as d ("phấn" → "phan"). */
export function skeleton(syllable: string): string {
  let s = skeletonCache.get(syllable);
  if (s === undefined) {
    s = fastSkeleton(syllable) ?? syllable.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
    if (skeletonCache.size < 50_000) skeletonCache.set(syllable, s);
  }
  return s;
}

// Precomposed letters → their base letter (NFD without marks), from char-tables.ts's BASE_LETTERS.
const BASE_LIMIT = 0x1f00;
const BASE_CODE = new Uint16Array(BASE_LIMIT);
for (let k = 0; k < BASE_LETTERS.length; k += 2) BASE_CODE[BASE_LETTERS.charCodeAt(k)] = BASE_LETTERS.charCodeAt(k + 1);

/**
 * skeleton without normalising, for words of ASCII, precomposed letters with a one-letter base,
 * combining marks U+0300–U+036F and đ (the same string: NFD turns each such letter into its base
 * and marks of that block); undefined for any other character.
 */
function fastSkeleton(word: string): string | undefined {
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x80) out += word[k];
    else if (c >= 0x300 && c <= 0x36f) continue;
    else if (c === 0x111) out += 'd';
    else if (c < BASE_LIMIT && BASE_CODE[c] !== 0) out += String.fromCharCode(BASE_CODE[c]);
    else return undefined;
  }
  return out;
}

// Mark changes on bigrams: MARKS[at] maps the other word, then the skeleton of the syllable at `at`
// (which keeps its letters), to the phrases; a trigram's mark changes are found on its bigrams. Letter
// changes on listed trigrams of tier 3: LETTERS[at] maps the two other words, in order (the differing
// syllable is a wildcard). computeBest looks them up with the words themselves, whose hashes the
// strings keep, instead of building a key string per lookup (most lookups find nothing).
type PairIndex = Map<string, Map<string, Candidate[]>>;
const MARKS: PairIndex[] = [new Map(), new Map()];
const LETTERS: PairIndex[] = [new Map(), new Map(), new Map()];
/** POSITION[n][k]: syllables at position k of indexed n-word phrases; SKELETONS likewise. */
const POSITION: Array<Array<Set<string>>> = [[], [], [new Set(), new Set()], [new Set(), new Set(), new Set()]];
const SKELETONS: Array<Array<Set<string>>> = [[], [], [new Set(), new Set()], [new Set(), new Set(), new Set()]];
const push = (index: PairIndex, first: string, second: string, cand: Candidate): void => {
  let inner = index.get(first);
  if (inner === undefined) index.set(first, (inner = new Map()));
  const list = inner.get(second);
  if (list) list.push(cand);
  else inner.set(second, [cand]);
};
/** The words of a trigram other than the one at `at`, in order: their positions. */
const OTHER_FIRST = [1, 0, 0];
const OTHER_SECOND = [2, 2, 1];
for (const [phrase, tier] of GENRE_PHRASES) {
  const words = phrase.split(' ');
  const n = words.length;
  if (n === 2) {
    for (let at = 0; at < 2; at++) push(MARKS[at], words[1 - at], skeleton(words[at]), { words, at, tier });
  } else if (n === 3 && tier >= 3 && LISTED_PHRASES.has(phrase)) {
    for (let at = 0; at < 3; at++) push(LETTERS[at], words[OTHER_FIRST[at]], words[OTHER_SECOND[at]], { words, at, tier });
  } else {
    continue;
  }
  for (let k = 0; k < n; k++) {
    POSITION[n][k].add(words[k]);
    SKELETONS[n][k].add(skeleton(words[k]));
  }
}

// Per distinct (lower-case) word: where it stands in indexed phrases, as bits, so that the
// pre-check on an n-gram is a few bit tests on its tokens.
const P2_0 = 1; // POSITION[2][0]
const P2_1 = 2;
const S2_0 = 4; // SKELETONS[2][0] has its skeleton
const S2_1 = 8;
const P3_0 = 16;
const P3_1 = 32;
const P3_2 = 64;
const IN_TABLE = 128; // the first word of a table phrase (TABLE_BY_FIRST)
const TITLE_SECOND = 256; // TITLE_SECONDS has its skeleton (titleSlip's first test on a word pair)
const FLAGS = new Map<string, number>();

function computeFlags(word: string): number {
  const sk = skeleton(word);
  titleIndex(); // (builds TITLE_SECONDS)
  return (
    (TITLE_SECONDS.has(sk) ? TITLE_SECOND : 0) |
    (POSITION[2][0].has(word) ? P2_0 : 0) |
    (POSITION[2][1].has(word) ? P2_1 : 0) |
    (SKELETONS[2][0].has(sk) ? S2_0 : 0) |
    (SKELETONS[2][1].has(sk) ? S2_1 : 0) |
    (POSITION[3][0].has(word) ? P3_0 : 0) |
    (POSITION[3][1].has(word) ? P3_1 : 0) |
    (POSITION[3][2].has(word) ? P3_2 : 0) |
    (TABLE_BY_FIRST.has(word) ? IN_TABLE : 0)
  );
}

/** computeFlags, remembered per word (for words without a stable id). */
function flagsOf(word: string): number {
  let f = FLAGS.get(word);
  if (f === undefined) {
    f = computeFlags(word);
    if (FLAGS.size < 100_000) FLAGS.set(word, f);
  }
  return f;
}

// computeFlags by the tokenizer's stable word id
const FLAGS_BY_ID = new WordIdMemo(computeFlags);

/** mayHaveCandidate on the flags of the n-gram's words (fa, fb, fc). */
function mayHaveCandidateAt(n: number, at: number, fa: number, fb: number, fc: number): boolean {
  if (n === 2) return at === 0 ? (fb & P2_1) !== 0 && (fa & S2_0) !== 0 : (fa & P2_0) !== 0 && (fb & S2_1) !== 0;
  if (at === 0) return (fb & P3_1) !== 0 && (fc & P3_2) !== 0;
  if (at === 1) return (fa & P3_0) !== 0 && (fc & P3_2) !== 0;
  return (fa & P3_0) !== 0 && (fb & P3_1) !== 0;
}

/** mayHaveCandidateAt at some position of the n-gram. */
function mayHaveCandidate(n: number, fa: number, fb: number, fc: number): boolean {
  for (let at = 0; at < n; at++) if (mayHaveCandidateAt(n, at, fa, fb, fc)) return true;
  return false;
}

const TONE_MARKS: Record<string, number> = { '\u0300': 1, '\u0301': 2, '\u0303': 3, '\u0309': 4, '\u0323': 5 };
const MODIFIERS = new Set(['\u0302', '\u0306', '\u031b']);

interface Decomposed {
  units: string[];
  tone: number;
}

const decomposeCache = new Map<string, Decomposed>();

/** A syllable as letter units (base + hat/breve/horn; đ = d + stroke) and a tone number. */
function decompose(syllable: string): Decomposed {
  const cached = decomposeCache.get(syllable);
  if (cached) return cached;
  const units: string[] = [];
  let tone = 0;
  for (const ch of syllable.normalize('NFD')) {
    const t = TONE_MARKS[ch];
    if (t !== undefined) tone = t;
    else if (MODIFIERS.has(ch) && units.length > 0) units[units.length - 1] += ch;
    else if (ch === 'đ') units.push('d\u0335');
    else units.push(ch);
  }
  const d = { units, tone };
  if (decomposeCache.size < 50_000) decomposeCache.set(syllable, d);
  return d;
}

/** Edit distance between two syllables counting a tone, a hat/horn/breve or a letter as one edit. */
export function syllableDistance(a: string, b: string): number {
  if (a === b) return 0;
  const x = decompose(a);
  const y = decompose(b);
  const n = x.units.length;
  const m = y.units.length;
  if (Math.abs(n - m) > 1) return 2;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + (x.units[i - 1] === y.units[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m] + (x.tone === y.tone ? 0 : 1);
}

/** Whether the two syllables differ only in marks (tone, hat/horn/breve, đ) — not in letters. */
function sameLetters(a: string, b: string): boolean {
  const x = decompose(a).units;
  const y = decompose(b).units;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i][0] !== y[i][0]) return false;
  return true;
}

// (module constants, read per token: an imported binding is a getter call under tsx)
const CASE_LIMIT = NAME_CASE_LIMIT;
const CASES = NAME_CASES;

/** text[k] !== text[k].toLowerCase(), from the table where it has one. */
function changedByLowerCase(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < CASE_LIMIT) return (CASES[c] & 1) !== 0;
  const ch = text[k];
  return ch !== ch.toLowerCase();
}

/** First letter upper case, the rest lower case ("Thị", not "THỊ"). */
function isCapitalised(text: string, t: TokenTable, i: number): boolean {
  if (!changedByLowerCase(text, t.start[i])) return false;
  // (a token's letters have no surrogates: character by character is the same as the whole rest)
  for (let k = t.start[i] + 1; k < t.end[i]; k++) if (changedByLowerCase(text, k)) return false;
  return true;
}

function known(phrase: string): boolean {
  return GENRE_PHRASES.has(phrase) || LEGITIMATE.has(phrase);
}

/** A real word or listed collocation (not a fragment of a longer listed phrase). */
function listedWord(phrase: string): boolean {
  return LISTED_PHRASES.has(phrase) || LEGITIMATE.has(phrase);
}

/** Copies the case pattern of `model` (Capitalised or UPPER) onto `word`. */
function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] !== model[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** Very frequent function words: changing them is too often a different real phrase ("mỗi trường"). */
const FUNCTION_WORDS = new Set(
  ('của các và với có là được cho tại để từ về này đó theo những một đã sẽ đang không cũng còn như khi thì mà nên mỗi ' +
    'do vì nếu hay hoặc ra vào lên xuống đến đi lại tới qua trên dưới sau trước giữa ngoài bằng rất nhiều ít mọi mỗi từng cả ' +
    'người việc năm ngày tháng số trong họ đặt').split(' '),
);

/** Minimum tier of a genre phrase to suggest it for a mark-only change / a letter change. */
const MIN_TIER_MARKS = 2;
const MIN_TIER_LETTERS = 3;

export const confusableWord: Rule = {
  id: 'confusable-word',
  category: 'text',
  description: { vi: 'Từ dễ nhầm', en: 'Confusable word' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    table: {
      vi: '“{found}” là cách viết sai; đúng là “{right}” ({reasonVi}).',
      en: '“{found}” is a misspelling of “{right}” ({reasonEn}).',
    },
    nearMiss: {
      vi: '“{found}” có lẽ là “{right}” (gõ nhầm một dấu hoặc một chữ).',
      en: '“{found}” is probably “{right}” (one mark or letter mistyped).',
    },
    model: {
      vi: '“{found}” có lẽ là “{right}” (theo ngữ cảnh).',
      en: '“{found}” is probably “{right}” (from the context).',
    },
    fixReplace: { vi: 'Thay bằng “{right}”', en: 'Replace with “{right}”' },
  },
  check(ctx: RuleContext): Report[] {
    const text = ctx.doc.nfc;
    const t = tokenTable(text);
    const count = t.count;
    const reports: Report[] = [];
    let coveredUntil = -1; // offset up to which a finding already covers the text
    const vetoedAt = new Set<number>(); // tokens of table phrases that their context makes legitimate

    const linked = (i: number): boolean => i > 0 && i < count && t.linked[i] === 1;
    // flags and table entries per distinct word of the text (read per token through t.word)
    const wordFlags = new Int32Array(t.words.length);
    const wordEntries: Array<Array<{ entry: Confusable; words: string[] }> | undefined> = [];
    for (let w = 0; w < t.words.length; w++) {
      const id = t.wordId[w];
      const f = id >= 0 ? FLAGS_BY_ID.get(id, t.words[w]) : flagsOf(t.words[w]);
      wordFlags[w] = f;
      wordEntries.push((f & IN_TABLE) !== 0 ? TABLE_BY_FIRST.get(t.words[w]) : undefined);
    }

    for (let i = 0; i < count; i++) {
      const tokStart = t.start[i];
      if (tokStart < coveredUntil) continue;

      // (a) the table
      const entries = wordEntries[t.word[i]];
      let matched = false;
      let vetoed = false;
      if (entries) {
        for (const { entry, words } of entries) {
          let ok = true;
          for (let k = 1; k < words.length && ok; k++) ok = linked(i + k) && t.words[t.word[i + k]] === words[k];
          if (!ok) continue;
          const before = i > 0 && linked(i) ? t.words[t.word[i - 1]] : '';
          const after = linked(i + words.length) ? t.words[t.word[i + words.length]] : '';
          if (entry.notBefore?.includes(before) || entry.notAfter?.includes(after)) {
            vetoed = true; // the context makes this phrase legitimate: no near-miss either
            for (let k = 0; k < words.length; k++) vetoedAt.add(i + k);
            continue;
          }
          const end = t.end[i + words.length - 1];
          const found = text.slice(tokStart, end);
          const right = matchCase(found, entry.right);
          reports.push({
            start: tokStart,
            end,
            messageId: 'table',
            values: { found, right, reasonVi: entry.reason.vi, reasonEn: entry.reason.en },
            fixes: [{ titleId: 'fixReplace', values: { right }, edits: [{ start: tokStart, end, newText: right }], safe: entry.safe }],
          });
          coveredUntil = end;
          matched = true;
          break;
        }
      }
      if (matched || vetoed) continue;

      // (a') a capitalised title, then (b) near misses: trigram first (more context), then bigram.
      // Each needs the next word in the phrase; their first tests are made here, so that most tokens
      // cost no call (the same tests as titleSlip's and nearMiss's own first ones).
      if (i + 1 >= count || t.linked[i + 1] !== 1) continue;
      const fa = wordFlags[t.word[i]];
      const fb = wordFlags[t.word[i + 1]];
      let report = changedByLowerCase(text, tokStart) ? titleSlip(text, t, wordFlags, i) : null;
      if (report === null && i + 2 < count && t.linked[i + 2] === 1 && mayHaveCandidate(3, fa, fb, wordFlags[t.word[i + 2]])) report = nearMiss(text, t, wordFlags, i, 3);
      if (report === null && mayHaveCandidate(2, fa, fb, 0)) report = nearMiss(text, t, wordFlags, i, 2);
      if (report) {
        reports.push(report);
        coveredUntil = report.end;
      }
    }
    if (ctx.lm) reports.push(...modelReports(ctx, t, reports, vetoedAt));
    return reports;
  },
};

const ASCII_ONLY = /^[a-z]+$/;

/**
 * (c) the language model's real-word slips that the table and the near misses did not already cover
 * (`covered`: their reports, in text order and disjoint, as check makes them).
 */
function modelReports(ctx: RuleContext, t: TokenTable, covered: readonly Report[], vetoed: ReadonlySet<number>): Report[] {
  const text = ctx.doc.nfc;
  const userWords = ctx.config.words.length > 0 ? new Set(ctx.config.words.map((w) => String(w).normalize('NFC').toLowerCase())) : null;
  const style = ctx.config.toneStyle === 'old' ? 'old' : 'new';
  // (checked on the few slips found rather than on every token)
  const excluded = (k: number, margin: number): boolean => {
    const w = t.words[t.word[k]];
    // listed look-alikes, table vetoes and the user's words are fine
    if (userWords?.has(w) || vetoed.has(k)) return true;
    const prev = k > 0 && t.linked[k] === 1 ? t.words[t.word[k - 1]] : null;
    const next = k + 1 < t.count && t.linked[k + 1] === 1 ? t.words[t.word[k + 1]] : null;
    // an unmarked word that is itself a syllable ("hang", "cam", "trong"): only on overwhelming evidence, among Vietnamese words
    if (ASCII_ONLY.test(w) && (margin < THRESHOLDS.unmarkedReal || !((prev !== null && !ASCII_ONLY.test(prev)) || (next !== null && !ASCII_ONLY.test(next))))) return true;
    return (prev !== null && LEGITIMATE.has(`${prev} ${w}`)) || (next !== null && LEGITIMATE.has(`${w} ${next}`));
  };
  const out: Report[] = [];
  let c = 0; // the first covered report that may end after the slip starts (slips come in text order)
  for (const slip of findSlips(text, t, ctx.lm!, { threshold: THRESHOLDS.realWord, style })) {
    while (c < covered.length && covered[c].end <= slip.start) c++;
    if (excluded(slip.index, slip.margin) || unitBeforeName(text, t, slip.index) || (c < covered.length && covered[c].start < slip.end)) continue;
    // i/y spellings of open syllables are both accepted (kì/kỳ, lí/lý)
    if (iyVariant(slip.typed) === placeTone(slip.best, 'new') || iyVariant(slip.typed) === slip.best) continue;
    const found = text.slice(slip.start, slip.end);
    const right = matchCase(found, slip.best);
    out.push({
      start: slip.start,
      end: slip.end,
      messageId: 'model',
      values: { found, right },
      fixes: [{ titleId: 'fixReplace', values: { right }, edits: [{ start: slip.start, end: slip.end, newText: right }], safe: slip.margin >= THRESHOLDS.safe }],
    });
  }
  return out;
}

interface Best {
  cand: Candidate;
  at: number;
  /** The n-gram's words. */
  words: string[];
}

// Words-only part of the near-miss decision, per distinct n-gram (keys are the tokens' shared
// lower-case strings): null when the n-gram is known, has no candidate or is ambiguous.
const BEST2 = new Map<string, Map<string, Best | null>>();
const BEST3 = new Map<string, Map<string, Map<string, Best | null>>>();
let bestEntries = 0;
const BEST_MAX = 200_000;

function bestFor(a: string, b: string, c: string, n: number, fa: number, fb: number, fc: number): Best | null {
  let inner: Map<string, Best | null> | undefined;
  if (n === 2) {
    inner = BEST2.get(a);
    if (inner === undefined && bestEntries < BEST_MAX) BEST2.set(a, (inner = new Map()));
  } else {
    let mid = BEST3.get(a);
    if (mid === undefined && bestEntries < BEST_MAX) BEST3.set(a, (mid = new Map()));
    inner = mid?.get(b);
    if (inner === undefined && mid !== undefined && bestEntries < BEST_MAX) mid.set(b, (inner = new Map()));
  }
  const last = n === 2 ? b : c;
  const cached = inner?.get(last);
  if (cached !== undefined) return cached;
  const best = computeBest(n === 2 ? [a, b] : [a, b, c], n, fa, fb, fc);
  if (inner !== undefined && bestEntries < BEST_MAX) {
    inner.set(last, best);
    bestEntries++;
  }
  return best;
}

// bestFor by the tokenizer's stable word ids (ic = -1 for a bigram): one probe of a typed-array
// table instead of two or three map lookups per n-gram. Open addressing, linear probing; slot s:
// BY_ID_KEYS[4s..4s+2] = the ids + 1, [4s+3] = 1 + index into BY_ID_VALUES (0 when empty). Starts
// small, doubles when half full, emptied past BEST_MAX entries.
const BY_ID_MIN_BITS = 12;
let BY_ID_KEYS = new Int32Array(4 << BY_ID_MIN_BITS);
let BY_ID_MASK = (1 << BY_ID_MIN_BITS) - 1;
let BY_ID_VALUES: Array<Best | null> = [];

function byIdSlot(a: number, b: number, c: number): number {
  const h = Math.imul(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b), 0x27d4eb2d);
  return (h ^ (h >>> 15)) & BY_ID_MASK;
}

function bestById(ia: number, ib: number, ic: number, a: string, b: string, c: string, n: number, fa: number, fb: number, fc: number): Best | null {
  const keys = BY_ID_KEYS;
  let slot = byIdSlot(ia, ib, ic);
  for (;;) {
    const v = keys[4 * slot + 3];
    if (v === 0) break;
    if (keys[4 * slot] === ia + 1 && keys[4 * slot + 1] === ib + 1 && keys[4 * slot + 2] === ic + 1) return BY_ID_VALUES[v - 1];
    slot = (slot + 1) & BY_ID_MASK;
  }
  const best = computeBest(n === 2 ? [a, b] : [a, b, c], n, fa, fb, fc);
  if (BY_ID_VALUES.length >= BEST_MAX) {
    BY_ID_KEYS = new Int32Array(4 << BY_ID_MIN_BITS);
    BY_ID_MASK = (1 << BY_ID_MIN_BITS) - 1;
    BY_ID_VALUES = [];
    slot = byIdSlot(ia, ib, ic);
  } else if (2 * (BY_ID_VALUES.length + 1) > BY_ID_MASK + 1) {
    growById();
    slot = byIdSlot(ia, ib, ic);
    while (BY_ID_KEYS[4 * slot + 3] !== 0) slot = (slot + 1) & BY_ID_MASK;
  }
  BY_ID_VALUES.push(best);
  const table = BY_ID_KEYS;
  table[4 * slot] = ia + 1;
  table[4 * slot + 1] = ib + 1;
  table[4 * slot + 2] = ic + 1;
  table[4 * slot + 3] = BY_ID_VALUES.length;
  return best;
}

function growById(): void {
  const old = BY_ID_KEYS;
  BY_ID_MASK = BY_ID_MASK * 2 + 1;
  const keys = new Int32Array(4 * (BY_ID_MASK + 1));
  for (let s = 0; s < old.length; s += 4) {
    if (old[s + 3] === 0) continue;
    let slot = byIdSlot(old[s] - 1, old[s + 1] - 1, old[s + 2] - 1);
    while (keys[4 * slot + 3] !== 0) slot = (slot + 1) & BY_ID_MASK;
    keys.set(old.subarray(s, s + 4), 4 * slot);
  }
  BY_ID_KEYS = keys;
}

function computeBest(words: string[], n: number, fa: number, fb: number, fc: number): Best | null {
  const phrase = n === 2 ? words[0] + ' ' + words[1] : words[0] + ' ' + words[1] + ' ' + words[2];
  if (known(phrase)) return null;
  if (n === 3 && (known(`${words[0]} ${words[1]}`) && known(`${words[1]} ${words[2]}`))) return null;

  let best: { cand: Candidate; at: number; rank: number } | null = null;
  let ambiguous = false;
  for (let at = 0; at < n; at++) {
    if (words[at].length < 2 || !mayHaveCandidateAt(n, at, fa, fb, fc)) continue;
    const list = n === 2 ? MARKS[at].get(words[1 - at])?.get(skeleton(words[at])) : LETTERS[at].get(words[OTHER_FIRST[at]])?.get(words[OTHER_SECOND[at]]);
    // (every candidate in MARKS[at] / LETTERS[at] differs at `at`)
    if (list === undefined) continue;
    for (const cand of list) {
      const target = cand.words[at];
      if (syllableDistance(words[at], target) !== 1) continue;
      const marksOnly = sameLetters(words[at], target);
      if (cand.tier < (marksOnly ? MIN_TIER_MARKS : MIN_TIER_LETTERS)) continue;
      // a letter change ("nông thông mới") needs a whole listed trigram as evidence
      if (!marksOnly && n < 3) continue;
      // non-words are the spelling rule's business (one error, one finding: "phát triên", "cở sở"
      // are spelling's, which puts the model's best fix first)
      if (!isAttested(words[at])) continue;
      // changing function words is too risky ("mỗi trường"); "trong tâm" → "trọng tâm" is the exception
      if (FUNCTION_WORDS.has(words[at]) && !(words[at] === 'trong' && target === 'trọng' && cand.words.join(' ') === 'trọng tâm')) continue;
      // i/y spellings of open syllables are both accepted (kì/kỳ, tỉ/tỷ, lí/lý)
      if (iyVariant(words[at]) === target) continue;
      // a trigram must match a listed phrase, not a fragment of a longer one
      if (n === 3 && !LISTED_PHRASES.has(cand.words.join(' '))) continue;
      // (the context check, the same for every candidate, is made by the caller)
      const rank = (marksOnly ? 10 : 0) + cand.tier;
      if (!best || rank > best.rank) {
        best = { cand, at, rank };
        ambiguous = false;
      } else if (rank === best.rank && (at !== best.at || cand.words[at] !== best.cand.words[best.at])) {
        ambiguous = true;
      }
    }
  }
  if (!best || ambiguous) return null;
  return { cand: best.cand, at: best.at, words };
}

/** `wordFlags`: flagsOf per distinct word of the text (t.words). */
function nearMiss(text: string, t: TokenTable, wordFlags: Int32Array, i: number, n: number): Report | null {
  if (i + n > t.count) return null;
  for (let k = 1; k < n; k++) if (t.linked[i + k] !== 1) return null;
  const fa = wordFlags[t.word[i]];
  const fb = wordFlags[t.word[i + 1]];
  const fc = n === 3 ? wordFlags[t.word[i + 2]] : 0;
  if (!mayHaveCandidate(n, fa, fb, fc)) return null;
  const ia = t.wordId[t.word[i]];
  const ib = t.wordId[t.word[i + 1]];
  const ic = n === 3 ? t.wordId[t.word[i + 2]] : -1;
  const best =
    ia >= 0 && ib >= 0 && (n === 2 || ic >= 0)
      ? bestById(ia, ib, ic, t.words[t.word[i]], t.words[t.word[i + 1]], n === 3 ? t.words[t.word[i + 2]] : '', n, fa, fb, fc)
      : bestFor(t.words[t.word[i]], t.words[t.word[i + 1]], n === 3 ? t.words[t.word[i + 2]] : '', n, fa, fb, fc);
  if (best === null) return null;
  // names: "Đỗ Thị Hiền" is not "đô thị"; a capitalised word after the first, or a name-like first word
  if (t.nameLike[i] === 1) return null;
  for (let k = 1; k < n; k++) if (isCapitalised(text, t, i + k)) return null;
  if (i + n < t.count && t.linked[i + n] === 1 && isCapitalised(text, t, i + n)) return null;
  if (!contextAllows(t, i, n, best.words)) return null;
  if (unitBeforeName(text, t, i + best.at)) return null;
  const tokStart = t.start[i + best.at];
  const tokEnd = t.end[i + best.at];
  const right = matchCase(text.slice(tokStart, tokEnd), best.cand.words[best.at]);
  const start = t.start[i];
  const end = t.end[i + n - 1];
  const found = text.slice(start, end);
  const rightPhrase = text.slice(start, tokStart) + right + text.slice(tokEnd, end);
  const fix: Fix = { titleId: 'fixReplace', values: { right: rightPhrase }, edits: [{ start: tokStart, end: tokEnd, newText: right }], safe: false };
  return { start, end, messageId: 'nearMiss', values: { found, right: rightPhrase }, fixes: [fix] };
}

/**
 * The suspicious syllable or its partner may belong to a neighbouring word instead
 * ("trong tâm trí": "tâm trí"; "ý chí đạo đức": "ý chí"), in which case the phrase is fine.
 */
/** Administrative units: before a capitalised name ("đối với phường Tây Hồ") never a slip. */
const UNITS = new Set(['phường', 'xã', 'ấp', 'thôn', 'tỉnh', 'huyện', 'quận', 'thị', 'bản', 'buôn', 'khóm', 'khu', 'tổ', 'xóm', 'làng', 'sóc']);

function unitBeforeName(text: string, t: TokenTable, k: number): boolean {
  return UNITS.has(t.words[t.word[k]]) && k + 1 < t.count && t.linked[k + 1] === 1 && text[t.start[k + 1]] !== text[t.start[k + 1]].toLowerCase();
}

function contextAllows(t: TokenTable, i: number, n: number, words: string[]): boolean {
  const before = i > 0 && t.linked[i] === 1 ? t.words[t.word[i - 1]] : null;
  const after = i + n < t.count && t.linked[i + n] === 1 ? t.words[t.word[i + n]] : null;
  if (before !== null && listedWord(`${before} ${words[0]}`)) return false;
  if (after !== null && listedWord(`${words[n - 1]} ${after}`)) return false;
  return true;
}
