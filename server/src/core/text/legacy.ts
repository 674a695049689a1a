// Legacy 8-bit Vietnamese encodings that leak into Unicode text as mojibake.
//
// TCVN3 (TCVN 5712:1993, ".VnTime" fonts): one byte per letter; read as Windows-1252/Latin-1 the
// letters become "§¶ng ñy x·" (Đảng ủy xã), "tæ chøc héi nghÞ" (tổ chức hội nghị), and ư becomes
// the invisible soft hyphen U+00AD.
// VNI-Windows ("VNI-Times" fonts): a base letter followed by one byte for the hat/breve and tone:
// "Ñaûng uûy" (Đảng ủy), "ñöôïc" (được).
// "Ð" (U+00D0, Icelandic eth) is also commonly typed for "Đ" (U+0110).
//
// Pure and total: every function accepts any string.

import { isAttested } from './syllable';

/** TCVN3 byte (as a Latin-1 character) → Unicode letter. Only the characters TCVN3 redefines. */
const TCVN3_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['\u00a1', 'Ă'], ['\u00a2', 'Â'], ['\u00a3', 'Ê'], ['\u00a4', 'Ô'], ['\u00a5', 'Ơ'], ['\u00a6', 'Ư'], ['\u00a7', 'Đ'],
  ['\u00a8', 'ă'], ['\u00a9', 'â'], ['\u00aa', 'ê'], ['\u00ab', 'ô'], ['\u00ac', 'ơ'], ['\u00ad', 'ư'], ['\u00ae', 'đ'],
  ['\u00b5', 'à'], ['\u00b6', 'ả'], ['\u00b7', 'ã'], ['\u00b8', 'á'], ['\u00b9', 'ạ'],
  ['\u00bb', 'ằ'], ['\u00bc', 'ẳ'], ['\u00bd', 'ẵ'], ['\u00be', 'ắ'], ['\u00c6', 'ặ'],
  ['\u00c7', 'ầ'], ['\u00c8', 'ẩ'], ['\u00c9', 'ẫ'], ['\u00ca', 'ấ'], ['\u00cb', 'ậ'],
  ['\u00cc', 'è'], ['\u00ce', 'ẻ'], ['\u00cf', 'ẽ'], ['\u00d0', 'é'], ['\u00d1', 'ẹ'],
  ['\u00d2', 'ề'], ['\u00d3', 'ể'], ['\u00d4', 'ễ'], ['\u00d5', 'ế'], ['\u00d6', 'ệ'],
  ['\u00d7', 'ì'], ['\u00d8', 'ỉ'], ['\u00dc', 'ĩ'], ['\u00dd', 'í'], ['\u00de', 'ị'],
  ['\u00df', 'ò'], ['\u00e1', 'ỏ'], ['\u00e2', 'õ'], ['\u00e3', 'ó'], ['\u00e4', 'ọ'],
  ['\u00e5', 'ồ'], ['\u00e6', 'ổ'], ['\u00e7', 'ỗ'], ['\u00e8', 'ố'], ['\u00e9', 'ộ'],
  ['\u00ea', 'ờ'], ['\u00eb', 'ở'], ['\u00ec', 'ỡ'], ['\u00ed', 'ớ'], ['\u00ee', 'ợ'],
  ['\u00ef', 'ù'], ['\u00f1', 'ủ'], ['\u00f2', 'ũ'], ['\u00f3', 'ú'], ['\u00f4', 'ụ'],
  ['\u00f5', 'ừ'], ['\u00f6', 'ử'], ['\u00f7', 'ữ'], ['\u00f8', 'ứ'], ['\u00f9', 'ự'],
  ['\u00fa', 'ỳ'], ['\u00fb', 'ỷ'], ['\u00fc', 'ỹ'], ['\u00fd', 'ý'], ['\u00fe', 'ỵ'],
];
const TCVN3 = new Map<string, string>(TCVN3_PAIRS);

/**
 * TCVN3 characters that are not themselves Vietnamese letters (so their presence inside a word
 * is strong evidence of TCVN3). Letters such as "é", "ó", "ê" are TCVN3 codes too but also
 * ordinary Vietnamese letters, so they do not count.
 */
const TCVN3_DISTINCTIVE = new Set<string>(
  TCVN3_PAIRS.map(([from]) => from).filter((c) => !/[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/.test(c)),
);

// VNI-Windows: modifier bytes following a vowel (lower and upper case), as combining marks.
const HAT = '\u0302';
const BREVE = '\u0306';
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const VNI_MODIFIERS = new Map<string, string>([
  ['â', HAT], ['Â', HAT],
  ['ê', BREVE], ['Ê', BREVE],
  ['á', HAT + ACUTE], ['Á', HAT + ACUTE], ['à', HAT + GRAVE], ['À', HAT + GRAVE],
  ['å', HAT + HOOK], ['Å', HAT + HOOK], ['ã', HAT + TILDE], ['Ã', HAT + TILDE], ['ä', HAT + DOT], ['Ä', HAT + DOT],
  ['é', BREVE + ACUTE], ['É', BREVE + ACUTE], ['è', BREVE + GRAVE], ['È', BREVE + GRAVE],
  ['ú', BREVE + HOOK], ['Ú', BREVE + HOOK], ['ü', BREVE + TILDE], ['Ü', BREVE + TILDE], ['ë', BREVE + DOT], ['Ë', BREVE + DOT],
  ['ù', ACUTE], ['Ù', ACUTE], ['ø', GRAVE], ['Ø', GRAVE], ['û', HOOK], ['Û', HOOK], ['õ', TILDE], ['Õ', TILDE], ['ï', DOT], ['Ï', DOT],
]);
/** VNI letters that stand alone (no base letter before them). */
const VNI_LETTERS = new Map<string, string>([
  ['ô', 'ơ'], ['Ô', 'Ơ'], ['ö', 'ư'], ['Ö', 'Ư'], ['ñ', 'đ'], ['Ñ', 'Đ'],
  ['í', 'í'], ['Í', 'Í'], ['ì', 'ì'], ['Ì', 'Ì'], ['æ', 'ỉ'], ['Æ', 'Ỉ'], ['ó', 'ĩ'], ['Ó', 'Ĩ'], ['ò', 'ị'], ['Ò', 'Ị'],
  ['î', 'ỵ'], ['Î', 'Ỵ'],
]);
/** VNI characters that are not Vietnamese letters. */
const VNI_DISTINCTIVE = new Set<string>([...'åäëüøûïñöæîÅÄËÜØÛÏÑÖÆÎ']);
const VNI_BASES = /[aeouyAEOUYơưƠƯ]/;

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Converts TCVN3 mojibake to Unicode (NFC). Characters TCVN3 does not redefine are kept. */
export function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out.normalize('NFC');
}

/** Converts VNI-Windows mojibake to Unicode (NFC). */
export function decodeVni(text: string): string {
  let out = '';
  let prevIsBase = false;
  for (const ch of text) {
    const modifier = VNI_MODIFIERS.get(ch);
    if (modifier !== undefined && prevIsBase) {
      out += modifier;
      // a hat or breve alone may still be followed by a tone byte
      prevIsBase = modifier === HAT || modifier === BREVE;
      continue;
    }
    const letter = VNI_LETTERS.get(ch);
    if (letter !== undefined) {
      out += letter;
      prevIsBase = letter === 'ơ' || letter === 'ư' || letter === 'Ơ' || letter === 'Ư';
      continue;
    }
    out += ch;
    prevIsBase = VNI_BASES.test(ch);
  }
  return out.normalize('NFC');
}

export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
}

// A light Vietnamese syllable shape (NFC, lower case): onset, vowels, coda; at most one tone.
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
const VOWELS = '[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]{1,3}';
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}${VOWELS}${CODA}$`);
const TONED = /[àằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]/g;
const STOP_CODA = /(?:ch|[ptc])$/;
const GRAVE_HOOK_TILDE = /[àằầèềìòồờùừỳảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹ]/;
const K_ONSET = /^(?:k|gh|ngh)(?![eêiyèéẻẽẹềếểễệìíỉĩịỳýỷỹỵ])/;

/** Whether a word (NFC) looks like a Vietnamese syllable (shape only, not a dictionary check). */
export function isSyllableShape(word: string): boolean {
  const w = word.toLowerCase();
  if (!SYLLABLE.test(w)) return false;
  const tones = w.match(TONED);
  if (tones !== null && tones.length > 1) return false;
  // stop codas take only sắc or nặng; k/gh/ngh only before e ê i y
  if (STOP_CODA.test(w) && GRAVE_HOOK_TILDE.test(w)) return false;
  return !K_ONSET.test(w);
}

/** Counts distinctive characters of each encoding in a string. */
export function legacyEvidence(text: string): { tcvn3: number; vni: number } {
  let tcvn3 = 0;
  let vni = 0;
  for (const ch of text) {
    if (TCVN3_DISTINCTIVE.has(ch)) tcvn3++;
    if (VNI_DISTINCTIVE.has(ch)) vni++;
  }
  return { tcvn3, vni };
}

/** Share of the words of a decoded run that have a syllable shape (words with letters only). */
function syllableScore(decoded: string): number {
  let words = 0;
  let good = 0;
  for (const w of decoded.split(/[^\p{L}\p{M}]+/u)) {
    if (w === '') continue;
    words++;
    if (isRealSyllable(w)) good++;
  }
  return words === 0 ? 0 : good / words;
}

export interface LegacyRun {
  /** [start, end) of the run in the scanned text. */
  start: number;
  end: number;
  /** The likelier encoding. */
  encoding: LegacyEncoding;
  /** The converted text, present only when the encoding is certain. */
  converted?: string;
}

// A token of possibly-legacy text: letters plus the Latin-1 symbols TCVN3 uses as letters.
const TOKEN = /[\p{L}\p{M}\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00d7\u00f7]+/gu;
const DISTINCTIVE_ANY = new RegExp(`[${[...TCVN3_DISTINCTIVE, ...VNI_DISTINCTIVE].join('')}]`);

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
// Characters that cannot occur in legacy mojibake (Unicode-only Vietnamese letters) break a run.
const UNICODE_ONLY_VI = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/;
const MAX_GAP = 6; // plain words allowed between two suspect words of one run

/**
 * A token that suggests legacy text: it holds a distinctive legacy character (and is more than a
 * lone symbol), or it is not a Vietnamese syllable as it stands but reads as one in TCVN3/VNI.
 */
const suspectCache = new Map<string, boolean>();
const unicodeWordCache = new Map<string, boolean>();
const CACHE_LIMIT = 20_000;

function memo(cache: Map<string, boolean>, key: string, compute: (k: string) => boolean): boolean {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute(key);
    if (cache.size < CACHE_LIMIT) cache.set(key, v);
  }
  return v;
}

function isSuspect(token: string): boolean {
  return memo(suspectCache, token, computeSuspect);
}

function computeSuspect(token: string): boolean {
  if (UNICODE_ONLY_VI.test(token)) return false;
  if (isDistinctiveWord(token)) return token.length > 1 || /\p{L}/u.test(token);
  if (ASCII_WORD.test(token) || !isLegacyCompatible(token)) return false;
  // "héi", "chÝ", "kÕt": not a syllable as written, a syllable in TCVN3 or VNI
  if (isRealSyllable(token)) return false;
  return isRealSyllable(decodeTcvn3(token)) || isRealSyllable(decodeVni(token));
}

const syllableCache = new Map<string, boolean>();

function isRealSyllable(word: string): boolean {
  return memo(syllableCache, word, (w) => isAttested(w.normalize('NFC').toLowerCase()));
}

/** A Unicode word that legacy decoding would spoil ("các" → "cỏc"): it ends a run. */
function isUnicodeWord(token: string): boolean {
  return memo(unicodeWordCache, token, computeUnicodeWord);
}

function computeUnicodeWord(token: string): boolean {
  if (ASCII_WORD.test(token)) return false;
  if (!isRealSyllable(token)) return false;
  const t = decodeTcvn3(token);
  const v = decodeVni(token);
  return (t !== token && !isRealSyllable(t)) || (v !== token && !isRealSyllable(v));
}

function isDistinctiveWord(token: string): boolean {
  for (const ch of token) if (TCVN3_DISTINCTIVE.has(ch) || VNI_DISTINCTIVE.has(ch)) return true;
  return false;
}

/** Whether a token is plain ASCII letters (identical in every encoding). */
const ASCII_WORD = /^[A-Za-z]+$/;

/**
 * Finds runs of TCVN3 or VNI mojibake, line by line. A run starts and ends with a word holding a
 * distinctive legacy character; plain ASCII words may sit between. A run gets a conversion only
 * when it has at least two distinctive characters, the chosen decoding yields syllables and the
 * other decoding does clearly worse.
 */
export function findLegacyRuns(text: string): LegacyRun[] {
  const runs: LegacyRun[] = [];
  // fast exit: no distinctive character anywhere
  if (!DISTINCTIVE_ANY.test(text)) return runs;
  let runStart = -1;
  let runEnd = -1;
  let gap = 0;
  const close = (): void => {
    if (runStart >= 0) {
      const run = classify(text, runStart, runEnd);
      if (run) runs.push(run);
    }
    runStart = -1;
    gap = 0;
  };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const token = m[0];
    const start = m.index;
    const end = start + token.length;
    if (runStart >= 0) {
      if (hasLineBreak(text, runEnd, start)) close();
    }
    if (isSuspect(token)) {
      if (runStart < 0) runStart = start;
      runEnd = end;
      gap = 0;
    } else if (runStart >= 0) {
      if (UNICODE_ONLY_VI.test(token) || !isLegacyCompatible(token) || isUnicodeWord(token) || ++gap > MAX_GAP) close();
    }
  }
  close();
  return runs;
}

/** A token made only of ASCII letters and characters that either legacy encoding uses. */
function isLegacyCompatible(token: string): boolean {
  for (const ch of token) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) continue;
    if (TCVN3.has(ch) || VNI_MODIFIERS.has(ch) || VNI_LETTERS.has(ch)) continue;
    return false;
  }
  return true;
}

/** Runs longer than this are judged on their first part (the conversion still covers all of it). */
const SAMPLE = 4000;

function classify(text: string, start: number, end: number): LegacyRun | null {
  const slice = text.slice(start, end);
  const sample = slice.length > SAMPLE ? slice.slice(0, SAMPLE) : slice;
  const evidence = legacyEvidence(sample);
  if (evidence.tcvn3 === 0 && evidence.vni === 0) return null;
  const tcvn3 = decodeTcvn3(sample);
  const vni = decodeVni(sample);
  const st = syllableScore(tcvn3);
  const sv = syllableScore(vni);
  const encoding: LegacyEncoding = st > sv || (st === sv && evidence.tcvn3 >= evidence.vni) ? 'tcvn3' : 'vni';
  const best = encoding === 'tcvn3' ? st : sv;
  const other = encoding === 'tcvn3' ? sv : st;
  const distinctive = encoding === 'tcvn3' ? evidence.tcvn3 : evidence.vni;
  const decodedSample = encoding === 'tcvn3' ? tcvn3 : vni;
  // Symbols next to words ("© 2023", "«Dân»"), foreign names ("München") are not runs.
  if (distinctive === 0 || best < 0.75 || decodedSample === sample.normalize('NFC')) return null;
  const certain = distinctive >= 2 && best >= 0.9 && best - other >= 0.2;
  if (!certain) return { start, end, encoding };
  const converted = sample === slice ? decodedSample : decodeLegacy(slice, encoding);
  return { start, end, encoding, converted };
}

/** Words that use "Ð" (U+00D0) or "ð" (U+00F0) for "Đ"/"đ" outside legacy runs. */
const ETH_WORD = /(?<!(?:\p{L}|\p{M}))[Ðð](?:\p{L}|\p{M})*/gu;

export interface EthWord {
  start: number;
  end: number;
  fixed: string;
}

/**
 * Finds words starting with "Ð"/"ð" whose rest is Vietnamese (so the eth stands for Đ/đ).
 * Runs found by `findLegacyRuns` should be excluded by the caller (in TCVN3 "Ð" is "é").
 */
export function findEthWords(text: string): EthWord[] {
  const out: EthWord[] = [];
  if (text.indexOf('Ð') < 0 && text.indexOf('ð') < 0) return out;
  ETH_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ETH_WORD.exec(text)) !== null) {
    const word = m[0];
    const fixed = (word[0] === 'Ð' ? 'Đ' : 'đ') + word.slice(1);
    // "Ð" alone or followed by a syllable ("Ðảng", "ÐẢNG", "Ðoàn"); not Icelandic/Faroese words
    if (word.length > 1 && !isSyllableShape(fixed.normalize('NFC'))) continue;
    if (word.length > 1 && isDistinctiveWord(word.slice(1))) continue;
    out.push({ start: m.index, end: m.index + word.length, fixed });
  }
  return out;
}
