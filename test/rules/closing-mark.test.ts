import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';
import { applyFix } from '../support/fixes';

const RULE = 'closing-mark';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);
const OPEN = 'Sáng ngày 10/5/2023, Đảng bộ xã An Phú tổ chức hội nghị sơ kết giữa nhiệm kỳ.';
const LAST = 'Phát biểu chỉ đạo, đồng chí Trần Văn Bình đề nghị xã tập trung phát triển kinh tế';
const UNIT = 'Lê Thu Hà – Đài truyền thanh xã An Phú';
const join = (...parts: string[]): string => parts.join('\n\n');


describe(`rule ${RULE}`, () => {
  const valid: Array<[string, string]> = [
    ['ends with ./.', join(OPEN, `${LAST}./.`, UNIT)],
    ['a bare-name byline does not commit to the convention', join(OPEN, `${LAST}.`, 'Nguyễn Đăng Thái')],
    ['no byline', join(OPEN, `${LAST}.`)],
    ['ends with an ellipsis', join(OPEN, `${LAST}...`, UNIT)],
    ['ends without punctuation', join(OPEN, LAST, UNIT)],
    ['a caption between body and byline, body closed', join(OPEN, `${LAST}./.`, 'Toàn cảnh hội nghị', UNIT)],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepEqual(findings(text), []));

  const invalid: Array<[string, string]> = [
    ['plain full stop, unit byline', join(OPEN, `${LAST}.`, UNIT)],
    ['plain full stop, source label', join(OPEN, `${LAST}.`, 'Nguồn: Văn phòng Đảng ủy xã')],
    ['plain full stop, caption before byline', join(OPEN, `${LAST}.`, 'Toàn cảnh hội nghị', UNIT)],
  ];
  for (const [name, text] of invalid) it(`invalid: ${name}`, () => assert.deepEqual(findings(text).map((f) => f.messageId), ['missingMark']));

  const garbled: Array<[string, string]> = [
    ['last stop lost', `${LAST}./`],
    ['spaced', `${LAST}. /.`],
    ['first stop lost', `${LAST}/.`],
  ];
  for (const [name, last] of garbled) {
    it(`garbled mark: ${name} (reported even with a bare-name byline)`, () => {
      const text = join(OPEN, last, 'Nguyễn Đăng Thái');
      const f = findings(text);
      assert.deepEqual(f.map((x) => x.messageId), ['garbledMark']);
      assert.equal(applyFix(text, f[0]), join(OPEN, `${LAST}./.`, 'Nguyễn Đăng Thái'));
    });
  }

  it('is information by default and marks the final stop (fixture)', () => {
    checkFixture([OPEN, '', `${LAST}.`, '#>' + ' '.repeat(LAST.length - 2) + '^ closing-mark', '', UNIT].join('\n'));
    assert.equal(findings(join(OPEN, `${LAST}.`, UNIT))[0].severity, 'information');
  });

  it('fix turns "." into "./." and the finding goes away', () => {
    const text = join(OPEN, `${LAST}.`, UNIT);
    const [f] = findings(text);
    assert.equal(f.fixes[0].safe, true);
    const fixed = applyFix(text, f);
    assert.equal(fixed, join(OPEN, `${LAST}./.`, UNIT));
    assert.deepEqual(findings(fixed), []);
  });
});
