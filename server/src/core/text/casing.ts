// Where a word stands with respect to case: lower case, capitalised at a sentence start,
// capitalised inside a sentence (a name, usually) or ALL CAPS (titles, abbreviations).

import { CASE_CLASS_LIMIT, CASE_CLASSES } from './char-tables';

export type CasePosition = 'lower' | 'start' | 'mid' | 'caps';

const OPENERS = new Set([...'.!?…:;•*-–—()[]"“”\'‘’«»/|+>']);

/** isUpper / isLetter of one code unit (bit 1: upper, bit 2: letter). */
export function caseClassSlow(c: number): number {
  const ch = String.fromCharCode(c);
  return (ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 1 : 0) | (ch.toLowerCase() !== ch.toUpperCase() ? 2 : 0);
}

// caseClassSlow tabled below U+2000, precomputed in char-tables.ts (checked by test/core/char-tables.test.ts).
const CASE_LIMIT = CASE_CLASS_LIMIT;
const CASE = CASE_CLASSES;

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < CASE_LIMIT) return (CASE[c] & 1) !== 0;
  }
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < CASE_LIMIT) return (CASE[c] & 2) !== 0;
  }
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** The case position of `word`, which starts at `start` in `text`. */
export function casePosition(text: string, start: number, word: string): CasePosition {
  if (!isUpper(word[0])) return 'lower';
  if (word.length > 1 && word === word.toUpperCase()) return 'caps';
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  if (i < 0 || text[i] === '\n' || text[i] === '\r') return 'start';
  return OPENERS.has(text[i]) ? 'start' : 'mid';
}

/** True if the word after `end` is Capitalised (not ALL CAPS, which is an abbreviation or a numeral). */
export function nextIsCapitalised(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  return isUpper(text[i]) && isLetter(text[i + 1]) && !isUpper(text[i + 1]);
}

/** True if the word before `start` is Capitalised (not ALL CAPS) and does not merely open a sentence. */
export function previousIsCapitalised(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  if (i < 0 || !isLetter(text[i])) return false;
  let j = i;
  while (j > 0 && isLetter(text[j - 1])) j--;
  if (!(isUpper(text[j]) && j < i && !isUpper(text[j + 1]))) return false;
  return casePosition(text, j, text.slice(j, i + 1)) === 'mid';
}

/** A Capitalised word inside a sentence or next to another Capitalised word: part of a proper name. */
export function looksLikeName(text: string, start: number, word: string): boolean {
  const position = casePosition(text, start, word);
  if (position === 'lower' || position === 'caps') return false;
  if (nextIsCapitalised(text, start + word.length)) return true;
  if (position === 'mid') return true;
  return false;
}
