import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { caretUnder, checkFixture } from '../support/fixture';

const RULE = 'date-invalid';
/** The fixture annotation marking `part` (its first occurrence, or the one after `after`) in `line`. */
const ids = (text: string): string[] => analyze(text).findings.filter((f) => f.rule === RULE).map((f) => f.messageId);

describe(RULE, () => {
  const valid = [
    'Chiều ngày 25/4/2023, Đảng bộ xã tổ chức hội nghị.',
    'Ngày 29/02/2024, Đoàn công tác làm việc với xã.',
    'Ngày 30/4/2023, xã tổ chức lễ kỷ niệm.',
    'Ngày 31/12/2022, xã tổng kết năm.',
    'Ngày 08 tháng 5 năm 2023, hội nghị diễn ra.',
    'Hoàn thành trước ngày 30/9/2023.',
    'Xã đã đạt 13/13 chi bộ hoàn thành nhiệm vụ.',
    'Hoàn thành và vượt 19/34 chỉ tiêu nghị quyết.',
    'Trực ban 24/7 trong dịp Tết.',
    'Theo Quyết định số 745-QĐ/HU ngày 12/3/2021.',
    'Nhiệm kỳ 2020 – 2025, giai đoạn 2021-2025.',
    'Trong tháng 8/2023 và tháng 9/2023.',
    'Covid-19 diễn biến phức tạp.',
    'Ngày 25-4-2023, Đảng ủy xã họp.',
  ];
  const invalid: Array<[string, string]> = [
    ['Ngày 31/6/2022, Chi bộ tổ chức đại hội.', 'noSuchDay'],
    ['Theo Quyết định ngày 30/02/2023 của Ban Thường vụ.', 'noSuchDay'],
    ['Hoàn thành trước ngày 31/9/2023.', 'noSuchDay'],
    ['Ngày 31/4/2023, xã tổ chức hội nghị.', 'noSuchDay'],
    ['Ngày 29/2/2023, xã tổ chức hội nghị.', 'notLeap'],
    ['Ngày 12/13/2023, xã tổ chức hội nghị.', 'noSuchMonth'],
    ['Ngày 31-11-2023, Đảng ủy xã họp.', 'noSuchDay'],
    ['Ngày 31 tháng 6 năm 2022, Chi bộ tổ chức đại hội.', 'noSuchDay'],
    ['Chiều ngày 31/4, hội nghị bế mạc.', 'noSuchDay'],
    ['Chiều ngày 27/32023, Đảng bộ xã tổ chức hội nghị.', 'malformed'],
    ['Sáng 5/122024 Hội Nông dân xã họp.', 'malformed'],
    ['Tối 5/12024 Hội Nông dân xã họp. Ngày 3/2 và 4/', 'malformed'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('uses the dateline year for a date without a year', () => {
    assert.deepEqual(ids('09:05 12/01/2023\n\nChiều ngày 29/2, Đảng ủy xã họp.'), ['notLeap']);
    assert.deepEqual(ids('09:05 12/01/2024\n\nChiều ngày 29/2, Đảng ủy xã họp.'), []);
  });

  it('marks the date itself', () => {
    { const l = 'Ngày 31/6/2022, Chi bộ tổ chức đại hội.'; checkFixture([l, caretUnder(l, '31/6/2022', RULE)].join('\n')); }
    { const l = 'Chiều ngày 27/32023, Đảng bộ xã họp.'; checkFixture([l, caretUnder(l, '27/32023', RULE)].join('\n')); }
  });

  it('works on decomposed (NFD) text', () => {
    const l = 'Hoàn thành trước ngày 31/9/2023.'.normalize('NFD');
    checkFixture([l, caretUnder(l, '31/9/2023', RULE)].join('\n'));
  });
});
