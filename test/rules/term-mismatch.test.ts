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
    // a term without its body that is one of the bodies' terms, or far from all of them
    'Đảng bộ xã nhiệm kỳ 2020 – 2025. HĐND xã nhiệm kỳ 2021 – 2026. Thực hiện Nghị quyết nhiệm kỳ 2020 – 2025.',
    'Đảng bộ xã nhiệm kỳ 2020 – 2025. HĐND xã nhiệm kỳ 2021 – 2026. Đại hội nhiệm kỳ 2023 – 2028.',
  ];
  const invalid = [
    'Nghị quyết Đại hội Đảng bộ xã, nhiệm kỳ 2020 – 2025. Kết luận, Đảng bộ xã quyết tâm thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2026.',
    'Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2025. Tổng kết Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2024.',
    'Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2025. Một số chỉ tiêu của Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2021 – 2025 còn chậm.',
    'HĐND xã khóa XX, nhiệm kỳ 2021 – 2026. Kỳ họp HĐND xã nhiệm kỳ 2021 – 2025.',
    // a term without its body, beside two bodies, near one of them only
    'Đảng bộ xã nhiệm kỳ 2020 – 2025. HĐND xã nhiệm kỳ 2021 – 2026. Thực hiện Nghị quyết nhiệm kỳ 2020 – 2024.',
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const text of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), ['mismatch']));

  it('reports a term without its body that nearly repeats two bodies\' terms, with a fix for each', () => {
    const text =
      'Thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XX, nhiệm kỳ 2020 – 2025.\n\nHĐND xã khóa XX, nhiệm kỳ 2021 – 2026 hoạt động tốt.\n\nĐồng chí Bí thư đề nghị thực hiện thắng lợi Nghị quyết nhiệm kỳ 2020 – 2026.';
    const f = findings(text);
    assert.deepEqual(f.map((x) => [x.messageId, text.slice(x.start, x.end)]), [['mismatchEither', 'nhiệm kỳ 2020 – 2026']]);
    assert.deepEqual(f[0].fixes?.map((x) => x.values?.expected), ['2020 – 2025', '2021 – 2026']);
    assert.ok(applyFix(text, f[0]).endsWith('nhiệm kỳ 2020 – 2025.'));
  });

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

  describe('khóa numerals', () => {
    const valid = [
      'HĐND xã Cao Sơn khóa XX tổ chức kỳ họp thứ 7. Kỳ họp thứ 7 HĐND xã khóa XX bế mạc.',
      // other bodies: National Assembly, Party Central, the provincial council, another commune
      'Kỳ họp thứ 7 HĐND xã khóa XX. Dự có đại biểu Quốc hội khóa XV và đại biểu HĐND tỉnh khóa XVIII.',
      'Quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII. Ban Chấp hành Đảng bộ xã khóa XXV họp.',
      'HĐND xã khóa XIX họp. Đại biểu HĐND huyện khóa XX dự.',
      'HĐND xã Cao Sơn khóa XX họp. HĐND xã Tân Lập khóa XXI họp.',
      // a list of terms, a cited resolution, the old commune
      'Thực hiện Nghị quyết Trung ương 4 khóa XII, khóa XIII. HĐND xã khóa XX họp.',
      'Theo Nghị quyết số 05-NQ/ĐU của Ban Chấp hành Đảng bộ xã khóa XXIV. Hội nghị Ban Chấp hành Đảng bộ xã khóa XXV.',
      'Đồng chí Lan, nguyên Chủ tịch HĐND xã khóa XIX, dự. Kỳ họp thứ 7 HĐND xã khóa XX.',
      // a change of term: a council's first session, a Party congress
      'Kỳ họp thứ nhất HĐND xã khóa XXI, nhiệm kỳ 2026 – 2031. HĐND xã khóa XX đã hoàn thành nhiệm vụ.',
      'Đại hội đại biểu Đảng bộ xã lần thứ XXV. Ban Chấp hành Đảng bộ xã khóa XXIV báo cáo. Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XXV.',
      // a dated mention is history
      'HĐND xã khóa XX họp. Từ năm 1994, HĐND xã khóa XV đã xây dựng trụ sở.',
      // a change of term with the outgoing and incoming numbers
      'Kỳ họp thứ nhất HĐND xã khóa XXI bầu Chủ tịch HĐND xã khóa XXI. Chủ tịch HĐND xã khóa XX tái cử.',
    ];
    const invalid = [
      'Sáng 20/12, HĐND xã Cao Sơn khóa XIX tổ chức kỳ họp thứ 7.\n\nKỳ họp thứ 7 HĐND xã khóa XX đã bế mạc.',
      'Hội nghị Ban Chấp hành Đảng bộ xã khóa XXV. Đồng chí Bí thư Đảng ủy xã khóa XXIV phát biểu.',
      'HĐND xã khóa XIX họp. Thường trực HĐND xã khóa XXI chủ trì.',
      // the date of the lead is not history
      'Chiều ngày 26 tháng 8 năm 2020, HĐND xã Cao Sơn khóa XIX tổ chức kỳ họp thứ 12. Kỳ họp thứ 12 HĐND xã Cao Sơn, khóa XX bế mạc.',
      'Kỳ họp thứ 9 HĐND phường khóa XX. Đại biểu HĐND khóa XXI chất vấn.',
      // a number far from the others, even in an article about a first session
      'Chuẩn bị kỳ họp thứ nhất HĐND huyện khóa VI. Đồng chí Phó Chủ tịch HĐND huyện khóa VI chủ trì. Kỳ họp thứ nhất HĐND huyện khóa XX thành công.',
      'HĐND tỉnh khóa XVIII họp. Đại biểu HĐND tỉnh khóa XVII phát biểu.',
    ];
    for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
    for (const text of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), ['numberMismatch']));

    it('marks the later slip of the same body and fixes its numeral', () => {
      const l1 = 'Sáng 20/12, HĐND xã Cao Sơn khóa XIX tổ chức kỳ họp thứ 7.';
      const l2 = 'Kỳ họp thứ 7 HĐND xã Cao Sơn khóa XX đã bế mạc.';
      checkFixture([l1, '', l2, caretUnder(l2, 'khóa XX', RULE)].join('\n'));
      const text = `${l1}\n\n${l2}`;
      const [f] = findings(text);
      assert.deepEqual(f.values, { found: 'XX', expected: 'XIX', body: 'HĐND xã' });
      const fixed = applyFix(text, f);
      assert.ok(fixed.endsWith('HĐND xã Cao Sơn khóa XIX đã bế mạc.'));
      assert.deepEqual(ids(fixed), []);
    });

    it('works on decomposed (NFD) text with CRLF line ends', () => {
      const text = 'Sáng 20/12, HĐND xã Cao Sơn khóa XIX họp.\r\n\r\nKỳ họp HĐND xã khóa XX bế mạc.'.normalize('NFD');
      const [f] = findings(text);
      assert.equal(text.slice(f.start, f.end).normalize('NFC'), 'khóa XX');
      assert.ok(applyFix(text, f).normalize('NFC').endsWith('HĐND xã khóa XIX bế mạc.'));
    });

    it('prefers the number written most often', () => {
      const text = 'HĐND xã khóa XX họp. HĐND xã khóa XIX bế mạc. Đại biểu HĐND xã khóa XX về dự.';
      const f = findings(text);
      assert.deepEqual(f.map((x) => text.slice(x.start, x.end)), ['khóa XIX']);
    });
  });

  describe('terms that cannot be', () => {
    it('reports a term ending before it starts, and fixes it from the same term written elsewhere', () => {
      const text = 'Chuẩn bị đại hội Đảng các cấp, nhiệm kỳ 2015-2020.\n\nChuẩn bị Đại hội Đảng các cấp nhiệm kỳ 2015-2010 theo đúng nội dung.';
      const f = findings(text);
      assert.deepEqual(f.map((x) => [x.messageId, text.slice(x.start, x.end)]), [['impossible', 'nhiệm kỳ 2015-2010']]);
      const fixed = applyFix(text, f[0]);
      assert.ok(fixed.includes('nhiệm kỳ 2015-2020 theo'));
      assert.deepEqual(ids(fixed), []);
    });

    it('reports a malformed year and fixes it', () => {
      const l = 'Đại hội Đảng bộ xã lần thứ Nhất, nhiệm kỳ 2025-22030.';
      checkFixture([l, caretUnder(l, 'nhiệm kỳ 2025-22030', RULE), '', 'Đại hội nhiệm kỳ 2025-2030 được tổ chức.'].join('\n'));
      const text = `${l}\n\nĐại hội nhiệm kỳ 2025-2030 được tổ chức.`;
      const [f] = findings(text);
      assert.deepEqual([f.messageId, f.values.year], ['malformed', '22030']);
      assert.deepEqual(ids(applyFix(text, f)), []);
    });

    it('reports a malformed year after "NHIỆM KỲ" or "Nhiệm kỳ" (the quick test looks for both ỳ and Ỳ)', () => {
      assert.deepEqual(findings('ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2025-22030.').map((f) => f.messageId), ['malformed']);
      assert.deepEqual(findings('Đại hội Đảng bộ xã Nhiệm kỳ 2025-22030.').map((f) => f.messageId), ['malformed']);
    });

    it('reports a lone impossible term without a fix', () => {
      const f = findings('Đại hội Chi bộ nhiệm kỳ 2022 – 2022.');
      assert.deepEqual([f.map((x) => x.messageId), f[0].fixes ?? []], [['impossible'], []]);
    });

    it('leaves spans of several terms and short terms alone', () => {
      assert.deepEqual(ids('Qua hai nhiệm kỳ 2010 – 2020, Đảng bộ xã phát triển. Nhiệm kỳ 2025 - 2027 và tiến tới.'), []);
    });
  });
});
