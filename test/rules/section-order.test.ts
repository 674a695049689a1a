import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';

const RULE = 'section-order';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);
const join = (...parts: string[]): string => parts.join('\n\n');

const OPEN = 'Sáng ngày 10/5/2023, Đảng bộ xã An Phú tổ chức hội nghị sơ kết giữa nhiệm kỳ 2020 – 2025.';
const ATT = 'Tới dự và chỉ đạo có đồng chí Trần Văn Bình, Bí thư Huyện ủy.';
const ACH = 'Báo cáo cho biết, xã đã hoàn thành 15/20 chỉ tiêu nghị quyết.';
const ACH2 = 'Công tác xây dựng Đảng được quan tâm, kết nạp 12 đảng viên.';
const SHORT = 'Tuy nhiên, xã vẫn còn một số hạn chế trong công tác giảm nghèo.';
const DIR = 'Phát biểu chỉ đạo, đồng chí Trần Văn Bình đề nghị xã tập trung phát triển kinh tế.';
const CONC = 'Kết luận hội nghị, đồng chí Lê Văn Nam tiếp thu các ý kiến chỉ đạo./.';
const BY = 'Lê Thu Hà – Đài truyền thanh xã An Phú';

describe(`rule ${RULE}`, () => {
  const valid: Array<[string, string]> = [
    ['the usual order', join(OPEN, ATT, ACH, ACH2, SHORT, DIR, CONC, BY)],
    ['attendees inside the opening paragraph', join(`${OPEN} ${ATT}`, ACH, SHORT, DIR, BY)],
    ['captions anywhere', join(OPEN, 'Toàn cảnh hội nghị', ATT, 'Đồng chí Trần Văn Bình phát biểu chỉ đạo hội nghị', ACH, SHORT, DIR, BY)],
    ['a section missing is not disorder', join(OPEN, ATT, ACH, DIR, BY)],
    ['discussion and conclusion need no fixed place', join(OPEN, ATT, 'Các ý kiến thảo luận tại hội nghị tập trung vào giải pháp.', ACH, SHORT, DIR, CONC, BY)],
    ['several results paragraphs', join(OPEN, ACH, ACH2, SHORT, DIR, BY)],
    ['empty', ''],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepEqual(findings(text), []));

  const invalid: Array<[string, string, string[]]> = [
    ['directives right after the opening', join(OPEN, ATT, DIR, ACH, SHORT, CONC, BY), ['directives']],
    ['shortcomings before the results', join(OPEN, ATT, SHORT, ACH, DIR, BY), ['shortcomings']],
    ['attendees after the results', join(OPEN, ACH, ATT, SHORT, DIR, BY), ['attendees']],
  ];
  for (const [name, text, sections] of invalid) {
    it(`invalid: ${name}`, () => assert.deepEqual(findings(text).map((f) => f.section), sections));
  }

  it('reports the first sentence of the misplaced paragraph (fixture)', () => {
    const dir = '  Phát biểu chỉ đạo, đồng chí A đề nghị xã tập trung. Đồng chí cũng lưu ý công tác giảm nghèo.';
    const first = 'Phát biểu chỉ đạo, đồng chí A đề nghị xã tập trung.';
    checkFixture([OPEN, '', dir, '#>' + '^'.repeat(first.length) + ' section-order', '', ACH, '', SHORT, '', BY].join('\n'));
  });

  it('uses message ids per section', () => {
    const [f] = findings(join(OPEN, ACH, ATT, SHORT, DIR, BY));
    assert.equal(f.messageId, 'misplaced.attendees');
    assert.equal(f.severity, 'information');
  });
});
