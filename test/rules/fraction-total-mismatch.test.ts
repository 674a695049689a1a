import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Config, Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';
import { applyFix } from '../support/fixes';

const RULE = 'fraction-total-mismatch';
const found = (text: string, config?: Partial<Config>): Finding[] => analyze(text, config).findings.filter((f) => f.rule === RULE);
const ids = (text: string, config?: Partial<Config>): string[] => found(text, config).map((f) => f.messageId);


describe(RULE, () => {
  const valid = [
    'Trong 24 chỉ tiêu chủ yếu, đến nay có 12/24 mục tiêu đạt, 12/24 mục tiêu chưa đạt.',
    'Đạt và vượt 18/31 chỉ tiêu; 3/16 chi bộ hoàn thành xuất sắc nhiệm vụ.',
    'Xã đạt 15/19 tiêu chí nông thôn mới.',
    'Xã đạt 8/9 tiêu chí nông thôn mới kiểu mẫu.',
    'Xã đã đạt 15/20 tiêu chí xã nông thôn mới nâng cao.',
    'Trong 26 chỉ tiêu, có 10 chỉ tiêu kinh tế; đã đạt 8/10 chỉ tiêu kinh tế.',
    'Nghị quyết đề ra 15 chỉ tiêu chủ yếu cho nhiệm kỳ mới.',
    'Đạt 15/17 chỉ tiêu kinh tế, 8/10 chỉ tiêu văn hóa đạt kế hoạch.',
    // one total across the article, but different sets may share a noun
    'Trong 24 chỉ tiêu Nghị quyết đề ra, có 20/24 chỉ tiêu đạt.\n\nRiêng lĩnh vực kinh tế, đạt 7/8 chỉ tiêu kinh tế.',
    'Năm 2023, có 19/21 chỉ tiêu đạt và vượt, 2/21 chỉ tiêu chưa đạt.\n\nSau hơn hai năm rưỡi thực hiện nghị quyết nhiệm kỳ 2020 – 2025, có 20/22 chỉ tiêu đạt.',
    'Nhiệm kỳ 2022 – 2025, chi bộ hoàn thành 11/12 chỉ tiêu nghị quyết, 01/12 chỉ tiêu chưa đạt.\n\nĐại hội thông qua nghị quyết, đề ra 13 chỉ tiêu cho nhiệm kỳ mới.',
    'Trong 24 chỉ tiêu, có 20/24 chỉ tiêu đạt.\n\nNăm 2024 phấn đấu hoàn thành 30/30 chỉ tiêu.',
    'Có 3/16 chi bộ hoàn thành xuất sắc nhiệm vụ.\n\nĐã tổ chức đại hội 13/13 chi bộ trực thuộc.',
    'Có 18/20 chỉ tiêu đạt.\n\nCó 19/21 chỉ tiêu đạt.',
    'Trong 25 chỉ tiêu, có 17/25 chỉ tiêu đạt.\n\nTrong đó có 10 chỉ tiêu kinh tế – xã hội, đạt 8/10 chỉ tiêu.',
    'Trong số 25 chỉ tiêu, có 17/25 chỉ tiêu đạt, 8/25 chỉ tiêu đang thực hiện.\n\nTập trung cho 8/25 chỉ tiêu còn lại.',
    'Xã đạt 10/10 tiêu chí quốc gia về y tế, 10/10 tiêu chí quốc gia về y tế được duy trì.\n\nCó 8/9 tiêu chí thôn kiểu mẫu đã đạt.',
    // a congress: the old term's results against the new term's set
    'Chi bộ lãnh đạo hoàn thành 11/12 chỉ tiêu nghị quyết.\n\nĐại hội đề ra 13 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 – 2027.',
    'Ngày 18/4/2025, chi bộ tổ chức đại hội. Chi bộ lãnh đạo hoàn thành 11/12 chỉ tiêu nghị quyết.\n\nNghị quyết nhiệm kỳ 2025 – 2027 gồm 13 chỉ tiêu chủ yếu; 11/13 chỉ tiêu là mới.',
    'Chi bộ lãnh đạo hoàn thành 11/12 chỉ tiêu nghị quyết.\n\nĐại hội đã thông qua Nghị quyết. Trong đó có 13 chỉ tiêu chủ yếu; 11/13 chỉ tiêu là mới.',
    'Năm 2023, trong 20 chỉ tiêu Nghị quyết HĐND xã giao, có 18/20 chỉ tiêu đạt.\n\nNăm 2024 phấn đấu đạt 21/21 chỉ tiêu.',
    'Trong 20 chỉ tiêu Nghị quyết HĐND xã giao, có 18/20 chỉ tiêu đạt.\n\nĐảng bộ xã hoàn thành 19/21 chỉ tiêu Nghị quyết Đại hội Đảng bộ.',
  ];
  const invalid: Array<[string, string]> = [
    ['Nghị quyết Đại hội đề ra 26 chỉ tiêu chủ yếu. Đến nay có 17/28 chỉ tiêu đạt và vượt.', 'announcedTotal'],
    ['Nghị quyết đề ra 19 chỉ tiêu chủ yếu; kết quả thực hiện có 13/18 chỉ tiêu đạt và vượt kế hoạch.', 'announcedTotal'],
    ['Trong 24 chỉ tiêu, có 12/25 chỉ tiêu đạt.', 'announcedTotal'],
    ['Phấn đấu đạt 17/20 tiêu chí nông thôn mới vào cuối năm.', 'knownTotal'],
    ['Có 18/20 chỉ tiêu đạt và vượt kế hoạch, 02/21 chỉ tiêu chưa đạt.', 'listTotal'],
    // an announced or majority total binds the whole article
    ['Trong số 25 chỉ tiêu chủ yếu của Nghị quyết, đến nay đã có 17/25 chỉ tiêu đạt và vượt.\n\nTập trung cho 8/24 chỉ tiêu còn lại.', 'articleTotal'],
    ['Đạt và vượt 14/25 chỉ tiêu, 11/25 chỉ tiêu còn lại đạt từ 60% trở lên.\n\nPhấn đấu hoàn thành 11/26 chỉ tiêu còn lại.', 'articleTotal'],
    ['Chi bộ đạt 12/23 chỉ tiêu.\n\nTrong 24 chỉ tiêu Nghị quyết đề ra, có 12/24 chỉ tiêu đạt, 12/24 chỉ tiêu chưa đạt.', 'articleTotal'],
    ['Trong 24 chỉ tiêu Nghị quyết Đại hội đề ra, có 12/24 chỉ tiêu đạt.\n\nChi bộ tập trung lãnh đạo thực hiện 12/28 chỉ tiêu nghị quyết còn lại.', 'articleTotal'],
    ['Tổng số 20 tiêu chí đô thị văn minh, phường đạt 18/20 tiêu chí.\n\nPhấn đấu hoàn thành 2/21 tiêu chí còn lại.', 'articleTotal'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('uses the configured size of the new-countryside set', () => {
    assert.deepEqual(ids('Xã đạt 17/20 tiêu chí nông thôn mới.', { knownTotals: { 'tiêu chí nông thôn mới': 20 } }), []);
    assert.deepEqual(ids('Xã đạt 17/19 tiêu chí nông thôn mới.', { knownTotals: { 'tiêu chí nông thôn mới': 20 } }), ['knownTotal']);
  });

  it('marks the fraction whose total disagrees', () => {
    checkFixture(
      [
        'Xã đạt 15/19 tiêu chí nông thôn mới.',
        'Phấn đấu đạt 17/20 tiêu chí nông thôn mới.',
        '#>           ^^^^^ fraction-total-mismatch',
      ].join('\n'),
    );
  });

  it('fixes the total to the announced one', () => {
    const text = 'Nghị quyết đề ra 26 chỉ tiêu chủ yếu; đến nay có 17/28 chỉ tiêu đạt và vượt.';
    const [finding] = found(text);
    assert.ok(finding.fixes.length === 1 && finding.fixes[0].safe === false);
    const fixed = applyFix(text, finding);
    assert.equal(fixed, 'Nghị quyết đề ra 26 chỉ tiêu chủ yếu; đến nay có 17/26 chỉ tiêu đạt và vượt.');
    assert.deepEqual(found(fixed), []);
  });

  it('fixes a total to the one used elsewhere in the article', () => {
    const text = 'Trong số 25 chỉ tiêu của Nghị quyết, có 17/25 chỉ tiêu đạt.\n\nTập trung cho 8/24 chỉ tiêu còn lại.';
    const fixed = applyFix(text, found(text)[0]);
    assert.equal(fixed, 'Trong số 25 chỉ tiêu của Nghị quyết, có 17/25 chỉ tiêu đạt.\n\nTập trung cho 8/25 chỉ tiêu còn lại.');
    assert.deepEqual(found(fixed), []);
  });

  it('fixes a new-countryside total to the known size', () => {
    const text = 'Xã đạt 15/19 tiêu chí nông thôn mới. Phấn đấu đạt 17/20 tiêu chí nông thôn mới.';
    const fixed = applyFix(text, found(text)[0]);
    assert.equal(fixed, 'Xã đạt 15/19 tiêu chí nông thôn mới. Phấn đấu đạt 17/19 tiêu chí nông thôn mới.');
    assert.deepEqual(found(fixed), []);
  });
});
