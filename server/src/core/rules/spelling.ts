// spelling: tokens that are not Vietnamese syllables — impossible shapes ("ngiêm", "thưc"),
// tones wrong in both placement styles ("lụât"), well-formed non-words ("thười") and unconverted
// Telex/VNI keystrokes ("nhieemj"). Names, abbreviations, numbers, codes, URLs, foreign ASCII words
// and the user's word list are left alone; legacy-font mojibake lines are unicode-normalization's job.

import type { Fix, Report, Rule, RuleContext } from '../types';
import { hasValidOnset, inList, isAttested, parseSyllable } from '../text/syllable';
import { placeTone, styleOf } from '../text/tone';
import { detectKeystrokeResidue } from '../text/telex';
import { matchCase, suggest } from '../text/suggest';
import { casePosition, isUpper, nextIsCapitalised, type CasePosition } from '../text/casing';
import { SpanCache } from '../text/span-cache';
import { tokenTable, type TokenTable } from '../text/word-tokens';
import { allCandidates, bestInContext, THRESHOLDS, type LanguageModel } from '../lm';

/** Word characters: ASCII letters and digits, _, Latin-1..Extended-B letters, combining marks, Latin Extended Additional. */
function isWordCodeSlow(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)
  );
}
// isWordCodeSlow as a table (every word character is below U+2000)
const WORD_CODES = (() => {
  const t = new Uint8Array(0x2000);
  for (let c = 0; c < 0x2000; c++) t[c] = isWordCodeSlow(c) ? 1 : 0;
  return t;
})();
function isWordCode(c: number): boolean {
  return c < 0x2000 && WORD_CODES[c] === 1;
}
/** Characters that join two word parts into one token: - ‐ ' ’ . / @ : & (codes, URLs, e-mails, compounds). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 39 || c === 0x2019 || c === 46 || c === 47 || c === 64 || c === 58 || c === 38;
}
const VIET_WORD = /^[a-zA-ZđĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]+$/;
const ASCII_WORD = /^[A-Za-z]+$/;
const FOREIGN_LETTER = /[fjwzFJWZ]/;
const HAS_VOWEL = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯYàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/;
/** An upper-case letter after the first one in a word that is not ALL CAPS: a brand or code (iPhone, eKYC). */
function hasInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (isUpper(word[i])) return true;
  return false;
}
/** Characters that betray TCVN3/VNI mojibake on a line (§¶æøÞñ, soft hyphen, …). */
const MOJIBAKE = /[\u00a4-\u00a6\u00a7\u00a8\u00aa\u00ab\u00ad\u00ae\u00b1-\u00b3\u00b5\u00b6\u00b8-\u00bb\u00bc-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6\u00f8\u00fb\u00fc\u00fe\u00ff]/;
const HAS_MARK = /[đĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/;

type Position = CasePosition;

interface Verdict {
  messageId: string;
  values: Record<string, string>;
  fixes: Array<{ word: string; safe: boolean }>;
}

const NONE: Verdict | null = null;

function fixesFor(word: string, lower: string, limit: number): Array<{ word: string; safe: boolean }> {
  return suggest(lower, limit).map((s) => ({ word: matchCase(s.word, word), safe: false }));
}

/**
 * Checks one word; null when it is fine (or not ours to judge).
 * @param vietNeighbours for a lower-case ASCII word: how many of its two adjacent words carry
 * Vietnamese diacritics (Telex residue sits inside Vietnamese prose; English words sit among English).
 */
function judge(word: string, position: Position, vietNeighbours: number): Verdict | null {
  const lower = word.toLowerCase();
  if (inList(lower)) return NONE;
  if (ASCII_WORD.test(word) || VNI_LIKE.test(word)) {
    // Foreign and unaccented words are fine; only keystroke residue is reported.
    if ((position !== 'lower' && position !== 'start') || vietNeighbours === 0) return NONE;
    // weak evidence (a bare trailing tone key) only for lower-case words between two Vietnamese words
    const residue = detectKeystrokeResidue(lower, position === 'lower' && vietNeighbours === 2);
    if (!residue) return NONE;
    const converted = matchCase(residue.converted, word);
    return { messageId: 'telexResidue', values: { word, suggestion: converted }, fixes: [{ word: converted, safe: !residue.repaired }] };
  }
  if (!HAS_MARK.test(word) || word.length < 2 || !HAS_VOWEL.test(word)) return NONE; // single letters, abbreviations
  if (FOREIGN_LETTER.test(word)) {
    // café, Józef: f j w z are not Vietnamese letters. A lower-case word with Vietnamese marks that one
    // slip away is an attested syllable is a typo ("nhiệmj", "đườnf", "hôij").
    if (position !== 'lower') return NONE;
    const fixes = strayLetterFixes(lower);
    if (fixes.length === 0) return NONE;
    return { messageId: 'strayLetter', values: { word, suggestion: fixes[0] }, fixes: fixes.map((f) => ({ word: f, safe: false })) };
  }
  const style = styleOf(lower);
  if (style === 'misplaced') {
    const replaced = placeTone(lower, 'new');
    if (isAttested(replaced)) {
      // A tone wrong in both styles never sits on an open oa/oe/uy (both vowels are valid there), so the
      // new-style re-placement is the only right one.
      const fixed = matchCase(replaced, word);
      return { messageId: 'misplacedTone', values: { word, suggestion: fixed }, fixes: [{ word: fixed, safe: true }] };
    }
  }
  if (position === 'mid') return NONE;
  const shape = parseSyllable(lower) !== null;
  if (shape && isAttested(lower)) return NONE;
  if (!shape) {
    if (position === 'lower') return { messageId: 'notSyllable', values: { word }, fixes: fixesFor(word, lower, 3) };
    // A Capitalised sentence opener of odd shape is reported only when one cheap edit of a word with a
    // Vietnamese onset mends it ("Nghành", "Thưc"); names and abbreviations (Đắk, Krông, HĐND) are not.
    if (position !== 'start' || !hasValidOnset(lower)) return NONE;
    const candidates = suggest(lower, 3);
    if (candidates.length === 0 || candidates[0].cost > 1) return NONE;
    return { messageId: 'notSyllable', values: { word }, fixes: candidates.map((c) => ({ word: matchCase(c.word, word), safe: false })) };
  }
  return { messageId: 'nonWord', values: { word }, fixes: fixesFor(word, lower, 3) };
}

/** Attested syllables one slip away from a marked word with f/j/w/z (Telex tone key first). */
function strayLetterFixes(lower: string): string[] {
  const out: string[] = [];
  for (const c of allCandidates(lower)) {
    if (!FOREIGN_LETTER.test(c.word) && isAttested(placeTone(c.word, 'new')) && !out.includes(placeTone(c.word, 'new'))) out.push(placeTone(c.word, 'new'));
    if (out.length === 3) break;
  }
  return out;
}

/** Informal abbreviations without a vowel that are not slips (đc = đồng chí, tr = triệu, k = nghìn). */
const INFORMAL = new Set(['đc', 'đ', 'tr', 'ng', 'k', 'ko', 'kg', 'km', 'm', 'cm', 'mm', 'ml', 'vd', 'tp', 'vp', 'hn']);

/** Whether an informal abbreviation stands where it means one: after a number, before a capitalised word or a colon, or alone. */
function informalHere(text: string, t: TokenTable, k: number): boolean {
  const before = text.slice(Math.max(0, t.start[k] - 3), t.start[k]);
  if (/[0-9]\s*$/.test(before)) return true;
  const after = text.slice(t.end[k], t.end[k] + 3);
  if (/^\s*[:.(/]/.test(after) || /^\s*$/.test(after)) return true;
  const next = /^\s*(\S)/.exec(after)?.[1];
  // (a Roman numeral is a term, not a name: "nhiệm k XIII")
  if (next !== undefined && next !== next.toLowerCase() && !/^\s*[IVXLC]+\b/.test(after + text.slice(t.end[k] + 3, t.end[k] + 8))) return true;
  // between two words of its sentence it is a slip ("nhiệm k 2025", "kinh t - xã hội", "ý kiến đ đã")
  return false;
}

/** Whether a word within two of the token at `start`, inside its phrase, carries Vietnamese marks. */
function markedNearby(t: TokenTable, start: number): boolean {
  const k = tokenAt(t, start);
  if (k < 0) return false;
  return phraseContext(t, k).some((w) => w !== '' && HAS_MARK.test(w));
}

/** Index of the token starting at `start` in the table, or -1. */
function tokenAt(t: TokenTable, start: number): number {
  let lo = 0;
  let hi = t.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] === start) return mid;
    if (t.start[mid] < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The words around token k inside its phrase: [prev2, prev, next, next2] ('' past the phrase). */
function phraseContext(t: TokenTable, k: number): [string, string, string, string] {
  const w = (i: number): string => t.words[t.word[i]];
  const p1 = k > 0 && t.linked[k] === 1 ? w(k - 1) : '';
  const p2 = p1 && k > 1 && t.linked[k - 1] === 1 ? w(k - 2) : '';
  const n1 = k + 1 < t.count && t.linked[k + 1] === 1 ? w(k + 1) : '';
  const n2 = n1 && k + 2 < t.count && t.linked[k + 2] === 1 ? w(k + 2) : '';
  return [p2, p1, n1, n2];
}

/** Suggestion style: the configured one, new style (as the other suggestions) when 'consistent'. */
function suggestionStyle(ctx: RuleContext): 'old' | 'new' {
  return ctx.config.toneStyle === 'old' ? 'old' : 'new';
}

/** An ASCII word that is itself a syllable ("hang", "cam", "thao"): a real word, confusable-word's business. */
function isSyllableWord(word: string): boolean {
  const lower = word.toLowerCase();
  return word.length > 1 && isAttested(lower) && parseSyllable(lower) !== null;
}

/**
 * A lower-case ASCII word inside Vietnamese prose that the model reads as a Vietnamese syllable
 * typed without its marks ("nghien cứu" → "nghiên cứu") or with a slip ("bna ngành" → "ban ngành").
 */
function unmarkedVerdict(lm: LanguageModel, text: string, t: TokenTable, start: number, word: string, style: 'old' | 'new'): Verdict | null {
  if (word.length > 7) return null;
  const k = tokenAt(t, start);
  if (k < 0) return null;
  const lower = word.toLowerCase();
  if (isSyllableWord(word)) return null;
  const [p2, p1, n1, n2] = phraseContext(t, k);
  // a lone letter or a word without a vowel only next to a word of its phrase ("cơ s đó"), never an
  // informal abbreviation ("5 tr", "các đc"); a lone k, đ, m only where it is one: after a number
  // ("50 k") or before a name
  if ((word.length === 1 || !HAS_VOWEL.test(word)) && ((!p1 && !n1) || (INFORMAL.has(lower) && (word.length > 1 || informalHere(text, t, k))))) return null;
  const best = bestInContext(lm, p2, p1, lower, n1, n2, style);
  if (!best || best.margin < THRESHOLDS.unmarked) return null;
  // an attested syllable ("ban", "do", "nghi") is a real word: it needs the real-word margin
  // (between two words of its phrase a lone letter is seldom anything else: a lower bar)
  if (word.length === 1 && best.margin < (p1 && n1 ? THRESHOLDS.loneLetter : THRESHOLDS.realWord)) return null;
  const suggestion = matchCase(best.word, word);
  return { messageId: 'unmarked', values: { word, suggestion }, fixes: [{ word: suggestion, safe: best.margin >= THRESHOLDS.safe }] };
}

/** How many of the two words adjacent to [start, end) (same line) carry Vietnamese diacritics. */
function vietnameseNeighbours(text: string, start: number, end: number): number {
  let count = 0;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === ',')) i--;
  let j = i;
  while (j >= 0 && isWordCode(text.charCodeAt(j))) j--;
  if (j < i && HAS_MARK.test(text.slice(j + 1, i + 1))) count++;
  i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === ',')) i++;
  j = i;
  while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
  if (j > i && HAS_MARK.test(text.slice(i, j))) count++;
  return count;
}

export const spelling: Rule = {
  id: 'spelling',
  category: 'text',
  description: { vi: 'Lỗi chính tả', en: 'Spelling' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    notSyllable: {
      vi: '“{word}” không phải là âm tiết tiếng Việt hợp lệ.',
      en: '“{word}” is not a valid Vietnamese syllable.',
    },
    nonWord: {
      vi: '“{word}” không có trong từ điển âm tiết tiếng Việt.',
      en: '“{word}” is not an attested Vietnamese syllable.',
    },
    misplacedTone: {
      vi: 'Dấu thanh đặt sai vị trí: “{word}” → “{suggestion}”.',
      en: 'Tone mark on the wrong vowel: “{word}” → “{suggestion}”.',
    },
    telexResidue: {
      vi: '“{word}” là phím gõ Telex/VNI chưa được chuyển: “{suggestion}”.',
      en: '“{word}” is unconverted Telex/VNI input: “{suggestion}”.',
    },
    unmarked: {
      vi: '“{word}” thiếu dấu giữa câu tiếng Việt: có lẽ là “{suggestion}”.',
      en: '“{word}” lacks its marks in Vietnamese text: probably “{suggestion}”.',
    },
    strayLetter: {
      vi: '“{word}” có chữ f, j, w hoặc z lạc vào: có lẽ là “{suggestion}”.',
      en: '“{word}” has a stray f, j, w or z: probably “{suggestion}”.',
    },
    replace: { vi: 'Sửa thành “{suggestion}”', en: 'Change to “{suggestion}”' },
  },
  check(ctx: RuleContext): Report[] {
    const text = ctx.doc.nfc;
    const reports: Report[] = [];
    const userWords = new Set(ctx.config.words.map((w) => String(w).normalize('NFC').toLowerCase()));
    // Token analysis is context-free; without a user word list it is shared across runs.
    // (the shared cache is looked up by span, without slicing each token)
    const shared = userWords.size === 0;
    const cache = new Map<string, PartEntry[] | null>();
    const lineIsMojibake = new Map<number, boolean>();
    const lm = ctx.lm ?? null;
    let table: TokenTable | null = null;
    const style = suggestionStyle(ctx);
    const n = text.length;

    /** Judges the words of the token at tokenStart (its entries) in their context. */
    const visit = (tokenStart: number, entries: readonly PartEntry[]): void => {
      for (const entry of entries) {
        const start = tokenStart + entry.offset;
        const end = start + entry.word.length;
        let verdict: Verdict | null;
        if (entry.kind === 'fixed') verdict = entry.verdict;
        else if (entry.kind === 'capitalised') {
          let position: Position = casePosition(text, start, entry.word);
          if (position === 'start' && nextIsCapitalised(text, end)) position = 'mid';
          // a Capitalised ASCII word opening a sentence may be Telex ("Nhieemj vụ"): judge it with its neighbours
          verdict = judgeCached(entry.word, position, ASCII_WORD.test(entry.word) && position === 'start' ? vietnameseNeighbours(text, start, end) : 0);
        } else {
          const neighbours = vietnameseNeighbours(text, start, end);
          verdict = entry.kind === 'ascii' ? judgeCached(entry.word, 'lower', neighbours) : null;
          // the model: an unmarked or slipped syllable between Vietnamese words
          // (a lone letter, a word without a vowel or of no Vietnamese shape: a marked word two away will do,
          // "kinh t - xã hội", "quốc phòng - an nih")
          if (!verdict && lm && (neighbours > 0 || ((!HAS_VOWEL.test(entry.word) || parseSyllable(entry.word) === null) && markedNearby((table ??= tokenTable(text)), start)))) verdict = unmarkedVerdict(lm, text, (table ??= tokenTable(text)), start, entry.word, style);
        }
        if (!verdict) continue;
        if (lm && entry.kind === 'fixed' && RERANKED.has(verdict.messageId) && isLowerWord(entry.word)) {
          verdict = rerank(lm, (table ??= tokenTable(text)), start, entry.word, verdict, style);
        }
        const lineIndex = ctx.doc.lineAt(start);
        let mojibake = lineIsMojibake.get(lineIndex);
        if (mojibake === undefined) {
          const line = ctx.doc.lines[lineIndex];
          mojibake = line !== undefined && MOJIBAKE.test(line.text);
          lineIsMojibake.set(lineIndex, mojibake);
        }
        if (mojibake) continue;
        const fixes: Fix[] = verdict.fixes.map((f) => ({
          titleId: 'replace',
          values: { suggestion: f.word },
          edits: [{ start, end, newText: f.word }],
          safe: f.safe,
        }));
        reports.push({ start, end, messageId: verdict.messageId, values: verdict.values, fixes });
      }
    };

    /**
     * Reads the tokens (word characters, joined by - ' . / @ : &) from i, which starts one, up to the
     * first that starts at or after `limit`; returns where reading stopped (the end of the last token).
     */
    const scanFrom = (i: number, limit: number): number => {
      while (i < n) {
        if (!isWordCode(text.charCodeAt(i))) {
          i++;
          continue;
        }
        if (i >= limit) break;
        const tokenStart = i;
        let hash = 0; // hashSpan(text, tokenStart, i), computed on the way
        for (;;) {
          for (let c = text.charCodeAt(i); i < n && isWordCode(c); c = text.charCodeAt(++i)) hash = (Math.imul(hash, 31) + c) | 0;
          if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
            hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
            i++;
            continue;
          }
          break;
        }
        let entries: PartEntry[] | null | undefined;
        if (shared) {
          entries = SHARED_TOKENS.get(text, tokenStart, i, hash);
          if (entries === undefined) {
            const token = text.slice(tokenStart, i);
            entries = analyseToken(token, userWords);
            SHARED_TOKENS.set(token, hash, entries);
          }
        } else {
          const token = text.slice(tokenStart, i);
          entries = cache.get(token);
          if (entries === undefined) {
            entries = analyseToken(token, userWords);
            cache.set(token, entries);
          }
        }
        if (entries !== null) visit(tokenStart, entries);
      }
      return i;
    };

    if (!shared) {
      scanFrom(0, n);
      return reports;
    }
    // Without user words, the tokens come from the shared token table (already read by other rules):
    // a word that is a whole token here too (word characters only, no digit or joined part next to it)
    // is judged by its spelling id, an array read; every other token is read as above. A token
    // without letters has no entries (a digit or _ in it: NON_WORD_TOKEN), so none is missed.
    const t = (table = tokenTable(text));
    let read = 0; // end of the tokens read so far
    for (let k = 0; k < t.count; k++) {
      const s = t.start[k];
      const e = t.end[k];
      if (s < read) {
        // (a table word with a letter that is no word character here, "aγngiêm", holds tokens of its own)
        if (e > read) read = scanFrom(read, e);
        continue;
      }
      const entries = wholeTokenEntries(text, t, k, s, e);
      if (entries === undefined) read = scanFrom(isWordCode(text.charCodeAt(s)) ? tokenStartAt(text, s) : s, e);
      else if (entries !== null) visit(s, entries);
    }
    return reports;
  },
};

// Per spelling id (TokenTable.form): analyseToken(word) without user words, or NOT_WHOLE for a word
// with a letter that is not a word character here (U+00AA, Greek, …).
const FORM_ENTRIES: Array<PartEntry[] | null | undefined> = [];
const NOT_WHOLE: PartEntry[] = [];

/**
 * The entries of token k of the table (text[s, e)) when it is a whole token of this rule (neither
 * a word character nor a joined part on either side, only word characters), else undefined.
 */
function wholeTokenEntries(text: string, t: TokenTable, k: number, s: number, e: number): PartEntry[] | null | undefined {
  if (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isWordCode(c) || (isJoiner(c) && s > 1 && isWordCode(text.charCodeAt(s - 2)))) return undefined;
  }
  if (e < text.length) {
    const c = text.charCodeAt(e);
    if (isWordCode(c) || (isJoiner(c) && e + 1 < text.length && isWordCode(text.charCodeAt(e + 1)))) return undefined;
  }
  const form = t.form[k];
  if (form < 0) return undefined;
  let entries = FORM_ENTRIES[form];
  if (entries === undefined) {
    let whole = true;
    for (let q = s; q < e && whole; q++) whole = isWordCode(text.charCodeAt(q));
    entries = whole ? analyseToken(text.slice(s, e), NO_WORDS) : NOT_WHOLE;
    FORM_ENTRIES[form] = entries;
  }
  return entries === NOT_WHOLE ? undefined : entries;
}
const NO_WORDS: ReadonlySet<string> = new Set();

/** Start of the token (word characters joined by - ' . / @ : &) that holds the word character at s (text[s] is one). */
function tokenStartAt(text: string, s: number): number {
  for (;;) {
    if (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
    else if (s > 1 && isJoiner(text.charCodeAt(s - 1)) && isWordCode(text.charCodeAt(s - 2))) s -= 2;
    else return s;
  }
}

/** A word of a token that may be reported: with a fixed verdict, or one that depends on context. */
type PartEntry =
  | { kind: 'fixed'; offset: number; word: string; verdict: Verdict }
  | { kind: 'capitalised' | 'ascii'; offset: number; word: string }
  /** a lower-case ASCII word: judged by the language model in its context, when there is one */
  | { kind: 'plain'; offset: number; word: string };

/** Verdicts whose suggestions the model reorders by context. */
const RERANKED = new Set(['nonWord', 'notSyllable', 'strayLetter']);

function isLowerWord(word: string): boolean {
  return word === word.toLowerCase();
}

/** A non-word's suggestions with the one that fits the context best (the model's) first. */
function rerank(lm: LanguageModel, t: TokenTable, start: number, word: string, verdict: Verdict, style: 'old' | 'new'): Verdict {
  const k = tokenAt(t, start);
  if (k < 0) return verdict;
  const [p2, p1, n1, n2] = phraseContext(t, k);
  const best = bestInContext(lm, p2, p1, word, n1, n2, style);
  if (!best) return verdict;
  const first = placeTone(best.word, 'new');
  const rest = verdict.fixes.filter((f) => placeTone(f.word, 'new') !== first);
  return { ...verdict, fixes: [{ word: best.word, safe: false }, ...rest].slice(0, 3) };
}

const NON_WORD_TOKEN = /[0-9_./@:&]/;
/** Lower-case letters with VNI tone/mark digits inside or at the end: "vie65t", "ddu7o7ng2". */
const VNI_LIKE = /^[a-z]{2,}[1-9][a-z1-9]*$/;
const PART_SEPARATOR = /[-‐'’]/;

/** What can be said about a token without its context; null when nothing can be wrong with it. */
function analyseToken(token: string, userWords: ReadonlySet<string>): PartEntry[] | null {
  if (VNI_LIKE.test(token)) {
    // unconverted VNI keystrokes ("vie65t"): judged with their neighbours, like Telex
    return judgeCached(token, 'lower', 2) ? [{ kind: 'ascii', offset: 0, word: token }] : null;
  }
  if (NON_WORD_TOKEN.test(token)) return null; // numbers, codes, URLs, e-mails
  if (userWords.size > 0 && userWords.has(token.toLowerCase())) return null;
  let entries: PartEntry[] | null = null;
  let offset = 0;
  const parts = PART_SEPARATOR.test(token) ? token.split(PART_SEPARATOR) : [token];
  for (const word of parts) {
    const partOffset = offset;
    offset += word.length + 1;
    if (word.length === 0 || !VIET_WORD.test(word)) continue;
    if (userWords.size > 0 && userWords.has(word.toLowerCase())) continue;
    if (word !== word.toUpperCase() && hasInnerCapital(word)) continue; // iPhone, eKYC, TikTok
    let entry: PartEntry | null = null;
    if (isUpper(word[0]) && !(word.length > 1 && word === word.toUpperCase())) {
      if (judgeCached(word, 'start', ASCII_WORD.test(word) ? 2 : 0) || judgeCached(word, 'mid', 0)) entry = { kind: 'capitalised', offset: partOffset, word };
    } else if (ASCII_WORD.test(word) && !isUpper(word[0])) {
      if (judgeCached(word, 'lower', 2)) entry = { kind: 'ascii', offset: partOffset, word };
      // (not an ASCII word that is itself a syllable, "hang", "cam": unmarkedVerdict never judges it)
      else if (word.length <= 7 && parts.length === 1 && (word.length >= 2 || !/[aeiouy]/.test(word)) && !isSyllableWord(word)) entry = { kind: 'plain', offset: partOffset, word };
    } else {
      const verdict = judgeCached(word, isUpper(word[0]) ? 'caps' : 'lower', 0);
      if (verdict) entry = { kind: 'fixed', offset: partOffset, word, verdict };
      // a lower-case word with đ but no vowel ("đl", "đqng"): the model's, in context
      else if (!isUpper(word[0]) && word.length <= 5 && parts.length === 1 && !HAS_VOWEL.test(word)) entry = { kind: 'plain', offset: partOffset, word };
    }
    if (entry) (entries ??= []).push(entry);
  }
  return entries;
}

const SHARED_TOKENS = new SpanCache<PartEntry[] | null>(200_000);

/** Verdicts depend only on the word, its position class and the Telex evidence flag: cache them across runs. */
const VERDICTS = new Map<string, Verdict | null>();
const VERDICT_CACHE_LIMIT = 50_000;

function judgeCached(word: string, position: Position, vietNeighbours: number): Verdict | null {
  const key = position[0] + vietNeighbours + word;
  let verdict = VERDICTS.get(key);
  if (verdict === undefined) {
    verdict = judge(word, position, vietNeighbours);
    if (VERDICTS.size >= VERDICT_CACHE_LIMIT) VERDICTS.clear();
    VERDICTS.set(key, verdict);
  }
  return verdict;
}
