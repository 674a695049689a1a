import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';
import { applyFixes } from '../support/fixes';
import fc from 'fast-check';
import { isWebArtifactLine } from '../../server/src/core/segment/cues';
import { createTextDoc } from '../../server/src/core/text/textdoc';

const RULE = 'web-artifact';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);


const TITLE = 'ĐẢNG BỘ XÃ AN PHÚ SƠ KẾT GIỮA NHIỆM KỲ';
const P1 = 'Sáng ngày 10/5/2023, Đảng bộ xã An Phú tổ chức hội nghị sơ kết giữa nhiệm kỳ.';
const P2 = 'Báo cáo cho biết, xã đã hoàn thành 15/20 chỉ tiêu nghị quyết./.';
const BY = 'Lê Thu Hà – Đài truyền thanh xã An Phú';

describe(`rule ${RULE}`, () => {
  const valid: Array<[string, string]> = [
    ['an ordinary article', [TITLE, '', P1, '', P2, '', BY].join('\n')],
    ['"chia sẻ" inside a sentence', 'Các đại biểu chia sẻ kinh nghiệm xây dựng nông thôn mới.'],
    ['a caption about sharing experience', 'Chia sẻ kinh nghiệm tại hội nghị'],
    ['"bình luận" as part of a sentence', 'Bình luận viên Nguyễn Văn A phát biểu.'],
    ['the word "loading" in a sentence', 'Hệ thống loading dữ liệu chậm.'],
    ['a bar between two ordinary words', 'Hội nghị | Đảng ủy'],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepEqual(findings(text), []));

  const invalid: string[] = [
    'loading...',
    'loading....',
    'Xem thêm: Phường Quang Trung ra mắt mô hình tuyến phố văn minh',
    'Lượt xem: 1.254    In trang',
    'Chia sẻ | Bình luận',
    'Chia sẻ',
    'Chia sẻ bài viết',
    'Bình luận',
    'In bài viết',
    'Đọc tiếp',
    'Tin liên quan',
    'Trở về',
    'Lượt xem: 123',
    'Chia sẻ: Facebook Zalo',
    'Đang tải...',
    'Bài viết liên quan',
    'Từ khóa: nông thôn mới, sơ kết',
  ];
  for (const junk of invalid) {
    it(`invalid: "${junk}"`, () => assert.equal(findings([P1, '', junk, '', P2].join('\n')).length, 1));
  }

  it('marks the trimmed line (fixture)', () => {
    checkFixture([TITLE, '  loading...', '#>^^^^^^^^^^ web-artifact', '', P1].join('\n'));
  });

  const fixCases: Array<[string, string, string]> = [
    ['junk under the title', `${TITLE}\nloading...\n\n${P1}`, `${TITLE}\n\n${P1}`],
    ['junk paragraph between paragraphs', `${P1}\n\nXem thêm: Tin khác\n\n${P2}`, `${P1}\n\n${P2}`],
    ['junk at the end after a blank line', `${P2}\n\n${BY}\n\nChia sẻ bài viết`, `${P2}\n\n${BY}`],
    ['junk at the very end', `${P2}\n\n${BY}\nloading....`, `${P2}\n\n${BY}`],
    ['two junk lines at the end', `${P2}\n\n${BY}\n\nChia sẻ\nBình luận`, `${P2}\n\n${BY}\n\n`],
    ['CRLF text', `${P1}\r\n\r\nIn bài viết\r\n\r\n${P2}`, `${P1}\r\n\r\n${P2}`],
  ];
  for (const [name, text, fixed] of fixCases) {
    it(`fix: ${name}`, () => {
      const list = findings(text);
      assert.ok(list.length > 0 && list.every((f) => f.fixes[0].safe));
      const out = applyFixes(text, list);
      assert.equal(out, fixed);
      assert.deepEqual(findings(out), []);
    });
  }

  it('reports exactly the web-artifact lines of the text, whatever its line breaks (fast-check)', () => {
    // the rule reads lines itself (paragraph by paragraph for core/incremental): the same lines as the TextDoc's
    const piece = fc.constantFrom('loading...', 'Chia sẻ | Bình luận', '  In bài viết ', 'Xem thêm: Hội nghị', 'Hội nghị tổng kết.', '', ' ', 'Lượt xem: 12');
    const brk = fc.constantFrom('\n', '\r', '\r\n', '\n\n', '\r\r', '\r\n\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, brk), { maxLength: 12 }), (parts) => {
        const text = parts.map(([p, b]) => p + b).join('');
        const doc = createTextDoc(text);
        const expected = doc.lines.filter((l) => isWebArtifactLine(l.text)).map((l) => l.start + l.text.indexOf(l.text.trim()));
        assert.deepEqual(findings(text).map((f) => f.start), expected, JSON.stringify(text));
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
