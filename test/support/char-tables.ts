// The slow definitions of the precomputed tables in server/src/core/text/char-tables.ts, shared by
// scripts/gen-char-tables.ts (writes them) and test/core/char-tables.test.ts (checks them).
import { isLetterAtSlow as isNameLetterSlow } from '../../server/src/core/facts/names';
import { caseClassSlow } from '../../server/src/core/text/casing';
import { wordClassSlow } from '../../server/src/core/text/numbers';
import { isLetterCodeSlow } from '../../server/src/core/text/word-tokens';

export const TABLES: { name: string; limit: number; doc: string; slow: (c: number) => number }[] = [
  { name: 'LETTER', limit: 0x2070, doc: 'word-tokens isLetterCodeSlow: 1 for a letter or combining mark', slow: (c) => (isLetterCodeSlow(String.fromCharCode(c), 0) ? 1 : 0) },
  { name: 'WORD_CLASS', limit: 0x2000, doc: 'numbers wordClassSlow: bit 1 letter/mark/digit, bit 2 letter/mark', slow: wordClassSlow },
  { name: 'CASE_CLASS', limit: 0x2000, doc: 'casing caseClassSlow: bit 1 upper case, bit 2 cased letter', slow: caseClassSlow },
  { name: 'NAME_CASE', limit: 0x2000, doc: 'facts/names: bit 1 ch !== ch.toLowerCase(), bit 2 ch !== ch.toUpperCase()', slow: (c) => { const ch = String.fromCharCode(c); return (ch !== ch.toLowerCase() ? 1 : 0) | (ch !== ch.toUpperCase() ? 2 : 0); } },
  { name: 'NAME_LETTER', limit: 0x2000, doc: 'facts/names isLetterAtSlow: 1 for a letter or combining mark', slow: (c) => (isNameLetterSlow(String.fromCharCode(c), 0) ? 1 : 0) },
];

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const ALL_MARKS = /[\u0300-\u036f]/g;

/** facts/names BASE: each precomposed letter of U+00C0–U+1EF9 whose NFD without marks is one other letter, then that letter. */
export function baseLetters(): string {
  let out = '';
  for (let c = 0xc0; c <= 0x1ef9; c++) {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFD').replace(ALL_MARKS, '');
    if (base.length === 1 && base !== ch) out += ch + base;
  }
  return out;
}

/** facts/names TONED: per precomposed letter with a tone mark, the letter + the rest (NFC) + the tone mark. */
export function tonedLetters(): string[] {
  const out: string[] = [];
  for (let c = 0xc0; c <= 0x1ef9; c++) {
    const nfd = String.fromCharCode(c).normalize('NFD');
    let tone = '';
    let rest = '';
    for (const ch of nfd) {
      if (TONE_MARKS.test(ch)) tone = ch;
      else rest += ch;
    }
    if (tone) out.push(String.fromCharCode(c) + rest.normalize('NFC') + tone);
  }
  return out;
}
