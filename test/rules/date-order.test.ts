import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { caretUnder, checkFixture } from '../support/fixture';

const RULE = 'date-order';
/** The fixture annotation marking `part` (its first occurrence, or the one after `after`) in `line`. */
const ids = (text: string): string[] => analyze(text).findings.filter((f) => f.rule === RULE).map((f) => f.messageId);

describe(RULE, () => {
  const valid = [
    '09:05 12/01/2023\n\nChiều ngày 10/01/2023, Đảng ủy xã tổ chức hội nghị tổng kết.',
    '07/07/2023 15:20\n\nSáng ngày 07/7/2023, Đảng ủy xã tổ chức hội nghị.',
    'Ngày đăng: 21/07/2023\n\nSáng ngày 20/7/2023, HĐND xã tổ chức kỳ họp.',
    'Thứ Ba, 14/03/2023 - 16:20\n\nNgày 13/3/2023, Đoàn công tác làm việc với xã.',
    '14:30 26/05/2023\n\nChiều ngày 25 tháng 5 năm 2023 Ban Chấp hành Đảng bộ xã họp.',
    // no dateline: nothing to compare
    'Ngày 16/3/2023, Đoàn công tác làm việc với xã.',
    // later dates in the body are deadlines, not the meeting
    '08:40 05/10/2023\n\nChiều ngày 04/10/2023, Đảng ủy xã họp. Hoàn thành trước ngày 31/10/2023.',
    // a short meeting date takes the dateline's year
    '10:15 30/05/2023\n\nChiều 29/5, Đảng ủy xã Kim Sơn tổ chức hội nghị.',
  ];
  const invalid: Array<[string, string]> = [
    ['Thứ Ba, 14/03/2023 - 16:20\n\nNgày 16/3/2023, Đoàn công tác làm việc với xã.', 'afterDateline'],
    ['08:40 05/10/2023\n\nChiều ngày 06/10/2023, Đảng ủy xã họp.', 'afterDateline'],
    ['Ngày đăng: 03/01/2023 08:30\n\nChiều 05/01/2023, Đảng ủy xã tổ chức hội nghị.', 'afterDateline'],
    ['TIÊU ĐỀ\n14:30 26/05/2023\n\nChiều ngày 27 tháng 5 năm 2023 Ban Chấp hành Đảng bộ xã họp.', 'afterDateline'],
    ['10:15 30/05/2023\n\nChiều 31/5, Đảng ủy xã Kim Sơn tổ chức hội nghị.', 'afterDateline'],
  ];
  for (const text of valid) it(`valid: ${JSON.stringify(text)}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${JSON.stringify(text)}`, () => assert.deepEqual(ids(text), [id]));

  it('marks the meeting date', () => {
    const l = 'Ngày 16/3/2023, Đoàn công tác làm việc với xã.';
    checkFixture(['Thứ Ba, 14/03/2023 - 16:20', '', l, caretUnder(l, '16/3/2023', RULE)].join('\n'));
  });
});
