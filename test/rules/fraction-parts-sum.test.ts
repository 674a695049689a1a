import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { checkFixture } from '../support/fixture';

const RULE = 'fraction-parts-sum';
const ids = (text: string): string[] => analyze(text).findings.filter((f) => f.rule === RULE).map((f) => f.messageId);

describe(RULE, () => {
  const valid = [
    'Có 12/24 mục tiêu đạt, 12/24 mục tiêu chưa đạt.',
    'Có 18/31 chỉ tiêu đạt và vượt, 13/31 chỉ tiêu đạt trên 70%.',
    'Có 14/21 chỉ tiêu đạt và vượt, 07/21 chỉ tiêu đạt trên 90% kế hoạch.',
    'Đã thực hiện đạt và vượt 11/24 chỉ tiêu, 13/24 chỉ tiêu đang tiếp tục thực hiện.',
    'Hoàn thành và vượt 14/25 chỉ tiêu, 11/25 chỉ tiêu còn lại đạt từ 60% trở lên.',
    'Có 20/28 chỉ tiêu đạt và vượt, 06/28 chỉ tiêu đạt từ 80% trở lên, 02/28 chỉ tiêu đạt dưới 80%.',
    'Có 14/15 chi bộ hoàn thành tốt nhiệm vụ trở lên, 01/15 chi bộ hoàn thành nhiệm vụ.',
    'Đạt 15/17 chỉ tiêu, trong đó 5/17 chỉ tiêu vượt kế hoạch.',
    'Đàn trâu 305/350 con, đàn bò 312/350 con.',
    'Năm 2021 đạt 12/20 chỉ tiêu, năm 2022 đạt 15/20 chỉ tiêu, 5/20 chỉ tiêu chưa đạt.',
  ];
  const invalid: Array<[string, string]> = [
    ['Có 9/23 chỉ tiêu đạt và vượt tiến độ, 11/23 chỉ tiêu chưa đạt tiến độ.', 'notWhole'],
    ['Chi bộ đã hoàn thành 9/15 chỉ tiêu nghị quyết đề ra, 4/15 chỉ tiêu chưa hoàn thành.', 'notWhole'],
    ['Có 15/22 chỉ tiêu đạt và vượt kế hoạch, 5/22 chỉ tiêu chưa đạt.', 'notWhole'],
    ['Hoàn thành và vượt 15/25 chỉ tiêu, 11/25 chỉ tiêu còn lại đạt từ 60% trở lên.', 'notWhole'],
    ['Có 20/28 chỉ tiêu đạt và vượt, 06/28 chỉ tiêu đạt từ 80% đến dưới 100%, 04/28 chỉ tiêu đạt dưới 80%.', 'aboveWhole'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('marks the listed parts', () => {
    checkFixture(['Có 9/23 chỉ tiêu đạt, 11/23 chỉ tiêu chưa đạt.', '#> ^^^^^^^^^^^^^^^^^^^^^^^^ fraction-parts-sum'].join('\n'));
  });
});
