import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { caretUnder, checkFixture } from '../support/fixture';
import { applyFix } from '../support/fixes';

const RULE = 'weekday-mismatch';
const findings = (text: string, referenceDate?: string): Finding[] =>
  analyze(text, referenceDate ? { referenceDate } : undefined).findings.filter((f) => f.rule === RULE);
const found = (text: string): string[] => findings(text).map((f) => text.slice(f.start, f.end));

// 15/3/2026 was a Sunday; 16/3/2026 a Monday; 19/9/2025 a Friday.
describe(RULE, () => {
  const valid = [
    'Chủ nhật, ngày 15/3/2026, cử tri xã Cao Sơn đi bầu cử.',
    'Sáng Chủ nhật 15/3/2026, cử tri đi bầu cử đại biểu HĐND các cấp.',
    'Thứ Hai, ngày 16/3/2026, Ủy ban bầu cử xã họp.',
    'Ngày 15/3/2026 (Chủ nhật), cử tri đi bầu cử.',
    'Ngày 16 tháng 3 năm 2026 (thứ Hai), xã tổng kết bầu cử.',
    'Thứ Sáu, 19/09/2025 - 10:20\n\nSáng 19/9, HĐND xã họp.',
    'T2, 16/3/2026: HĐND xã họp phiên trù bị.',
    'CN 15/3/2026, cử tri đi bầu.',
    'Hội nghị diễn ra vào thứ 6 ngày 19/9/2025.',
    // ordinals are not weekdays
    'Kỳ họp thứ Hai, ngày 15/3/2026, HĐND xã Cao Sơn khóa XXI.',
    'Hội nghị lần thứ 2 ngày 15/3/2026 của Ban Chấp hành.',
    'Đại hội lần thứ Ba (15/3/2026) thành công tốt đẹp.',
    // a weekday with no date, a date with no weekday
    'Chủ nhật vừa qua, cử tri đi bầu. Ngày 15/3/2026 là ngày hội.',
    // no year anywhere: nothing to check
    'Thứ Hai, ngày 15/3, cử tri xã đi bầu.',
    // an impossible date is date-invalid's business
    'Thứ Hai, ngày 31/4/2026, Đảng ủy xã họp.',
    // a date without a year near the turn of the year takes the nearest year: 2/1/2026 was a Friday
    '09:00 28/12/2025\n\nĐảng ủy xã sẽ họp vào Thứ Sáu, ngày 2/1 tới.',
    // a range of days
    'Đợt cao điểm từ thứ Hai (16/3/2026) đến thứ Sáu (20/3/2026).',
    // ordinals of a list
    'Thứ nhất, rà soát danh sách cử tri. Thứ hai, ngày 15/3/2026 tổ chức bầu cử.',
    // a time range, not a date
    'Làm việc từ thứ 2-6 hằng tuần.',
  ];
  const invalid: Array<[string, string]> = [
    ['Thứ Hai, ngày 15/3/2026, cử tri xã Cao Sơn đi bầu cử.', 'Thứ Hai'],
    ['Sáng Thứ Bảy, 15/3/2026, cử tri đi bầu.', 'Thứ Bảy'],
    ['Ngày 15/3/2026 (thứ 2), cử tri đi bầu.', 'thứ 2'],
    ['Ngày 16 tháng 3 năm 2026 (Chủ nhật), xã tổng kết bầu cử.', 'Chủ nhật'],
    ['T3, 15/3/2026 - 08:00\n\nCử tri đi bầu.', 'T3'],
    ['CN, ngày 16/3/2026: HĐND xã họp.', 'CN'],
    ['Hội nghị diễn ra vào thứ Năm, ngày 19-9-2025.', 'thứ Năm'],
    ['Thứ 7, ngày 15 tháng 3 năm 2026, cử tri đi bầu.', 'Thứ 7'],
    // a date without a year takes the article's year (the dateline's)
    ['08:00 20/3/2026\n\nThứ Hai, ngày 15/3, cử tri xã đi bầu.', 'Thứ Hai'],
    ['09:00 28/12/2025\n\nĐảng ủy xã sẽ họp vào Thứ Năm, ngày 2/1 tới.', 'Thứ Năm'],
    ['Đợt cao điểm từ thứ Hai (16/3/2026) đến thứ Năm (20/3/2026).', 'thứ Năm'],
  ];
  for (const text of valid) it(`valid: ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), []));
  for (const [text, weekday] of invalid) it(`invalid: ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), [weekday]));

  it('takes the year of a pinned reference date for dates without one', () => {
    const text = 'Thứ Hai, ngày 15/3, cử tri xã đi bầu.';
    assert.deepEqual(found(text), []);
    assert.equal(findings(text, '2026-03-20').length, 1); // 15/3/2026: Sunday
    assert.equal(findings(text, '2027-03-20').length, 0); // 15/3/2027: Monday
  });

  it('marks the weekday', () => {
    const l = 'Sáng Thứ Hai, ngày 15/3/2026, cử tri xã Cao Sơn đi bầu cử.';
    checkFixture([l, caretUnder(l, 'Thứ Hai', RULE)].join('\n'));
    const l2 = 'Ngày 15/3/2026 (thứ Hai), cử tri đi bầu.';
    checkFixture([l2, caretUnder(l2, 'thứ Hai', RULE)].join('\n'));
  });

  it('offers the right weekday in the same style, as an unsafe fix', () => {
    const cases: Array<[string, string]> = [
      ['Thứ Hai, ngày 15/3/2026, cử tri đi bầu.', 'Chủ nhật, ngày 15/3/2026, cử tri đi bầu.'],
      ['Ngày 16/3/2026 (thứ 3), xã họp.', 'Ngày 16/3/2026 (thứ 2), xã họp.'],
      ['T4, 19/9/2025: HĐND xã họp.', 'T6, 19/9/2025: HĐND xã họp.'],
      ['CN, 16/3/2026: HĐND xã họp.', 'T2, 16/3/2026: HĐND xã họp.'],
      ['Ngày 19/9/2025 (thứ hai), xã họp.', 'Ngày 19/9/2025 (thứ sáu), xã họp.'],
    ];
    for (const [text, expected] of cases) {
      const [f] = findings(text);
      assert.ok(f, text);
      assert.equal(f.fixes[0].safe, false);
      const fixed = applyFix(text, f);
      assert.equal(fixed, expected);
      assert.deepEqual(findings(fixed), []);
    }
  });

  it('says which weekday the date is', () => {
    const [f] = findings('Thứ Hai, ngày 15/3/2026, cử tri đi bầu.');
    assert.deepEqual(f.values, { found: 'Thứ Hai', date: '15/3/2026', expected: 'Chủ nhật' });
  });
});
