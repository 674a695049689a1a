// Candidate generators of the noisy channel: each slip kind on its own.
import { strict as assert } from 'node:assert';
import {
  allCandidates,
  dropCandidates,
  extraCandidates,
  keyboardNeighbours,
  markCandidates,
  substituteCandidates,
  telexCandidates,
  toneCandidates,
  transposeCandidates,
  unmark,
} from '../../server/src/core/lm/candidates';

const words = (list: Array<{ word: string }>): string[] => list.map((c) => c.word);

describe('lm candidates', () => {
  it('tone: the five other tones, placed the old way, only valid shapes', () => {
    assert.deepEqual(words(toneCandidates('đài')).sort(), ['đai', 'đái', 'đải', 'đãi', 'đại'].sort());
    assert.ok(words(toneCandidates('hoà')).includes('hòa'.normalize('NFC')) === false); // same tone, other place: not a candidate
    assert.ok(words(toneCandidates('hoa')).includes('hòa'));
    // stop codas take only sắc/nặng: "các" → "cạc" but never "càc"
    assert.deepEqual(words(toneCandidates('cạc')), ['các']);
  });

  it('mark: hat/horn/breve and đ/d, tone kept', () => {
    const m = words(markCandidates('đong'));
    assert.ok(m.includes('đông') && m.includes('dong'));
    assert.ok(words(markCandidates('lăng')).includes('lâng') && words(markCandidates('lăng')).includes('lang'));
    assert.ok(words(markCandidates('truong')).includes('trương'), 'uo → ươ is one mark');
    assert.ok(words(markCandidates('bàn')).includes('bần'), 'the tone stays');
    assert.ok(!words(markCandidates('bàn')).includes('bân'));
  });

  it('drop: one letter inserted back ("ông" ← "công")', () => {
    const d = words(dropCandidates('ông'));
    assert.ok(d.includes('công') && d.includes('sông') && !d.includes('không') && !d.includes('ống'));
    // a word left without its vowel lost the tone with it: "cn" ← "cán"
    assert.ok(words(dropCandidates('cn')).includes('cán'));
  });

  it('extra: one stray letter removed ("nhiệmj" → "nhiệm")', () => {
    assert.deepEqual(words(extraCandidates('nhiệmj')), ['nhiệm']);
    assert.ok(words(extraCandidates('caác')).includes('các'));
  });

  it('substitute: a neighbouring key or another vowel, neighbours marked', () => {
    const s = substituteCandidates('đườnf');
    const g = s.find((c) => c.word === 'đường');
    assert.ok(g && g.neighbour === true);
    // far keys at either end (bàn → càn) or for vowels (bàn → bìn), not inside (trung → thung)
    assert.ok(words(substituteCandidates('bàn')).includes('càn'));
    assert.ok(!words(substituteCandidates('trung')).includes('thung') && words(substituteCandidates('trung')).includes('trang'));
    const vowel = substituteCandidates('bàn').find((c) => c.word === 'bìn');
    assert.ok(vowel && vowel.neighbour === false);
    assert.ok(words(substituteCandidates('csc')).includes('các'), 'a vowel replaced took the tone with it');
    // a marked vowel: in a word left without a vowel, or for another vowel
    assert.ok(words(substituteCandidates('dsn')).includes('dân') && words(substituteCandidates('tp')).includes('tổ'));
    assert.ok(words(substituteCandidates('ci')).includes('cơ'));
  });

  it('transpose: two adjacent letters swapped ("bna" → "ban")', () => {
    assert.ok(words(transposeCandidates('bna')).includes('ban'));
    assert.ok(words(transposeCandidates('tròng')).includes('trògn') === false);
  });

  it('telex: a trailing tone key on a toneless word ("hôij" → "hội")', () => {
    assert.deepEqual(words(telexCandidates('hôij')), ['hội']);
    assert.deepEqual(words(telexCandidates('cuar')), ['của']);
    assert.deepEqual(telexCandidates('hội'), []);
  });

  it('keyboard neighbours and unmark', () => {
    assert.ok(keyboardNeighbours('f', 'g') && keyboardNeighbours('j', 'u') && !keyboardNeighbours('a', 'p'));
    assert.equal(unmark('nghiên'), 'nghien');
    assert.equal(unmark('đường'), 'duong');
  });

  it('allCandidates: no duplicates, not the word itself, an accept filter applied first', () => {
    const all = words(allCandidates('đài'));
    assert.equal(new Set(all).size, all.length);
    assert.ok(!all.includes('đài') && all.includes('đại'));
    assert.deepEqual(words(allCandidates('đài', (w) => w === 'đại')), ['đại']);
  });
});
