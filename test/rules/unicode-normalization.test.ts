import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';
import { applyFixes } from '../support/fixes';
import { findNonNfcWords } from '../../server/src/core/rules/unicode-normalization';

const RULE = 'unicode-normalization';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);
const nfd = (s: string): string => s.normalize('NFD');

/** Applies the first fix of every finding (edits do not overlap), from the end backwards. */

describe(`rule ${RULE}`, () => {
  const valid: Array<[string, string]> = [
    ['precomposed text', 'Đảng ủy xã tổ chức hội nghị tổng kết năm 2023.'],
    ['old and new tone style', 'Văn hóa, văn hoá, thủy lợi, thuỷ lợi.'],
    ['guillemets and symbols', '«Dân vận khéo» © 2023, § 3 Điều 5.'],
    ['foreign names with Latin-1 letters', 'Đoàn công tác làm việc tại München và Peña.'],
    ['a Vietnamese typo is not mojibake', 'hoàn thành tôt nghị quyết'],
    ['empty', ''],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepEqual(findings(text), []));

  const invalid: Array<[string, string, string]> = [
    ['NFD word', `Thu ${nfd('ngân')} sách`, 'nfd'],
    ['"tổ hợp" word', 'Đại hội chi b\u00f4\u0323', 'toHop'],
    ['TCVN3 run', '§¶ng ñy x· tæ chøc héi nghÞ', 'legacyConverted'],
    ['VNI run', 'Ñaûng uûy xaõ toå chöùc hoäi nghò', 'legacyConverted'],
    ['Ð for Đ', 'Ðảng bộ xã', 'eth'],
  ];
  for (const [name, text, id] of invalid) {
    it(`invalid: ${name}`, () => assert.deepEqual(findings(text).map((f) => f.messageId), [id]));
  }

  it('converts TCVN3 (soft hyphen is ư) and VNI runs', () => {
    const cases: Array<[string, string]> = [
      ['Sáng nay x· tæ chøc héi nghÞ tæng kÕt', 'Sáng nay xã tổ chức hội nghị tổng kết'],
      ['c¸c ®ång chÝ l·nh ®¹o vµ ng\u00adêi d©n', 'các đồng chí lãnh đạo và người dân'],
      ['Ñaûng uûy xaõ ñöôïc khen thöôûng', 'Đảng ủy xã được khen thưởng'],
    ];
    for (const [text, fixed] of cases) assert.equal(applyFixes(text, findings(text)), fixed);
  });

  it('does not convert a lone uncertain word', () => {
    const f = findings('Ông Tæ');
    assert.ok(f.every((x) => x.fixes.length === 0));
  });

  it('merges adjacent NFD words into one finding and covers exactly them', () => {
    const text = `Thu ${nfd('ngân sách')} nhà nước`;
    const f = findings(text);
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0].start, f[0].end), nfd('ngân sách'));
    assert.equal(f[0].fixes[0].safe, true);
  });

  it('offers converting everything at once when there are a few places', () => {
    const text = `${nfd('Đại hội')} chi bộ ${nfd('thôn')} Nà Pài`;
    const f = findings(text);
    assert.equal(f.length, 2);
    assert.equal(f[0].fixes[1].titleId, 'fixAllNfc');
    const all = f[0].fixes[1].edits.slice().sort((a, b) => b.start - a.start);
    let out = text;
    for (const e of all) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    assert.equal(out, text.normalize('NFC'));
  });

  it('caret fixture (original UTF-16 columns of the NFD text)', () => {
    // "đại biểu" in NFD is 11 UTF-16 units (4 + space + 6)
    checkFixture([`Hội nghị có 21/23 ${nfd('đại biểu')} dự.`, `#>${' '.repeat(16)}${'^'.repeat(11)} unicode-normalization`].join('\n'));
    checkFixture(['Ban Ðảng ủy xã Cao Sơn', '#>  ^^^^ unicode-normalization'].join('\n'));
    checkFixture(['Hôm nay §¶ng ñy x· häp.', '#>      ^^^^^^^^^^^^^^ unicode-normalization'].join('\n'));
  });

  it('fix: applying the fixes yields NFC and the findings disappear', () => {
    const text = `Kỳ họp thứ ${nfd('Sáu')}, ${nfd('Hội đồng nhân dân')} xã; Ðoàn thanh niên.`;
    const fixed = applyFixes(text, findings(text));
    assert.equal(fixed, 'Kỳ họp thứ Sáu, Hội đồng nhân dân xã; Đoàn thanh niên.');
    assert.deepEqual(findings(fixed), []);
  });

  it('property: findings cover exactly the decomposed words; fixes give the NFC text', () => {
    const words = ['Đảng', 'ủy', 'xã', 'hội', 'nghị', 'tổng', 'kết', 'năm', 'người', 'dân', 'ngân', 'sách', 'Nguyễn', 'Văn', 'an', 'ninh', 'trật', 'tự'];
    const arb = fc.array(fc.record({ w: fc.constantFrom(...words), d: fc.boolean(), sep: fc.constantFrom(' ', ', ', '. ', '\n') }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(arb, (items) => {
        let text = '';
        const expected: Array<[number, number]> = [];
        for (const { w, d, sep } of items) {
          const word = d && w.normalize('NFD') !== w ? w.normalize('NFD') : w;
          if (word !== w) expected.push([text.length, text.length + word.length]);
          text += word + sep;
        }
        const f = findings(text);
        // every flagged character is inside an expected word or between two merged ones, and every expected word is covered
        const covered = new Uint8Array(text.length);
        for (const x of f) for (let i = x.start; i < x.end; i++) covered[i] = 1;
        for (const [s, e] of expected) for (let i = s; i < e; i++) assert.equal(covered[i], 1);
        for (const x of f) {
          assert.ok(expected.some(([s]) => s === x.start), 'starts at a decomposed word');
          assert.ok(expected.some(([, e]) => e === x.end), 'ends at a decomposed word');
          assert.ok(!/[\p{L}]/u.test(text.slice(x.start, x.end).replace(/[\p{L}\p{M}]+/gu, (m) => (m.normalize('NFC') === m ? m : ''))), 'no NFC word inside');
        }
        assert.equal(applyFixes(text, f), text.normalize('NFC'));
      }),
      { numRuns: 200 },
    );
  });
  // the rule skips the word scan when the text is NFC: no word of an NFC text may change under NFC,
  // whatever stands around it (marks after symbols that compose with them, "=" + U+0338 → "≠", Hangul jamo)
  it('property: an NFC text has no word that NFC changes (the rule skips the scan on one)', () => {
    const pieces = ['a', 'ô', 'Đ', '\u0301', '\u0323', '\u0338', '\u20d7', '\u1dc4', '=', '<', '(', ' ', '\n', '1', '\u1100', '\u1161', '\u11a8', 'ᄀ', 'ß', '\u0345', 'ι', '-', '\ufe20'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('').normalize('NFC');
        assert.deepEqual(findNonNfcWords(text), []);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports an NFD word next to a suppression comment (the NFC view is then not the text)', () => {
    const text = `<!-- tin-hoi-nghi-disable-line spelling -->\nThu ${nfd('ngân')} sách`;
    assert.deepEqual(findings(text).map((f) => f.messageId), ['nfd']);
  });
});
