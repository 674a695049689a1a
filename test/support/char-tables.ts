// The slow definitions of the precomputed tables in server/src/core/text/char-tables.ts, shared by
// scripts/gen-char-tables.ts (writes them) and test/core/char-tables.test.ts (checks them).
import { caseClassSlow } from '../../server/src/core/text/casing';
import { wordClassSlow } from '../../server/src/core/text/numbers';
import { isLetterCodeSlow } from '../../server/src/core/text/word-tokens';

export const TABLES: { name: string; limit: number; doc: string; slow: (c: number) => number }[] = [
  { name: 'LETTER', limit: 0x2070, doc: 'word-tokens isLetterCodeSlow: 1 for a letter or combining mark', slow: (c) => (isLetterCodeSlow(String.fromCharCode(c), 0) ? 1 : 0) },
  { name: 'WORD_CLASS', limit: 0x2000, doc: 'numbers wordClassSlow: bit 1 letter/mark/digit, bit 2 letter/mark', slow: wordClassSlow },
  { name: 'CASE_CLASS', limit: 0x2000, doc: 'casing caseClassSlow: bit 1 upper case, bit 2 cased letter', slow: caseClassSlow },
];
