// Whole paragraphs in the phrasing of published commune news, with look-alikes around each error:
// every number rule must report exactly the marked spans and stay quiet on the rest.
import { describe, it } from 'mocha';
import { caretUnder, checkFixture } from '../support/fixture';

const NUMBER_RULES = [
  'fraction-exceeds',
  'fraction-parts-sum',
  'fraction-total-mismatch',
  'percent-out-of-range',
  'percent-parts-sum',
  'term-mismatch',
  'count-mismatch',
  'date-invalid',
];

/** Lines of text, each followed by its caret lines (`[line, [part, rule][]]`). */
function fixture(lines: Array<[string, Array<[string, string]>?]>): string {
  const out: string[] = [];
  for (const [line, marks] of lines) {
    out.push(line);
    for (const [part, rule] of marks ?? []) out.push(caretUnder(line, part, rule));
  }
  return out.join('\n');
}

describe('number rules on real phrasing', () => {
  it('households with thousands separators, beside dates, document numbers and units', () => {
    checkFixture(
      fixture([
        ['Ngày 21/10/2022, UBND xã tổng kết phong trào theo Kế hoạch số 125/KH-UBND.'],
        [''],
        [
          'Năm 2022, toàn xã có 2.315/2.280 hộ đạt danh hiệu gia đình văn hóa, đạt 96%; 14/14 thôn đạt danh hiệu thôn văn hóa.',
          [['2.315/2.280', 'fraction-exceeds']],
        ],
        [''],
        ['Trực ban 24/7, hạn chế tốc độ 40 km/h; đ/c Trưởng Công an xã báo cáo; đàn trâu 540/500 con, vượt chỉ tiêu.'],
        [''],
        ['Hỗ trợ xây dựng 12/10 hộ nhà đại đoàn kết, vượt kế hoạch; năm học 2022/2023 có 312/315 học sinh tốt nghiệp.'],
      ]),
      { rules: NUMBER_RULES },
    );
  });

  it('a coverage rate above 100%, beside plan performance and growth', () => {
    checkFixture(
      fixture([
        ['Thu ngân sách trên địa bàn đạt 112% kế hoạch, bằng 105% so với cùng kỳ; giá trị sản xuất tăng 12%, vượt 8% chỉ tiêu.'],
        [''],
        ['Tỷ lệ hộ dùng nước sạch đạt 102%; tỷ lệ tham gia bảo hiểm y tế 101,5%; 100% thôn có nhà văn hóa.', [['102%', 'percent-out-of-range'], ['101,5%', 'percent-out-of-range']]],
        [''],
        ['Tỷ lệ tham gia bảo hiểm y tế đạt 101,5% kế hoạch huyện giao, tốc độ tăng trưởng kinh tế đạt 8,5%.'],
      ]),
      { rules: NUMBER_RULES },
    );
  });

  it('the sectors of a structure and a share with its complement', () => {
    checkFixture(
      fixture([
        ['Cơ cấu lao động: nông nghiệp 48%, công nghiệp 31%, dịch vụ 26%.', [['48%, công nghiệp 31%, dịch vụ 26%', 'percent-parts-sum']]],
        [''],
        ['Cơ cấu kinh tế chuyển dịch: nông nghiệp giảm từ 48% xuống 40%, công nghiệp tăng từ 31% lên 35%, dịch vụ 25%.'],
        [''],
        ['Có 91% hộ đạt danh hiệu gia đình văn hóa, 12% hộ chưa đạt; 95% hộ dùng nước sạch, 90% hộ có nhà tiêu hợp vệ sinh.', [['91% hộ đạt danh hiệu gia đình văn hóa, 12%', 'percent-parts-sum']]],
      ]),
      { rules: NUMBER_RULES },
    );
  });

  it('a term written with other years and a council number that changes further down', () => {
    checkFixture(
      fixture([
        ['Sáng 20/12, HĐND xã Cao Sơn khóa XIX, nhiệm kỳ 2021 – 2026 tổ chức kỳ họp thứ 7. Dự có đại biểu Quốc hội khóa XV, đại biểu HĐND tỉnh khóa XVIII.'],
        [''],
        ['Kỳ họp quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII và Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 – 2025.'],
        [''],
        ['Kết thúc kỳ họp, đồng chí Chủ tịch HĐND xã khóa XX đề nghị các đại biểu HĐND xã nhiệm kỳ 2021 – 2025 phát huy.', [['khóa XX', 'term-mismatch'], ['nhiệm kỳ 2021 – 2025', 'term-mismatch']]],
      ]),
      { rules: NUMBER_RULES },
    );
  });

  it('sector shares that add up and household counts with their rate stay quiet; a slip in either is caught', () => {
    checkFixture(
      fixture([
        ['Tỷ trọng ngành thương mại - dịch vụ chiếm 41%, công nghiệp – tiểu thủ công nghiệp 40% và nông nghiệp 19%.'],
        [''],
        ['Toàn xã có 1.780/1.860 hộ đạt danh hiệu gia đình văn hóa (95,7%), tăng 1,3% so với năm trước; 14/14 thôn văn hóa.'],
        [''],
        ['Cơ cấu kinh tế chuyển dịch tích cực, nông nghiệp chiếm 27%, công nghiệp - xây dựng chiếm 59%, dịch vụ chiếm 17%.', [['27%, công nghiệp - xây dựng chiếm 59%, dịch vụ chiếm 17%', 'percent-parts-sum']]],
      ]),
      { rules: NUMBER_RULES },
    );
  });

  it('a council number copied from another level, even in a first-session article', () => {
    checkFixture(
      fixture([
        ['Chiều 22/6, Thường trực HĐND huyện họp chuẩn bị kỳ họp thứ nhất HĐND huyện khóa VI, nhiệm kỳ 2021 – 2026.'],
        [''],
        ['Các đại biểu thống nhất nội dung kỳ họp thứ nhất HĐND huyện khóa VI, nhiệm kỳ 2021 – 2026.'],
        [''],
        ['Đồng chí Phó Chủ tịch đề nghị chuẩn bị để kỳ họp thứ nhất HĐND huyện khóa XX, nhiệm kỳ 2021 – 2026 thành công.', [['khóa XX', 'term-mismatch']]],
      ]),
      { rules: NUMBER_RULES },
    );
  });
});
