// The precomputed code-unit tables (text/char-tables.ts, scripts/gen-char-tables.ts) equal their
// slow definitions on this Node's Unicode data, entry by entry.
import { strict as assert } from 'node:assert';
import { CASE_CLASSES, LETTER_TABLE, WORD_CLASSES } from '../../server/src/core/text/char-tables';
import { TABLES } from '../support/char-tables';

const BUILT: Record<string, Uint8Array> = { LETTER: LETTER_TABLE, WORD_CLASS: WORD_CLASSES, CASE_CLASS: CASE_CLASSES };

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

  it('has letters, digits and case where expected', () => {
    assert.equal(LETTER_TABLE['ệ'.charCodeAt(0)], 1);
    assert.equal(LETTER_TABLE[' '.charCodeAt(0)], 0);
    assert.equal(WORD_CLASSES['7'.charCodeAt(0)], 1);
    assert.equal(WORD_CLASSES['Đ'.charCodeAt(0)], 3);
    assert.equal(CASE_CLASSES['Đ'.charCodeAt(0)], 3);
    assert.equal(CASE_CLASSES['đ'.charCodeAt(0)], 2);
  });
});
