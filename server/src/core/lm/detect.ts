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
  /** an ASCII word between Vietnamese words that stands for a marked syllable (spelling) */
  unmarked: 0.5,
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
const MIN_CANDIDATE_COUNT = 30;

function candidatesOf(lm: LanguageModel, lower: string): Cand[] {
  if (candsModel !== lm) {
    CANDS.clear();
    candsModel = lm;
  }
  let list = CANDS.get(lower);
  if (list !== undefined) return list;
  list = [];
  const accept = (w: string): boolean => {
    const id = lm.id(w);
    return id >= 0 && lm.count(id) >= MIN_CANDIDATE_COUNT;
  };
  for (const c of allCandidates(lower, accept)) {
    const id = lm.id(c.word);
    if (!isAttested(placeTone(c.word, 'new')) || isVariant(lower, c.word)) continue;
    list.push({ id, word: c.word, kind: c.kind, prior: PRIOR[c.kind] + (c.neighbour ? NEIGHBOUR_BONUS : 0) });
  }
  if (CANDS.size >= CANDS_MAX) CANDS.clear();
  CANDS.set(lower, list);
  return list;
}

/** Sum of the model's log scores of every trigram window covering position i when ids[i] = x. */
function windowScore(lm: LanguageModel, ids: number[], i: number, x: number): number {
  const at = (k: number): number => (k === i ? x : k >= 0 && k < ids.length ? ids[k] : -2);
  let s = 0;
  for (let j = i; j <= i + 2 && j < ids.length; j++) {
    const a = at(j - 2);
    const b = at(j - 1);
    const c = at(j);
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

const DIGITISH = /[0-9_@/\\]/;

/**
 * Slips in the phrases of `text` (tokens from tokenTable). `lower`-case words only are judged, plus
 * the first word of a sentence; see the file comment for what is left alone.
 */
export function findSlips(text: string, t: TokenTable, lm: LanguageModel, options: DetectOptions): Slip[] {
  const slips: Slip[] = [];
  let i = 0;
  while (i < t.count) {
    // a phrase: tokens linked by spaces only
    let j = i + 1;
    while (j < t.count && t.linked[j] === 1) j++;
    if (j - i >= 2) judgePhrase(text, t, lm, options, i, j, slips);
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
  return true;
}

interface Decision {
  cand: Cand;
  margin: number;
}

// Decisions per 5-syllable window (ids, -2 outside the phrase), across runs: bounded.
const DECISIONS = new Map<number, Map<number, Decision | null>>();
let decisionCount = 0;
const DECISIONS_MAX = 200_000;
let decisionsModel: LanguageModel | null = null;

/** The best candidate for the syllable at p of a phrase (ids) and its margin over the typed one, or null. */
function decide(lm: LanguageModel, ids: number[], p: number, typed: string): Decision | null {
  if (decisionsModel !== lm) {
    DECISIONS.clear();
    decisionCount = 0;
    decisionsModel = lm;
  }
  const get = (k: number): number => (k >= 0 && k < ids.length ? ids[k] : -2);
  const outer = ((get(p - 2) + 2) * 65540 + get(p - 1) + 2) * 65540 + ids[p] + 2;
  const inner = (get(p + 1) + 2) * 65540 + get(p + 2) + 2;
  const cacheable = ids[p] >= 0; // unseen words share id -1: not cached
  let map = cacheable ? DECISIONS.get(outer) : undefined;
  const cached = map?.get(inner);
  if (cached !== undefined) return cached;
  let decision: Decision | null = null;
  const cands = candidatesOf(lm, typed);
  if (cands.length > 0) {
    const left = p > 0 ? ids[p - 1] : -1;
    const right = p + 1 < ids.length ? ids[p + 1] : -1;
    let best: Cand | null = null;
    let bestScore = -Infinity;
    for (const c of cands) {
      // evidence: the candidate must be seen next to a neighbour (not unigram backoff alone)
      if (!(lm.bigram(left, c.id) >= 3 || lm.bigram(c.id, right) >= 3)) continue;
      const sc = windowScore(lm, ids, p, c.id) + c.prior;
      if (sc > bestScore) {
        bestScore = sc;
        best = c;
      }
    }
    if (best) decision = { cand: best, margin: bestScore - windowScore(lm, ids, p, ids[p]) };
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
    const judged = w.length >= 2 && w.length <= 8 && isAttested(w) && parseSyllable(w) !== null;
    v = judged ? (id >= 0 ? id : UNSEEN) : -2 - id;
    if (WORD_IDS.size >= 100_000) WORD_IDS.clear();
    WORD_IDS.set(w, v);
  }
  return v;
}

function judgePhrase(text: string, t: TokenTable, lm: LanguageModel, options: DetectOptions, from: number, to: number, slips: Slip[]): void {
  const ids: number[] = [];
  const words: string[] = [];
  const known: boolean[] = [];
  for (let k = from; k < to; k++) {
    const w = t.words[t.word[k]];
    words.push(w);
    const v = wordId(lm, w);
    known.push(v >= 0);
    ids.push(v === UNSEEN ? -1 : v >= 0 ? v : -2 - v);
  }
  for (let k = from; k < to; k++) {
    const p = k - from;
    if (!known[p] || options.skip?.(k) || !judgeable(text, t, k, from, to)) continue;
    if (!known[p]) continue; // non-words: the spelling rule's (see bestInContext)
    const typed = words[p];
    // a Vietnamese phrase: a known neighbour on at least one side
    if ((p === 0 || ids[p - 1] < 0) && (p + 1 >= ids.length || ids[p + 1] < 0)) continue;
    const decision = decide(lm, ids, p, typed);
    if (decision === null || decision.margin < options.threshold) continue;
    const best = decision.cand;
    const margin = decision.margin;
    slips.push({
      index: k,
      start: t.start[k],
      end: t.end[k],
      typed,
      best: options.style === 'new' ? placeTone(best.word, 'new') : best.word,
      kind: best.kind,
      nonWord: false,
      margin,
    });
  }
}

/**
 * The candidate that fits best in its context (prev2 prev [typed] next next2: lower-case words, ''
 * outside the phrase) for a non-word or a word typed without marks, with its margin over the typed
 * word; null when no candidate is seen next to a neighbour. Candidates: one slip away, and for an
 * ASCII word every marked syllable it could stand for.
 */
export function bestInContext(lm: LanguageModel, prev2: string, prev: string, typed: string, next: string, next2: string, style: 'old' | 'new'): { word: string; kind: SlipKind; margin: number } | null {
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
      const sc = windowScore(lm, ids, 2, c.id) + c.prior;
      if (sc > bestScore) {
        bestScore = sc;
        best = c;
      }
    }
  }
  if (!best) return null;
  const base = windowScore(lm, ids, 2, ids[2]);
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
