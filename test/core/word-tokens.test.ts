// text/word-tokens: the shared tokenizer of the phrase-level rules, against a plain reference
// written from its definition (letters and combining marks; `linked` across spaces only, at most 8
// code units; `nameLike` for a capitalised word that does not open a sentence).

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { formIdLimit, isLetterCodeSlow, tokenize, tokenTable, wordIdLimit, type Token } from '../../server/src/core/text/word-tokens';

const SPACES = new Set([' ', '\t', '\u00a0']);
const OPENERS = new Set(['.', '!', '?', ':', ';', '…', '\n', '\r', '"', '“', '(', '[', '«', '–', '—', '-']);

function reference(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (let i = 0; i < text.length; ) {
    if (!isLetterCodeSlow(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLetterCodeSlow(text, i)) i++;
    const word = text.slice(start, i);
    const gap = prevEnd >= 0 ? text.slice(prevEnd, start) : '';
    const linked = prevEnd >= 0 && gap.length >= 1 && gap.length <= 8 && [...gap].every((c) => SPACES.has(c));
    const lower = word.toLowerCase();
    const capitalised = word[0] !== lower[0] && word.slice(1) === lower.slice(1);
    let nameLike = false;
    if (start > 0 && capitalised) {
      let k = start - 1;
      while (k > 0 && SPACES.has(text[k])) k--;
      nameLike = !OPENERS.has(text[k]) && prevEnd >= 0;
    }
    tokens.push({ start, end: i, lower, linked, nameLike });
    prevEnd = i;
  }
  return tokens;
}

describe('word-tokens: tokenize', () => {
  it('links words across spaces only, never across punctuation, a line break or a long gap', () => {
    const tokens = tokenize('Hội nghị,  Đảng ủy xã\nThanh Lâm         họp');
    assert.deepEqual(
      tokens.map((t) => [t.lower, t.linked, t.nameLike]),
      [
        ['hội', false, false],
        ['nghị', true, false],
        ['đảng', false, true],
        ['ủy', true, false],
        ['xã', true, false],
        ['thanh', false, false],
        ['lâm', true, true],
        ['họp', false, false],
      ],
    );
  });

  it('matches the reference on random text', () => {
    const piece = fc.constantFrom('a', 'Đ', 'ệ', 'Lâm', 'xã', 'A', 'e\u0301', ' ', '  ', '\t', '\u00a0', ',', '.', '\n', '"', '(', '5', '-', '         ', 'ủy', 'Hòa');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(tokenize(text), reference(text));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('gives each distinct lower-case word one stable id across texts', () => {
    const first = tokenTable('Hội nghị lần thứ nhất của hội đồng');
    const idOf = (t: ReturnType<typeof tokenTable>, word: string): number => t.wordId[t.words.indexOf(word)];
    const hoi = idOf(first, 'hội');
    const nghi = idOf(first, 'nghị');
    assert.equal(first.wordId.length, first.words.length);
    assert.equal(new Set(first.wordId).size, first.words.length); // distinct words, distinct ids
    for (const id of first.wordId) assert.ok(id >= 0 && id < wordIdLimit());
    // another text, other cases and another order: the same ids for the same words
    const second = tokenTable('NGHỊ quyết của Hội');
    assert.equal(idOf(second, 'nghị'), nghi);
    assert.equal(idOf(second, 'hội'), hoi);
    assert.notEqual(idOf(second, 'quyết'), hoi);
  });

  it('gives each distinct spelling (case kept) one stable id across texts', () => {
    const spellings = (text: string): Map<string, number> => {
      const t = tokenTable(text);
      const out = new Map<string, number>();
      for (let i = 0; i < t.count; i++) {
        const word = text.slice(t.start[i], t.end[i]);
        assert.ok(t.form[i] >= 0 && t.form[i] < formIdLimit());
        if (out.has(word)) assert.equal(t.form[i], out.get(word)); // the same spelling, the same id
        out.set(word, t.form[i]);
      }
      return out;
    };
    const first = spellings('Hội nghị HỘI hội Hội');
    assert.equal(new Set(first.values()).size, 4); // Hội, nghị, HỘI, hội: four spellings, four ids
    const second = spellings('hội HỘI nghị');
    for (const word of ['hội', 'HỘI', 'nghị']) assert.equal(second.get(word), first.get(word));
  });
});
