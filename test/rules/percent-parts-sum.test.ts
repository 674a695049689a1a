import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { checkFixture } from '../support/fixture';

const RULE = 'percent-parts-sum';
const ids = (text: string): string[] => analyze(text).findings.filter((f) => f.rule === RULE).map((f) => f.messageId);

describe(RULE, () => {
  const valid = [
    'Có hơn 95% đảng viên HTTNV và 4% đảng viên HTNV.',
    'Có 92,8% đảng viên hoàn thành tốt nhiệm vụ trở lên, 6,5% hoàn thành nhiệm vụ, 0,7% không hoàn thành nhiệm vụ.',
    'Có 94% đảng viên hoàn thành tốt nhiệm vụ trở lên, 5% hoàn thành nhiệm vụ.',
    '100% đảng viên hoàn thành nhiệm vụ trở lên, trong đó 89% hoàn thành tốt nhiệm vụ trở lên.',
    'Có 20% đảng viên hoàn thành xuất sắc nhiệm vụ, 85% hoàn thành tốt nhiệm vụ trở lên.',
    'Có 15% chi bộ hoàn thành xuất sắc nhiệm vụ; có 95% đảng viên hoàn thành tốt nhiệm vụ trở lên.',
    '95% hộ dùng nước sạch, 90% hộ có nhà tiêu hợp vệ sinh.',
    'Năm 2021 có 95% đảng viên HTTNV, năm 2022 có 10% đảng viên HTXSNV.',
    // the rating before the number
    'Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ là 15,2%, hoàn thành tốt nhiệm vụ 78,4%, hoàn thành nhiệm vụ 5,9%, không hoàn thành nhiệm vụ 0,5%.',
    'Chi bộ hoàn thành tốt nhiệm vụ trở lên chiếm 90%, trong đó hoàn thành xuất sắc nhiệm vụ chiếm 20%.',
    'Đảng viên hoàn thành tốt nhiệm vụ đạt 80%; chi bộ hoàn thành nhiệm vụ đạt 30%.',
    'Thu ngân sách hoàn thành nhiệm vụ đạt 105% dự toán, chi ngân sách hoàn thành tốt nhiệm vụ đạt 98% dự toán.',
    'Học sinh xếp loại giỏi đạt 40%, loại khá 55%, loại trung bình 5%.',
  ];
  const invalid: Array<[string, string]> = [
    ['Có 98% đảng viên hoàn thành tốt nhiệm vụ trở lên, 4% đảng viên hoàn thành nhiệm vụ.', 'sumAbove100'],
    ['Có 20% chi bộ hoàn thành xuất sắc nhiệm vụ, 75% hoàn thành tốt nhiệm vụ, 10% hoàn thành nhiệm vụ.', 'sumAbove100'],
    ['Có 93% đảng viên HTTNV trở lên, 8% đảng viên HTNV.', 'sumAbove100'],
    // the rating (and the whole) before the number: "<rating> (là|đạt|chiếm) X%"
    ['Kết quả: tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ là 17,5%, hoàn thành tốt nhiệm vụ 76,3%, hoàn thành nhiệm vụ 7,4%.', 'sumAbove100'],
    ['Số chi bộ được xếp loại hoàn thành tốt nhiệm vụ chiếm 80%, hoàn thành nhiệm vụ chiếm 25%.', 'sumAbove100'],
    ['Tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ đạt 30%, HTTNV đạt 65%, HTNV đạt 8%.', 'sumAbove100'],
    ['Học sinh xếp loại giỏi đạt 40%, loại khá 70%.', 'sumAbove100'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('reports the sum exactly (decimal arithmetic)', () => {
    const f = analyze('Có 92,9% đảng viên hoàn thành tốt nhiệm vụ trở lên, 6,5% hoàn thành nhiệm vụ, 0,7% không hoàn thành nhiệm vụ.').findings.filter((x) => x.rule === RULE);
    assert.equal(f.length, 1);
    assert.equal(f[0].values.sum, '100,1');
  });

  it('marks the listed shares', () => {
    checkFixture(['Có 98% đảng viên HTTNV trở lên, 4% đảng viên HTNV.', '#> ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ percent-parts-sum'].join('\n'));
  });
});
