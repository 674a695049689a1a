import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createTextDoc } from '../../server/src/core/text/textdoc';
import { formatViMilli, hasDigitsAfter, parseViMilli, parseViNumber } from '../../server/src/core/text/numbers';
import { describeFraction, extractFractions } from '../../server/src/core/facts/fractions';
import { describePercent, extractPercentages } from '../../server/src/core/facts/percentages';
import { extractCounts, extractEnumerations } from '../../server/src/core/facts/enumerations';
import { cpuTimeOf } from '../support/cpu-time';

const fractions = (text: string) => extractFractions(createTextDoc(text));
const percents = (text: string) => extractPercentages(createTextDoc(text));

describe('Vietnamese numbers', () => {
  it('reads dot thousands and comma decimals', () => {
    assert.equal(parseViNumber('32.695'), 32695);
    assert.equal(parseViNumber('1.174,45'), 1174.45);
    assert.equal(parseViNumber('88,94'), 88.94);
    assert.equal(parseViNumber('05'), 5);
    assert.equal(parseViNumber('abc'), undefined);
    assert.equal(parseViMilli('92,8')! + parseViMilli('6,5')! + parseViMilli('0,7')!, 100000);
    assert.equal(formatViMilli(1174450), '1.174,45');
  });
});

describe('fraction facts', () => {
  it('reads a fraction with its counted thing and qualifier', () => {
    const [a, b] = fractions('Có 12/24 mục tiêu đạt, 12/24 mục tiêu chưa đạt.');
    assert.deepEqual([a.numerator, a.denominator, a.counted, a.qualifier], [12, 24, 'mục tiêu', 'đạt']);
    assert.deepEqual([b.numerator, b.counted, b.qualifier], [12, 'mục tiêu', 'chưa đạt']);
  });

  it('reads thousands and marks herds as allowed to exceed', () => {
    const [f] = fractions('Đàn gia cầm 24.000/24.000 con.');
    assert.deepEqual([f.numerator, f.denominator, f.counted, f.mayExceed], [24000, 24000, 'con', true]);
    assert.equal(fractions('Có 13/13 chi bộ.')[0].mayExceed, false);
  });

  it('reads counts with thousands dots that look like years ("1.950/2.010 hộ")', () => {
    const [f] = fractions('Có 1.950/2.010 hộ đạt danh hiệu gia đình văn hóa.');
    assert.deepEqual([f.numerator, f.denominator, f.counted, f.mayExceed], [1950, 2010, 'hộ', false]);
    assert.deepEqual(fractions('Năm học 2023/2024 khai giảng.'), []);
  });

  it('lets households exceed their total only against a target', () => {
    assert.equal(fractions('Có 2.150/2.280 hộ đạt chuẩn văn hóa.')[0].mayExceed, false);
    assert.equal(fractions('Có 150/2.280 hộ chưa đạt chuẩn văn hóa.')[0].mayExceed, false);
    assert.equal(fractions('Có 125/120 hộ đạt chuẩn, vượt chỉ tiêu.')[0].mayExceed, true);
    assert.equal(fractions('Hỗ trợ 12/10 hộ làm nhà.')[0].mayExceed, true);
  });

  it('skips dates, document numbers and units', () => {
    for (const text of [
      'Ngày 21/10/2022, hội nghị.',
      'Chiều ngày 25/4, hội nghị.',
      'Tháng 8/2023 xã tổ chức.',
      'Ngày 14/03/2023 thôn họp.',
      'Quyết định số 1083-QĐ/HU ngày 21/10/2022.',
      'Nghị quyết 05-NQ/ĐU và Kết luận 01-KL/TW.',
      'Đạt 520 kg/người/năm, 62,5 tạ/ha, 40 km/h.',
      'Tới dự có đ/c Lan và Đ/c Hùng.',
      'Trực 24/7 trong dịp Tết.',
      'Theo Nghị quyết số 21/NQ-HĐND.',
    ]) {
      assert.deepEqual(fractions(text), [], text);
    }
  });

  it('knows which fractions count new-countryside criteria', () => {
    assert.equal(fractions('Xã đạt 15/19 tiêu chí nông thôn mới.')[0].setKey, 'tiêu chí nông thôn mới');
    assert.equal(fractions('Chương trình nông thôn mới có tiến bộ, xã đã đạt 11/19 tiêu chí.')[0].setKey, 'tiêu chí nông thôn mới');
    assert.equal(fractions('Xã đạt 15/19 tiêu chí nông thôn mới nâng cao.')[0].setKey, 'tiêu chí nông thôn mới nâng cao');
    assert.equal(fractions('Xã đạt 9/10 tiêu chí quốc gia về y tế.')[0].setKey, undefined);
  });

  it('marks the rest ("còn lại") of a list', () => {
    const [, rest] = fractions('Hoàn thành và vượt 14/25 chỉ tiêu, 11/25 chỉ tiêu còn lại đạt từ 60% trở lên.');
    assert.equal(rest.remainder, true);
  });

  it('describes a fraction and its parts for hovers', () => {
    const text = 'Có 12/24 mục tiêu đạt, 12/24 mục tiêu chưa đạt.';
    const all = fractions(text);
    const en = describeFraction(all[0], { fractions: all }, 'en');
    assert.match(en, /12\/24 mục tiêu = 50%/);
    assert.match(en, /parts found: đạt 12, chưa đạt 12 of 24/);
    assert.match(describeFraction(all[0], { fractions: all }, 'vi'), /các phần/);
  });
});

describe('percentage facts', () => {
  it('gives each percentage a role and a whole', () => {
    const text =
      'Thu ngân sách đạt 112% kế hoạch, bằng 63,5% dự toán; giá trị tăng 7,3% so với cùng kỳ; 95% đảng viên hoàn thành tốt nhiệm vụ; tỷ lệ hộ gia đình dùng nước sạch đạt 98,5%.';
    const got = percents(text).map((p) => [p.text, p.role, p.whole]);
    assert.deepEqual(got, [
      ['112%', 'performance', undefined],
      ['63,5%', 'performance', undefined],
      ['7,3%', 'change', undefined],
      ['95%', 'share', 'đảng viên'],
      ['98,5%', 'share', 'hộ gia đình'],
    ]);
  });

  it('describes a percentage for hovers', () => {
    const [p] = percents('Có 95% đảng viên hoàn thành tốt nhiệm vụ.');
    assert.equal(describePercent(p, 'en'), '95% — share of a whole: đảng viên');
  });

  it('reads ratings, bounds and inherited wholes', () => {
    const [a, b] = percents('Có trên 20% chi bộ hoàn thành xuất sắc nhiệm vụ, 75% hoàn thành tốt nhiệm vụ trở lên.');
    assert.equal(a.bound, 'lower');
    assert.deepEqual(a.rating, { ladder: 'party', from: 4, to: 4 });
    assert.equal(b.whole, 'chi bộ');
    assert.deepEqual(b.rating, { ladder: 'party', from: 3, to: 4 });
    assert.equal(b.milli, 75000);
  });
});

describe('percentage ratings written before the number', () => {
  it('reads "<rating> (là|đạt|chiếm) X%" and the whole before it', () => {
    const got = percents('Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ là 17,5%, hoàn thành tốt nhiệm vụ 76,3%, hoàn thành nhiệm vụ 7,4%.');
    assert.deepEqual(
      got.map((p) => [p.text, p.role, p.whole, p.rating?.from, p.rating?.to]),
      [
        ['17,5%', 'share', 'đảng viên', 4, 4],
        ['76,3%', 'share', 'đảng viên', 3, 3],
        ['7,4%', 'share', 'đảng viên', 2, 2],
      ],
    );
    const [c] = percents('Số tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên chiếm trên 90%.');
    assert.deepEqual([c.whole, c.role, c.bound, c.rating], ['tổ chức cơ sở đảng', 'share', 'lower', { ladder: 'party', from: 3, to: 4 }]);
    const [g] = percents('Học sinh xếp loại khá đạt 40%.');
    assert.deepEqual([g.whole, g.rating], ['học sinh', { ladder: 'grade', from: 3, to: 3 }]);
  });

  it('leaves performance against a plan alone', () => {
    const [p] = percents('Thu ngân sách hoàn thành nhiệm vụ đạt 105% dự toán.');
    assert.deepEqual([p.role, p.rating], ['performance', undefined]);
  });

  it('keeps the rate a share is named by, as written', () => {
    const [p] = percents('Tỷ lệ người tham gia BHYT đạt 101,5%.');
    assert.deepEqual([p.role, p.whole, p.rate], ['share', 'người', 'người tham gia BHYT']);
    const [q] = percents('Tỷ lệ che phủ rừng là 42%.');
    assert.deepEqual([q.role, q.whole, q.rate], ['share', undefined, 'che phủ rừng']);
  });

  it('reads "số hộ", "tổng số đảng viên" as the whole', () => {
    assert.equal(percents('Có 98% số hộ dùng nước sạch.')[0].whole, 'hộ');
    assert.equal(percents('Có 100% tổng số đảng viên dự họp.')[0].whole, 'đảng viên');
  });
});

describe('counts and enumerations', () => {
  it('reads "trong số / tổng số N chỉ tiêu" as an announced total, "số N" as a number', () => {
    const got = (t: string) => extractCounts(createTextDoc(t)).map((c) => [c.count, c.role]);
    assert.deepEqual(got('Trong số 25 chỉ tiêu chủ yếu, có 17/25 chỉ tiêu đạt.'), [[25, 'total']]);
    assert.deepEqual(got('Tổng số 25 chỉ tiêu, có 17/25 chỉ tiêu đạt.'), [[25, 'total']]);
    assert.deepEqual(got('Theo Kế hoạch số 25 chỉ tiêu 17/25 chỉ tiêu đạt.'), []);
  });

  it('links counts to the nouns they count', () => {
    const counts = extractCounts(createTextDoc('Thực hiện 8 nhóm nhiệm vụ và giải pháp căn cơ; đề ra 5 nhiệm vụ, giải pháp; Trong 24 chỉ tiêu; năm thứ ba: (1) A; (2) B.'));
    assert.deepEqual(
      counts.map((c) => [c.count, c.noun, c.role]),
      [
        [8, 'nhóm nhiệm vụ và giải pháp căn cơ', 'task'],
        [5, 'nhiệm vụ, giải pháp', 'task'],
        [24, 'chỉ tiêu', 'total'],
      ],
    );
  });

  it('only looks for counts where a list or a fraction can use them', () => {
    assert.deepEqual(extractCounts(createTextDoc('Đã đề ra 5 nhiệm vụ, giải pháp cụ thể.')), []);
    assert.equal(extractCounts(createTextDoc('Đề ra 3 giải pháp:\n\n1. Một\n2. Hai')).length, 1);
  });

  it('reads paren, dot, letter and word enumerations', () => {
    const doc = createTextDoc('Gồm: (1) A; (2) B; (3) C.\n\n1. Một\n2. Hai\n\nViệc: a) X; b) Y.\n\nThứ nhất, X; thứ hai, Y. Một là, X; Hai là, Y.');
    const got = extractEnumerations(doc).map((e) => [e.style, e.items.map((i) => i.ordinal)]);
    assert.deepEqual(got, [
      ['paren', [1, 2, 3]],
      ['dot', [1, 2]],
      ['letter', [1, 2]],
      ['words', [1, 2]],
      ['words', [1, 2]],
    ]);
  });

  it('ignores weekday datelines and ordinal sessions', () => {
    assert.deepEqual(extractEnumerations(createTextDoc('Thứ Ba, 14/03/2023 - 16:20\nKỳ họp thứ Sáu; năm thứ ba.')), []);
  });
});

describe('number extractors are total and linear', () => {
  it('never throw on arbitrary text', () => {
    const alphabet = fc.constantFrom(...'0123456789/.,%() :;\n abcđêôơưạảãáàthứnhấtlàchỉ tiêuđạtchưa'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (text) => {
        const doc = createTextDoc(text);
        extractFractions(doc);
        extractPercentages(doc);
        extractCounts(doc);
        extractEnumerations(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('handle a large document quickly', () => {
    const unit = 'Có 12/24 chỉ tiêu đạt, 12/24 chỉ tiêu chưa đạt; 95% đảng viên HTTNV, 4% đảng viên HTNV; 6 nhóm nhiệm vụ: (1) A; (2) B. ';
    const doc = createTextDoc(unit.repeat(20000));
    const { ms } = cpuTimeOf(() => {
      extractFractions(doc);
      extractPercentages(doc);
      extractCounts(doc);
      extractEnumerations(doc);
    });
    assert.ok(ms < 5000, `took ${ms} ms of CPU`);
  });
});

describe('hasDigitsAfter', () => {
  it('is true exactly when the regex finds the character then that many digits', () => {
    const chars = fc.constantFrom('/', '1', '9', '0', 'a', ' ', '\n', '٣');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }).map((a) => a.join('')), fc.integer({ min: 1, max: 6 }), (s, n) => {
        assert.equal(hasDigitsAfter(s, '/', n), new RegExp(`/\\d{${n}}`).test(s));
      }),
      { numRuns: 2000 },
    );
  });
  it('reads past an earlier slash with too few digits, up to the text end', () => {
    assert.equal(hasDigitsAfter('3/2 và 4/12024', '/', 5), true);
    assert.equal(hasDigitsAfter('3/2 và 4/1202', '/', 5), false);
    assert.equal(hasDigitsAfter('4/12024', '/', 5), true);
  });
});
