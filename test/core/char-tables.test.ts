// The precomputed code-unit tables (text/char-tables.ts, scripts/gen-char-tables.ts) equal their
// slow definitions on this Node's Unicode data, entry by entry.
import { strict as assert } from 'node:assert';
import * as built from '../../server/src/core/text/char-tables';
import { isWhiteSpaceCode } from '../../server/src/core/text/textdoc';
import { baseLetters, TABLES, tonedLetters } from '../support/char-tables';

const { BASE_LETTERS, CASE_CLASSES, LETTER_TABLE, TONED_LETTERS, WORD_CLASSES } = built;

const BUILT: Record<string, Uint8Array> = { LETTER: LETTER_TABLE, WORD_CLASS: WORD_CLASSES, CASE_CLASS: CASE_CLASSES, NAME_CASE: built.NAME_CASES, NAME_LETTER: built.NAME_LETTERS };

describe('text/char-tables (precomputed, generated)', () => {
  for (const t of TABLES) {
    it(`${t.name} equals its slow definition for every code unit below 0x${t.limit.toString(16)} (else: npx tsx scripts/gen-char-tables.ts)`, () => {
      const table = BUILT[t.name];
      assert.equal(table.length, t.limit);
      const wrong: string[] = [];
      for (let c = 0; c < t.limit; c++) if (table[c] !== t.slow(c)) wrong.push(`U+${c.toString(16)}: ${table[c]} ≠ ${t.slow(c)}`);
      assert.deepEqual(wrong, []);
    });
  }

  it('BASE_LETTERS and TONED_LETTERS equal their definitions', () => {
    assert.equal(BASE_LETTERS, baseLetters());
    assert.deepEqual(TONED_LETTERS, tonedLetters());
    assert.ok(BASE_LETTERS.includes('ắa') && TONED_LETTERS.includes('ắă\u0301'));
  });

  it('has letters, digits and case where expected', () => {
    assert.equal(LETTER_TABLE['ệ'.charCodeAt(0)], 1);
    assert.equal(LETTER_TABLE[' '.charCodeAt(0)], 0);
    assert.equal(WORD_CLASSES['7'.charCodeAt(0)], 1);
    assert.equal(WORD_CLASSES['Đ'.charCodeAt(0)], 3);
    assert.equal(CASE_CLASSES['Đ'.charCodeAt(0)], 3);
    assert.equal(CASE_CLASSES['đ'.charCodeAt(0)], 2);
  });
});

describe('text/textdoc isWhiteSpaceCode', () => {
  it('is what \\s matches and String.prototype.trim removes, for every code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const expected = /\s/.test(ch);
      if (isWhiteSpaceCode(c) !== expected || (ch.trim() === '') !== expected) wrong.push(`U+${c.toString(16)}`);
    }
    assert.deepEqual(wrong, []);
  });
});
