import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { placeTone, splitTone, styleOf, toneIndex, hasStyleDependentRhyme, putTone, type Tone } from '../../server/src/core/text/tone';
import { SYLLABLE_LIST } from '../../server/src/core/data/syllables';

const SYLLABLES = SYLLABLE_LIST.split(' ');

describe('tone placement', () => {
  it('splits a word into toneless letters and a tone', () => {
    assert.deepEqual(splitTone('Nguyễn'), { letters: 'Nguyên', tone: 4, at: 4, marks: 1 });
    assert.deepEqual(splitTone('hoà'), { letters: 'hoa', tone: 1, at: 2, marks: 1 });
    assert.equal(splitTone('lụât').marks, 1);
    assert.equal(splitTone('àá').marks, 2);
  });

  const table: Array<[string, string, string]> = [
    // word, old style, new style
    ['hoà', 'hòa', 'hoà'],
    ['khỏe', 'khỏe', 'khoẻ'],
    ['thuỷ', 'thủy', 'thuỷ'],
    ['uỷ', 'ủy', 'uỷ'],
    ['Ủy', 'Ủy', 'Uỷ'],
    ['hoàn', 'hoàn', 'hoàn'],
    ['quý', 'quý', 'quý'],
    ['giữa', 'giữa', 'giữa'],
    ['lụât', 'luật', 'luật'],
    ['qúy', 'quý', 'quý'],
    ['người', 'người', 'người'],
    ['khuỵu', 'khuỵu', 'khuỵu'],
    ['ngoài', 'ngoài', 'ngoài'],
    ['mùa', 'mùa', 'mùa'],
    ['HOÁ', 'HÓA', 'HOÁ'],
  ];
  for (const [word, old, neu] of table) {
    it(`re-places “${word}” as “${old}” (old) and “${neu}” (new)`, () => {
      assert.equal(placeTone(word, 'old'), old);
      assert.equal(placeTone(word, 'new'), neu);
    });
  }

  it('detects the style of a word', () => {
    assert.equal(styleOf('hòa'), 'old');
    assert.equal(styleOf('hoà'), 'new');
    assert.equal(styleOf('thủy'), 'old');
    assert.equal(styleOf('thuỷ'), 'new');
    assert.equal(styleOf('hoàn'), 'neutral');
    assert.equal(styleOf('quý'), 'neutral');
    assert.equal(styleOf('lụât'), 'misplaced');
    assert.equal(styleOf('qúy'), 'misplaced');
    assert.equal(styleOf('àá'), 'malformed');
    assert.equal(styleOf('hoa'), 'neutral');
  });

  it('knows which rhymes depend on the style', () => {
    assert.ok(hasStyleDependentRhyme('hoa'));
    assert.ok(hasStyleDependentRhyme('khoe'));
    assert.ok(hasStyleDependentRhyme('thuy'));
    assert.ok(!hasStyleDependentRhyme('quy'));
    assert.ok(!hasStyleDependentRhyme('hoan'));
    assert.ok(!hasStyleDependentRhyme('mua'));
  });

  it('finds no vowel in a consonant cluster', () => {
    assert.equal(toneIndex('HĐND', 'new'), -1);
    assert.equal(placeTone('', 'new'), '');
  });

  it('keeps every attested syllable as it is in the new style', () => {
    for (const s of SYLLABLES) assert.equal(placeTone(s, 'new'), s, s);
  });

  const syllable = fc.constantFrom(...SYLLABLES);
  const style = fc.constantFrom<'old' | 'new'>('old', 'new');
  const anyString = fc.string({ maxLength: 12 });

  it('property: re-placing tones is idempotent', () => {
    fc.assert(fc.property(syllable, style, (s, st) => placeTone(placeTone(s, st), st) === placeTone(s, st)));
    fc.assert(fc.property(anyString, style, (s, st) => placeTone(placeTone(s, st), st) === placeTone(s, st)));
  });

  it('property: normalise → style → normalise is idempotent and round-trips', () => {
    fc.assert(
      fc.property(syllable, style, (s, st) => {
        const normal = placeTone(s, 'new');
        const styled = placeTone(normal, st);
        return placeTone(styled, 'new') === normal && placeTone(placeTone(styled, 'new'), 'new') === normal;
      }),
    );
  });

  it('property: a misplaced tone on any vowel of a syllable is re-placed', () => {
    fc.assert(
      fc.property(syllable, fc.nat(), (s, n) => {
        const { letters, tone } = splitTone(s);
        const vowels = [...letters].map((c, i) => (/[aăâeêioôơuưy]/.test(c) ? i : -1)).filter((i) => i >= 0);
        if (tone === 0 || vowels.length === 0) return true;
        const moved = putTone(letters, vowels[n % vowels.length], tone as Tone);
        return placeTone(moved, 'new') === s;
      }),
    );
  });

  it('property: never throws and keeps the length', () => {
    fc.assert(fc.property(anyString, style, (s, st) => placeTone(s, st).length === s.length && typeof styleOf(s) === 'string'));
  });
});
