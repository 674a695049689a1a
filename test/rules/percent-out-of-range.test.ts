import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { checkFixture } from '../support/fixture';

const RULE = 'percent-out-of-range';
const ids = (text: string): string[] => analyze(text).findings.filter((f) => f.rule === RULE).map((f) => f.messageId);

describe(RULE, () => {
  const valid = [
    'Thu ngân sách đạt 112% kế hoạch.',
    'Thu tiền sử dụng đất đạt 108,6% dự toán năm.',
    'Tổng thu ngân sách bằng 154% dự toán.',
    'Sản lượng lương thực bằng 101,3% kế hoạch.',
    'Giá trị sản xuất tăng 7,3% so với cùng kỳ.',
    'Kết nạp 21 đảng viên, vượt 5% so với chỉ tiêu nghị quyết.',
    'Tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh đạt 98,5%.',
    '100% hộ dân được sử dụng điện lưới quốc gia.',
    'Doanh thu đạt 130% so với cùng kỳ.',
    'Hoàn thành 105% chỉ tiêu giao quân.',
    // plan performance, growth and rates often measured against a plan
    'Tỷ lệ tham gia bảo hiểm y tế đạt 101,5% kế hoạch.',
    'Tỷ lệ tham gia BHYT đạt 102% chỉ tiêu huyện giao.',
    'Tỷ lệ tham gia bảo hiểm y tế bằng 105% so với cùng kỳ.',
    'Tỷ lệ tham gia bảo hiểm y tế tăng 12%.',
    'Tỷ lệ tham gia BHYT đạt 102% so với năm trước.',
    'Tỷ lệ thu ngân sách đạt 120%.',
    'Tỷ lệ giải ngân vốn đầu tư công đạt 105%.',
    'Tỷ lệ tiêm chủng đầy đủ đạt 101,2%.',
    'Tốc độ tăng trưởng kinh tế đạt 108%.',
    'Tỷ lệ che phủ rừng đạt 42%, vượt 8%.',
    '100% thôn có nhà văn hóa.',
  ];
  const invalid: Array<[string, string]> = [
    ['Tỷ lệ hộ gia đình sử dụng nước sinh hoạt hợp vệ sinh đạt 104,5%.', 'shareAbove100'],
    ['Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa là 103,2%.', 'shareAbove100'],
    ['Toàn xã có 106% hộ dân được sử dụng điện lưới quốc gia.', 'shareAbove100'],
    ['Có 101% đảng viên hoàn thành nhiệm vụ.', 'shareAbove100'],
    ['Tỷ lệ hộ dùng nước sạch đạt 102%.', 'shareAbove100'],
    ['Toàn xã có 102% số hộ dùng nước sạch.', 'shareAbove100'],
    // coverage rates with no whole named
    ['Tỷ lệ tham gia bảo hiểm y tế 101,5%.', 'rateAbove100'],
    ['Tỷ lệ bao phủ BHYT toàn xã đạt 102,3%.', 'rateAbove100'],
    ['Tỷ lệ che phủ rừng đạt 102%.', 'rateAbove100'],
    ['Tỷ lệ lao động qua đào tạo đạt 104%.', 'shareAbove100'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('names the rate in its message values', () => {
    const [f] = analyze('Tỷ lệ tham gia BHYT đạt 101,5%.').findings.filter((x) => x.rule === RULE);
    assert.deepEqual(f.values, { percent: '101,5%', rate: 'tham gia BHYT' });
  });

  it('marks the percentage', () => {
    checkFixture(['Toàn xã có 106% hộ dân dùng điện.', '#>         ^^^^ percent-out-of-range'].join('\n'));
  });
});
