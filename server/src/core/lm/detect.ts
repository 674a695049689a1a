// Noisy-channel slip detection over a token table: for each syllable of a phrase, the candidates
// one typing slip away (candidates.ts) are scored in their context by the language model (every
// trigram window that covers the syllable, with backoff) plus the log-probability of that slip; a
// syllable is reported when a candidate beats what was typed by a wide margin.
//
// What is never judged: names (a capitalised word after the first of its sentence, or a
// capitalised sentence opener followed by another capitalised word), ALL-CAPS words, words glued to
// digits or code characters, words outside Vietnamese phrases (both neighbours foreign or absent),
// and the caller's skip list (the user's words).

import { isAttested, parseSyllable } from '../text/syllable';
import { placeTone } from '../text/tone';
import { WordIdMemo, type TokenTable } from '../text/word-tokens';
import { allCandidates, SLIP_KINDS, unmark, type SlipKind } from './candidates';
import { lmHash, lmKey, type LanguageModel } from './model';

export interface Slip {
  /** Token index in the table. */
  index: number;
  start: number;
  end: number;
  /** The typed word, lower case. */
  typed: string;
  /** The best candidate, lower case, in the requested tone style. */
  best: string;
  kind: SlipKind;
  /** The typed word is not a syllable of the model's vocabulary / the attested list. */
  nonWord: boolean;
  /** log-odds of the candidate over the typed word (context + slip prior), natural log. */
  margin: number;
}

/** Margins (natural log) above which a finding is reported / its fix is marked safe (tuned by npm run eval:inject). */
export const THRESHOLDS = {
  /** a real word replaced by a likelier one (confusable-word) */
  realWord: 3,
  /** an ASCII non-word between Vietnamese words that stands for a marked syllable (spelling) */
  unmarked: 0.5,
  /** an ASCII word that is itself a syllable ("hang", "cam", "thao" are words): much stronger evidence */
  unmarkedReal: 10,
  /** a lone lower-case letter between two words of its phrase ("nhiệm k 2025", "kỳ v để") */
  loneLetter: 1.5,
  /** a fix applied by --fix / fix all */
  safe: 14,
};

/** log prior of each slip kind (how often a typist makes it), natural log. */
const PRIOR: Record<SlipKind, number> = {
  telex: -3,
  tone: -5,
  mark: -5.5,
  unmarked: -3,
  extra: -6,
  drop: -6.5,
  transpose: -6.5,
  substitute: -8.5,
};
const NEIGHBOUR_BONUS = 1.5;
/** A pair of syllables seen this often in the news counts is a phrase, not a slip. */
const ATTESTED_PAIR = 50;

export interface DetectOptions {
  /** Report only slips whose margin exceeds this (natural log). */
  threshold: number;
  /** Tone style of the suggestions. */
  style: 'old' | 'new';
  /** Token indexes never to judge (user words …); optional. */
  skip?: (index: number) => boolean;
}

/**
 * A syllable's candidates as parallel arrays: model ids, and slip codes (the kind's index in
 * SLIP_KINDS, | NEIGHBOUR_CODE for a substitution by a neighbouring key). The model file's candidate
 * table holds the same codes.
 */
export interface CandidateList {
  id: Uint16Array;
  code: Uint8Array;
}
export const NEIGHBOUR_CODE = 8;
/** Log prior of each slip code. */
const PRIOR_OF_CODE = (() => {
  const t = new Float64Array(16);
  SLIP_KINDS.forEach((kind, i) => {
    t[i] = PRIOR[kind];
    t[i | NEIGHBOUR_CODE] = PRIOR[kind] + NEIGHBOUR_BONUS;
  });
  return t;
})();
const KIND_MASK = NEIGHBOUR_CODE - 1;

/** Candidates must be at least this frequent in the corpus. */
const MIN_CANDIDATE_COUNT = 10;

/**
 * The one-slip candidates of a typed lower-case syllable that the model may suggest: in its
 * vocabulary, seen at least MIN_CANDIDATE_COUNT times, attested, not a standard variant of the typed
 * word. Generated from strings (slow): gen-lm stores the result for every syllable of the vocabulary
 * in the model file (build.ts), and detection generates only for words outside it.
 */
export function modelCandidates(lm: LanguageModel, lower: string): CandidateList {
  // candidates are composed with the tone in the old place: the model's keys, looked up as they are
  const accept = (w: string): boolean => {
    const id = lm.idExact(w);
    return id >= 0 && lm.count(id) >= MIN_CANDIDATE_COUNT;
  };
  const ids: number[] = [];
  const codes: number[] = [];
  for (const c of allCandidates(lower, accept)) {
    if (!isAttested(placeTone(c.word, 'new')) || isVariant(lower, c.word)) continue;
    ids.push(lm.idExact(c.word));
    codes.push(SLIP_KINDS.indexOf(c.kind) | (c.neighbour ? NEIGHBOUR_CODE : 0));
  }
  return { id: Uint16Array.from(ids), code: Uint8Array.from(codes) };
}

/** Results per string under one model, across runs: emptied when the model changes, and when full. */
class ModelMemo<V> {
  private readonly map = new Map<string, V>();
  private model: LanguageModel | null = null;
  constructor(private readonly max: number) {}

  /** The memoised compute(lm, key) (compute is a plain function: no closure per call on hot paths). */
  get(lm: LanguageModel, key: string, compute: (lm: LanguageModel, key: string) => V): V {
    if (this.model !== lm) {
      this.map.clear();
      this.model = lm;
    }
    let value = this.map.get(key);
    if (value === undefined) {
      value = compute(lm, key);
      if (this.map.size >= this.max) this.map.clear();
      this.map.set(key, value);
    }
    return value;
  }
}

// Generated candidates per typed word outside the model's table.
const CANDS = new ModelMemo<CandidateList>(50_000);

function generatedCandidates(lm: LanguageModel, lower: string): CandidateList {
  return CANDS.get(lm, lower, modelCandidates);
}

// The candidates being scored (set by selectCandidates): ids and codes in [candFrom, candTo).
let candIds: Uint16Array = new Uint16Array(0);
let candCodes: Uint8Array = new Uint8Array(0);
let candFrom = 0;
let candTo = 0;

/** Selects the candidates of a typed word (id: its model id, or -1): the model's table when it has one. */
function selectCandidates(lm: LanguageModel, id: number, lower: string): void {
  const table = lm.candStart;
  if (id >= 0 && table !== null) {
    candIds = lm.candId;
    candCodes = lm.candCode;
    candFrom = table.get(id);
    candTo = table.get(id + 1);
  } else {
    const list = generatedCandidates(lm, lower);
    candIds = list.id;
    candCodes = list.code;
    candFrom = 0;
    candTo = list.id.length;
  }
}

/** ids[k] inside the phrase [from, to), with position i standing for x; -2 outside. */
function idAt(ids: ArrayLike<number>, from: number, to: number, i: number, x: number, k: number): number {
  return k === i ? x : k >= from && k < to ? ids[k] : -2;
}

/** ids[k] inside the phrase [from, to), -2 outside. */
function idIn(ids: ArrayLike<number>, from: number, to: number, k: number): number {
  return k >= from && k < to ? ids[k] : -2;
}

/** Sum of the model's log scores of every trigram window covering position i of the phrase [from, to) when it holds x. */
function windowScore(lm: LanguageModel, ids: ArrayLike<number>, from: number, to: number, i: number, x: number): number {
  let s = 0;
  for (let j = i; j <= i + 2 && j < to; j++) {
    const a = idAt(ids, from, to, i, x, j - 2);
    const b = idAt(ids, from, to, i, x, j - 1);
    const c = idAt(ids, from, to, i, x, j);
    if (j > i && c < 0) break; // an unknown word (or the phrase end) ends the evidence
    s += lm.score(a < 0 ? -1 : a, b < 0 ? -1 : b, c);
  }
  return s;
}

/**
 * windowScore(…, p, x) for a candidate x between left and right, with the bigram indexes looked up
 * once: kab = bigramIndex(a, left) and kcd = bigramIndex(right, d) for the whole position (a, d:
 * the ids two away, -1 when unknown or outside the phrase), kbx / kxc per candidate (also its
 * evidence). Same windows, same sums in the same order as windowScore.
 */
function candidateScore(lm: LanguageModel, left: number, x: number, right: number, d: number, afterRight: boolean, kab: number, kbx: number, kxc: number, kcd: number): number {
  let s = 0;
  s += lm.scoreAt(kab, left, x, kbx);
  if (right >= 0) {
    s += lm.scoreAt(kbx, x, right, kxc);
    if (afterRight && d >= 0) s += lm.scoreAt(kxc, right, d, kcd);
  }
  return s;
}

/** Pairs of spellings that are both standard: never "corrected" into each other. */
const VARIANTS = new Set(['hằng|hàng', 'hàng|hằng', 'dày|dầy', 'dầy|dày', 'giày|giầy', 'giầy|giày', 'nhòe|nhoè']);

function isVariant(a: string, b: string): boolean {
  return VARIANTS.has(`${placeTone(a, 'new')}|${placeTone(b, 'new')}`);
}

/**
 * Administrative units of the genre that the national news model underrates ("Ban Chỉ huy Quân sự
 * phường", "các ấp"): never judged as slips.
 */
const GENRE_UNITS = new Set(['phường', 'ấp', 'thôn', 'bản', 'buôn', 'sóc', 'khóm', 'xóm', 'làng', 'khu', 'tổ']);

const MARKED_LETTER = /^[^a-z]$/;

/** A digit or a code character next to a word ([0-9_@/\\]): by char code, no one-letter strings. */
function isDigitish(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x40 || c === 0x2f || c === 0x5c;
}

// Per UTF-16 code unit: 0 not yet known, 1 String.fromCharCode(c).toLowerCase() is itself, 2 it is not.
const CASED = new Uint8Array(0x10000);

/** The character at i changes under toLowerCase (a capital), asked per code unit and remembered. */
function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  let v = CASED[c];
  if (v === 0) {
    const ch = text[i];
    CASED[c] = v = ch === ch.toLowerCase() ? 1 : 2;
  }
  return v === 2;
}

// Per UTF-16 code unit: 0 not yet known, 1 String.fromCharCode(c).toUpperCase() is itself, 2 it is not.
const UPPER_SAME = new Uint8Array(0x10000);

/**
 * text.slice(s, e) === text.slice(s, e).toUpperCase() for a token (letters and marks: no surrogates,
 * whose case only the pair can tell), per code unit and remembered: the whole string is unchanged by
 * upper-casing exactly when each of its characters is.
 */
function isAllCapsAt(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    let v = UPPER_SAME[c];
    if (v === 0) {
      const ch = text[i];
      UPPER_SAME[c] = v = ch === ch.toUpperCase() ? 1 : 2;
    }
    if (v === 2) return false;
  }
  return true;
}

// scratch per phrase (reused across calls): model id (-1 unknown) and whether it is judged. Filled a
// phrase at a time, not for the whole text: on a 10 MB document two arrays of one entry per token
// were ~11 MB of fresh memory, and decide reads only the phrase it judges.
let ID_BUF = new Int32Array(256);
let KNOWN_BUF = new Uint8Array(256);
let WID_BUF = new Int32Array(1024);

/**
 * Slips in the phrases of `text` (tokens from tokenTable). `lower`-case words only are judged, plus
 * the first word of a sentence; see the file comment for what is left alone.
 */
export function findSlips(text: string, t: TokenTable, lm: LanguageModel, options: DetectOptions): Slip[] {
  const slips: Slip[] = [];
  const n = t.count;
  if (WID_BUF.length < t.words.length) WID_BUF = new Int32Array(t.words.length * 2);
  const wid = WID_BUF;
  for (let w = 0; w < t.words.length; w++) {
    const stable = t.wordId[w];
    wid[w] = stable >= 0 ? wordIdByStable(lm, stable, t.words[w]) : wordId(lm, t.words[w]);
  }
  let i = 0;
  while (i < n) {
    // a phrase: tokens linked by spaces only
    let j = i + 1;
    while (j < n && t.linked[j] === 1) j++;
    const len = j - i;
    if (len >= 2) {
      if (ID_BUF.length < len) {
        ID_BUF = new Int32Array(len * 2);
        KNOWN_BUF = new Uint8Array(len * 2);
      }
      const ids = ID_BUF;
      const known = KNOWN_BUF;
      for (let q = 0; q < len; q++) {
        const v = wid[t.word[i + q]];
        known[q] = v >= 0 ? 1 : 0;
        ids[q] = v === UNSEEN ? -1 : v >= 0 ? v : -2 - v;
      }
      for (let q = 0; q < len; q++) {
        if (known[q] === 0) continue;
        // a Vietnamese phrase: a known neighbour on at least one side
        if ((q === 0 || ids[q - 1] < 0) && (q + 1 >= len || ids[q + 1] < 0)) continue;
        const k = i + q;
        if (options.skip?.(k) || !judgeable(text, t, k, i, j)) continue;
        const decision = decide(lm, ids, 0, len, q, t.words[t.word[k]]);
        if (decision === null || decision.margin < options.threshold) continue;
        const word = lm.syllable(decision.id);
        slips.push({
          index: k,
          start: t.start[k],
          end: t.end[k],
          typed: t.words[t.word[k]],
          best: options.style === 'new' ? placeTone(word, 'new') : word,
          kind: decision.kind,
          nonWord: false,
          margin: decision.margin,
        });
      }
    }
    i = j;
  }
  return slips;
}

function judgeable(text: string, t: TokenTable, k: number, phraseStart: number, phraseEnd: number): boolean {
  if (t.nameLike[k] === 1) return false;
  const s = t.start[k];
  const e = t.end[k];
  if (isCapitalAt(text, s)) {
    // a capitalised phrase opener: judged unless ALL CAPS or followed by another capitalised word (a name)
    if (k !== phraseStart) return false;
    if (e - s > 1 && isAllCapsAt(text, s, e)) return false;
    if (k + 1 < phraseEnd && isCapitalAt(text, t.start[k + 1])) return false;
  }
  if ((s > 0 && isDigitish(text.charCodeAt(s - 1))) || (e < text.length && isDigitish(text.charCodeAt(e)))) return false;
  // a lone letter after another lone letter is a split word ("L ê Văn"), not a syllable
  if (e - s === 1 && k > phraseStart && t.end[k - 1] - t.start[k - 1] === 1) return false;
  return true;
}

interface Decision {
  /** The best candidate's model id. */
  id: number;
  kind: SlipKind;
  margin: number;
}

// Decisions per 5-syllable window, across runs, bounded (cleared when full): open addressing with
// linear probing over a typed array keyed by the window's ids + 2 (-2 outside the phrase; 16 bits
// each, since the vocabulary has at most 0xfffe syllables). Slot s: DEC_KEYS[3s] = a << 16 | b,
// [3s + 1] = c << 16 | d, [3s + 2] = e << 16 | (entry + 1), 0 when empty; DEC_VALUES[entry].
// The table starts small (an editor judges a few hundred windows per document) and doubles when
// half full, up to 2^17 slots (1.5 MB) for DECISIONS_MAX entries; a batch starts it at that size
// (expectManyDecisions).
const DEC_MIN_BITS = 12;
const DEC_MAX_BITS = 17;
const DECISIONS_MAX = 50_000;
let decStartBits = DEC_MIN_BITS;
let DEC_KEYS: Uint32Array | null = null;
let DEC_MASK = 0;
let DEC_VALUES: Array<Decision | null> = [];

function resetDecisions(): void {
  DEC_KEYS = new Uint32Array(3 << decStartBits);
  DEC_MASK = (1 << decStartBits) - 1;
  DEC_VALUES = [];
}

/**
 * For a caller about to judge many texts (the CLI's batch): the decision table is made at its full
 * size when first needed, so it is never rehashed while a batch fills it (five doublings, each a
 * long loop V8 compiled again: ~1 % of a 1,000-article batch's instructions). Speed only.
 */
export function expectManyDecisions(): void {
  decStartBits = DEC_MAX_BITS;
}

/** Doubles the decision table, re-inserting its keys. */
function growDecisions(): void {
  const old = DEC_KEYS!;
  const keys = new Uint32Array(old.length * 2);
  DEC_MASK = DEC_MASK * 2 + 1;
  for (let s = 0; s < old.length; s += 3) {
    const tag = old[s + 2];
    if (tag === 0) continue;
    let slot = decisionSlot(old[s], old[s + 1], tag >>> 16);
    while (keys[3 * slot + 2] !== 0) slot = (slot + 1) & DEC_MASK;
    keys[3 * slot] = old[s];
    keys[3 * slot + 1] = old[s + 1];
    keys[3 * slot + 2] = tag;
  }
  DEC_KEYS = keys;
}
/** A trigram seen this often is taken as intended without scoring candidates. */
const COMMON_TRIGRAM = 15;
/** …and so is one seen this often with both neighbours as bigrams. */
const COMMON_BIGRAM = 300;
let decisionsModel: LanguageModel | null = null;

// Per word string: its model id (UNSEEN for an attested syllable outside the vocabulary), and
// -2 - id when it is not a judgeable syllable (non-word, too long).
const UNSEEN = 0x7fffffff;
const WORD_IDS = new ModelMemo<number>(100_000);

function wordId(lm: LanguageModel, w: string): number {
  return WORD_IDS.get(lm, w, computeWordId);
}

// wordId by the tokenizer's stable word id (TokenTable.wordId), for one model.
let idsByStable: WordIdMemo | undefined;
let idsModel: LanguageModel | null = null;

function wordIdByStable(lm: LanguageModel, stable: number, w: string): number {
  if (idsModel !== lm || !idsByStable) {
    idsByStable = new WordIdMemo((word) => computeWordId(lm, word));
    idsModel = lm;
  }
  return idsByStable.get(stable, w);
}

function computeWordId(lm: LanguageModel, w: string): number {
  const id = lm.id(w);
  // an attested syllable the news never uses ("óp", "típ") is judged too: often a slip
  // (a lone letter only with a mark: "ý lại", "ở"; never a bare a/o/y)
  const judged = (w.length >= 2 || MARKED_LETTER.test(w)) && w.length <= 8 && !GENRE_UNITS.has(w) && isAttested(w) && parseSyllable(w) !== null;
  return judged ? (id >= 0 ? id : UNSEEN) : -2 - id;
}

/** The best candidate for the syllable at p of the phrase [from, to) and its margin over the typed one, or null. */
function decide(lm: LanguageModel, ids: Int32Array, from: number, to: number, p: number, typed: string): Decision | null {
  if (decisionsModel !== lm || DEC_KEYS === null) {
    resetDecisions();
    decisionsModel = lm;
  }
  const keys = DEC_KEYS!;
  const cacheable = ids[p] >= 0; // unseen words share id -1: not cached
  let k0 = 0;
  let k1 = 0;
  let e = 0;
  let slot = 0;
  if (cacheable) {
    k0 = (((idIn(ids, from, to, p - 2) + 2) << 16) | (idIn(ids, from, to, p - 1) + 2)) >>> 0;
    k1 = (((ids[p] + 2) << 16) | (idIn(ids, from, to, p + 1) + 2)) >>> 0;
    e = idIn(ids, from, to, p + 2) + 2;
    slot = decisionSlot(k0, k1, e);
    for (;;) {
      const tag = keys[3 * slot + 2];
      if (tag === 0) break;
      if (tag >>> 16 === e && keys[3 * slot] === k0 && keys[3 * slot + 1] === k1) return DEC_VALUES[(tag & 0xffff) - 1];
      slot = (slot + 1) & DEC_MASK;
    }
  }
  let decision: Decision | null = null;
  const left = p > from ? ids[p - 1] : -1;
  const right = p + 1 < to ? ids[p + 1] : -1;
  // a syllable in a common trigram with both neighbours is what the writer meant (cheap early exit)
  const typedId = ids[p];
  // the typed word's bigrams with its neighbours (-1: none), searched once
  const kLeft = lm.bigramIndex(left, typedId);
  const kRight = lm.bigramIndex(typedId, right);
  const common =
    typedId >= 0 &&
    ((left >= 0 && right >= 0 && (kLeft < 0 ? 0 : lm.trigramAt(kLeft, right)) >= COMMON_TRIGRAM) ||
      (lm.bigramAt(kLeft) >= COMMON_BIGRAM && lm.bigramAt(kRight) >= COMMON_BIGRAM) ||
      // at a phrase edge, one neighbour seen very often with it
      ((left < 0 || right < 0) && Math.max(lm.bigramAt(kLeft), lm.bigramAt(kRight)) >= 3 * COMMON_BIGRAM));
  if (!common) {
    selectCandidates(lm, ids[p], typed);
    const cid = candIds;
    const code = candCodes;
    let best = -1;
    let bestCode = 0;
    let bestScore = -Infinity;
    let bestLeft = -1;
    let bestRight = -1;
    const a = p - 2 >= from ? ids[p - 2] : -1;
    const afterRight = p + 2 < to;
    const d = afterRight ? ids[p + 2] : -1;
    const kab = lm.bigramIndex(a, left);
    const kcd = lm.bigramIndex(right, d);
    for (let j = candFrom; j < candTo; j++) {
      const id = cid[j];
      const kbx = lm.bigramIndex(left, id);
      const kxc = lm.bigramIndex(id, right);
      // evidence: the candidate must be seen next to a neighbour (not unigram backoff alone)
      if (!(lm.bigramAt(kbx) >= 3 || lm.bigramAt(kxc) >= 3)) continue;
      const sc = candidateScore(lm, left, id, right, d, afterRight, kab, kbx, kxc, kcd) + PRIOR_OF_CODE[code[j]];
      if (sc > bestScore) {
        bestScore = sc;
        best = id;
        bestCode = code[j];
        bestLeft = kbx;
        bestRight = kxc;
      }
    }
    // the typed word is seen often with a neighbour, at least as often as the candidate is: it is
    // what the writer meant ("và kiện toàn": "và kiến" is likelier, but "kiện toàn" is the phrase)
    if (best >= 0 && typedId >= 0 && (kept(lm.bigramAt(kRight), lm.bigramAt(bestRight)) || kept(lm.bigramAt(kLeft), lm.bigramAt(bestLeft)))) best = -1;
    if (best >= 0) decision = { id: best, kind: SLIP_KINDS[bestCode & KIND_MASK], margin: bestScore - candidateScore(lm, left, typedId, right, d, afterRight, kab, kLeft, kRight, kcd) };
  }
  if (!cacheable) return decision;
  if (DEC_VALUES.length >= DECISIONS_MAX) {
    resetDecisions();
    slot = decisionSlot(k0, k1, e);
  } else if (2 * (DEC_VALUES.length + 1) > DEC_MASK + 1) {
    growDecisions();
    slot = decisionSlot(k0, k1, e);
    while (DEC_KEYS![3 * slot + 2] !== 0) slot = (slot + 1) & DEC_MASK;
  }
  const table = DEC_KEYS!;
  DEC_VALUES.push(decision);
  table[3 * slot] = k0;
  table[3 * slot + 1] = k1;
  table[3 * slot + 2] = ((e << 16) | DEC_VALUES.length) >>> 0;
  return decision;
}

function decisionSlot(k0: number, k1: number, e: number): number {
  const h = Math.imul(k0 ^ Math.imul(k1, 0x9e3779b1) ^ Math.imul(e, 0x85ebca6b), 0x27d4eb2d);
  return (h ^ (h >>> 15)) & DEC_MASK;
}

function kept(typedPair: number, candPair: number): boolean {
  return typedPair >= ATTESTED_PAIR && typedPair >= candPair;
}

/**
 * The candidate that fits best in its context (prev2 prev [typed] next next2: lower-case words, ''
 * outside the phrase) for a non-word or a word typed without marks, with its margin over the typed
 * word; null when no candidate is seen next to a neighbour. Candidates: one slip away, and for an
 * ASCII word every marked syllable it could stand for.
 */
export function bestInContext(lm: LanguageModel, prev2: string, prev: string, typed: string, next: string, next2: string, style: 'old' | 'new'): BestFit | null {
  return BEST.get(lm, `${prev2} ${prev} ${typed} ${next} ${next2} ${style}`, () => computeBestInContext(lm, prev2, prev, typed, next, next2, style));
}

export interface BestFit {
  word: string;
  kind: SlipKind;
  margin: number;
}
const BEST = new ModelMemo<BestFit | null>(50_000);

function computeBestInContext(lm: LanguageModel, prev2: string, prev: string, typed: string, next: string, next2: string, style: 'old' | 'new'): BestFit | null {
  const idOf = (w: string): number => (w ? lm.id(w) : -2);
  const ids = [idOf(prev2), idOf(prev), lm.id(typed), idOf(next), idOf(next2)];
  const left = ids[1] >= 0 ? ids[1] : -1;
  const right = ids[3] >= 0 ? ids[3] : -1;
  if (left < 0 && right < 0) return null;
  let best = -1;
  let bestCode = 0;
  let bestScore = -Infinity;
  const consider = (cid: Uint16Array, code: Uint8Array, from: number, to: number): void => {
    for (let j = from; j < to; j++) {
      const id = cid[j];
      if (!(lm.bigram(left, id) >= 3 || lm.bigram(id, right) >= 3)) continue;
      const sc = windowScore(lm, ids, 0, 5, 2, id) + PRIOR_OF_CODE[code[j]];
      if (sc > bestScore) {
        bestScore = sc;
        best = id;
        bestCode = code[j];
      }
    }
  };
  // the one-slip candidates, then (for an ASCII word) every marked syllable it could stand for
  selectCandidates(lm, ids[2], typed);
  consider(candIds, candCodes, candFrom, candTo);
  const unmarked = unmarkedCandidates(lm, typed);
  consider(unmarked.id, unmarked.code, 0, unmarked.id.length);
  if (best < 0) return null;
  const base = windowScore(lm, ids, 0, 5, 2, ids[2]);
  const word = lm.syllable(best);
  return { word: style === 'new' ? placeTone(word, 'new') : word, kind: SLIP_KINDS[bestCode & KIND_MASK], margin: bestScore - base };
}

// Marked forms per unmarked skeleton ("nghien" → nghiên, nghiền …), built on first use from the
// vocabulary's code units (no strings): the ids of marked syllables seen at least
// MIN_CANDIDATE_COUNT times, bucketed by the FNV-1a hash of their skeleton (CSR, ascending ids).
interface SkeletonIndex {
  start: Uint32Array;
  ids: Uint16Array;
  mask: number;
}
let SKELETONS: SkeletonIndex | null = null;
let skeletonsModel: LanguageModel | null = null;
/** Code unit → its unmarked letter (unmark, one character at a time); identity above the table. */
let UNMARK_CODE: Uint16Array | null = null;
const UNMARK_LIMIT = 0x1f00;

function unmarkCodes(): Uint16Array {
  if (UNMARK_CODE === null) {
    const t = new Uint16Array(UNMARK_LIMIT);
    for (let c = 0; c < UNMARK_LIMIT; c++) t[c] = c;
    // the letters with marks live in Latin-1, Latin Extended-A/B and Latin Extended Additional
    for (const [from, to] of [[0xc0, 0x24f], [0x1ea0, 0x1eff]]) {
      for (let c = from; c <= to; c++) {
        const u = unmark(String.fromCharCode(c));
        if (u.length === 1) t[c] = u.charCodeAt(0);
      }
    }
    UNMARK_CODE = t;
  }
  return UNMARK_CODE;
}

function skeletonIndex(lm: LanguageModel): SkeletonIndex {
  if (SKELETONS !== null && skeletonsModel === lm) return SKELETONS;
  const table = unmarkCodes();
  const { vocStart, vocChars } = lm;
  let n = 0; // ids are by frequency
  while (n < lm.info.vocabulary && lm.count(n) >= MIN_CANDIDATE_COUNT) n++;
  let mask = 1;
  while (mask < 2 * n) mask <<= 1;
  mask -= 1;
  const bucket = new Int32Array(n);
  const start = new Uint32Array(mask + 2);
  // (one offset read per syllable: this runs once, mostly before V8 has optimised it)
  let end = vocStart.get(0);
  for (let id = 0; id < n; id++) {
    let h = 0x811c9dc5;
    let changed = false;
    const from = end;
    end = vocStart.get(id + 1);
    for (let k = from; k < end; k++) {
      const c = vocChars[k];
      const m = c < UNMARK_LIMIT ? table[c] : c;
      if (m !== c) changed = true;
      h = Math.imul(h ^ m, 0x01000193);
    }
    bucket[id] = changed ? (h >>> 0) & mask : -1;
    if (changed) start[bucket[id] + 1]++;
  }
  for (let b = 0; b <= mask; b++) start[b + 1] += start[b];
  const fill = start.slice(0, mask + 1);
  const ids = new Uint16Array(start[mask + 1]);
  for (let id = 0; id < n; id++) if (bucket[id] >= 0) ids[fill[bucket[id]]++] = id;
  SKELETONS = { start, ids, mask };
  skeletonsModel = lm;
  return SKELETONS;
}

/** The model's syllables that a word typed without any marks stands for ("nghien" → nghiên, nghiền …). */
export function unmarkedCandidates(lm: LanguageModel, ascii: string): CandidateList {
  if (!/^[a-z]+$/.test(ascii)) return NO_CANDIDATES;
  const { start, ids, mask } = skeletonIndex(lm);
  const table = unmarkCodes();
  const { vocStart, vocChars } = lm;
  const b = lmHash(ascii) & mask;
  const found: number[] = [];
  for (let k = start[b]; k < start[b + 1]; k++) {
    const id = ids[k];
    const from = vocStart.get(id);
    if (vocStart.get(id + 1) - from !== ascii.length) continue;
    let same = true;
    for (let i = 0; i < ascii.length && same; i++) {
      const c = vocChars[from + i];
      same = (c < UNMARK_LIMIT ? table[c] : c) === ascii.charCodeAt(i);
    }
    if (same) found.push(id);
  }
  if (found.length === 0) return NO_CANDIDATES;
  return { id: Uint16Array.from(found), code: new Uint8Array(found.length).fill(UNMARKED_CODE) };
}
const UNMARKED_CODE = SLIP_KINDS.indexOf('unmarked');
const NO_CANDIDATES: CandidateList = { id: new Uint16Array(0), code: new Uint8Array(0) };

export { lmKey };
