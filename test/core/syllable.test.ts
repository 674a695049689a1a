import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isAttested, isValidShape, iyVariant, parseSyllable, ATTESTED_COUNT } from '../../server/src/core/text/syllable';
import { detectKeystrokeResidue, telexToVietnamese, vniToVietnamese } from '../../server/src/core/text/telex';
import { matchCase, suggest } from '../../server/src/core/text/suggest';
import { SYLLABLE_LIST } from '../../server/src/core/data/syllables';

describe('syllable grammar', () => {
  const valid = ['nghiêm', 'ngành', 'thực', 'luật', 'quý', 'giữa', 'gì', 'gìn', 'giếng', 'khuya', 'khuỵu', 'người', 'hoà', 'hòa', 'thủy', 'thuỷ', 'quỳnh', 'huỳnh', 'xoong', 'kỳ', 'kì', 'yêu', 'uyên', 'thuở', 'hươu', 'cứu', 'gửi', 'thười', 'vể', 'họp', 'tốt'];
  for (const w of valid) it(`accepts the shape of “${w}”`, () => assert.ok(isValidShape(w)));

  const invalid: Array<[string, string]> = [
    ['ngiêm', 'ng before i'],
    ['nghành', 'ngh before a'],
    ['ghà', 'gh before a'],
    ['kà', 'k before a'],
    ['cế', 'c before ê'],
    ['thưc', 'stop coda without tone'],
    ['tôt', 'stop coda without tone'],
    ['thừc', 'stop coda with huyền'],
    ['vụu', 'impossible rhyme'],
    ['lụât', 'tone wrong in both styles'],
    ['qúy', 'tone on the u of qu'],
    ['đắk', 'k coda'],
    ['HĐND', 'no vowel'],
    ['àá', 'two tone marks'],
    ['', 'empty'],
  ];
  for (const [w, why] of invalid) {
    it(`rejects “${w}” (${why})`, () => assert.ok(!isValidShape(w)));
  }

  it('accepts almost every attested syllable', () => {
    const list = SYLLABLE_LIST.split(' ');
    const rejected = list.filter((s) => parseSyllable(s) === null);
    assert.ok(rejected.length < 40, rejected.join(' '));
  });

  it('parses onset and rhyme', () => {
    assert.deepEqual(parseSyllable('nghiệm'), { onset: 'ngh', rhyme: 'iêm', tone: 5 });
    assert.deepEqual(parseSyllable('quyết'), { onset: 'qu', rhyme: 'yêt', tone: 2 });
    assert.deepEqual(parseSyllable('giữa'), { onset: 'gi', rhyme: 'ưa', tone: 4 });
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 16 }), (s) => {
      isValidShape(s);
      isAttested(s);
      return true;
    }));
  });
});

describe('attested syllables', () => {
  it('has the hunspell-vi list as a set', () => assert.ok(ATTESTED_COUNT > 6000));
  it('contains common genre words', () => {
    for (const w of ['hội', 'nghị', 'đảng', 'ủy', 'uỷ', 'nhiệm', 'kỳ', 'chỉ', 'tiêu', 'nghiêm', 'ngành', 'quý', 'thực', 'tốt', 'về', 'thời'])
      assert.ok(isAttested(w), w);
  });
  it('rejects non-words and impossible words', () => {
    for (const w of ['ngiêm', 'nghành', 'thười', 'vể', 'tôt', 'covid']) assert.ok(!isAttested(w), w);
  });
  it('accepts old-style placement and i/y variants', () => {
    for (const w of ['hòa', 'khỏe', 'thủy', 'sỹ', 'quí', 'kì']) assert.ok(isAttested(w), w);
  });
  it('pairs i/y variants', () => {
    assert.equal(iyVariant('kì'), 'kỳ');
    assert.equal(iyVariant('quý'), 'quí');
    assert.equal(iyVariant('sĩ'), 'sỹ');
    assert.equal(iyVariant('bi'), null);
    assert.equal(iyVariant('kim'), null);
  });
});

describe('Telex / VNI residue', () => {
  const telex: Array<[string, string]> = [
    ['nhieemj', 'nhiệm'],
    ['dduwowngf', 'đường'],
    ['thuwr', 'thử'],
    ['cuar', 'của'],
    ['khoong', 'không'],
    ['dduowcj', 'được'],
  ];
  for (const [keys, word] of telex) it(`converts Telex “${keys}” to “${word}”`, () => assert.equal(telexToVietnamese(keys), word));
  it('converts VNI', () => assert.equal(vniToVietnamese('vie65t'), 'việt'));

  it('detects residue, dropping one stray key', () => {
    assert.deepEqual(detectKeystrokeResidue('nhieemhj', false), { method: 'telex', converted: 'nhiệm', repaired: true });
    assert.equal(detectKeystrokeResidue('dduwowngf', false)?.converted, 'đường');
    assert.equal(detectKeystrokeResidue('vie65t', false)?.converted, 'việt');
  });
  it('needs context for a bare tone key', () => {
    assert.equal(detectKeystrokeResidue('cuar', false), null);
    assert.equal(detectKeystrokeResidue('cuar', true)?.converted, 'của');
  });
  it('leaves English and loanwords alone', () => {
    for (const w of ['loading', 'website', 'news', 'online', 'email', 'covid', 'facebook', 'queen', 'boost', 'door', 'tax', 'max', 'zoom', 'google'])
      assert.equal(detectKeystrokeResidue(w, true), null, w);
  });
});

describe('suggestions', () => {
  const cases: Array<[string, string]> = [
    ['ngiêm', 'nghiêm'],
    ['nghành', 'ngành'],
    ['thưc', 'thực'],
    ['tôt', 'tốt'],
    ['vụu', 'vụ'],
    ['thười', 'thời'],
    ['vể', 'về'],
    ['lụât', 'luật'],
  ];
  for (const [w, best] of cases) it(`suggests “${best}” first for “${w}”`, () => assert.equal(suggest(w)[0]?.word, best));
  it('gives at most three suggestions, all attested', () => {
    const s = suggest('thười');
    assert.ok(s.length > 0 && s.length <= 3);
    for (const x of s) assert.ok(isAttested(x.word));
  });
  it('keeps the case pattern', () => {
    assert.equal(matchCase('thời', 'THƯỜI'), 'THỜI');
    assert.equal(matchCase('về', 'Vể'), 'Về');
    assert.equal(matchCase('tốt', 'tôt'), 'tốt');
  });
});
