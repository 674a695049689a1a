// facts/names read per paragraph (core/incremental keeps name-inconsistent's readings per paragraph):
// namesIn and forEachCapitalStartIn over each paragraph must find what namesOf and
// forEachCapitalStart find there in the whole text, names whose cue ("ông", "xã") sits right at a
// paragraph start included.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { forEachCapitalStart, forEachCapitalStartIn, namesIn, namesOf } from '../../server/src/core/facts/names';
import { nameKeys, occurrenceVisitor, type KeyedOccurrence } from '../../server/src/core/rules/name-inconsistent';
import { createTextDoc } from '../../server/src/core/text/textdoc';
import { vietnameseText } from './arbitraries';
import { propertyRuns, propertySeed } from '../support/property';

const RUNS = propertyRuns(300);
const SEED = propertySeed();

// Names, cues and the letters around a paragraph break that a 16-character window would reach.
const NAMEY = fc.constantFrom(
  'ông Trần Minh', 'Ông Trần Minh', 'bà Lê Hồng', 'đ/c Hà Lan', 'xã Cao Sơn', 'thôn Nà Vạc', 'Lê Văn Trọng', 'Lê văn Trọng',
  'L ê Văn Trọng', 'Cao sơn', 'Cao Sơn', 'Trần Minh', 'ông', 'xã', 'abcông', 'đồng chí', 'Nguyễn Thị Lan', 'NGUYỄN VĂN AN', '\u00a0',
);
const SEP = fc.constantFrom(' ', '\n', '\n\n', '\r\n\r\n', '\n \n', '\n\u00a0\n', '. ', ', ');
const text = fc.array(fc.tuple(fc.oneof(NAMEY, vietnameseText.map((t) => t.slice(0, 40))), SEP), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

/** The words visited, with a visitor that, as the real ones do, goes on from inside the word's line. */
const starts = (t: string, from: number, to: number): number[] => {
  const out: number[] = [];
  const visit = (i: number, e: number, capitalised: boolean): number => {
    out.push(i, e, capitalised ? 1 : 0);
    switch (i % 3) {
      case 0:
        return i + 1;
      case 1:
        return e;
      default: {
        // past the next word when one space follows (a run of name words)
        if (t[e] !== ' ') return e;
        let j = e + 1;
        while (j < t.length && /\p{L}/u.test(t[j])) j++;
        return j;
      }
    }
  };
  if (from < 0) forEachCapitalStart(t, visit);
  else forEachCapitalStartIn(t, from, to, visit);
  return out;
};

describe('facts/names per paragraph', () => {
  it('reads the same names, capital words and name mentions per paragraph as in the whole text (fast-check)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = createTextDoc(t);
        const nfc = doc.nfc;
        const names = namesOf(nfc);
        assert.deepEqual(doc.paragraphs.flatMap((p) => namesIn(nfc, p.start, p.end)), names);
        const keys = nameKeys(names);
        if (keys) {
          const whole: KeyedOccurrence[] = [];
          forEachCapitalStart(nfc, occurrenceVisitor(nfc, keys, whole));
          const parts: KeyedOccurrence[] = [];
          for (const p of doc.paragraphs) forEachCapitalStartIn(nfc, p.start, p.end, occurrenceVisitor(nfc, keys, parts));
          assert.deepEqual(parts, whole);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('visits the same capital words per paragraph, whatever the visitor skips (fast-check)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = createTextDoc(t);
        const whole = starts(doc.nfc, -1, -1);
        const parts = doc.paragraphs.flatMap((p) => starts(doc.nfc, p.start, p.end));
        assert.deepEqual(parts, whole);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('finds a name whose cue starts a paragraph after a paragraph ending in letters', () => {
    const t = 'Hội nghị kết thúc abcông\n\nông Trần Minh phát biểu.\n\nxã Cao Sơn';
    const doc = createTextDoc(t);
    const names = namesOf(t);
    assert.deepEqual(names.map((n) => n.text), ['Trần Minh', 'Cao Sơn']);
    assert.deepEqual(doc.paragraphs.flatMap((p) => namesIn(t, p.start, p.end)), names);
  });
});
