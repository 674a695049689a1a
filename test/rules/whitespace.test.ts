import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';
import { cpuTimeOf } from '../support/cpu-time';

const RULE = 'whitespace';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);

function applySafeFixes(text: string, list: Finding[]): string {
  const edits = list.flatMap((f) => f.fixes.filter((x) => x.safe).flatMap((x) => x.edits)).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe(`rule ${RULE}`, () => {
  const valid: Array<[string, string]> = [
    ['decimal and thousands', 'Sản lượng đạt 1.174,45 tấn, tăng 32.695 tấn.'],
    ['time and date', 'Lúc 14:30 ngày 26/05/2023, hội nghị khai mạc.'],
    ['dateline', '08:30 12/01/2023'],
    ['administrative close mark', 'đưa xã về đích nông thôn mới năm 2025./.'],
    ['ellipsis', 'các tiêu chí như giao thông, thủy lợi...'],
    ['horizontal ellipsis', 'công tác cải cách hành chính……'],
    ['abbreviations', 'Đoàn công tác của TP.HCM và Tp.Hồ Chí Minh; đ/c Nguyễn Văn A.'],
    ['URL and e-mail', 'Xem tại https://caoson.gov.vn/Tin-tuc hoặc gửi thư tới vanphong@caoson.gov.vn.'],
    ['leading indentation of a caption', '      Toàn cảnh Hội nghị'],
    ['space before an opening quote', 'phong trào “Dân vận khéo” được triển khai.'],
    ['single non-breaking space between words', 'UBND\u00a0xã Cao Sơn'],
    ['trailing non-breaking space only', 'ĐẢNG ỦY XÃ THUẬN\u00a0'],
    ['blank line of spaces', 'Dòng một.\n   \nDòng hai.'],
    ['colon before a list', 'hạn chế như: công tác tuyên truyền'],
    ['ratio-like document numbers', 'Quyết định số 745-QĐ/HU, Kết luận số 01-KL/TW.'],
    ['suppression comment', 'Câu đúng. <!-- tin-hoi-nghi-disable-line spelling -->'],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepEqual(findings(text), []));

  const invalid: Array<[string, string, string]> = [
    ['double space', 'đã xem xét các  tờ trình', 'doubleSpace'],
    ['space and non-breaking space', 'của đảng bộ \u00a0và nhân dân', 'doubleSpace'],
    ['space before a comma', 'Ủy ban MTTQ xã , các ban, ngành', 'spaceBefore'],
    ['space before a period', 'hoàn thành nhiệm vụ .', 'spaceBefore'],
    ['space before a colon', 'Tác giả : Hà Diễn', 'spaceBefore'],
    ['missing space after a comma', 'an ninh,trật tự được giữ vững', 'missingSpaceAfter'],
    ['missing space after a semicolon', 'giữ vững;công tác quân sự', 'missingSpaceAfter'],
    ['missing space after a colon', 'hạn chế như:công tác', 'missingSpaceAfter'],
    ['missing space after a period', 'trên địa bàn xã.Các đồng chí', 'missingSpaceAfter'],
    ['trailing spaces', 'khen thưởng.   ', 'trailing'],
  ];
  for (const [name, text, id] of invalid) {
    it(`invalid: ${name}`, () => assert.deepEqual(findings(text).map((f) => f.messageId), [id]));
  }

  it('caret fixture', () => {
    checkFixture(
      [
        'Tham dự có Ủy ban MTTQ xã , các ban,ngành.',
        '#>                       ^^ whitespace',
        '#>                                 ^ whitespace',
        'đã xem xét các  tờ trình.',
        '#>            ^^ whitespace',
      ].join('\n'),
    );
  });

  it('fix: applying the safe fixes cleans the text and the findings disappear', () => {
    const text = 'Trong nhiệm kỳ qua,hiện nay Đảng bộ  và nhân dân xã , các thôn.  \nHạn chế như:giao thông.';
    const fixed = applySafeFixes(text, findings(text));
    assert.equal(fixed, 'Trong nhiệm kỳ qua, hiện nay Đảng bộ và nhân dân xã, các thôn.\nHạn chế như: giao thông.');
    assert.deepEqual(findings(fixed), []);
  });

  it('is linear on a long line', () => {
    const big = 'a,b '.repeat(200_000) + 'x'.repeat(1000) + ',y'.repeat(100_000);
    const { ms } = cpuTimeOf(() => findings(big));
    assert.ok(ms < 8000, `took ${ms} ms of CPU`);
  });
});

describe('rule whitespace beside web-artifact', () => {
  it('leaves the spacing inside a scraped toolbar row to web-artifact', () => {
    const text = 'Sáng nay, xã tổ chức hội nghị.\n\nLượt xem: 1.254    In trang\n';
    const rules = analyze(text).findings.map((f) => f.rule);
    assert.ok(rules.includes('web-artifact'));
    assert.ok(!rules.includes('whitespace'));
  });
});
