import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { caretUnder, checkFixture } from '../support/fixture';

const RULE = 'admin-timeline';
const findings = (text: string, referenceDate?: string): Finding[] =>
  analyze(text, referenceDate ? { referenceDate } : undefined).findings.filter((f) => f.rule === RULE);
const found = (text: string): string[] => findings(text).map((f) => `${f.messageId}:${text.slice(f.start, f.end)}`);

const NOW = 'Sáng ngày 19/9/2025, HĐND xã Cao Sơn tổ chức kỳ họp thứ Ba. ';
const THEN = 'Sáng ngày 19/9/2024, HĐND xã Cao Sơn tổ chức kỳ họp thứ Ba. ';

describe(RULE, () => {
  const valid = [
    // today's actors
    NOW + 'Dự kỳ họp có đồng chí Lê Văn An, Phó Chủ tịch HĐND tỉnh.',
    NOW + 'Đồng chí Hà Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy dự và chỉ đạo.',
    // history
    NOW + 'Dự kỳ họp có đồng chí Lê Văn An, nguyên Bí thư Huyện ủy.',
    NOW + 'Xã được thành lập trên cơ sở sáp nhập các xã thuộc huyện Cao Lộc cũ; UBND huyện Cao Lộc (cũ) từng hỗ trợ xây trường.',
    NOW + 'Trước sáp nhập, UBND huyện đã đầu tư 3 tỷ đồng cho đường giao thông.',
    NOW + 'Trước đây, Huyện ủy giao xã làm điểm về chuyển đổi số.',
    NOW + 'Đồng chí từng là Phó Chủ tịch UBND huyện.',
    NOW + 'Năm 2023, UBND huyện công nhận 5 thôn đạt chuẩn nông thôn mới.',
    NOW + 'Nhiệm kỳ 2020 – 2025, Đảng bộ huyện lãnh đạo hoàn thành 19/19 tiêu chí.',
    NOW + 'Ngày 20/5/2025, Ban Thường vụ Huyện ủy kiểm tra xã.',
    NOW + 'Khu 3 thị trấn Na Dương (nay là xã Na Dương) có nhiều đổi mới.',
    NOW + 'Hội nghị chia tay các đồng chí công tác tại Huyện ủy.',
    NOW + 'Từ nay không còn UBND huyện; các thủ tục do UBND xã giải quyết.',
    // a building, not an actor
    NOW + 'Xã tiếp nhận trụ sở của UBND huyện để làm Trung tâm phục vụ hành chính công.',
    NOW + 'Đồng chí Lê Văn Bình, Bí thư Đảng ủy xã (nguyên Phó Bí thư Huyện ủy) chủ trì.',
    NOW + 'Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND huyện Bạch Thông (cũ), nay là Chủ tịch UBND xã phát biểu.',
    NOW + 'UBND huyện đã kết thúc hoạt động, bàn giao hồ sơ cho UBND tỉnh.',
    // a deadline is not the article's date: the meeting on 20/6/2025 is
    'Ngày 20/6/2025, Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã. Đồng chí Bí thư yêu cầu UBND huyện hoàn thành trước ngày 30/9/2025.',
    // documents quoted by kind or number
    NOW + 'Xã tiếp tục thực hiện Nghị quyết số 12-NQ/HU của Huyện ủy về phát triển chè.',
    NOW + 'Kế hoạch số 45/KH-UBND của UBND huyện về chuyển đổi cây trồng vẫn được thực hiện.',
    NOW + 'Tài liệu “Lịch sử Đảng bộ huyện” được phát hành.',
    // words that look like bodies
    NOW + 'Đồng chí là huyện ủy viên. Các xã, phường trong tỉnh đều tham gia.',
    // articles before 1 July 2025, and undated ones
    THEN + 'Dự kỳ họp có đồng chí Lê Văn An, Phó Chủ tịch HĐND huyện.',
    THEN + 'Đảng ủy thị trấn Na Dương tổ chức hội nghị.',
    'Dự kỳ họp có đồng chí Lê Văn An, Phó Chủ tịch HĐND huyện. UBND thị trấn báo cáo.',
    '14:30 26/06/2025\n\nChiều ngày 25/6/2025, Ban Thường vụ Huyện ủy làm việc với Đảng ủy thị trấn Na Dương.',
    'Sáng 10/12, UBND xã tổ chức hội nghị; dự có lãnh đạo UBND huyện.\nNgày đăng bài: 11/12/2024 | Tác giả: Thiện',
    // the sentence itself dates the event before 1 July 2025
    '08:15 02/07/2025\n\nChiều ngày 30/6/2025, Phó Chủ tịch UBND huyện dự hội nghị.',
  ];
  const invalid: Array<[string, string[]]> = [
    [NOW + 'Dự kỳ họp có đồng chí Lê Văn An, Phó Chủ tịch HĐND huyện.', ['district:HĐND huyện']],
    [NOW + 'Đồng chí Hà Thị Mai, Bí thư Huyện ủy dự và chỉ đạo.', ['district:Huyện ủy']],
    [NOW + 'UBND huyện Cao Lộc tổ chức hội nghị triển khai nhiệm vụ.', ['district:UBND huyện']],
    [NOW + 'Tham dự có đại diện Công an huyện và Ủy ban MTTQ Việt Nam huyện.', ['districtOther:Công an huyện', 'district:Ủy ban MTTQ Việt Nam huyện']],
    [NOW + 'Đồng chí Trần Văn Bình, Bí thư Quận ủy phát biểu.', ['districtOther:Quận ủy']],
    [NOW + 'Ủy ban nhân dân huyện và Uỷ ban Mặt trận Tổ quốc Việt Nam huyện chỉ đạo.', ['district:Ủy ban nhân dân huyện', 'district:Uỷ ban Mặt trận Tổ quốc Việt Nam huyện']],
    [NOW + 'Đồng chí Lê Văn Hai, Chủ tịch Ủy ban nhân dân thị xã phát biểu.', ['districtOther:Ủy ban nhân dân thị xã']],
    ['Sáng ngày 10/1/2026, Đảng ủy thị trấn Na Dương tổ chức hội nghị tổng kết.', ['townlet:thị trấn']],
    [NOW + 'UBND thị trấn báo cáo tình hình.', ['townlet:thị trấn']],
    // a history cue reaches to the end of its clause, not over a semicolon
    [NOW + 'Dự có đồng chí Nông Văn Bảo, nguyên Bí thư Huyện ủy; đồng chí Lê Văn An, Phó Chủ tịch HĐND huyện.', ['district:HĐND huyện']],
    // a publication stamp on its own line, at the end
    ['Sáng 10/12, UBND xã tổ chức hội nghị; dự có lãnh đạo UBND huyện.\nNgày đăng bài: 11/12/2025 | Tác giả: Thiện', ['district:UBND huyện']],
    ['Sáng 10/12, UBND xã tổ chức hội nghị; dự có lãnh đạo UBND huyện.\nCập nhật lúc : 17:15 11/12/2025', ['district:UBND huyện']],
    // title and opening run together on one line, as scraped portal pages have them
    ['UBND xã Tam Nông tổng kết năm 2025. Sáng ngày 08/12/2025, UBND xã tổ chức hội nghị; dự có lãnh đạo UBND huyện.', ['district:UBND huyện']],
    // the latest reliable date counts: the dateline over a meeting date without a year
    ['08:15 12/07/2025\n\nChiều ngày 10/7, Đảng ủy xã họp. Phó Chủ tịch UBND huyện dự hội nghị.', ['district:UBND huyện']],
  ];
  for (const text of valid) it(`valid: ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), []));
  for (const [text, expected] of invalid) it(`invalid: ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), expected));

  it('suggests the province body when it is obvious', () => {
    const [f] = findings(NOW + 'Phó Chủ tịch HĐND huyện dự kỳ họp.');
    assert.equal(f.values.suggestion, 'HĐND tỉnh');
    const [g] = findings(NOW + 'Đồng chí Bí thư Huyện uỷ dự.');
    assert.equal(g.values.suggestion, 'Tỉnh uỷ');
    assert.deepEqual(f.fixes, []); // no automatic fix
  });

  it('uses a pinned reference date instead of the article’s', () => {
    const text = NOW + 'Phó Chủ tịch HĐND huyện dự kỳ họp.';
    assert.equal(findings(text, '2025-06-30').length, 0);
    assert.equal(findings(text, '2025-07-01').length, 1);
    const undated = 'Phó Chủ tịch HĐND huyện dự kỳ họp.';
    assert.equal(findings(undated).length, 0);
    assert.equal(findings(undated, '15/03/2026').length, 1);
    assert.equal(findings(undated, 'không phải ngày').length, 0);
  });

  it('marks the body', () => {
    const l = 'Dự kỳ họp có đồng chí Lê Văn An, Phó Chủ tịch HĐND huyện.';
    checkFixture(['14:30 20/09/2025', '', l, caretUnder(l, 'HĐND huyện', RULE)].join('\n'));
    const t = 'Chiều 10/1/2026, Đảng ủy thị trấn Na Dương tổ chức hội nghị.';
    checkFixture([t, caretUnder(t, 'thị trấn', RULE)].join('\n'));
  });
});
