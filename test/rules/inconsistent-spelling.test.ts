import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { checkFixture } from '../support/fixture';
import type { Finding } from '../../server/src/core/types';

const RULE = 'inconsistent-spelling';
const found = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);
const words = (text: string): string[] => found(text).map((f) => text.slice(f.start, f.end));

describe(RULE, () => {
  const valid = [
    'Kỳ họp thứ 7 khai mạc. Kỳ họp thông qua 6 nghị quyết.',
    'Kì họp thứ 7 khai mạc. Kì họp thông qua 6 nghị quyết.',
    'Ông Lý Văn Minh phụ trách công tác lí luận.',
    'Năm Quý Mão, kinh tế quí IV tăng.',
    'Xử lý vi phạm, quản lý đất đai.',
    'Công ty cổ phần tặng ti vi và ly thủy tinh, chia li.',
    'Văn hoá và văn hóa (tone-style, not this rule).',
  ];
  const invalid: Array<[string, string[]]> = [
    ['Kì họp thứ 7 khai mạc. Kỳ họp thông qua 6 nghị quyết. Kỳ họp bế mạc.', ['Kì']],
    ['Quí II tăng, Quý I giảm.', ['Quí']],
    ['Bác sĩ trạm y tế và bác sỹ thôn, bác sĩ trường.', ['sỹ']],
    ['Xử lí vi phạm, quản lý đất đai, lý luận.', ['lí']],
    ['Tỷ lệ hộ nghèo và tỉ lệ hộ cận nghèo, 3 tỷ đồng.', ['tỉ']],
    ['Thực hiện quy định, qui chế và quy chế.', ['qui']],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(words(text), []));
  for (const [text, expected] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(words(text), expected));

  it('marks the minority spelling', () => {
    checkFixture(['Tại kì họp thứ 5, kỳ họp thứ 6 và kỳ họp thứ 7.', '#>  ^^ inconsistent-spelling'].join('\n'));
  });

  it('fixes to the majority spelling, keeping the case', () => {
    const text = 'Kì họp thứ 7 khai mạc. Kỳ họp thông qua nghị quyết, kỳ họp bế mạc.';
    const [f] = found(text);
    assert.equal(f.fixes[0].safe, true);
    const e = f.fixes[0].edits[0];
    const fixed = text.slice(0, e.start) + e.newText + text.slice(e.end);
    assert.equal(fixed, 'Kỳ họp thứ 7 khai mạc. Kỳ họp thông qua nghị quyết, kỳ họp bế mạc.');
    assert.deepEqual(found(fixed), []);
  });
});
