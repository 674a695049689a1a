import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { caretUnder, checkFixture } from '../support/fixture';
import { applyFix } from '../support/fixes';

const RULE = 'term-mismatch';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);
const ids = (text: string): string[] => findings(text).map((f) => f.messageId);

describe(RULE, () => {
  const valid = [
    'Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2025. Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025.',
    // HĐND and the Party have different terms
    'HĐND xã khóa XX, nhiệm kỳ 2021 – 2026 họp. Thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2025.',
    // a chi bộ's term beside the Party committee's
    'Đảng bộ xã nhiệm kỳ 2020 – 2025 chỉ đạo. Đại hội chi bộ trực thuộc nhiệm kỳ 2022 – 2025.',
    // the next term
    'Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2025. Chuẩn bị đại hội Đảng bộ xã nhiệm kỳ 2025 – 2030.',
    // a mass organisation
    'Đảng bộ xã nhiệm kỳ 2020 – 2025. Chỉ đạo tổ chức đại hội nhiệm kỳ 2023-2028 đối với Hội nông dân.',
    // the chi bộ's previous and new terms
    'Nhiệm kỳ 2020 – 2022, Chi bộ đã lãnh đạo tốt. Chi ủy nhiệm kỳ 2022 – 2025 gồm 03 đồng chí.',
    'Giai đoạn 2021 – 2025 và nhiệm kỳ 2020 – 2025 của Đảng bộ xã.',
    // each mass organisation has its own term
    'Đại hội Hội Nông dân xã nhiệm kỳ 2023 – 2028. Đại hội Hội Cựu chiến binh xã nhiệm kỳ 2022 – 2027. Đại hội Công đoàn nhiệm kỳ 2023 – 2027.',
  ];
  const invalid = [
    'Nghị quyết Đại hội Đảng bộ xã, nhiệm kỳ 2020 – 2025. Kết luận, Đảng bộ xã quyết tâm thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2026.',
    'Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2025. Tổng kết Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2024.',
    'Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2025. Một số chỉ tiêu của Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2021 – 2025 còn chậm.',
    'HĐND xã khóa XX, nhiệm kỳ 2021 – 2026. Kỳ họp HĐND xã nhiệm kỳ 2021 – 2025.',
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const text of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), ['mismatch']));

  it('reports the minority form, not the majority', () => {
    const text = 'Đảng bộ xã nhiệm kỳ 2020 – 2026 họp. Đảng bộ xã nhiệm kỳ 2020 – 2025. Đảng bộ xã nhiệm kỳ 2020 – 2025.';
    const f = findings(text);
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0].start, f[0].end), 'nhiệm kỳ 2020 – 2026');
  });

  it('marks the term', () => {
    const l = 'Đảng bộ xã nhiệm kỳ 2020 – 2025. Đảng bộ xã nhiệm kỳ 2020 – 2024.';
    checkFixture([l, caretUnder(l, 'nhiệm kỳ 2020 – 2024', RULE)].join('\n'));
  });

  it('fixes the differing year to the majority form', () => {
    const text = 'Đảng bộ xã nhiệm kỳ 2020 – 2025. Nghị quyết Đảng bộ xã nhiệm kỳ 2021 – 2025 còn chậm.';
    const [f] = findings(text);
    const fixed = applyFix(text, f);
    assert.equal(fixed, 'Đảng bộ xã nhiệm kỳ 2020 – 2025. Nghị quyết Đảng bộ xã nhiệm kỳ 2020 – 2025 còn chậm.');
    assert.deepEqual(ids(fixed), []);
  });
});
