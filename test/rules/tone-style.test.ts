import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { checkFixture } from '../support/fixture';
import type { Config, Finding } from '../../server/src/core/types';
import { applyFixes } from '../support/fixes';
import { toneStyle } from '../../server/src/core/rules/tone-style';

const RULE = 'tone-style';
const found = (text: string, config: Partial<Config> = {}): Finding[] => analyze(text, config).findings.filter((f) => f.rule === RULE);
const words = (text: string, config: Partial<Config> = {}): string[] => found(text, config).map((f) => text.slice(f.start, f.end));


describe(RULE, () => {
  const valid = [
    'Đảng ủy xã đẩy mạnh văn hóa, chăm lo sức khỏe, phát triển thủy lợi.',
    'Đảng uỷ xã đẩy mạnh văn hoá, chăm lo sức khoẻ, phát triển thuỷ lợi.',
    'Hoàn thành toàn bộ kế hoạch, quý III tăng trưởng khá.',
    'Đảng ủy xã Hoà Bình chỉ đạo cơ giới hóa.',
    'Đồng chí La Văn Hoà, Phó Bí thư Đảng ủy, phát biểu về văn hóa.',
    'Văn hoá.',
    'Tỉnh Thanh Hóa chăm lo văn hoá, sức khoẻ, thuỷ lợi.',
  ];
  const invalid: Array<[string, string[]]> = [
    ['Đảng ủy xã chỉ đạo cơ giới hóa và cơ giới hoá.', ['hoá']],
    ['Đảng uỷ, chính quyền và Đảng ủy xã chăm lo văn hoá.', ['ủy']],
    ['Đảng ủy, Ủy ban nhân dân chăm lo sức khoẻ.', ['khoẻ']],
    ['Văn hoá và văn hóa.', ['hóa']],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(words(text), []));
  for (const [text, expected] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(words(text), expected));

  it('follows config.toneStyle', () => {
    const text = 'Đảng ủy xã chăm lo văn hóa, sức khỏe.';
    assert.deepEqual(words(text, { toneStyle: 'new' }), ['ủy', 'hóa', 'khỏe']);
    assert.deepEqual(words(text, { toneStyle: 'old' }), []);
    assert.deepEqual(found(text, { toneStyle: 'new' }).map((f) => f.messageId), ['oldConfigured', 'oldConfigured', 'oldConfigured']);
  });

  it('counts a lower-case word that is also written Capitalised (Ủy ban beside uỷ)', () => {
    assert.deepEqual(words('Uỷ ban nhân dân xã và Ủy ban MTTQ, Đảng uỷ xã.'), ['Ủy']);
  });

  it('marks the minority word', () => {
    checkFixture(['Đảng ủy chỉ đạo cơ giới hóa và thủy lợi, văn hoá.', '#>                                           ^^^ tone-style'].join('\n'));
  });

  it('re-places the mark safely and the findings go away', () => {
    const text = 'Đảng ủy xã chỉ đạo văn hóa, sức khoẻ và thuỷ lợi, cơ giới hóa.';
    const findings = found(text);
    assert.equal(findings.length, 2);
    assert.ok(findings.every((f) => f.fixes[0].safe));
    const fixed = applyFixes(text, findings);
    assert.equal(fixed, 'Đảng ủy xã chỉ đạo văn hóa, sức khỏe và thủy lợi, cơ giới hóa.');
    assert.deepEqual(found(fixed), []);
  });

  it('keeps ALL CAPS words in their case', () => {
    assert.deepEqual(found('VĂN HOÁ\nĐảng ủy xã chăm lo văn hóa.').map((f) => f.fixes[0].edits[0].newText), ['HÓA']);
  });
  it('keeps no reading of a word in a run of Capitalised words (it neither votes nor is reported)', () => {
    const text = 'Xã Hòa Bình và huyện Thanh Hóa hoà nhập; Ủy ban xã.';
    const read = toneStyle.paragraphScan?.scan(text, 0, text.length) ?? [];
    assert.deepEqual(read.map((r) => text.slice(r.start, r.end)), ['hoà', 'Ủy']);
    // the same words still count where they are not in a name run
    assert.deepEqual(words('Hòa Bình hòa nhập, hòa giải, hòa hợp; cùng hoà đồng.'), ['hoà']);
  });
});
