import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';

const RULE = 'byline-format';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);
const BODY = 'Sáng ngày 10/5/2023, Đảng bộ xã An Phú tổ chức hội nghị sơ kết giữa nhiệm kỳ.\n\nBáo cáo cho biết, xã đã hoàn thành 15/20 chỉ tiêu nghị quyết./.';
const withByline = (...lines: string[]): string => [BODY, ...lines].join('\n\n');

describe(`rule ${RULE}`, () => {
  const valid: Array<[string, string]> = [
    ['name – unit', withByline('Dương Tập – UBND xã Cao Sơn')],
    ['labelled author', withByline('Tác giả: Hà Diễn – Đài truyền thanh xã')],
    ['source', withByline('Nguồn: Văn phòng Đảng ủy xã')],
    ['bare name', withByline('Nguyễn Đăng Thái')],
    ['author then photo credit', withByline('Tác giả: Hà Diễn – Đài truyền thanh xã', 'Nguồn ảnh: Văn phòng – thống kê xã')],
    ['news and photos label', withByline('Tin, ảnh: Quách Minh Hoà')],
    ['no byline at all (missing-section reports it)', BODY],
    ['a dash inside the body is not a byline', 'Sáng ngày 10/5/2023, xã tổ chức hội nghị –\n\nBáo cáo cho biết, xã đạt 15/20 chỉ tiêu./.\n\nLê An – Đài truyền thanh xã'],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepEqual(findings(text), []));

  const invalid: Array<[string, string, string]> = [
    ['empty author label', withByline('Tác giả:'), 'emptyLabel'],
    ['empty source label', withByline('Nguồn:'), 'emptyLabel'],
    ['empty source label with a stray dash', withByline('Nguồn: –'), 'emptyLabel'],
    ['name missing before the dash', withByline('Tác giả: – Đài truyền thanh xã Thạch Bình'), 'nameMissing'],
    ['unlabelled line starting with a dash', withByline('– Đài truyền thanh xã Thạch Bình'), 'nameMissing'],
    ['the label stands where the name should be', withByline('Tác giả – Đài truyền thanh xã'), 'nameMissing'],
    ['dangling dash after the name', withByline('Tác giả: Hà Diễn –'), 'unitMissing'],
  ];
  for (const [name, text, id] of invalid) {
    it(`invalid: ${name}`, () => assert.deepEqual(findings(text).map((f) => f.messageId), [id]));
  }

  it('names the empty label', () => {
    assert.deepEqual(findings(withByline('Nguồn:'))[0].values, { label: 'Nguồn' });
  });

  it('marks the whole byline line (fixture)', () => {
    checkFixture(`${BODY}\n\n  Tác giả: – Đài truyền thanh xã\n#>^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ byline-format`);
  });
});
