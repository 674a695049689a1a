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
  ];
  const invalid: Array<[string, string]> = [
    ['Có 98% đảng viên hoàn thành tốt nhiệm vụ trở lên, 4% đảng viên hoàn thành nhiệm vụ.', 'sumAbove100'],
    ['Có 20% chi bộ hoàn thành xuất sắc nhiệm vụ, 75% hoàn thành tốt nhiệm vụ, 10% hoàn thành nhiệm vụ.', 'sumAbove100'],
    ['Có 93% đảng viên HTTNV trở lên, 8% đảng viên HTNV.', 'sumAbove100'],
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
