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
import type { TokenTable } from '../text/word-tokens';
import { allCandidates, unmark, type SlipKind } from './candidates';
import { lmKey, type LanguageModel } from './model';

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

interface Cand {
  id: number;
  word: string;
  prior: number;
  kind: SlipKind;
}

// Candidates with their ids, per typed word (filtered to the model's vocabulary): bounded cache.
const CANDS = new Map<string, Cand[]>();
const CANDS_MAX = 50_000;
let candsModel: LanguageModel | null = null;
/** Candidates must be at least this frequent in the corpus. */
const MIN_CANDIDATE_COUNT = 10;

function candidatesOf(lm: LanguageModel, lower: string): Cand[] {
  if (candsModel !== lm) {
    CANDS.clear();
    candsModel = lm;
  }
  let list = CANDS.get(lower);
  if (list !== undefined) return list;
  list = [];
  // candidates are composed with the tone in the old place: the model's keys, looked up as they are
  const accept = (w: string): boolean => {
    const id = lm.idExact(w);
    return id >= 0 && lm.count(id) >= MIN_CANDIDATE_COUNT;
  };
  for (const c of allCandidates(lower, accept)) {
    const id = lm.idExact(c.word);
    if (!isAttested(placeTone(c.word, 'new')) || isVariant(lower, c.word)) continue;
    list.push({ id, word: c.word, kind: c.kind, prior: PRIOR[c.kind] + (c.neighbour ? NEIGHBOUR_BONUS : 0) });
  }
  if (CANDS.size >= CANDS_MAX) CANDS.clear();
  CANDS.set(lower, list);
  return list;
}

/** ids[k] inside the phrase [from, to), with position i standing for x; -2 outside. */
function idAt(ids: ArrayLike<number>, from: number, to: number, i: number, x: number, k: number): number {
  return k === i ? x : k >= from && k < to ? ids[k] : -2;
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

const DIGITISH = /[0-9_@/\\]/;

// scratch per token (reused across calls): model id (-1 unknown) and whether it is judged
let ID_BUF = new Int32Array(1024);
let KNOWN_BUF = new Uint8Array(1024);
let WID_BUF = new Int32Array(1024);

/**
 * Slips in the phrases of `text` (tokens from tokenTable). `lower`-case words only are judged, plus
 * the first word of a sentence; see the file comment for what is left alone.
 */
export function findSlips(text: string, t: TokenTable, lm: LanguageModel, options: DetectOptions): Slip[] {
  const slips: Slip[] = [];
  const n = t.count;
  if (ID_BUF.length < n) {
    ID_BUF = new Int32Array(n * 2);
    KNOWN_BUF = new Uint8Array(n * 2);
  }
  if (WID_BUF.length < t.words.length) WID_BUF = new Int32Array(t.words.length * 2);
  const ids = ID_BUF;
  const known = KNOWN_BUF;
  const wid = WID_BUF;
  for (let w = 0; w < t.words.length; w++) wid[w] = wordId(lm, t.words[w]);
  for (let k = 0; k < n; k++) {
    const v = wid[t.word[k]];
    known[k] = v >= 0 ? 1 : 0;
    ids[k] = v === UNSEEN ? -1 : v >= 0 ? v : -2 - v;
  }
  let i = 0;
  while (i < n) {
    // a phrase: tokens linked by spaces only
    let j = i + 1;
    while (j < n && t.linked[j] === 1) j++;
    if (j - i >= 2) {
      for (let k = i; k < j; k++) {
        if (known[k] === 0) continue;
        // a Vietnamese phrase: a known neighbour on at least one side
        if ((k === i || ids[k - 1] < 0) && (k + 1 >= j || ids[k + 1] < 0)) continue;
        if (options.skip?.(k) || !judgeable(text, t, k, i, j)) continue;
        const decision = decide(lm, ids, i, j, k, t.words[t.word[k]]);
        if (decision === null || decision.margin < options.threshold) continue;
        slips.push({
          index: k,
          start: t.start[k],
          end: t.end[k],
          typed: t.words[t.word[k]],
          best: options.style === 'new' ? placeTone(decision.cand.word, 'new') : decision.cand.word,
          kind: decision.cand.kind,
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
  const first = text[s];
  if (first !== first.toLowerCase()) {
    // a capitalised phrase opener: judged unless ALL CAPS or followed by another capitalised word (a name)
    if (k !== phraseStart) return false;
    if (e - s > 1 && text.slice(s, e) === text.slice(s, e).toUpperCase()) return false;
    if (k + 1 < phraseEnd) {
      const n = text[t.start[k + 1]];
      if (n !== n.toLowerCase()) return false;
    }
  }
  if ((s > 0 && DIGITISH.test(text[s - 1])) || (e < text.length && DIGITISH.test(text[e]))) return false;
  // a lone letter after another lone letter is a split word ("L ê Văn"), not a syllable
  if (e - s === 1 && k > phraseStart && t.end[k - 1] - t.start[k - 1] === 1) return false;
  return true;
}

interface Decision {
  cand: Cand;
  margin: number;
}

// Decisions per 5-syllable window (ids, -2 outside the phrase), across runs: bounded.
const DECISIONS = new Map<number, Map<number, Decision | null>>();
let decisionCount = 0;
const DECISIONS_MAX = 50_000;
/** A trigram seen this often is taken as intended without scoring candidates. */
const COMMON_TRIGRAM = 15;
/** …and so is one seen this often with both neighbours as bigrams. */
const COMMON_BIGRAM = 300;
let decisionsModel: LanguageModel | null = null;

// Per word string: its model id (UNSEEN for an attested syllable outside the vocabulary), and
// -2 - id when it is not a judgeable syllable (non-word, too long).
const UNSEEN = 0x7fffffff;
const WORD_IDS = new Map<string, number>();
let wordIdsModel: LanguageModel | null = null;

function wordId(lm: LanguageModel, w: string): number {
  if (wordIdsModel !== lm) {
    WORD_IDS.clear();
    wordIdsModel = lm;
  }
  let v = WORD_IDS.get(w);
  if (v === undefined) {
    const id = lm.id(w);
    // an attested syllable the news never uses ("óp", "típ") is judged too: often a slip
    // (a lone letter only with a mark: "ý lại", "ở"; never a bare a/o/y)
    const judged = (w.length >= 2 || MARKED_LETTER.test(w)) && w.length <= 8 && !GENRE_UNITS.has(w) && isAttested(w) && parseSyllable(w) !== null;
    v = judged ? (id >= 0 ? id : UNSEEN) : -2 - id;
    if (WORD_IDS.size >= 100_000) WORD_IDS.clear();
    WORD_IDS.set(w, v);
  }
  return v;
}

/** The best candidate for the syllable at p of the phrase [from, to) and its margin over the typed one, or null. */
function decide(lm: LanguageModel, ids: Int32Array, from: number, to: number, p: number, typed: string): Decision | null {
  if (decisionsModel !== lm) {
    DECISIONS.clear();
    decisionCount = 0;
    decisionsModel = lm;
  }
  const cacheable = ids[p] >= 0; // unseen words share id -1: not cached
  let map: Map<number, Decision | null> | undefined;
  let outer = 0;
  let inner = 0;
  if (cacheable) {
    outer = ((idAt(ids, from, to, -1, 0, p - 2) + 2) * 65540 + idAt(ids, from, to, -1, 0, p - 1) + 2) * 65540 + ids[p] + 2;
    inner = (idAt(ids, from, to, -1, 0, p + 1) + 2) * 65540 + idAt(ids, from, to, -1, 0, p + 2) + 2;
    map = DECISIONS.get(outer);
    const cached = map?.get(inner);
    if (cached !== undefined) return cached;
  }
  let decision: Decision | null = null;
  const left = p > from ? ids[p - 1] : -1;
  const right = p + 1 < to ? ids[p + 1] : -1;
  // a syllable in a common trigram with both neighbours is what the writer meant (cheap early exit)
  const common =
    ids[p] >= 0 &&
    ((left >= 0 && right >= 0 && lm.trigram(left, ids[p], right) >= COMMON_TRIGRAM) ||
      (lm.bigram(left, ids[p]) >= COMMON_BIGRAM && lm.bigram(ids[p], right) >= COMMON_BIGRAM) ||
      // at a phrase edge, one neighbour seen very often with it
      ((left < 0 || right < 0) && Math.max(lm.bigram(left, ids[p]), lm.bigram(ids[p], right)) >= 3 * COMMON_BIGRAM));
  const cands = common ? [] : candidatesOf(lm, typed);
  if (cands.length > 0) {
    let best: Cand | null = null;
    let bestScore = -Infinity;
    for (const c of cands) {
      // evidence: the candidate must be seen next to a neighbour (not unigram backoff alone)
      if (!(lm.bigram(left, c.id) >= 3 || lm.bigram(c.id, right) >= 3)) continue;
      const sc = windowScore(lm, ids, from, to, p, c.id) + c.prior;
      if (sc > bestScore) {
        bestScore = sc;
        best = c;
      }
    }
    // the typed word is seen often with a neighbour, at least as often as the candidate is: it is
    // what the writer meant ("và kiện toàn": "và kiến" is likelier, but "kiện toàn" is the phrase)
    const kept = (typedPair: number, candPair: number): boolean => typedPair >= ATTESTED_PAIR && typedPair >= candPair;
    if (best && ids[p] >= 0 && (kept(lm.bigram(ids[p], right), lm.bigram(best.id, right)) || kept(lm.bigram(left, ids[p]), lm.bigram(left, best.id)))) best = null;
    if (best) decision = { cand: best, margin: bestScore - windowScore(lm, ids, from, to, p, ids[p]) };
  }
  if (!cacheable) return decision;
  if (decisionCount >= DECISIONS_MAX) {
    DECISIONS.clear();
    decisionCount = 0;
    map = undefined;
  }
  if (map === undefined) DECISIONS.set(outer, (map = new Map()));
  map.set(inner, decision);
  decisionCount++;
  return decision;
}

/**
 * The candidate that fits best in its context (prev2 prev [typed] next next2: lower-case words, ''
 * outside the phrase) for a non-word or a word typed without marks, with its margin over the typed
 * word; null when no candidate is seen next to a neighbour. Candidates: one slip away, and for an
 * ASCII word every marked syllable it could stand for.
 */
export function bestInContext(lm: LanguageModel, prev2: string, prev: string, typed: string, next: string, next2: string, style: 'old' | 'new'): BestFit | null {
  if (bestModel !== lm) {
    BEST.clear();
    bestModel = lm;
  }
  const key = `${prev2} ${prev} ${typed} ${next} ${next2} ${style}`;
  let found = BEST.get(key);
  if (found === undefined) {
    found = computeBestInContext(lm, prev2, prev, typed, next, next2, style);
    if (BEST.size >= 50_000) BEST.clear();
    BEST.set(key, found);
  }
  return found;
}

export interface BestFit {
  word: string;
  kind: SlipKind;
  margin: number;
}
const BEST = new Map<string, BestFit | null>();
let bestModel: LanguageModel | null = null;

function computeBestInContext(lm: LanguageModel, prev2: string, prev: string, typed: string, next: string, next2: string, style: 'old' | 'new'): BestFit | null {
  const idOf = (w: string): number => (w ? lm.id(w) : -2);
  const ids = [idOf(prev2), idOf(prev), lm.id(typed), idOf(next), idOf(next2)];
  const left = ids[1] >= 0 ? ids[1] : -1;
  const right = ids[3] >= 0 ? ids[3] : -1;
  if (left < 0 && right < 0) return null;
  let best: Cand | null = null;
  let bestScore = -Infinity;
  for (const list of [candidatesOf(lm, typed), unmarkedCandidates(lm, typed)]) {
    for (const c of list) {
      if (!(lm.bigram(left, c.id) >= 3 || lm.bigram(c.id, right) >= 3)) continue;
      const sc = windowScore(lm, ids, 0, 5, 2, c.id) + c.prior;
      if (sc > bestScore) {
        bestScore = sc;
        best = c;
      }
    }
  }
  if (!best) return null;
  const base = windowScore(lm, ids, 0, 5, 2, ids[2]);
  return { word: style === 'new' ? placeTone(best.word, 'new') : best.word, kind: best.kind, margin: bestScore - base };
}

// Marked forms per unmarked skeleton, built on first use.
let SKELETONS: Map<string, number[]> | null = null;
let skeletonsModel: LanguageModel | null = null;

/** The model's syllables that a word typed without any marks stands for ("nghien" → nghiên, nghiền …). */
export function unmarkedCandidates(lm: LanguageModel, ascii: string): Cand[] {
  if (!/^[a-z]+$/.test(ascii)) return [];
  if (skeletonsModel !== lm || SKELETONS === null) {
    SKELETONS = new Map();
    skeletonsModel = lm;
    for (let id = 0; id < lm.info.vocabulary; id++) {
      const w = lm.syllable(id);
      if (lm.count(id) < MIN_CANDIDATE_COUNT) break; // ids are by frequency
      const sk = unmark(w);
      if (sk === w) continue;
      const list = SKELETONS.get(sk);
      if (list) list.push(id);
      else SKELETONS.set(sk, [id]);
    }
  }
  return (SKELETONS.get(ascii) ?? []).map((id) => ({ id, word: lm.syllable(id), kind: 'unmarked' as const, prior: PRIOR.unmarked }));
}

export { lmKey };
