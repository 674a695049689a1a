import { strict as assert } from 'node:assert';
import { createTextDoc } from '../../server/src/core/text/textdoc';
import { extractTermNumbers, parseTermNumeral } from '../../server/src/core/facts/term-numbers';

const numbers = (text: string) => extractTermNumbers(createTextDoc(text));

describe('term number facts ("khóa XX")', () => {
  it('reads Roman and Arabic numerals, rejects malformed ones', () => {
    assert.deepEqual(['XIX', 'XX', 'XXIV', 'XIII', 'iv', '15'].map(parseTermNumeral), [19, 20, 24, 13, 4, 15]);
    assert.deepEqual(['IIII', 'VX', 'IC'].map(parseTermNumeral), [undefined, undefined, undefined]);
  });

  it('names the body, its level and its place', () => {
    const [a, b, c, d, e] = numbers(
      'HĐND xã Cao Sơn khóa XX họp. Đại biểu Quốc hội khoá XV dự. Ban Chấp hành Đảng bộ tỉnh khóa XX. Tỉnh ủy khóa XX. Hội nghị Trung ương 8 khóa XIII.',
    );
    assert.deepEqual(a.body, { type: 'hđnd', level: 'xã', name: 'cao sơn' });
    assert.deepEqual([a.value, a.numeral], [20, 'XX']);
    assert.deepEqual(b.body, { type: 'quốc hội', level: 'tw' });
    assert.deepEqual(c.body, { type: 'đảng', level: 'tỉnh' });
    assert.deepEqual(d.body, { type: 'đảng', level: 'tỉnh' });
    assert.deepEqual(e.body, { type: 'trung ương', level: 'tw' });
  });

  it('leaves lists, citations and former bodies without a body', () => {
    for (const text of [
      'Nghị quyết Trung ương 4 khóa XII, khóa XIII.',
      'Theo Nghị quyết số 05-NQ/ĐU của Ban Chấp hành Đảng bộ xã khóa XXIV.',
      'Đồng chí Lan, nguyên Chủ tịch HĐND xã khóa XIX.',
      'Đại biểu HĐND xã Tân Lập (cũ) khóa XX.',
      'Bầu cử đại biểu HĐND các cấp khóa XVI.',
    ]) {
      assert.ok(numbers(text).every((n) => n.body === undefined), text);
    }
  });

  it('is total on odd input', () => {
    assert.deepEqual(numbers('khóa'), []);
    assert.deepEqual(numbers('Khóa XX'), [{ start: 0, end: 7, text: 'Khóa XX', numeral: 'XX', value: 20, numeralSpan: { start: 5, end: 7 } }]);
  });
});
