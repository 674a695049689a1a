import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { decodeTcvn3, decodeVni, findEthWords, findLegacyRuns, isSyllableShape } from '../../server/src/core/text/legacy';
import { cpuTimeOf } from '../support/cpu-time';

describe('legacy encodings', () => {
  it('decodes TCVN3 (ư is the soft hyphen)', () => {
    assert.equal(decodeTcvn3('§¶ng ñy x·'), 'Đảng ủy xã');
    assert.equal(decodeTcvn3('tæ chøc  héi nghÞ'), 'tổ chức  hội nghị');
    assert.equal(decodeTcvn3('ng\u00adêi d©n'), 'người dân');
    assert.equal(decodeTcvn3('¡¢£¤¥¦§'), 'ĂÂÊÔƠƯĐ');
  });

  it('decodes VNI', () => {
    assert.equal(decodeVni('Ñaûng uûy'), 'Đảng ủy');
    assert.equal(decodeVni('ñöôïc Vieät Nam chæ ñaïo nghò quyeát'), 'được Việt Nam chỉ đạo nghị quyết');
    assert.equal(decodeVni('naêm ñaàu tieân, khaéc phuïc'), 'năm đầu tiên, khắc phục');
    assert.equal(decodeVni('ÑAÛNG UÛY'), 'ĐẢNG ỦY');
  });

  it('finds runs and decides the encoding', () => {
    const t = 'Hôm nay §¶ng ñy x· tæ chøc héi nghÞ. Sau đó Ñaûng uûy xaõ hoïp.';
    const runs = findLegacyRuns(t);
    assert.deepEqual(runs.map((r) => [t.slice(r.start, r.end), r.encoding, r.converted]), [
      ['§¶ng ñy x· tæ chøc héi nghÞ', 'tcvn3', 'Đảng ủy xã tổ chức hội nghị'],
      ['Ñaûng uûy xaõ hoïp', 'vni', 'Đảng ủy xã họp'],
    ]);
  });

  it('stays quiet on ordinary Unicode Vietnamese and on symbols', () => {
    for (const t of ['Đảng ủy xã tổ chức hội nghị.', '«Dân vận khéo»', '© 2023 § 5', 'München, Peña, Ærø', 'văn hóa, thủy lợi, các ban ngành']) {
      assert.deepEqual(findLegacyRuns(t), [], t);
    }
  });

  it('does not run across lines', () => {
    const runs = findLegacyRuns('tæ chøc\nhéi nghÞ');
    assert.equal(runs.length, 2);
  });

  it('finds Ð used for Đ', () => {
    assert.deepEqual(findEthWords('Ðảng bộ, ÐOÀN, Ðorđe'), [
      { start: 0, end: 4, fixed: 'Đảng' },
      { start: 9, end: 13, fixed: 'ĐOÀN' },
    ]);
  });

  it('checks syllable shapes', () => {
    assert.ok(isSyllableShape('nghiêng'));
    assert.ok(!isSyllableShape('kõt'));
    assert.ok(!isSyllableShape('ka'));
    assert.ok(!isSyllableShape('tæ'));
  });

  it('is total and linear', () => {
    for (const t of ['', '\u00ad', '§', 'Ð', '\uD800', 'ñ'.repeat(1000)]) findLegacyRuns(t);
    // one long line and many short lines of mojibake
    for (const big of ['tæ chøc héi nghÞ vµ '.repeat(10_000), 'tæ chøc héi nghÞ vµ c¸c ®ång chÝ.\n'.repeat(5_000)]) {
      const { ms, result: runs } = cpuTimeOf(() => findLegacyRuns(big));
      assert.ok(runs.length > 0 && runs.every((r) => r.converted !== undefined));
      assert.ok(ms < 3000, `took ${ms} ms of CPU`);
    }
  });
});

describe('text rules of H5 are total', () => {
  it('never crash and keep spans inside the text on random input', () => {
    const mine = new Set(['unicode-normalization', 'whitespace', 'repeated-word', 'confusable-word']);
    const alphabet = [...'aăâeêioôơuưyđĐ á à ả ã ạ,.;:?!/\n\r\t\u00a0\u00ad§¶·æøÞñÑÐð«»…0123456789'.split(''), '\u0301', '\u0323', '\u0302', 'các', 'đã', 'phần đấu', 'sảy ra', 'ngày', 'tæ', 'Ñaûng', '\uD800'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const result = analyze(text);
        assert.deepEqual(result.problems.filter((p) => mine.has(String(p.values?.rule))), []);
        for (const f of result.findings.filter((x) => mine.has(x.rule))) {
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
