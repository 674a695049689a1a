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
    // households counted against a target may exceed it
    'Hỗ trợ xây dựng 12/10 hộ nhà đại đoàn kết.',
    'Có 125/120 hộ thoát nghèo, vượt chỉ tiêu huyện giao.',
    'Có 125/120 hộ đạt gia đình văn hóa, đạt 104% kế hoạch.',
    'Vận động 2.315/2.280 hộ tham gia hiến đất làm đường.',
    'Toàn xã có 2.150/2.280 hộ đạt danh hiệu gia đình văn hóa.',
    'Năm học 2023/2024 có 312/315 học sinh tốt nghiệp.',
    'Tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh 223/865 hộ, đạt 25,78%.',
    'Tỷ lệ hộ thoát nghèo 25/20 hộ, đạt 125% kế hoạch.',
    'Ngày 21/10/2022 có 2.150/2.280 hộ đăng ký gia đình văn hóa.',
  ];
  const invalid: Array<[string, string]> = [
    ['Xã đã đạt 21/19 tiêu chí nông thôn mới.', 'exceeds'],
    ['Có 17/16 thôn có nhà văn hoá đạt chuẩn.', 'exceeds'],
    ['Có 14/13 chi bộ hoàn thành tốt nhiệm vụ.', 'exceeds'],
    ['Tham dự kỳ họp có 26/25 đại biểu HĐND xã.', 'exceeds'],
    ['Đến nay đạt 35/34 chỉ tiêu nghị quyết.', 'exceeds'],
    // thousands separators; households in a state are counted against all households
    ['Đến nay có 2.315/2.280 hộ đăng ký xây dựng gia đình văn hóa.', 'exceeds'],
    ['Toàn xã có 29.928/29.059 hộ gia đình đạt chuẩn văn hóa.', 'exceeds'],
    ['Năm 2023 có 2.015/2.010 hộ được công nhận gia đình văn hóa.', 'exceeds'],
    ['Có 1.215/1.208 hộ dùng nước sạch.', 'exceeds'],
    ['Có 318/315 học sinh tốt nghiệp trung học cơ sở.', 'exceeds'],
    ['Tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh 923/865 hộ, đạt 106%.', 'exceeds'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('marks the fraction itself', () => {
    checkFixture(['Đến nay xã đạt 21/19 tiêu chí.', '#>             ^^^^^ fraction-exceeds'].join('\n'));
  });

  it('marks a fraction with thousands separators and shows its numbers as written', () => {
    checkFixture(['Đến nay có 2.315/2.280 hộ đăng ký gia đình văn hóa.', '#>         ^^^^^^^^^^^ fraction-exceeds'].join('\n'));
    const [f] = analyze('Có 2.315/2.280 hộ đạt chuẩn.').findings.filter((x) => x.rule === RULE);
    assert.deepEqual([f.values.numerator, f.values.denominator], ['2.315', '2.280']);
  });

  it('works on decomposed (NFD) text', () => {
    checkFixture(['Có 17/16 thôn đạt chuẩn.'.normalize('NFD'), '#>  ^^^^^ fraction-exceeds'].join('\n'));
  });
});
