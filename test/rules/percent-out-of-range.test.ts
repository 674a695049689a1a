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
  ];
  const invalid: Array<[string, string]> = [
    ['Tỷ lệ hộ gia đình sử dụng nước sinh hoạt hợp vệ sinh đạt 104,5%.', 'shareAbove100'],
    ['Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa là 103,2%.', 'shareAbove100'],
    ['Toàn xã có 106% hộ dân được sử dụng điện lưới quốc gia.', 'shareAbove100'],
    ['Có 101% đảng viên hoàn thành nhiệm vụ.', 'shareAbove100'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('marks the percentage', () => {
    checkFixture(['Toàn xã có 106% hộ dân dùng điện.', '#>         ^^^^ percent-out-of-range'].join('\n'));
  });
});
