// Candidate generators: the syllables one typing slip away from a typed one. Each generator
// returns lower-case NFC syllables (old-style tone place, the model's keys) that have a Vietnamese
// shape; which of them are real is the caller's business (the model's vocabulary).
//
// Slip kinds (the typist's error, i.e. how the candidate became the typed word):
//   tone       a tone mark changed, added or dropped            đại → đài, đã → đa
//   mark       a hat/horn/breve or the stroke of đ changed        đông → đong, trông → trong
//   drop       a letter dropped                                  công → ông
//   extra      a stray letter typed                              nhiệm → nhiệmj
//   substitute a letter replaced (keyboard neighbours likelier)  đường → đườnf
//   transpose  two adjacent letters swapped                      ban → bna
//   telex      a Telex tone key left unconverted after a marked word  hội → hôij
//   unmarked   every mark left out                               nghiên → nghien

import { parseSyllable } from '../text/syllable';
import { putTone, splitTone, toneIndex, type Tone } from '../text/tone';

export type SlipKind = 'tone' | 'mark' | 'drop' | 'extra' | 'substitute' | 'transpose' | 'telex' | 'unmarked';

/** The slip kinds by index: the model file's candidate table stores the index (never reorder, only append). */
export const SLIP_KINDS: readonly SlipKind[] = ['tone', 'mark', 'drop', 'extra', 'substitute', 'transpose', 'telex', 'unmarked'];

export interface Candidate {
  word: string;
  kind: SlipKind;
  /** For substitutions: the two keys are neighbours on a QWERTY keyboard. */
  neighbour?: boolean;
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_POS = new Map<string, [number, number]>();
ROWS.forEach((row, r) => [...row].forEach((ch, c) => KEY_POS.set(ch, [r, c + r * 0.5])));

/** Whether two ASCII letters are adjacent keys on a QWERTY keyboard. */
export function keyboardNeighbours(a: string, b: string): boolean {
  const p = KEY_POS.get(a);
  const q = KEY_POS.get(b);
  if (!p || !q || a === b) return false;
  const dr = Math.abs(p[0] - q[0]);
  const dc = Math.abs(p[1] - q[1]);
  return (dr === 0 && dc === 1) || (dr === 1 && dc <= 0.5 + 1e-9);
}

/** The key a letter is typed with (its base letter): ă â → a, đ → d, ơ ô → o, ư → u, ê → e. */
function baseKey(ch: string): string {
  return BASE[ch] ?? ch;
}
const BASE: Record<string, string> = { ă: 'a', â: 'a', đ: 'd', ê: 'e', ô: 'o', ơ: 'o', ư: 'u' };
const MARK_VARIANTS: Record<string, string> = { a: 'ăâ', ă: 'aâ', â: 'aă', e: 'ê', ê: 'e', o: 'ôơ', ô: 'oơ', ơ: 'oô', u: 'ư', ư: 'u', d: 'đ', đ: 'd' };
const LETTERS = [...'abcdeghiklmnopqrstuvxy'];
const VOWEL = /[aăâeêioôơuưy]/;
/** Letters a typist may have dropped: the keys, and the marked vowels (one Telex/VNI chord each). */
const DROPPED = [...LETTERS, ...'ăâêôơưđ'];

const SUBSTITUTES = [...LETTERS, ...'ăâêôơư'];

/** Toneless letters + tone → a syllable with the tone in the old place; null when not a Vietnamese shape. */
/** Cheap pre-filter of candidate words (e.g. "is in the model's vocabulary"), applied before the shape check. */
export type Accept = (word: string) => boolean;

function compose(letters: string, tone: Tone, accept?: Accept): string | null {
  if (letters.length === 0 || letters.length > 8) return null;
  let word = letters;
  if (tone !== 0) {
    const at = toneIndex(letters, 'old');
    if (at < 0) return null;
    word = putTone(letters, at, tone);
  }
  if (accept && !accept(word)) return null;
  return parseSyllable(word) === null ? null : word;
}

function split(lower: string): { letters: string; tone: Tone } | null {
  const s = splitTone(lower);
  if (s.marks > 1) return null;
  return { letters: s.letters, tone: s.tone };
}

/** Tone slips: the same letters with each other tone. */
export function toneCandidates(lower: string, accept?: Accept): Candidate[] {
  const s = split(lower);
  if (!s) return [];
  const out: Candidate[] = [];
  for (let t = 0 as Tone; t <= 5; t = (t + 1) as Tone) {
    if (t === s.tone) continue;
    const w = compose(s.letters, t, accept);
    if (w !== null) out.push({ word: w, kind: 'tone' });
  }
  return out;
}

/** Mark slips: one hat/horn/breve added, removed or changed, or d ↔ đ (ươ counts as one mark). */
export function markCandidates(lower: string, accept?: Accept): Candidate[] {
  const s = split(lower);
  if (!s) return [];
  const out: Candidate[] = [];
  const { letters, tone } = s;
  for (let i = 0; i < letters.length; i++) {
    const variants = MARK_VARIANTS[letters[i]];
    if (!variants) continue;
    for (const v of variants) {
      const w = compose(letters.slice(0, i) + v + letters.slice(i + 1), tone, accept);
      if (w !== null) out.push({ word: w, kind: 'mark' });
    }
  }
  // uo ↔ ươ (one w key in Telex)
  const pairs: Array<[string, string]> = [['uo', 'ươ'], ['ươ', 'uo'], ['uô', 'ươ'], ['ươ', 'uô']];
  for (const [from, to] of pairs) {
    const at = letters.indexOf(from);
    if (at >= 0) {
      const w = compose(letters.slice(0, at) + to + letters.slice(at + 2), tone, accept);
      if (w !== null) out.push({ word: w, kind: 'mark' });
    }
  }
  return out;
}

/** Dropped letters: the candidates have one more letter than the typed word ("ông" ← "công"). */
export function dropCandidates(lower: string, accept?: Accept): Candidate[] {
  const s = split(lower);
  if (!s) return [];
  const out: Candidate[] = [];
  // a word left without a vowel lost its tone with it ("cn" ← "cán"): any tone on the inserted vowel
  const tones: Tone[] = VOWEL.test(s.letters) ? [s.tone] : [0, 1, 2, 3, 4, 5];
  for (let i = 0; i <= s.letters.length; i++) {
    for (const ch of DROPPED) {
      if (i > 0 && s.letters[i - 1] === ch) continue; // "caac" twice
      for (const tone of tones) {
        const w = compose(s.letters.slice(0, i) + ch + s.letters.slice(i), tone, accept);
        if (w !== null) out.push({ word: w, kind: 'drop' });
      }
    }
  }
  return out;
}

/**
 * Stray letters: the candidates have one letter less ("nhiệmj" → "nhiệm", "đườnf" is a substitution).
 * Works on words with any letters (f j w z included), since a stray key is often not Vietnamese.
 */
export function extraCandidates(lower: string, accept?: Accept): Candidate[] {
  const s = split(lower);
  if (!s) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < s.letters.length; i++) {
    if (i > 0 && s.letters[i - 1] === s.letters[i]) continue;
    const w = compose(s.letters.slice(0, i) + s.letters.slice(i + 1), s.tone, accept);
    if (w !== null) out.push({ word: w, kind: 'extra' });
  }
  return out;
}

/** One letter replaced: by a neighbouring key, another vowel, or any letter at either end of the word. */
export function substituteCandidates(lower: string, accept?: Accept): Candidate[] {
  const s = split(lower);
  if (!s) return [];
  const out: Candidate[] = [];
  const { letters, tone } = s;
  // a vowel replaced by a consonant took the tone with it ("csc" ← "các"): any tone then
  const vowelLess = !VOWEL.test(letters);
  const tones: Tone[] = vowelLess ? [0, 1, 2, 3, 4, 5] : [tone];
  for (let i = 0; i < letters.length; i++) {
    const typed = baseKey(letters[i]);
    // the intended vowel may carry a hat/horn/breve (one chord): in a word left without a vowel
    // ("dsn" ← "dân", "tp" ← "tổ") or for another vowel ("ci sở" ← "cơ")
    const pool = vowelLess || VOWEL.test(typed) ? SUBSTITUTES : LETTERS;
    for (const ch of pool) {
      if (ch === typed) continue;
      // a key next to the intended one, one vowel for another, or any letter first or last
      // ("báo báo" → cáo, "biện phát" → pháp); far keys inside the word are too unlikely a slip to
      // win and would cost most of the generation
      const edge = i === 0 || i === letters.length - 1;
      if (!edge && !keyboardNeighbours(typed, ch) && !(VOWEL.test(ch) && VOWEL.test(typed)) && VOWEL.test(letters)) continue;
      for (const t of tones) {
        const w = compose(letters.slice(0, i) + ch + letters.slice(i + 1), t, accept);
        if (w !== null) out.push({ word: w, kind: 'substitute', neighbour: keyboardNeighbours(typed, ch) });
      }
    }
  }
  return out;
}

/** Two adjacent letters swapped ("bna" → "ban"). */
export function transposeCandidates(lower: string, accept?: Accept): Candidate[] {
  const s = split(lower);
  if (!s) return [];
  const out: Candidate[] = [];
  const l = s.letters;
  for (let i = 0; i + 1 < l.length; i++) {
    if (l[i] === l[i + 1]) continue;
    const w = compose(l.slice(0, i) + l[i + 1] + l[i] + l.slice(i + 2), s.tone, accept);
    if (w !== null) out.push({ word: w, kind: 'transpose' });
  }
  return out;
}

/** A syllable without tone, hat/horn/breve, with đ as d: what a word typed with no marks looks like. */
export function unmark(lower: string): string {
  const { letters } = splitTone(lower);
  let out = '';
  for (const ch of letters) out += BASE[ch] ?? ch;
  return out;
}

const TELEX_TONES: Record<string, Tone> = { f: 1, s: 2, r: 3, x: 4, j: 5 };

/** A trailing Telex tone key on a toneless word ("hôij" → "hội", "cuar" → "của"). */
export function telexCandidates(lower: string, accept?: Accept): Candidate[] {
  const s = split(lower);
  if (!s || s.tone !== 0 || s.letters.length < 2) return [];
  const tone = TELEX_TONES[s.letters[s.letters.length - 1]];
  if (tone === undefined) return [];
  const w = compose(s.letters.slice(0, -1), tone, accept);
  return w === null ? [] : [{ word: w, kind: 'telex' }];
}

/** Every one-slip candidate of a typed lower-case syllable, without duplicates (first kind wins). */
export function allCandidates(lower: string, accept?: Accept): Candidate[] {
  const seen = new Set<string>([lower]);
  const out: Candidate[] = [];
  for (const list of [telexCandidates(lower, accept), toneCandidates(lower, accept), markCandidates(lower, accept), extraCandidates(lower, accept), transposeCandidates(lower, accept), dropCandidates(lower, accept), substituteCandidates(lower, accept)]) {
    for (const c of list) {
      if (seen.has(c.word)) continue;
      seen.add(c.word);
      out.push(c);
    }
  }
  return out;
}
