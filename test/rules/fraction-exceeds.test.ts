import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { checkFixture } from '../support/fixture';

const RULE = 'fraction-exceeds';
const ids = (text: string): string[] => analyze(text).findings.filter((f) => f.rule === RULE).map((f) => f.messageId);

describe(RULE, () => {
  const valid = [
    'Xã đã đạt 11/19 tiêu chí nông thôn mới.',
    'Đàn trâu 305/350 con, đàn bò 312/400 con.',
    'Đàn lợn 540/500 con, vượt chỉ tiêu đề ra.',
    'Đàn gia cầm 24.000/24.000 con theo chỉ tiêu nghị quyết.',
    'Đại hội tổ chức thành công ở 13/13 chi bộ.',
    'Ngày 21/10/2022, Đảng ủy xã tổ chức hội nghị.',
    'Chiều ngày 25/4, hội nghị bế mạc.',
    'Theo Quyết định số 1083-QĐ/HU của Ban Thường vụ Huyện ủy.',
    'Bình quân lương thực đạt 520 kg/người/năm.',
    'Thu nhập bình quân 38,5 triệu đồng/người/năm.',
    'Biển hạn chế tốc độ 40 km/h được lắp đặt.',
    'Tới dự có đ/c Hoàng Văn Khải.',
    'Trực ban 24/7 trong dịp Tết.',
    'Xã đã kết nạp 12/10 đảng viên, vượt chỉ tiêu.',
    'Gieo trồng 312/340 ha lúa xuân.',
    'Trước 30/6 xã phải hoàn thành việc rà soát.',
  ];
  const invalid: Array<[string, string]> = [
    ['Xã đã đạt 21/19 tiêu chí nông thôn mới.', 'exceeds'],
    ['Có 17/16 thôn có nhà văn hoá đạt chuẩn.', 'exceeds'],
    ['Có 14/13 chi bộ hoàn thành tốt nhiệm vụ.', 'exceeds'],
    ['Tham dự kỳ họp có 26/25 đại biểu HĐND xã.', 'exceeds'],
    ['Đến nay đạt 35/34 chỉ tiêu nghị quyết.', 'exceeds'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('marks the fraction itself', () => {
    checkFixture(['Đến nay xã đạt 21/19 tiêu chí.', '#>             ^^^^^ fraction-exceeds'].join('\n'));
  });

  it('works on decomposed (NFD) text', () => {
    checkFixture(['Có 17/16 thôn đạt chuẩn.'.normalize('NFD'), '#>  ^^^^^ fraction-exceeds'].join('\n'));
  });
});
