import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';
import { applyFix } from '../support/fixes';

const RULE = 'enumeration-sequence';
const found = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);
const ids = (text: string): string[] => found(text).map((f) => f.messageId);


describe(RULE, () => {
  const valid = [
    'Thông qua các nghị quyết: (1) Kinh tế; (2) Ngân sách; (3) Đầu tư; (4) Giám sát.',
    'Thực hiện tốt: thứ nhất, sản xuất; thứ hai, an ninh; thứ ba, kiểm tra.',
    'Nội dung:\n1. Sản xuất.\n2. An ninh.\n3. Xây dựng Đảng.',
    'Các việc: a) Sản xuất; b) An ninh; c) Kiểm tra.',
    'Kỳ họp thứ Sáu khai mạc. Năm 2023 là năm thứ ba thực hiện nghị quyết.',
    'Thứ Ba, 14/03/2023 - 16:20',
    'Danh sách (1) Sản xuất; (2) An ninh. Danh sách khác: (1) Giáo dục; (2) Y tế.',
    'Như đã nêu tại mục (3) của báo cáo.',
    'Các nội dung (1), (3) và (5) của kế hoạch đã hoàn thành.',
  ];
  const invalid: Array<[string, string]> = [
    ['Thông qua các nghị quyết: (1) Kinh tế; (2) Ngân sách; (3) Đầu tư; (5) Giám sát.', 'skipped'],
    ['Nhiệm vụ quý IV: (1) Thu hoạch; (2) Phòng dịch; (3) Thu ngân sách; (3) Kiểm điểm.', 'repeated'],
    ['Đề nghị: (1) Rừng; (2) Giảm nghèo; (4) Giáo dục; (5) Bảo vệ rừng.', 'skipped'],
    ['Thực hiện tốt: thứ nhất, sản xuất; thứ hai, an ninh; thứ tư, kiểm tra.', 'skipped'],
    ['Nội dung:\n1. Sản xuất.\n2. An ninh.\n4. Xây dựng Đảng.', 'skipped'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('marks the offending item', () => {
    checkFixture(['Các việc: (1) Thu; (2) Chi; (3) Kiểm; (3) Bàn.', '#>                                    ^^^ enumeration-sequence'].join('\n'));
  });

  it('renumbers a repeated item', () => {
    const text = 'Nhiệm vụ: (1) Thu hoạch; (2) Phòng dịch; (3) Thu ngân sách; (3) Kiểm điểm.';
    const [finding] = found(text);
    const fixed = applyFix(text, finding);
    assert.equal(fixed, 'Nhiệm vụ: (1) Thu hoạch; (2) Phòng dịch; (3) Thu ngân sách; (4) Kiểm điểm.');
    assert.deepEqual(found(fixed), []);
  });

  it('renumbers a skipped item and the ones after it', () => {
    const text = 'Đề nghị: (1) Rừng; (2) Giảm nghèo; (4) Giáo dục; (5) Bảo vệ rừng.';
    const fixed = applyFix(text, found(text)[0]);
    assert.equal(fixed, 'Đề nghị: (1) Rừng; (2) Giảm nghèo; (3) Giáo dục; (4) Bảo vệ rừng.');
    assert.deepEqual(found(fixed), []);
  });
});
