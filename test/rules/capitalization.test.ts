import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { caretUnder, checkFixture } from '../support/fixture';

const RULE = 'capitalization';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);
const ids = (text: string): string[] => findings(text).map((f) => f.messageId);
const fixAll = (text: string): string =>
  findings(text)
    .flatMap((f) => f.fixes[0].edits)
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);

describe(RULE, () => {
  const valid = [
    'Đồng chí Đỗ Thị Hiền, Tỉnh ủy viên, Bí thư Huyện ủy phát biểu.',
    'Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy.',
    'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã tham dự.',
    'Nghị quyết của Hội đồng nhân dân huyện, kế hoạch của Ủy ban nhân dân huyện.',
    'Đồng chí Phạm Thị Lan, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã.',
    'Phó Chủ tịch UBND huyện phụ trách xã.',
    'Uỷ viên Ban Thường vụ Huyện uỷ, Chủ nhiệm Uỷ ban Kiểm tra Huyện uỷ.',
    // generic and plural uses stay lower case
    'Bí thư, phó bí thư các chi bộ trực thuộc tham dự.',
    'Đồng chí Lục Thị Nga, huyện ủy viên, phụ trách xã.',
    'Kinh nghiệm của các huyện ủy trong tỉnh.',
    'Kinh nghiệm của các huyện ủy, thành ủy trong tỉnh.',
    'Cấp ủy, chính quyền tập trung lãnh đạo.',
    'Các ban chấp hành công đoàn cơ sở được kiện toàn.',
    // headlines
    'BAN THƯỜNG VỤ HUYỆN ỦY LÀM VIỆC VỚI ĐẢNG ỦY XÃ THUẬN',
    'Ban Thường Vụ Huyện Ủy Làm Việc Với Đảng Ủy Xã Thuận',
    // đặc khu: the generic unit noun in lower case; a sentence start keeps its capital
    'HĐND đặc khu Côn Đảo tổ chức kỳ họp thứ nhất.',
    'Đặc khu Phú Quốc có 9 đơn vị hành chính cũ được sắp xếp.',
    'HĐND ĐẶC KHU CÔN ĐẢO TỔ CHỨC KỲ HỌP THỨ NHẤT',
  ];
  const invalid: Array<[string, string]> = [
    ['Đồng chí Đỗ Thị Hiền, Bí thư huyện ủy Bạch Thông.', 'organisation'],
    ['Trưởng Ban Tuyên giáo Huyện Ủy phát biểu.', 'organisation'],
    ['Thay mặt Ban chấp hành Đảng bộ xã, đồng chí Bí thư kết luận.', 'organisation'],
    ['Đồng chí Phùng Đức Hậu, Ủy viên Ban thường vụ Huyện ủy.', 'organisation'],
    ['Đồng chí Phùng Đức Hậu, Ủy viên ban thường vụ Huyện ủy.', 'organisation'],
    ['Kế hoạch của Ủy Ban Nhân Dân huyện.', 'organisation'],
    ['Nghị quyết của hội đồng nhân dân huyện về kinh tế.', 'organisation'],
    ['Đồng chí Phùng Đức Hậu, Phó chủ tịch HĐND huyện.', 'title'],
    ['Đồng chí Nông Văn Bảo, Phó bí thư Thường trực Đảng ủy xã.', 'title'],
    ['Kỳ họp thứ nhất HĐND Đặc khu Côn Đảo khai mạc.', 'unitNoun'],
    ['Đồng chí Lê Văn Hai, Bí thư Đảng ủy Đặc Khu Vân Đồn phát biểu.', 'unitNoun'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));

  it('writes đặc khu in lower case after a body', () => {
    assert.equal(fixAll('Kỳ họp thứ nhất HĐND Đặc khu Côn Đảo khai mạc.'), 'Kỳ họp thứ nhất HĐND đặc khu Côn Đảo khai mạc.');
  });
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('marks the badly capitalised words', () => {
    const l = 'Đồng chí Đỗ Thị Hiền, Bí thư huyện ủy Bạch Thông.';
    checkFixture([l, caretUnder(l, 'huyện ủy', RULE)].join('\n'));
  });

  it('fixes to the right case, keeping the tone style', () => {
    const text = 'Ủy viên ban thường vụ huyện ủy, Phó chủ tịch HĐND huyện; Uỷ Ban nhân dân xã.';
    const fixed = fixAll(text);
    assert.equal(fixed, 'Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch HĐND huyện; Uỷ ban nhân dân xã.');
    assert.deepEqual(ids(fixed), []);
  });

  it('works on decomposed (NFD) text', () => {
    const l = 'Trưởng Ban Tuyên giáo huyện ủy phát biểu.'.normalize('NFD');
    checkFixture([l, caretUnder(l, 'huyện ủy'.normalize('NFD'), RULE)].join('\n'));
  });
});
