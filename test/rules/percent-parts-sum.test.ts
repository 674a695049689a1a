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
    // structures that add up, within rounding, or are changes and other periods
    'Cơ cấu kinh tế: nông nghiệp 40%, công nghiệp – xây dựng 35%, thương mại – dịch vụ 25%.',
    'Cơ cấu kinh tế: nông nghiệp 30,5%, công nghiệp 35,2%, dịch vụ 34,4%.',
    'Cơ cấu kinh tế chuyển dịch: nông nghiệp giảm từ 48% xuống 40%, công nghiệp tăng từ 31% lên 35%, dịch vụ 30%.',
    'Cơ cấu kinh tế năm 2020: nông nghiệp 50%, công nghiệp 25%, dịch vụ 25%; năm 2025: nông nghiệp 40%, công nghiệp 30%, dịch vụ 30%.',
    'Cơ cấu kinh tế chuyển dịch đúng hướng, tỷ trọng công nghiệp đạt 45%, tỷ lệ hộ nghèo 2%, tỷ lệ che phủ rừng 60%.',
    'Giá trị sản xuất nông nghiệp tăng 5%, công nghiệp tăng 12%, dịch vụ tăng 95%.',
    'Cơ cấu đại biểu: nữ 35%, trẻ 20%, tái cử 55%.',
    'Cơ cấu kinh tế chuyển dịch tích cực, 85% lao động nông nghiệp đã chuyển sang công nghiệp, 30% lao động dịch vụ có việc làm ổn định.',
    // a share and its complement that add up, or are not complements
    '91% hộ đạt danh hiệu gia đình văn hóa, 9% hộ chưa đạt.',
    '95% hộ dùng nước sạch, 90% hộ có nhà tiêu hợp vệ sinh.',
    '95% hộ dùng nước sạch, trong đó 60% hộ chưa dùng nước máy.',
    'Năm 2024 có 91% hộ đạt chuẩn, năm 2025 có 12% hộ chưa đạt.',
    '95% hộ dân sử dụng nước sạch, 10% hộ không sử dụng nhà tiêu hợp vệ sinh.',
    'Thu ngân sách đạt 112% kế hoạch, 12% hộ chưa đạt chuẩn.',
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
    // the sectors of one structure
    ['Cơ cấu lao động: nông nghiệp 48%, công nghiệp 31%, dịch vụ 26%.', 'structureAbove100'],
    ['Cơ cấu kinh tế: 48% nông nghiệp, 31% công nghiệp, 26% dịch vụ.', 'structureAbove100'],
    ['Tỷ trọng nông nghiệp chiếm 45,5%, công nghiệp – xây dựng 30,2%, dịch vụ 25,3%.', 'structureAbove100'],
    // a share and its complement
    ['Có 91% hộ đạt chuẩn gia đình văn hóa, 12% hộ chưa đạt.', 'complementAbove100'],
    ['Có 91% hộ đạt danh hiệu gia đình văn hóa, 12% chưa đạt.', 'complementAbove100'],
    ['Có 96,5% số hộ dùng nước sạch, 5% số hộ chưa dùng nước sạch.', 'complementAbove100'],
    ['Có 91% hộ đạt chuẩn gia đình văn hóa; 12% hộ chưa đạt chuẩn.', 'complementAbove100'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('reports the sum exactly (decimal arithmetic)', () => {
    const f = analyze('Có 92,9% đảng viên hoàn thành tốt nhiệm vụ trở lên, 6,5% hoàn thành nhiệm vụ, 0,7% không hoàn thành nhiệm vụ.').findings.filter((x) => x.rule === RULE);
    assert.equal(f.length, 1);
    assert.equal(f[0].values.sum, '100,1');
  });

  it('allows half a unit of rounding per part in structures', () => {
    assert.deepEqual(ids('Cơ cấu kinh tế: nông nghiệp 34%, công nghiệp 33%, dịch vụ 34%.'), []);
    assert.deepEqual(ids('Cơ cấu kinh tế: nông nghiệp 34,1%, công nghiệp 33,1%, dịch vụ 33,1%.'), ['structureAbove100']);
  });

  it('marks the listed shares', () => {
    checkFixture(['Có 98% đảng viên HTTNV trở lên, 4% đảng viên HTNV.', '#> ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ percent-parts-sum'].join('\n'));
  });
});
