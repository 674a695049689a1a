import { strict as assert } from 'node:assert';
import { createTextDoc } from '../../server/src/core/text/textdoc';
import { daysInMonth, extractDates, extractTerms, isValidDate } from '../../server/src/core/facts/dates';
import { extractUnit } from '../../server/src/core/facts/unit';
import { extractNames, skeleton, syllableSignature } from '../../server/src/core/facts/names';

const dates = (text: string) => extractDates(createTextDoc(text), []);
const texts = (text: string): string[] => dates(text).dates.map((d) => d.text);

describe('facts: dates', () => {
  it('reads numeric, hyphenated and spelled dates', () => {
    const { dates: ds } = dates('Chiều ngày 25/4/2023, hội nghị; ngày 25-4-2023; ngày 08 tháng 5 năm 2023.');
    assert.deepEqual(
      ds.map((d) => [d.text, d.day, d.month, d.year, d.style]),
      [
        ['25/4/2023', 25, 4, 2023, 'numeric'],
        ['25-4-2023', 25, 4, 2023, 'hyphenated'],
        ['ngày 08 tháng 5 năm 2023', 8, 5, 2023, 'spelled'],
      ],
    );
  });

  it('records the part of day', () => {
    assert.deepEqual(dates('Chiều ngày 25/4/2023, Đảng bộ xã họp.').dates.map((d) => d.partOfDay), ['chiều']);
    assert.deepEqual(dates('Sáng 18/4/2023, Đảng bộ xã họp.').dates.map((d) => d.partOfDay), ['sáng']);
    assert.deepEqual(dates('Ngày 18/4/2023, Đảng bộ xã họp.').dates.map((d) => d.partOfDay), [undefined]);
  });

  it('reads a short date only after a cue word', () => {
    assert.deepEqual(texts('Chiều ngày 25/4, hội nghị bế mạc.'), ['25/4']);
    assert.deepEqual(texts('Hoàn thành và vượt 19/34 chỉ tiêu.'), []);
    assert.deepEqual(texts('Đại hội ở 13/13 chi bộ.'), []);
    assert.deepEqual(texts('Trực ban 24/7.'), []);
  });

  it('skips document numbers, ranges and month/year', () => {
    assert.deepEqual(texts('Quyết định số 745-QĐ/HU; Nghị quyết số 05-NQ/ĐU; Covid-19.'), []);
    assert.deepEqual(texts('nhiệm kỳ 2020 – 2025, giai đoạn 2020-2025.'), []);
    assert.deepEqual(texts('trong tháng 8/2023 và tháng 9/2023.'), []);
    assert.deepEqual(texts('sản lượng 1.174,45 tấn'), []);
  });

  it('marks impossible dates invalid', () => {
    assert.deepEqual(dates('ngày 31/4/2023, ngày 30/02/2023, ngày 29/02/2024, ngày 29/2/2023').dates.map((d) => d.valid), [false, false, true, false]);
    assert.equal(isValidDate(31, 13, 2023), false);
    assert.equal(daysInMonth(2, 2000), 29);
    assert.equal(daysInMonth(2, 1900), 28);
  });

  it('finds the dateline in its usual shapes', () => {
    for (const line of ['14:30 26/05/2023', '09:05 12/01/2023', 'Ngày đăng: 03/01/2023 08:30', 'Thứ Ba, 14/03/2023 - 16:20', '07/07/2023 15:20', 'Ngày đăng: 21/07/2023', 'Cập nhật lúc: 14:30 26/05/2023', 'Đăng lúc 08:00 - 12/01/2023']) {
      const { dateline } = dates(`TIÊU ĐỀ BÀI VIẾT\n${line}\n\nChiều ngày 02/01/2023, Đảng ủy xã họp.`);
      assert.ok(dateline, line);
      assert.equal(dateline.isDateline, true);
    }
  });

  it('does not take the opening for a dateline', () => {
    assert.equal(dates('Ngày 16/3/2023, Đoàn công tác làm việc với xã.').dateline, undefined);
  });

  it('never throws', () => {
    for (const s of ['', '/', 'ngày', 'ngày 99/99/9999', '\uD800 1/1/2020', '0/0/2020']) dates(s);
  });
});

describe('facts: terms', () => {
  const terms = (text: string) => extractTerms(createTextDoc(text)).map((t) => [t.from, t.to, t.subject ?? null]);
  it('reads terms with any dash and spacing', () => {
    assert.deepEqual(terms('nhiệm kỳ 2020 – 2025; nhiệm kỳ 2020-2025; Nhiệm kỳ 2020 — 2025; NHIỆM KỲ 2020 - 2025').map((t) => [t[0], t[1]]), [
      [2020, 2025],
      [2020, 2025],
      [2020, 2025],
      [2020, 2025],
    ]);
  });
  it('finds the subject of the term', () => {
    assert.deepEqual(terms('Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2025.'), [[2020, 2025, 'đảng bộ']]);
    assert.deepEqual(terms('HĐND xã Đông Phong khóa XX, nhiệm kỳ 2021 – 2026 tổ chức kỳ họp.'), [[2021, 2026, 'hđnd']]);
    assert.deepEqual(terms('Đại hội chi bộ trực thuộc nhiệm kỳ 2022 – 2025.'), [[2022, 2025, 'chi bộ']]);
    assert.deepEqual(terms('Chỉ đạo tổ chức đại hội nhiệm kỳ 2023-2028 đối với Hội nông dân.'), [[2023, 2028, 'hội:hội nông dân']]);
  });
});

describe('facts: unit', () => {
  const unit = (text: string) => {
    const u = extractUnit(createTextDoc(text));
    return u && [u.unit, u.name, u.mentions.length];
  };
  it('takes the organiser unit', () => {
    assert.deepEqual(unit('Chiều nay, Đảng bộ xã Cao Sơn tổ chức hội nghị. UBND xã Cao Sơn báo cáo.'), ['xã', 'Cao Sơn', 2]);
    assert.deepEqual(unit('Đảng ủy, HĐND, UBND phường Quang Trung tổ chức hội nghị.'), ['phường', 'Quang Trung', 1]);
    assert.deepEqual(unit('Đảng bộ thị trấn Minh Đức sơ kết giữa nhiệm kỳ.'), ['thị trấn', 'Minh Đức', 1]);
  });
  it('prefers the organiser over other places mentioned', () => {
    assert.deepEqual(unit('Đảng ủy xã Yên Thái làm việc. Học tập mô hình thị trấn Minh Đức. Đảng bộ xã Yên Thái cam kết.'), ['xã', 'Yên Thái', 2]);
  });
  it('gives nothing without a unit', () => {
    assert.equal(unit('Hội nghị diễn ra thành công.'), undefined);
  });
});

describe('facts: names', () => {
  const names = (text: string) => extractNames(createTextDoc(text)).map((n) => `${n.text}:${n.kind}`);
  it('finds people and places', () => {
    assert.deepEqual(names('Đồng chí Lường Văn Khánh, Bí thư Đảng ủy xã Nà Pheo chủ trì.'), ['Lường Văn Khánh:person', 'Nà Pheo:place']);
    assert.deepEqual(names('Tới dự có đ/c Nguyễn Tăng, Bí thư Huyện ủy.'), ['Nguyễn Tăng:person']);
    assert.deepEqual(names('Đồng chí Dương Đình Hới Bí thư Đảng ủy kết luận.'), ['Dương Đình Hới:person']);
  });
  it('skips headlines and titles', () => {
    assert.deepEqual(names('ĐẢNG BỘ XÃ KỲ THỌ SƠ KẾT GIỮA NHIỆM KỲ'), []);
    assert.deepEqual(names('Phó Trưởng Ban Tuyên giáo Huyện ủy phát biểu.'), []);
  });
  it('compares by skeleton and by tone regardless of placement', () => {
    assert.equal(skeleton('Lường Đồng'), 'luong dong');
    assert.equal(syllableSignature('hòa'), syllableSignature('hoà'));
    assert.equal(syllableSignature('Thủy'), syllableSignature('thuỷ'));
    assert.notEqual(syllableSignature('Khánh'), syllableSignature('Khanh'));
  });
});
