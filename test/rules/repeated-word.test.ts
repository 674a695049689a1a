import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';

const RULE = 'repeated-word';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);

function applySafeFixes(text: string, list: Finding[]): string {
  const edits = list.flatMap((f) => f.fixes.filter((x) => x.safe).flatMap((x) => x.edits)).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe(`rule ${RULE}`, () => {
  const valid: Array<[string, string]> = [
    ['ngày ngày (day after day)', 'Ngày ngày, bà con chăm sóc vườn cây.'],
    ['từng người từng việc', 'Phân công từng người từng việc cụ thể.'],
    ['người người, nhà nhà', 'Người người, nhà nhà thi đua lao động sản xuất.'],
    ['xanh xanh', 'Những cánh đồng xanh xanh.'],
    ['đêm đêm', 'Đêm đêm, lực lượng dân quân tuần tra.'],
    ['dần dần', 'Dần dần khắc phục hạn chế.'],
    ['chung chung', 'Ý kiến còn chung chung.'],
    ['năm năm (five years)', 'Trong năm năm qua, xã đã đổi mới.'],
    ['each copy belongs to its own word', 'Các đại biểu biểu quyết thông qua nghị quyết.'],
    ['across a comma', 'Các ban, ban ngành đoàn thể.'],
    ['a name', 'Đồng chí Hà Hà phát biểu.'],
    ['unrelated content words', 'Cây cây trái trĩu quả.'],
    ['a name ends before the same word', 'Nhân dân Việt Nam nam nữ đều bình đẳng.'],
    ['a name before a lower-case word', 'Ông Nguyễn Văn Hà hà tiện lắm.'],
    ['a doubled name is not a title', 'Đại biểu Nguyễn Văn Nam Nguyễn Văn Nam phát biểu.'],
    ['a unit title, then the unit', 'Ông Nguyễn Minh Sắc - Trưởng thôn thôn Đồng Trạng phát biểu.'],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepEqual(findings(text), []));

  const invalid: Array<[string, string, string]> = [
    ['các các', 'Tham dự có các các đồng chí.', 'word'],
    ['đã đã', 'Xã đã đã hoàn thành chỉ tiêu.', 'word'],
    ['của của', 'Sự lãnh đạo của của Đảng ủy.', 'word'],
    ['bám sát sát', 'Ban Thường vụ bám sát sát sự chỉ đạo.', 'word'],
    ['tình hình hình', 'Tình hình hình kinh tế ổn định.', 'word'],
    ['phương hướng hướng', 'Triển khai phương hướng hướng nhiệm vụ.', 'word'],
    ['Chiều ngày ngày 12', 'Chiều ngày ngày 12/4, hội nghị diễn ra.', 'word'],
    ['các đồng chí đồng chí', 'Tham dự có các đồng chí đồng chí Bí thư.', 'phrase'],
    ['capitalised first copy', 'Các các ban ngành tham dự.', 'word'],
    ['capitalised first copy mid-sentence', 'Các đồng chí UV. BTV, Lãnh đạo HĐND, Lãnh lãnh đạo Công an.', 'word'],
    ['a doubled unit without a title', 'Ủy ban nhân dân xã xã Tân Phú tổ chức hội nghị.', 'word'],
    ['a doubled title', 'Bà Hoàng Thị Luyến, Trưởng Ban Trưởng Ban Văn hóa - Xã hội HĐND xã.', 'phrase'],
  ];
  for (const [name, text, id] of invalid) {
    it(`invalid: ${name}`, () => assert.deepEqual(findings(text).map((f) => f.messageId), [id]));
  }

  it('caret fixture', () => {
    checkFixture(['Xã đã đã hoàn thành.', '#> ^^^^^ repeated-word'].join('\n'));
    checkFixture(['Có các đồng chí đồng chí dự.', '#>     ^^^^^^^^^^^^^^^^^ repeated-word'].join('\n'));
  });

  it('fix: removing the extra copy and re-analysing finds nothing', () => {
    const text = 'Tham dự có các các đồng chí đồng chí Bí thư; xã đã bám sát sát nghị quyết.';
    const fixed = applySafeFixes(text, findings(text));
    assert.equal(fixed, 'Tham dự có các đồng chí Bí thư; xã đã bám sát nghị quyết.');
    assert.deepEqual(findings(fixed), []);
  });
});
